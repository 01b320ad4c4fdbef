import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { maturityRules } from '../../src/maturity/index';

describe('docs/maturity.md', () => {
  const guide = readFileSync(new URL('../../docs/maturity.md', import.meta.url), 'utf8');

  it('lists every maturity rule with its severity', () => {
    for (const rule of Object.values(maturityRules)) {
      expect(guide).toContain(`| \`${rule.id}\` (${rule.severity}) |`);
    }
  });
});
