import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

import { badInput } from './errors';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Page size counted from the start (or from \`after\`). Default ${DEFAULT_PAGE_SIZE} when neither first nor last is given; maximum ${MAX_PAGE_SIZE}. Cannot be combined with last.`,
  })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Cursor of the edge after which to start; taken from a previous page with the same ordering.',
  })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `Page size counted back from the end (or from \`before\`). Maximum ${MAX_PAGE_SIZE}. Cannot be combined with first.`,
  })
  last?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Cursor of the edge before which to stop; taken from a previous page with the same ordering.',
  })
  before?: string | null;
}

@ObjectType('PageInfo', {
  description: 'Where a page sits in the whole list (Relay cursor connections).',
})
export class PageInfo {
  @Field(() => Boolean, { description: 'True when more items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'True when items come before this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the first edge; null on an empty page.',
  })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last edge; null on an empty page.',
  })
  endCursor!: string | null;
}

export interface Page<N> {
  edges: { cursor: string; node: N }[];
  nodes: N[];
  pageInfo: PageInfo;
  countTotal: () => Promise<number>;
}

/** The one connection type factory: `XConnection { edges { cursor node } nodes pageInfo totalCount }`. */
export function createConnectionType<N extends object>(
  NodeClass: ClassType<N>,
  typeName: string,
  plural: string,
) {
  @ObjectType(`${typeName}Edge`, { description: `One ${typeName} in a page, with its cursor.` })
  class Edge {
    @Field(() => String, {
      description: 'Opaque position of this edge; pass it as after or before.',
    })
    cursor!: string;

    @Field(() => NodeClass, { description: `The ${typeName}.` })
    node!: N;
  }

  @ObjectType(`${typeName}Connection`, { description: `A page of ${plural}.` })
  class Connection implements Page<N> {
    @Field(() => [Edge], { description: 'The items of this page with their cursors.' })
    edges!: Edge[];

    @Field(() => [NodeClass], { description: 'The items of this page, without cursors.' })
    nodes!: N[];

    @Field(() => PageInfo, {
      description: 'Whether more pages exist, and the cursors to fetch them.',
    })
    pageInfo!: PageInfo;

    countTotal!: () => Promise<number>;

    @Field(() => Int, {
      description: `How many ${plural} match in all (one extra count query, run only when this field is asked for).`,
    })
    totalCount(): Promise<number> {
      return this.countTotal();
    }
  }

  return Connection;
}

export type SortDirection = 'ASC' | 'DESC';

/** One sort key: an SQL expression that is never null, and how to read the same value from a row. */
export interface OrderTerm<E> {
  sql: string;
  direction: SortDirection;
  value: (row: E) => string | number;
}

/** A named ordering; the name goes into cursors so that a cursor from another ordering is refused. */
export interface Ordering<E> {
  key: string;
  terms: OrderTerm<E>[];
}

type CursorValues = (string | number)[];

function encodeCursor(key: string, values: CursorValues): string {
  return Buffer.from(JSON.stringify([key, ...values]), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string, key: string, length: number, field: string): CursorValues {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badInput(field, 'is not a valid cursor');
  }
  if (
    !Array.isArray(decoded) ||
    decoded.length !== length + 1 ||
    !decoded.every((item) => ['string', 'number'].includes(typeof item))
  ) {
    throw badInput(field, 'is not a valid cursor');
  }
  if (decoded[0] !== key) {
    throw badInput(field, 'comes from a list with another ordering; start again without a cursor');
  }
  return decoded.slice(1) as CursorValues;
}

function pageSize(args: ConnectionArgs): { size: number; backwards: boolean } {
  const { first, last } = args;
  if (first != null && last != null) {
    throw badInput(
      'first',
      'cannot be combined with last; page forwards with first/after or backwards with last/before',
    );
  }
  for (const [name, value] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (value != null && (value < 0 || value > MAX_PAGE_SIZE)) {
      throw badInput(name, `must be between 0 and ${MAX_PAGE_SIZE}`);
    }
  }
  return last != null
    ? { size: last, backwards: true }
    : { size: first ?? DEFAULT_PAGE_SIZE, backwards: false };
}

let parameterSequence = 0;

// (a, b, id) > (x, y, z) with per-term directions, spelled out because row comparison needs one direction.
function keysetCondition<E extends ObjectLiteral>(
  query: SelectQueryBuilder<E>,
  terms: OrderTerm<E>[],
  values: CursorValues,
  after: boolean,
): void {
  const names = values.map(
    () => `keyset_${(parameterSequence = (parameterSequence + 1) % 1_000_000)}`,
  );
  const branches = terms.map((term, index) => {
    const equalities = terms
      .slice(0, index)
      .map((previous, previousIndex) => `${previous.sql} = :${names[previousIndex]}`);
    const ascending = term.direction === 'ASC';
    const operator = ascending === after ? '>' : '<';
    return [...equalities, `${term.sql} ${operator} :${names[index]}`].join(' AND ');
  });
  query.andWhere(
    `(${branches.map((branch) => `(${branch})`).join(' OR ')})`,
    Object.fromEntries(names.map((name, index) => [name, values[index]])),
  );
}

/**
 * The one pagination helper: keyset (cursor) pagination over an ordering with the row id as
 * tie-breaker, so page 10,000 costs what page 1 costs. `query` carries the filters; this adds the
 * cursor condition, ordering and limit, and defers the count until `totalCount` is selected.
 */
export async function paginate<E extends ObjectLiteral & { id: string }, N>(
  query: SelectQueryBuilder<E>,
  args: ConnectionArgs,
  ordering: Ordering<E>,
  toNode: (row: E) => N,
): Promise<Page<N>> {
  const { size, backwards } = pageSize(args);
  const alias = query.alias;
  const terms: OrderTerm<E>[] = [
    ...ordering.terms,
    { sql: `"${alias}"."id"`, direction: 'ASC', value: (row) => row.id },
  ];
  const countQuery = query.clone();

  const pageQuery = query.clone();
  if (args.after) {
    keysetCondition(
      pageQuery,
      terms,
      decodeCursor(args.after, ordering.key, terms.length, 'after'),
      true,
    );
  }
  if (args.before) {
    keysetCondition(
      pageQuery,
      terms,
      decodeCursor(args.before, ordering.key, terms.length, 'before'),
      false,
    );
  }
  terms.forEach((term, index) => {
    const direction = backwards ? (term.direction === 'ASC' ? 'DESC' : 'ASC') : term.direction;
    if (index === 0) {
      pageQuery.orderBy(term.sql, direction);
    } else {
      pageQuery.addOrderBy(term.sql, direction);
    }
  });
  const rows = size === 0 ? [] : await pageQuery.limit(size + 1).getMany();
  const hasMore = rows.length > size;
  const pageRows = rows.slice(0, size);
  if (backwards) {
    pageRows.reverse();
  }
  const edges = pageRows.map((row) => ({
    cursor: encodeCursor(
      ordering.key,
      terms.map((term) => term.value(row)),
    ),
    node: toNode(row),
  }));
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: {
      hasNextPage: backwards ? Boolean(args.before) : hasMore,
      hasPreviousPage: backwards ? hasMore : Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    countTotal: () => countQuery.getCount(),
  };
}
