import fc from 'fast-check';

/** Numbers that break naive code: overflow, precision loss, denormals, negative zero. */
export const hugeNumber = fc.constantFrom(
  1e308,
  -1e308,
  2 ** 53 + 2,
  -(2 ** 63),
  2 ** 64,
  Number.MAX_SAFE_INTEGER * 1000,
  5e-324,
  -0,
  2 ** 31,
  -(2 ** 31) - 1,
  0.1 + 0.2,
);

/** Strings that break naive storage and display: NUL, lone surrogates, bidi overrides, SQL, huge. */
export const oddString = fc.oneof(
  fc.constantFrom(
    '\u0000',
    'a\u0000b',
    '\uD800',
    'x\uDFFFy',
    '\u202Eevil\u202C',
    '\uFEFF',
    '\u200B\u200D',
    '🔌⚡️👩‍👩‍👧‍👦',
    'Ω≈ç√∫˜µ≤≥÷',
    "'; drop table chargers; --",
    '%s%n%x',
    '../../../etc/passwd',
    '${7*7}{{7*7}}',
    '<script>alert(1)</script>',
    '\\u0000',
    '',
    ' ',
    'null',
    'NaN',
    '-1',
    '1e309',
  ),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer({ min: 100, max: 20_000 }).map((n) => 'x'.repeat(n)),
);

/** Arrays or objects nested `depth` deep: stack-hungry code (recursion, JSON, clone) falls over. */
export const deepNesting = fc
  .tuple(fc.integer({ min: 20, max: 4000 }), fc.boolean())
  .map(([depth, arrays]) =>
    JSON.parse(arrays ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)),
  );

/** Any value of the wrong kind. */
export const wrongType = fc.oneof(
  fc.constantFrom(null, true, false, [], {}, '1', 1.5, 0, -1),
  hugeNumber,
  oddString,
  fc.jsonValue({ maxDepth: 3 }),
);

export const hostileValue = fc.oneof(
  { weight: 3, arbitrary: wrongType },
  { weight: 2, arbitrary: hugeNumber },
  { weight: 3, arbitrary: oddString },
  { weight: 1, arbitrary: deepNesting },
);
