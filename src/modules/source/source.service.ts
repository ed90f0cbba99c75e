import type { EntityManager } from 'typeorm';

import type { Page } from '../../graphql/connection';
import { listRecords, type ListDefinition } from '../../shared/list';
import type { SourceListArgs } from './source.args';
import { SourceEntity } from './source.entity';
import { sourceFilterSpec, type SourceFilter } from './source.filter';
import { DEFAULT_SOURCE_ORDER, sourceSortKeys, type SourceOrderField } from './source.order';
import { toSource, type Source } from './source.type';

export const SOURCE_LIST: ListDefinition<SourceEntity, SourceFilter, SourceOrderField, Source> = {
  entity: SourceEntity,
  alias: 'source',
  filterSpec: sourceFilterSpec,
  sortKeys: sourceSortKeys,
  defaultOrder: DEFAULT_SOURCE_ORDER,
  toNode: toSource,
};

export class SourceService {
  /** A page of live (not deleted) sources. */
  list(manager: EntityManager, args: SourceListArgs): Promise<Page<Source>> {
    return listRecords(manager, SOURCE_LIST, args);
  }
}
