import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layering HACKING.md describes ("Layers and imports"), read from the source itself:
 * - domain/ knows no transport (ocpp/, graphql/, http/, cluster/, ws, express);
 * - only repositories (*.repository.ts) and db/ build SQL (import drizzle-orm);
 * - graphql/ does not reach into db/ (it calls services);
 * - ocpp/ and graphql/ do not import each other;
 * - no tenant condition is written outside db/scoped.ts (inScope / ownedInScope / tenantRowOf).
 */
const SRC = resolve(__dirname, '../src');

interface SourceFile {
  path: string; // relative to src/, with forward slashes
  text: string;
  imports: string[]; // bare package names, or src-relative paths of local modules
}

function sourceFiles(dir = SRC): SourceFile[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    if (!/\.tsx?$/.test(entry.name)) return [];
    const text = readFileSync(full, 'utf8');
    const specifiers = [
      ...text.matchAll(/(?:import|export)\s[^;]*?from\s+'([^']+)'/g),
      ...text.matchAll(/import\s*\(\s*'([^']+)'\s*\)/g),
      ...text.matchAll(/^import\s+'([^']+)'/gm),
    ].map((m) => m[1]!);
    const imports = specifiers.map((s) =>
      s.startsWith('.') ? relative(SRC, resolve(dirname(full), s)).replaceAll('\\', '/') : s,
    );
    return [{ path: relative(SRC, full).replaceAll('\\', '/'), text, imports }];
  });
}

const files = sourceFiles();
const under = (dir: string) => (path: string) => path === dir || path.startsWith(`${dir}/`);
const pkg = (name: string) => (spec: string) => spec === name || spec.startsWith(`${name}/`);

function offenders(from: (f: SourceFile) => boolean, imports: (spec: string) => boolean): string[] {
  return files.filter(from).flatMap((f) => f.imports.filter(imports).map((spec) => `${f.path} imports ${spec}`));
}

describe('import rules', () => {
  it('reads the source tree', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.some((f) => f.path === 'db/scoped.ts')).toBe(true);
  });

  it('domain/ imports no transport (ocpp/, graphql/, http/, cluster/, ws, express)', () => {
    const transport = (spec: string) =>
      ['ocpp', 'graphql', 'http', 'cluster'].some((dir) => under(dir)(spec)) || pkg('ws')(spec) || pkg('express')(spec);
    expect(offenders((f) => under('domain')(f.path), transport)).toEqual([]);
  });

  it('only repositories (*.repository.ts) and db/ import drizzle-orm', () => {
    const mayBuildSql = (f: SourceFile) => f.path.endsWith('.repository.ts') || under('db')(f.path);
    expect(offenders((f) => !mayBuildSql(f), pkg('drizzle-orm'))).toEqual([]);
  });

  it('graphql/ does not import db/ (resolvers call services)', () => {
    expect(offenders((f) => under('graphql')(f.path), under('db'))).toEqual([]);
  });

  it('ocpp/ and graphql/ do not import each other', () => {
    expect(offenders((f) => under('ocpp')(f.path), under('graphql'))).toEqual([]);
    expect(offenders((f) => under('graphql')(f.path), under('ocpp'))).toEqual([]);
  });

  it('writes no tenant condition outside db/scoped.ts', () => {
    // eq(x.tenantId, value), eq(tenants.id, value), or raw SQL comparing tenant_id; a join of two
    // tables' columns (eq(tenants.id, chargers.tenantId)) is not a condition on a tenant.
    const condition =
      /eq\(\s*[\w.]+\.tenantId\s*,\s*|eq\(\s*tenants\.id\s*,\s*|tenant_id\s*=\s*\$\{|\.tenantId\}\s*=\s*\$\{/g;
    const tables = new Set(
      files
        .filter((f) => under('db/schema')(f.path))
        .flatMap((f) => [...f.text.matchAll(/export const (\w+) = pgTable/g)].map((m) => m[1]!)),
    );
    const found = files
      .filter((f) => f.path !== 'db/scoped.ts' && !under('db/schema')(f.path))
      .flatMap((f) =>
        [...f.text.matchAll(condition)]
          .filter((m) => {
            // eq(a.tenantId, b.tenantId) where b is a table: a join, not a condition.
            const next = f.text.slice(m.index! + m[0].length).match(/^(\w+)\.(?:tenantId|id)\s*\)/);
            return !(next && tables.has(next[1]!));
          })
          .map((m) => `${f.path}:${f.text.slice(0, m.index).split('\n').length}: ${m[0]}`),
      );
    expect(found).toEqual([]);
  });
});
