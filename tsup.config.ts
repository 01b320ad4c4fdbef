import { defineConfig } from 'tsup';

// One entry per public module; each becomes a subpath export in package.json.
export const entries = {
  index: 'src/index.ts',
  'core/index': 'src/core/index.ts',
};

export default defineConfig({
  entry: entries,
  format: ['esm', 'cjs'],
  tsconfig: 'tsconfig.build.json',
  // TypeScript 6 rejects the `baseUrl` tsup injects for the .d.ts build (TS5101).
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  splitting: true,
  treeshake: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
});
