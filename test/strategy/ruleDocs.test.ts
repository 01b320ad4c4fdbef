import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderStrategyRules, strategyRulesPath } from '../../scripts/writeStrategyRules';
import { strategyRules } from '../../src/strategy/index';

describe('docs/strategy-rules.md', () => {
  const committed = readFileSync(strategyRulesPath, 'utf8');

  it('is what the registry generates (run `npm run docs:rules` after changing a rule)', () => {
    expect(committed).toBe(renderStrategyRules());
  });

  it('lists every rule with its rationale', () => {
    for (const rule of Object.values(strategyRules)) {
      expect(committed).toContain(`### ${rule.id}\n`);
      expect(committed).toContain(rule.rationale);
    }
  });
});
