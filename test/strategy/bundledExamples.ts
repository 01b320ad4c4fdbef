import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Reads one of the bundled example documents under `examples/strategy/`. */
export function bundledExample(name: string): unknown {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`../../examples/strategy/${name}`, import.meta.url)), 'utf8'));
}
