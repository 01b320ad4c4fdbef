import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogAreas, renderRuleCatalog, ruleCatalogPath } from '../../scripts/writeRuleCatalog';
import { errorCodes } from '../../src/core/errors/errorCodes';

describe('docs/rules.md', () => {
  const committed = readFileSync(ruleCatalogPath, 'utf8');

  it('is what the registries generate (run `npm run docs:rules` after changing a rule)', () => {
    expect(committed).toBe(renderRuleCatalog());
  });

  it('lists every rule of every registry once, with its rationale', () => {
    for (const area of catalogAreas) {
      for (const rule of Object.values(area.rules)) {
        expect(committed.split(`\n### ${rule.id}\n`)).toHaveLength(2);
        expect(committed).toContain(rule.rationale);
      }
    }
  });

  it('gives every rule id to one registry only', () => {
    const ids = catalogAreas.flatMap((area) => Object.keys(area.rules));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lists every error code once, with what it means and the modules that raise it', () => {
    for (const [code, meaning] of Object.entries(errorCodes)) {
      const rows = committed.split('\n').filter((line) => line.startsWith(`| \`${code}\` |`));
      expect(rows).toEqual([expect.stringMatching(/\| `[a-z]+`( \||,)/)]);
      expect(rows[0]).toContain(meaning);
    }
  });
});
