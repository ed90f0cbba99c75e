import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

import { preparedRead } from '../../db/named-query';
import { badInput } from '../../graphql/errors';

/** Compiles one filter field to an SQL condition on the row aliased `context.alias`. */
// `never` lets each compiler declare the input type it handles (parameters are contravariant).
export type FieldCompiler = (value: never, context: FilterContext) => string;

export interface FilterContext {
  builder: FilterBuilder;
  alias: string;
  /** Path of the field in the client's input, for error messages: "filter.and.0.period". */
  path: string;
}

export interface Logical<F> {
  and?: F[] | null;
  or?: F[] | null;
  not?: F | null;
}

export type FilterSpec<F> = { [K in Exclude<keyof F, 'and' | 'or' | 'not'>]?: FieldCompiler };

/** A spec may refer to specs of other kinds, which may refer back; thunks break the cycle. */
export type SpecThunk<F> = () => FilterSpec<F>;

/**
 * The one filter builder: turns an `XFilter` input into a parameterised WHERE condition,
 * recursing through and/or/not and relation filters (compiled to EXISTS, never joins that
 * duplicate rows). Unknown fields and contradictory operators are BAD_USER_INPUT with the path.
 */
export class FilterBuilder {
  readonly parameters: Record<string, unknown> = {};
  /** Related-row lookups met while compiling (see `lookup` in field-compilers). */
  readonly lookups: { path: string; sql: string }[] = [];
  private sequence = 0;

  /** `resolved` holds the ids each lookup path matched, when resolveLookups found them. */
  constructor(
    private readonly prefix = 'filter',
    readonly resolved: ReadonlyMap<string, string[]> = new Map(),
  ) {}

  /** A named parameter holding `value`, as `:name`. */
  param(value: unknown): string {
    const name = `${this.prefix}_${this.sequence++}`;
    this.parameters[name] = value;
    return `:${name}`;
  }

  /** A named list parameter, as `(:...name)`; the caller handles the empty list. */
  paramList(values: unknown[]): string {
    const name = `${this.prefix}_${this.sequence++}`;
    this.parameters[name] = values;
    return `(:...${name})`;
  }

  /** A fresh table alias for a nested EXISTS. */
  alias(base: string): string {
    return `${base}_${this.sequence++}`;
  }

  compile<F extends object>(
    filter: (F & Logical<F>) | null | undefined,
    spec: FilterSpec<F>,
    alias: string,
    path: string,
  ): string {
    if (!filter) {
      return 'TRUE';
    }
    const parts: string[] = [];
    for (const [key, value] of Object.entries(filter)) {
      if (value === undefined || value === null) {
        continue;
      }
      const fieldPath = `${path}.${key}`;
      if (key === 'and' || key === 'or') {
        const branches = (value as F[]).map((branch, index) =>
          this.compile(branch, spec, alias, `${fieldPath}.${index}`),
        );
        if (branches.length === 0) {
          parts.push(key === 'and' ? 'TRUE' : 'FALSE');
        } else {
          parts.push(
            branches.map((branch) => `(${branch})`).join(key === 'and' ? ' AND ' : ' OR '),
          );
        }
      } else if (key === 'not') {
        parts.push(`NOT (${this.compile(value as F, spec, alias, fieldPath)})`);
      } else {
        const compiler = (spec as Record<string, FieldCompiler | undefined>)[key];
        if (!compiler) {
          throw badInput(fieldPath, 'is not a filter this list supports');
        }
        parts.push(compiler(value as never, { builder: this, alias, path: fieldPath }));
      }
    }
    return parts.length === 0 ? 'TRUE' : parts.map((part) => `(${part})`).join(' AND ');
  }
}

/** Most ids a lookup is replaced by; past that the EXISTS stays. */
export const MAX_LOOKUP_IDS = 1000;

/**
 * Runs the related-row lookups of `filter` (e.g. the actors a `sponsor: { name: { eq: "Iran" } }`
 * names) and returns the ids each matched, for those that match at most MAX_LOOKUP_IDS rows.
 * A join through a name hides from PostgreSQL's planner how many rows it selects (one state can
 * sponsor a third of all incidents); a list of ids lets it use its per-value statistics and pick
 * the right plan for both the busiest and the rarest actor. One statement per lookup.
 */
export async function resolveLookups<F extends object>(
  manager: EntityManager,
  filter: (F & Logical<F>) | null | undefined,
  spec: FilterSpec<F>,
  alias: string,
): Promise<Map<string, string[]>> {
  const resolved = new Map<string, string[]>();
  if (!filter) {
    return resolved;
  }
  const probe = new FilterBuilder();
  probe.compile(filter, spec, alias, 'filter');
  for (const lookup of probe.lookups) {
    const [text, values] = manager.connection.driver.escapeQueryWithParameters(
      lookup.sql,
      probe.parameters,
    );
    const rows = await preparedRead<{ id: string }>(manager, text, values);
    if (rows.length <= MAX_LOOKUP_IDS) {
      resolved.set(
        lookup.path,
        rows.map((row) => row.id),
      );
    }
  }
  return resolved;
}

/** Adds `filter` to `query` as one AND condition (with lookups replaced by `resolved` ids). */
export function applyFilter<E extends ObjectLiteral, F extends object>(
  query: SelectQueryBuilder<E>,
  filter: (F & Logical<F>) | null | undefined,
  spec: FilterSpec<F>,
  resolved?: ReadonlyMap<string, string[]>,
): SelectQueryBuilder<E> {
  if (!filter) {
    return query;
  }
  const builder = new FilterBuilder('filter', resolved);
  const condition = builder.compile(filter, spec, query.alias, 'filter');
  return query.andWhere(condition, builder.parameters);
}
