import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The public entries are `src/index.ts` and each `src/<module>/index.ts` (the subpath
    // exports in package.json). Every other source file is an entry too, so that dist keeps
    // one module per source file: an app that imports only the period helpers then loads
    // no zod and no findings code, because bundlers drop unused modules of a
    // `sideEffects: false` package — they cannot drop unused code inside one big chunk.
    // The command (src/cli) is not a library entry: it is bundled on its own below.
    entry: ['src/**/*.ts', '!src/cli/**'],
    format: ['esm', 'cjs'],
    tsconfig: 'tsconfig.build.json',
    // TypeScript 6 rejects the `baseUrl` tsup injects for the .d.ts build (TS5101).
    dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
    splitting: true,
    treeshake: true,
    // No source maps: the output is unminified and reads like the source, and a map would
    // point at source files the package does not ship.
    sourcemap: false,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    // Only src/node imports Node's modules; they stay imports, and its `import.meta.url`
    // (where the worker script is) gets tsup's shim in the CommonJS build.
    external: [/^node:/],
    shims: true,
    // One line per emitted file would bury the interesting output of `npm test`.
    silent: true,
  },
  {
    // The `cxkit` command: one ESM file with a shebang, `bin` in package.json. The
    // package's dependencies (zod, yaml, csv-parse, …) stay imports.
    entry: { cli: 'src/cli/cli.ts' },
    format: ['esm'],
    tsconfig: 'tsconfig.build.json',
    dts: false,
    splitting: false,
    // No source maps: the output is unminified and reads like the source, and a map would
    // point at source files the package does not ship.
    sourcemap: false,
    clean: false,
    target: 'es2022',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    silent: true,
  },
]);
