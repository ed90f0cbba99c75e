import DataLoader from 'dataloader';

/**
 * A by-id DataLoader that also answers synchronously for rows it already holds: those a list's
 * own statement joined and primed (an incident's place, a citation's source) and those an earlier
 * batch loaded. A resolver that returns the row itself instead of a promise saves graphql-jit a
 * promise, its callbacks and a suspended async function per field and row (~1,200 of them, 15% of
 * the memory allocated, for a page of 100 incidents with places, plots, actors and sources).
 */
export class RowLoader<E> extends DataLoader<string, E | null> {
  private readonly held = new Map<string, E | null>();

  constructor(batch: (ids: readonly string[]) => Promise<(E | null)[]>) {
    super(async (ids) => {
      const rows = await batch(ids);
      ids.forEach((id, index) => this.hold(id, rows[index]));
      return rows;
    });
  }

  override prime(id: string, row: E | null | Error): this {
    if (!(row instanceof Error)) {
      this.hold(id, row);
    }
    return super.prime(id, row);
  }

  override clear(id: string): this {
    this.held.delete(id);
    return super.clear(id);
  }

  override clearAll(): this {
    this.held.clear();
    return super.clearAll();
  }

  /** The row (null when deleted or missing) now when it is held, else a promise of it. */
  get(id: string): E | null | Promise<E | null> {
    const row = this.held.get(id);
    return row !== undefined || this.held.has(id) ? (row as E | null) : this.load(id);
  }

  /** As DataLoader's own cache: the first row given for an id stays. */
  private hold(id: string, row: E | null): void {
    if (!this.held.has(id)) {
      this.held.set(id, row);
    }
  }
}

/** `then` for a value that may be a promise: synchronous when it is not one. */
export function mapMaybe<T, R>(value: T | Promise<T>, map: (value: T) => R): R | Promise<R> {
  return value instanceof Promise ? value.then(map) : map(value);
}
