import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const EXPECTED = 'expected an integer between -(2^53 - 1) and 2^53 - 1';

function toLong(value: unknown): number {
  const number = typeof value === 'bigint' ? Number(value) : value;
  if (typeof number === 'number' && Number.isSafeInteger(number)) return number;
  throw new GraphQLError(`Long cannot represent ${JSON.stringify(String(value))}: ${EXPECTED}`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/**
 * Codiga's `Long`: 64-bit integers as JSON numbers. Plumb's values (ids, counts, epoch milliseconds) all fit in
 * JavaScript's safe integers, so a number past 2^53 is refused rather than rounded.
 */
export const LongScalar = new GraphQLScalarType({
  name: 'Long',
  description: 'A 64-bit integer, sent as a JSON number (within JavaScript safe integers).',
  serialize: toLong,
  parseValue: toLong,
  parseLiteral(node) {
    if (node.kind !== Kind.INT)
      throw new GraphQLError(`Long cannot represent a non-integer value: ${EXPECTED}`, {
        nodes: node,
        extensions: { code: 'BAD_USER_INPUT' },
      });
    return toLong(Number(node.value));
  },
});
