// Builds the dashboard (web/ -> web/dist) with Vite. Plain JavaScript: `npm install` runs it through
// `prepare` before anything else can load TypeScript.
//   node scripts/build-web.mjs             build
//   node scripts/build-web.mjs --if-stale  build only when a source is newer than web/dist/index.html
//                                          (`npm start` runs it first: `git pull && npm start` serves the new one)
// Skips (exit 0) where there is nothing to build: no web/ (the Docker deps layer) or no Vite (--omit=dev).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const config = join(root, 'web/vite.config.ts');
const built = join(root, 'web/dist/index.html');
// package-lock.json: a pull that moves React, Apollo or Vite changes what the same sources build into.
const sources = ['web/index.html', 'web/vite.config.ts', 'web/src', 'client/generated', 'package-lock.json'].map((p) =>
  join(root, p),
);

function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

if (!existsSync(config)) {
  console.log('build-web: no web/ here, nothing to build');
  process.exit(0);
}
if (process.argv.includes('--if-stale') && existsSync(built) && newest(built) >= Math.max(...sources.map(newest))) {
  process.exit(0);
}
let vite;
try {
  vite = await import('vite');
} catch {
  console.log('build-web: Vite is not installed (production install?); the dashboard is not built');
  process.exit(0);
}
const started = Date.now();
try {
  await vite.build({ configFile: config, logLevel: 'warn' });
} catch (err) {
  console.error(`build-web: the dashboard did not build (${err.message}); after a pull, run npm install first`);
  process.exit(1);
}
console.log(`build-web: dashboard built into web/dist in ${((Date.now() - started) / 1000).toFixed(1)} s`);
