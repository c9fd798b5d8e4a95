// Prints the schema built from the code. `--check` fails when schema.graphql differs.
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { printSchema, lexicographicSortSchema } from 'graphql';

const distIndex = process.argv.indexOf('--from');
const from = distIndex > 0 ? process.argv[distIndex + 1]! : '../src/graphql/schema.ts';
const { createSchema } = (await import(
  new URL(from, import.meta.url).href
)) as typeof import('../src/graphql/schema.js');
const printed = printSchema(lexicographicSortSchema(await createSchema())) + '\n';
const target = new URL('../schema.graphql', import.meta.url);

if (process.argv.includes('--check')) {
  const committed = readFileSync(target, 'utf8');
  if (committed !== printed) {
    process.stderr.write(`schema.graphql is stale: run npm run schema:emit and commit it (built from ${from})\n`);
    process.exit(1);
  }
  process.stdout.write(`schema.graphql matches the code (${from})\n`);
} else {
  writeFileSync(target, printed);
  process.stdout.write('wrote schema.graphql\n');
}
