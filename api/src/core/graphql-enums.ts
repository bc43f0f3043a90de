import { registerEnumType } from 'type-graphql';

/**
 * type-graphql wants an enum object; our domain enums are `as const` tuples so the database checks
 * and the TypeScript unions come from the same list. This turns one into the other.
 */
export function graphqlEnum<const Values extends readonly string[]>(values: Values, name: string, description?: string) {
  const enumObject = Object.fromEntries(values.map((value) => [value, value])) as { [V in Values[number]]: V };
  registerEnumType(enumObject, { name, description });
  return enumObject;
}
