import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { type PackedTarball, packTarball, repositoryRoot } from './packedTarball';

// A TypeScript team that adopts cxkit compiles against the published tarball with its own
// settings. These projects do what such a team would: import every subpath, use a few
// functions, and type-check with `skipLibCheck: false`, so that an error anywhere in the
// shipped declaration files (for example a `.d.cts` importing an ESM-only package) fails here.

const run = promisify(execFile);
const compiler = join(repositoryRoot, 'node_modules/typescript/bin/tsc');
const manifest = JSON.parse(readFileSync(join(repositoryRoot, 'package.json'), 'utf8')) as {
  exports: Record<string, unknown>;
};
const subpaths = Object.keys(manifest.exports)
  .filter((key) => key !== './package.json')
  .map((key) => (key === '.' ? 'cxkit' : `cxkit/${key.slice(2)}`));

/** Every subpath imported whole, and a few calls whose types a consumer relies on. */
function consumerSource(moduleSystem: 'commonjs' | 'esm'): string {
  const imports = subpaths.map((subpath, index) => `import * as module${index} from '${subpath}';`);
  return [
    ...imports,
    "import { isCxError, type CxErrorCode, type DocumentId, toIdentifier } from 'cxkit/core';",
    "import { nps, type NpsScore } from 'cxkit/metrics';",
    '',
    `export const moduleSystem = '${moduleSystem}';`,
    `export const exported: number = [${subpaths.map((_, index) => `module${index}`).join(', ')}]`,
    '  .map((namespace) => Object.keys(namespace).length)',
    '  .reduce((sum, count) => sum + count, 0);',
    'const result: NpsScore = nps([10, 9, 7, 3]);',
    'export const score: number = result.score;',
    "export const documentId: DocumentId = toIdentifier<'DocumentId'>('mission-2026');",
    "const code: CxErrorCode = 'INVALID_OPTION';",
    'export function isBadOption(error: unknown): boolean {',
    '  return isCxError(error, code);',
    '}',
    '',
  ].join('\n');
}

interface ConsumerProject {
  readonly name: string;
  readonly packageType: 'commonjs' | 'module';
  readonly compilerOptions: Record<string, unknown>;
  readonly files: Readonly<Record<string, 'commonjs' | 'esm'>>;
}

// Node projects have Node's types (zod's declarations name `URL`); the bundler project has the DOM's.
const strictness = { strict: true, skipLibCheck: false, noEmit: true, target: 'es2022' };

const projects: readonly ConsumerProject[] = [
  {
    // `.cts` files are CommonJS (the `require` condition, `.d.cts`), `.mts` files ESM (`.d.ts`).
    name: 'node16',
    packageType: 'commonjs',
    compilerOptions: { ...strictness, module: 'node16', moduleResolution: 'node16', types: ['node'] },
    files: { 'consumer.cts': 'commonjs', 'consumer.mts': 'esm', 'consumer.ts': 'commonjs' },
  },
  {
    name: 'nodenext',
    packageType: 'module',
    compilerOptions: { ...strictness, module: 'nodenext', moduleResolution: 'nodenext', types: ['node'] },
    files: { 'consumer.cts': 'commonjs', 'consumer.mts': 'esm', 'consumer.ts': 'esm' },
  },
  {
    name: 'bundler',
    packageType: 'module',
    compilerOptions: {
      ...strictness,
      module: 'preserve',
      moduleResolution: 'bundler',
      exactOptionalPropertyTypes: true,
      verbatimModuleSyntax: true,
    },
    files: { 'consumer.ts': 'esm' },
  },
];

let packed: PackedTarball;

beforeAll(() => {
  packed = packTarball();
}, 120_000);

describe('the packed tarball, as a TypeScript consumer compiles against it', () => {
  it.concurrent.each(projects)(
    'type-checks with skipLibCheck off under module resolution $name',
    async (project) => {
      const folder = join(packed.installFolder, project.name);
      mkdirSync(folder);
      writeFileSync(
        join(folder, 'package.json'),
        JSON.stringify({ name: `consumer-${project.name}`, type: project.packageType }),
      );
      writeFileSync(
        join(folder, 'tsconfig.json'),
        JSON.stringify({ compilerOptions: project.compilerOptions, files: Object.keys(project.files) }),
      );
      for (const [file, moduleSystem] of Object.entries(project.files)) {
        writeFileSync(join(folder, file), consumerSource(moduleSystem));
      }
      const outcome = await run(process.execPath, [compiler, '-p', folder, '--pretty', 'false']).then(
        () => '',
        (failure: { stdout: string }) => failure.stdout,
      );
      // The compiler's own report, so that a failure names the file and the error.
      expect(outcome).toBe('');
    },
    240_000,
  );

  it('loads in both module systems, and each build recognizes the other build’s errors', () => {
    const folder = join(packed.installFolder, 'runtime');
    mkdirSync(folder);
    writeFileSync(
      join(folder, 'crossBuild.mjs'),
      [
        "import { createRequire } from 'node:module';",
        "import { isCxError, CxError } from 'cxkit/core';",
        "import { nps } from 'cxkit/metrics';",
        'const require = createRequire(import.meta.url);',
        "const commonJs = require('cxkit/metrics');",
        "const commonJsCore = require('cxkit/core');",
        'const caught = (compute) => { try { compute(); } catch (error) { return error; } };',
        'const fromCommonJs = caught(() => commonJs.nps([11]));',
        'const fromEsm = caught(() => nps([11]));',
        'console.log(JSON.stringify({',
        '  sameScore: commonJs.nps([10, 9, 3]).score === nps([10, 9, 3]).score,',
        "  esmSeesCommonJs: isCxError(fromCommonJs, 'INVALID_SCORES'),",
        "  commonJsSeesEsm: commonJsCore.isCxError(fromEsm, 'INVALID_SCORES'),",
        '  instanceAcrossBuilds: fromCommonJs instanceof CxError,',
        '  plainError: isCxError(new Error("x")),',
        '}));',
      ].join('\n'),
    );
    const printed = execFileSync(process.execPath, [join(folder, 'crossBuild.mjs')], { encoding: 'utf8' });
    expect(JSON.parse(printed)).toEqual({
      sameScore: true,
      esmSeesCommonJs: true,
      commonJsSeesEsm: true,
      // `instanceof` cannot see across builds (two classes); `isCxError` is the way to test.
      instanceAcrossBuilds: false,
      plainError: false,
    });
  });
});

describe('the packed tarball holds only what runs', () => {
  it('ships no source maps and no JavaScript file that does nothing', () => {
    const paths = packed.files.map((file) => file.path);
    expect(paths.filter((path) => path.endsWith('.map'))).toEqual([]);
    const idle = paths
      .filter((path) => /\.c?js$/.test(path))
      .filter((path) => {
        const text = readFileSync(join(packed.installFolder, 'node_modules/cxkit', path), 'utf8');
        return (
          text
            .replace(/\/\/[^\n]*|'use strict';|\s/g, '')
            .replace(/^require\([^)]*chunk-[A-Z0-9]+\.cjs['"]\);$/, '') === ''
        );
      });
    expect(idle).toEqual([]);
  });

  it('ships dist, the readme, the changelog and the license, nothing else', () => {
    const tops = new Set(packed.files.map((file) => file.path.split('/')[0]));
    tops.delete('CHANGELOG.md'); // written by the first release
    expect([...tops].sort()).toEqual(['LICENSE', 'README.md', 'dist', 'package.json']);
  });

  it('names its repository, home page, issue tracker and funding, and links the guides absolutely', () => {
    const shipped = JSON.parse(readFileSync(join(packed.installFolder, 'node_modules/cxkit/package.json'), 'utf8'));
    expect(shipped.repository).toEqual({ type: 'git', url: 'git+https://github.com/cxkit/cxkit.git' });
    expect(shipped.homepage).toMatch(/^https:\/\/github\.com\/cxkit\/cxkit/);
    expect(shipped.bugs).toEqual({ url: 'https://github.com/cxkit/cxkit/issues' });
    expect(shipped.funding).toMatch(/^https:\/\//);
    // The registry's page shows the readme without the repository's files: a relative link is dead there.
    const readme = readFileSync(join(packed.installFolder, 'node_modules/cxkit/README.md'), 'utf8');
    const targets = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1] as string);
    expect(targets.length).toBeGreaterThan(10);
    expect(targets.filter((target) => !/^(https:\/\/|#)/.test(target))).toEqual([]);
  });

  it('installs at most 15 packages at run time (cxkit and what it depends on)', () => {
    const lock = JSON.parse(readFileSync(join(repositoryRoot, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { dev?: boolean; devOptional?: boolean }>;
    };
    const runtime = Object.entries(lock.packages).filter(
      ([path, entry]) => path !== '' && !entry.dev && !entry.devOptional,
    );
    expect(runtime.length + 1).toBeLessThanOrEqual(15);
  });
});
