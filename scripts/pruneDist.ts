/**
 * Removes from dist/ the JavaScript files that do nothing: tsup emits one module per source
 * file (see tsup.config.ts), and a file that only declares types becomes an empty `.js` and
 * a `.cjs` that only loads the CommonJS shim; code splitting also leaves a few empty chunks
 * that other modules load for nothing. None holds code, so they would ship as dead weight: they
 * are removed, and so are the lines that load an empty chunk. Their `.d.ts`/`.d.cts` stay: other declaration
 * files import them. Run after tsup (`npm run build`).
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const distFolder = resolve(import.meta.dirname, '..', 'dist');

function javaScriptFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return javaScriptFiles(path);
    return /\.(c?js)$/.test(entry.name) ? [path] : [];
  });
}

const specifier = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\(\s*)["'](\.{1,2}\/[^"']+)["']/g;
// A line that only loads a module for its effects: `import './chunk-X.js';`, `require('./chunk-X.cjs');`.
const bareLoad = /^(?:import\s*|require\()["'](\.{1,2}\/[^"']+)["']\)?;$/;
const shimRequire = /^require\(["'][./]*chunk-[A-Z0-9]+\.cjs["']\);$/;

/** True when the file holds nothing but comments, `'use strict'` and the CommonJS shim. */
function doesNothing(text: string): boolean {
  return text
    .replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .map((line) => line.trim())
    .every((line) => line === '' || line === "'use strict';" || line === '"use strict";' || shimRequire.test(line));
}

// Removing a file that does nothing can leave its importers doing nothing (a `.cjs` that only
// loaded it), so repeat until no file is removed.
let files = javaScriptFiles(distFolder);
let removed = 0;
for (let changed = true; changed; ) {
  changed = false;
  const texts = new Map(files.map((file) => [file, readFileSync(file, 'utf8')]));
  // Files that some module imports for a binding (not only for its effects) must stay.
  const bound = new Set<string>();
  for (const [file, text] of texts) {
    for (const line of text.split('\n')) {
      if (bareLoad.test(line.trim())) continue;
      for (const match of line.matchAll(specifier)) bound.add(resolve(dirname(file), match[1] as string));
    }
  }
  const idle = new Set(files.filter((file) => !bound.has(file) && doesNothing(texts.get(file) as string)));
  if (idle.size === 0) break;
  for (const [file, text] of texts) {
    if (idle.has(file)) continue;
    const kept = text.split('\n').filter((line) => {
      const match = bareLoad.exec(line.trim());
      return match === null || !idle.has(resolve(dirname(file), match[1] as string));
    });
    if (kept.length !== text.split('\n').length) writeFileSync(file, kept.join('\n'));
  }
  for (const file of idle) rmSync(file);
  removed += idle.size;
  files = files.filter((file) => !idle.has(file));
  changed = true;
}
console.log(`dist: removed ${removed} JavaScript files that did nothing (type-only modules, empty chunks)`);
