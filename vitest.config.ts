import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const source = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));
const built = (path: string) => fileURLToPath(new URL(`./dist/${path}`, import.meta.url));

export default defineConfig({
  resolve: {
    // Tests and doc examples import the package by its public names, resolved to the
    // source so that they run without a build.
    // `cxkit/node` starts worker threads from its built worker script, so its tests and
    // examples run against dist (npm test builds before running vitest).
    alias: [
      { find: /^cxkit\/node$/, replacement: built('node/index.js') },
      { find: /^cxkit\/(\w+)$/, replacement: source('$1/index.ts') },
      { find: /^cxkit$/, replacement: source('index.ts') },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // Looks once for the PostgreSQL server the warehouse tests run on, and says loudly
    // when there is none (CXKIT_POSTGRES=required turns that skip into failures).
    globalSetup: ['test/warehouse/engines/postgresSetup.ts'],
    typecheck: {
      enabled: true,
      include: ['test/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
    // Timing belongs in bench/, never in tests; generous timeouts keep a busy CI machine green.
    testTimeout: 30_000,
  },
});
