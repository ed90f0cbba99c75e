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
export function toStatsBuckets(
  Bucket: ClassType<StatsBucket>,
  spec: StatsFields,
  rows: StatsRow[],
  loaders: Loaders,
): Promise<StatsBucket[]> {
  const unset = Object.fromEntries(Object.values(spec.keys).map((key) => [key.field, null]));
  return Promise.all(
    rows.map(async (row) => {
      const keys = Object.fromEntries(
        await Promise.all(
          Object.values(spec.keys)
            .filter((key) => key.field in row.keys)
            .map(async (key): Promise<[string, unknown]> => {
              const value = row.keys[key.field];
              if (!key.reference || typeof value !== 'string') {
                return [key.field, value];
              }
              return [key.field, await key.reference.load(loaders, value)];
            }),
        ),
      );
      return Object.assign(new Bucket(), unset, keys, { count: row.count }, row.sums);
    }),
  );
}
