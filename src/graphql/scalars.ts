import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

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
