// The size budgets live in .size-limit.json; this file adds one esbuild setting to each.
//
// tsup's code splitting writes a bare `import '../chunk-….js'` into an entry for every
// chunk that must be evaluated before it. The package declares `"sideEffects": false`,
// so a bundler drops those imports, and esbuild (which size-limit measures with) says so
// in a multi-line warning per import: hundreds of lines that bury the budgets. Dropping
// them is what every user's bundler does too, so the measured size is right; only the
// warning about it is silenced. size-limit also bundles each entry as a script (IIFE),
// where `import.meta` is empty: cxkit/node reads `import.meta.url` to find its worker
// file, which it only does in Node, loaded as a module, never from a bundled script.
import { readFileSync } from 'node:fs';

const checks = JSON.parse(readFileSync(new URL('./.size-limit.json', import.meta.url), 'utf8'));

export default checks.map((check) => ({
  ...check,
  modifyEsbuildConfig: (config) => ({
    ...config,
    logOverride: { ...config.logOverride, 'ignored-bare-import': 'silent', 'empty-import-meta': 'silent' },
  }),
}));
