export { ChangeNotifier, RECORD_CHANGED, type AppPubSub } from './change-notifier';
export { HISTORY_RESOLVERS } from './history.resolver';
export { RecordChangedResolver } from './record-changed.resolver';
export { RECORD_KIND_TYPE_NAMES, RecordKind, recordKindOf } from './record-kind.enum';
export { SyncResolver } from './sync.resolver';
