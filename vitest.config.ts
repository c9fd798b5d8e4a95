import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Vite would pick graphql's ESM build while Apollo and type-graphql load the CommonJS one:
    // two copies of graphql in one process ("from another module or realm"). Use one.
    alias: [
      { find: /^graphql$/, replacement: require.resolve('graphql') },
      // `// @vitest-environment happy-dom-server`: React in happy-dom beside a real server (test/kit).
      {
        find: 'vitest-environment-happy-dom-server',
        replacement: new URL('test/kit/happy-dom-server.ts', import.meta.url).pathname,
      },
    ],
  },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/kit/global-setup.ts'],
    setupFiles: ['reflect-metadata'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Each file has its own database; two workers keep a 2-core machine busy without thrashing.
    maxWorkers: 2,
  },
});
