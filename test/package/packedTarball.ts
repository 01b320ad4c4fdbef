import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** What `npm pack` made: the tarball, its file list and a folder where `cxkit` is installed from it. */
export interface PackedTarball {
  /** Paths inside the package (`package/` stripped), as npm lists them. */
  readonly files: readonly { readonly path: string; readonly size: number }[];
  /** A folder holding `node_modules/cxkit` (the extracted tarball) and its runtime dependencies. */
  readonly installFolder: string;
}

/**
 * Packs the built package as `npm publish` would, then installs it into a fresh folder
 * without a registry: the tarball is extracted into `node_modules/cxkit`, and each runtime
 * dependency (and `@types/node`, which a consumer of `cxkit/node` has) is linked from the
 * repository's own `node_modules`.
 */
export function packTarball(): PackedTarball {
  if (!existsSync(join(repositoryRoot, 'dist/index.js'))) {
    throw new Error('dist/ is missing: run `npm run build` before the package tests.');
  }
  const folder = mkdtempSync(join(tmpdir(), 'cxkit-package-'));
  const output = execFileSync('npm', ['pack', '--json', '--pack-destination', folder], {
    cwd: repositoryRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const [packed] = JSON.parse(output) as { filename: string; files: { path: string; size: number }[] }[];
  if (packed === undefined) throw new Error('npm pack listed no tarball.');
  const packageFolder = join(folder, 'node_modules/cxkit');
  mkdirSync(packageFolder, { recursive: true });
  execFileSync('tar', ['-xzf', join(folder, packed.filename), '-C', packageFolder, '--strip-components=1']);
  const manifest = JSON.parse(readFileSync(join(repositoryRoot, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  for (const dependency of [...Object.keys(manifest.dependencies ?? {}), '@types/node']) {
    const link = join(folder, 'node_modules', dependency);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(join(repositoryRoot, 'node_modules', dependency), link, 'dir');
  }
  return { files: packed.files, installFolder: folder };
}
