export { HISTORY_RESOLVERS } from './history.resolver';
export { RECORD_KIND_TYPE_NAMES, RecordKind, recordKindOf } from './record-kind.enum';
export { SyncResolver } from './sync.resolver';
