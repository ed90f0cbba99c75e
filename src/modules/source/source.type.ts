import { Field, ObjectType } from 'type-graphql';

import { createConnectionType } from '../../graphql/connection';
import { toGlobalId } from '../../graphql/global-id';
import { Node } from '../../graphql/node';
import { FuzzyDate, toFuzzyDate } from '../../shared/fuzzy-date/fuzzy-date.type';
import { RecordType, recordFields } from '../../shared/record.type';
import type { SourceEntity } from './source.entity';
import { SourceKind } from './source.enums';

@ObjectType('Source', {
  implements: Node,
  description:
    'A publication that reports, confirms, denies or disputes facts: a news report, court document, statement...',
})
export class Source extends RecordType {
  @Field(() => String, { description: 'Who published it, e.g. "AFP", "Reuters", "DGSI".' })
  publisher!: string;

  @Field(() => String, { description: 'Title or a short description of the publication.' })
  title!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Web address, unique across sources; null when not known.',
  })
  url!: string | null;

  @Field(() => FuzzyDate, {
    nullable: true,
    description: 'When it was published; null when not known.',
  })
  published!: FuzzyDate | null;

  @Field(() => SourceKind, { description: 'What kind of publication it is.' })
  kind!: SourceKind;

  @Field(() => String, { description: 'Language, ISO 639-1 (e.g. "en", "fr").' })
  language!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Notes on the source, e.g. how it is known.',
  })
  description!: string | null;
}

export const toSource = (row: SourceEntity): Source =>
  Object.assign(new Source(), recordFields('Source', row, toGlobalId), {
    publisher: row.publisher,
    title: row.title,
    url: row.url,
    published: toFuzzyDate(row.published),
    kind: row.kind,
    language: row.language,
    description: row.description,
  });

export const SourceConnection = createConnectionType(Source, 'Source', 'sources');
