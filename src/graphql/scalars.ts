import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

import { SafeIntResolver } from 'graphql-scalars';

export { DateTimeResolver as DateTimeScalar, JSONResolver as JSONScalar } from 'graphql-scalars';

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** A decimal number sent as a string ("0.40"); input also accepts a plain number. Never a float inside. */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: 'A decimal number, sent as a string ("0.40"). Input also accepts a plain number.',
  serialize: (value) => String(value),
  parseValue: (value) => parseDecimal(value),
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT) return parseDecimal(ast.value);
    throw new GraphQLError('Decimal must be a string or a number');
  },
});

function parseDecimal(value: unknown): string {
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string' || !DECIMAL.test(text.trim())) {
    throw new GraphQLError(`Not a decimal number: ${JSON.stringify(value)}`);
  }
  return text.trim();
}

/**
 * Whole numbers that can pass 2^31 - 1 (GraphQL's Int): energy in Wh (a tenant's total passes 2.1 GWh
 * soon), all-time counters, summed durations. A plain JSON number, exact up to 2^53 - 1, so
 * JavaScript clients read it as a number with no parsing. Fractions are rounded half-up.
 */
export const SafeIntScalar = new GraphQLScalarType<number, number>({
  name: 'SafeInt',
  description:
    'A whole number up to 2^53 - 1 (exact in JavaScript), sent as a JSON number; used where Int (32-bit) could overflow, e.g. energy in Wh and all-time counts.',
  serialize: (value) => SafeIntResolver.serialize(typeof value === 'number' ? Math.round(value) : value) as number,
  parseValue: (value) => SafeIntResolver.parseValue(value) as number,
  parseLiteral: (ast) => SafeIntResolver.parseLiteral(ast, {}) as number,
});
