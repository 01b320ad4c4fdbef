import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Writes a page generated from the code when it differs from what is on disk, and says
 * which: the pages are committed, so an unchanged run must leave them untouched.
 */
export function writeGeneratedDoc(path: string, rendered: string, name: string, source: string): void {
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    // A first run writes the file.
  }
  if (current === rendered) console.log(`${name} is up to date`);
  else {
    writeFileSync(path, rendered);
    console.log(`${name} written from ${source}`);
  }
}
