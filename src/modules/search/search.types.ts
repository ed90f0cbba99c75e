import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';

import { createConnectionType } from '../../graphql/connection';
import { Node } from '../../graphql/node';

export enum SearchKind {
  Actor = 'Actor',
  Place = 'Place',
  Source = 'Source',
  Plot = 'Plot',
  Incident = 'Incident',
  Arrest = 'Arrest',
  Sentence = 'Sentence',
  Sanction = 'Sanction',
  WeaponsTransfer = 'WeaponsTransfer',
}

registerEnumType(SearchKind, {
  name: 'SearchKind',
  description: 'Record kinds the top-level search covers.',
  valuesConfig: Object.fromEntries(
    Object.keys(SearchKind).map((kind) => [kind, { description: `${kind} records.` }]),
  ),
});

@ObjectType('SearchHit', { description: 'One record matching a search, with its relevance.' })
export class SearchHit {
  @Field(() => Float, {
    description:
      'Relevance, higher is better, only comparable within one search: PostgreSQL ts_rank, or for a broad query the match tier (1 names or titles, 0.5 other text); see Query.search.',
  })
  rank!: number;

  @Field(() => SearchKind, { description: 'The kind of record.' })
  kind!: SearchKind;

  @Field(() => Node, {
    description: 'The record; use inline fragments (... on Plot { name }) to select its fields.',
  })
  record!: Node;
}

export const SearchHitConnection = createConnectionType(SearchHit, 'SearchHit', 'search results');
