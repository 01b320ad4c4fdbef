import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** A public log from test/fixtures/public, as text (gunzipped when its name ends in .gz). */
export function publicFile(name: string): string {
  const bytes = readFileSync(new URL(`../fixtures/public/${name}`, import.meta.url));
  return (name.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

/** The path of a public fixture. */
export const publicPath = (name: string) => new URL(`../fixtures/public/${name}`, import.meta.url).pathname;
