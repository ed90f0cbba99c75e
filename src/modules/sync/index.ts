export { HISTORY_RESOLVERS } from './history.resolver';
export { RecordKind } from './record-kind.enum';
export { SyncResolver } from './sync.resolver';
