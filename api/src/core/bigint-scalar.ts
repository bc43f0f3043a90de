import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const INTEGER = /^-?\d+$/;

function toBigInt(value: unknown): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value);
  if (typeof value === 'string' && INTEGER.test(value) && value.length <= 30) return BigInt(value);
  throw new GraphQLError(`BigInt must be a whole number written as digits (for example "60000000000"), got ${JSON.stringify(value)}.`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/**
 * Whole numbers of any size (rupiah amounts reach the trillions). Written to JSON as a string of
 * digits so no client ever rounds it through a float; read from a string or a safe integer.
 */
export const BigIntScalar = new GraphQLScalarType<bigint, string>({
  name: 'BigInt',
  description: 'A whole number of any size, serialized as a string of digits (e.g. "60000000000"). Money is in whole rupiah.',
  serialize: (value) => toBigInt(value).toString(),
  parseValue: (value) => toBigInt(value),
  parseLiteral: (ast) => {
    if (ast.kind === Kind.INT || ast.kind === Kind.STRING) return toBigInt(ast.value);
    throw new GraphQLError('BigInt must be given as an integer or a string of digits.', { extensions: { code: 'BAD_USER_INPUT' } });
  },
});
