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
    // The browser checks say in one line at the end of the run when they could not run.
    // Under `npm test`, which runs every check in a row, a dot per test keeps the runner's
    // share of the output to a few lines (a failure is still printed in full); run vitest
    // directly for a line per file.
    reporters: [
      process.env.npm_lifecycle_event === 'test' ? 'dot' : 'default',
      ['json', { outputFile: 'reports/vitest.json' }],
      './test/report/browserCheckReporter.ts',
    ],
    // Timing belongs in bench/, never in tests; generous timeouts keep a busy CI machine green.
    testTimeout: 30_000,
  },
});
