// Modules refer to each other in cycles (a plot lists incidents, an incident names its plot), so
// nothing from another module may be read while modules are still loading.

/**
 * Wrap the type of a field or parameter that is a class from another module. Decorator metadata
 * would otherwise read that class at load time (as TypeORM's Relation<T> does for entities).
 */
export type Lazy<T> = T;

/** Defers building a value until first use. */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}
