import { Field, Int, ObjectType, type ClassType } from 'type-graphql';

import type { Loaders } from '../loaders';
import { registerDescribedEnum } from '../register-enum';
import type { StatsFields, StatsRow } from './stats-spec';

export type StatsBucket = Record<string, unknown>;

/** `<TypeName>StatsKey`: one enum value per key of the spec, described by the key. */
export function createStatsKeyEnum(
  typeName: string,
  queryName: string,
  plural: string,
  spec: StatsFields,
): Record<string, string> {
  const names = Object.keys(spec.keys);
  const keyEnum = Object.fromEntries(names.map((name) => [name, name]));
  registerDescribedEnum(
    keyEnum,
    `${typeName}StatsKey`,
    `What ${plural} can be grouped by in ${queryName}.`,
    Object.fromEntries(names.map((name) => [name, spec.keys[name].description])),
  );
  return keyEnum;
}

/**
 * `<TypeName>StatsBucket`: a nullable field per key (set only when grouped by it), `count`, and
 * the spec's sums. Built from the spec so that the schema, the SQL and the descriptions agree.
 */
export function createStatsBucketType(
  typeName: string,
  plural: string,
  spec: StatsFields,
): ClassType<StatsBucket> {
  const name = `${typeName}StatsBucket`;
  const Bucket = class {};
  Object.defineProperty(Bucket, 'name', { value: name });
  for (const [keyName, key] of Object.entries(spec.keys)) {
    Field(key.type, {
      nullable: true,
      description: `${key.description} Set only when grouping by ${keyName}.`,
    })(Bucket.prototype, key.field);
  }
  Field(() => Int, { description: `How many ${plural} the bucket holds.` })(
    Bucket.prototype,
    'count',
  );
  for (const [sumName, sum] of Object.entries(spec.sums)) {
    Field(sum.type, { nullable: sum.nullable, description: sum.description })(
      Bucket.prototype,
      sumName,
    );
  }
  ObjectType(name, {
    description: `Counts and sums of the ${plural} sharing one combination of group-key values; only the keys grouped by are set.`,
  })(Bucket);
  return Bucket as ClassType<StatsBucket>;
}

/** Buckets from the query's rows, with reference keys loaded through the per-request loaders (one batch per kind). */
export async function toStatsBuckets(
  Bucket: ClassType<StatsBucket>,
  spec: StatsFields,
  rows: StatsRow[],
  loaders: Loaders,
): Promise<StatsBucket[]> {
  const unset = Object.fromEntries(Object.values(spec.keys).map((key) => [key.field, null]));
  const references = Object.values(spec.keys).flatMap(({ field, reference }) =>
    reference && rows.length > 0 && field in rows[0].keys ? [{ field, reference }] : [],
  );
  // Loading every reference first lets each kind's DataLoader batch them; rows without
  // references (most charts: thousands of year × country buckets) need no promise per row.
  const loaded = await Promise.all(
    references.map(async ({ field, reference }) => {
      const ids = [...new Set(rows.map((row) => row.keys[field]))].filter(
        (value): value is string => typeof value === 'string',
      );
      const nodes = await Promise.all(ids.map((id) => reference.load(loaders, id)));
      return new Map(ids.map((id, index) => [id, nodes[index]]));
    }),
  );
  return rows.map((row) => {
    const bucket = Object.assign(new Bucket(), unset, row.keys, { count: row.count }, row.sums);
    references.forEach(({ field }, index) => {
      const value = row.keys[field];
      bucket[field] = typeof value === 'string' ? loaded[index].get(value) : value;
    });
    return bucket;
  });
}
