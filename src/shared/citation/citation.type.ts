import { Field, ObjectType } from 'type-graphql';

import { createConnectionType } from '../../graphql/connection';
import { toGlobalId } from '../../graphql/global-id';
import { Node } from '../../graphql/node';
import { LocalDateScalar } from '../../graphql/scalars';
import { citationSubjectOf, type CitationSubjectKind } from '../subject';
import type { CitationEntity } from './citation.entity';
import { Stance } from './stance.enum';

@ObjectType('Citation', {
  implements: Node,
  description:
    'A source cited for a record, with its stance: reports, confirms, denies or disputes.',
})
export class Citation extends Node {
  @Field(() => Stance, { description: "The source's position towards the record." })
  stance!: Stance;

  @Field(() => String, {
    nullable: true,
    description:
      'Where in the source, or a short paraphrase of what it says (at most 500 characters).',
  })
  excerpt!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When the source was consulted.' })
  accessedOn!: string | null;

  /** Read by the `source` field resolver. */
  sourceId!: string;

  /** Read by the `record` field resolver: the one subject column that is set. */
  subject!: { kind: CitationSubjectKind; id: string };
}

export const toCitation = (row: CitationEntity): Citation =>
  Object.assign(new Citation(), {
    id: toGlobalId('Citation', row.id),
    stance: row.stance,
    excerpt: row.excerpt,
    accessedOn: row.accessedOn,
    sourceId: row.sourceId,
    subject: citationSubjectOf(row),
  });

export const CitationConnection = createConnectionType(Citation, 'Citation', 'citations');
