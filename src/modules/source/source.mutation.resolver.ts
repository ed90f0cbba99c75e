import type { EntityManager } from 'typeorm';

import { userError, UserErrorCode } from '../../graphql/user-error';
import { CitationEntity } from '../../shared/citation/citation.entity';
import { createRecordMutationsResolver } from '../../shared/record-write/record-mutations.resolver';
import { SourceEntity } from './source.entity';
import { SOURCE_COLUMNS, SourceInputs } from './source.inputs';
import { Source, toSource } from './source.type';

// The unique index covers deleted sources too, so a deleted source's URL is taken until restored.
async function assertUrlFree(
  tx: EntityManager,
  row: SourceEntity,
  existing: SourceEntity | null,
): Promise<void> {
  if (!row.url || row.url === existing?.url) {
    return;
  }
  const taken = await tx
    .getRepository(SourceEntity)
    .exists({ where: { url: row.url }, withDeleted: true });
  if (taken) {
    throw userError(
      UserErrorCode.DUPLICATE,
      'input.url',
      'Another source (perhaps a deleted one) has this URL.',
    );
  }
}

async function assertNotCited(tx: EntityManager, row: SourceEntity): Promise<void> {
  const citations = await tx.countBy(CitationEntity, { sourceId: row.id });
  if (citations > 0) {
    throw userError(
      UserErrorCode.IN_USE,
      'input.id',
      `The source is cited ${citations} time(s); remove those citations first.`,
    );
  }
}

export const SourceMutationResolver = createRecordMutationsResolver({
  spec: {
    kind: 'Source',
    label: 'source',
    entity: SourceEntity,
    check: assertUrlFree,
    guardDelete: assertNotCited,
  },
  NodeClass: Source,
  toNode: toSource,
  fieldName: 'source',
  inputs: SourceInputs,
  columns: SOURCE_COLUMNS,
});
