import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import codegenConfig from '../codegen.js';
import { generateOcppTypes, OCPP_TYPE_FILES } from '../scripts/gen-ocpp-types.js';
import { createSchema } from '../src/graphql/schema.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

// The committed artifacts are what clients and deployments use; each must match the code.
describe('committed artifacts are up to date', () => {
  it('schema.graphql matches the schema built from the code (fix: npm run schema:emit)', async () => {
    expect(read('schema.graphql')).toBe(printSchema(lexicographicSortSchema(await createSchema())) + '\n');
  });

  it('client/generated matches codegen output (fix: npm run codegen)', async () => {
    const outputs = (await generate({ ...codegenConfig, cwd: ROOT, silent: true }, false)) as {
      filename: string;
      content: string;
    }[];
    expect(outputs.length).toBeGreaterThan(0);
    for (const { filename, content } of outputs) {
      expect(read(filename.startsWith('/') ? filename.slice(ROOT.length) : filename), filename).toBe(content);
    }
  });

  it.each(OCPP_TYPE_FILES)('$out matches the OCPP $version JSON schemas (fix: npm run ocpp:types)', async (file) => {
    expect(read(file.out)).toBe(await generateOcppTypes(file));
  });

  it('drizzle-kit would generate no new migration (fix: npm run db:generate)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chargeql-drizzle-'));
    try {
      cpSync(join(ROOT, 'drizzle'), join(dir, 'drizzle'), { recursive: true });
      const before = readdirSync(join(dir, 'drizzle')).length;
      const config = join(dir, 'drizzle.config.ts');
      // drizzle-kit resolves `out` against the working directory, so run it in the copy.
      writeFileSync(
        config,
        `export default { dialect: 'postgresql', schema: '${join(ROOT, 'src/db/schema/index.ts')}', out: './drizzle' };\n`,
      );
      const out = execFileSync(join(ROOT, 'node_modules/.bin/drizzle-kit'), ['generate', '--config', config], {
        cwd: dir,
        encoding: 'utf8',
      });
      expect(out).toMatch(/No schema changes/);
      expect(readdirSync(join(dir, 'drizzle')).length, out).toBe(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
