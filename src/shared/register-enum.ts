import { registerEnumType } from 'type-graphql';

/**
 * Registers a TypeScript string enum as a GraphQL enum whose every value carries a description,
 * so the schema test can insist on descriptions without each module repeating the wiring.
 */
export function registerDescribedEnum<E extends Record<string, string>>(
  enumObject: E,
  name: string,
  description: string,
  values: { [K in keyof E]: string },
): void {
  registerEnumType(enumObject, {
    name,
    description,
    valuesConfig: Object.fromEntries(
      Object.entries(values).map(([key, text]) => [key, { description: text }]),
    ) as never,
  });
}
