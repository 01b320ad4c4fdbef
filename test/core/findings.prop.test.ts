import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countFindings, type Finding, filterFindings, type RuleId, sortFindings } from '../../src/core/index';

const span = fc
  .tuple(fc.nat(20), fc.nat(5))
  .map(([start, length]) => ({ start, end: start + length, text: 'x'.repeat(length) }));
const finding: fc.Arbitrary<Finding> = fc.record(
  {
    rule: fc.constantFrom<RuleId>('journey/no-owner', 'mission/vague-wish', 'metric/series-break'),
    severity: fc.constantFrom('error', 'warning', 'info'),
    message: fc.constantFrom('a', 'b'),
    path: fc.array(fc.oneof(fc.nat(12), fc.constantFrom('steps', 'goals', 'owner')), { maxLength: 3 }),
    // Some findings point at a phrase inside the text at their path.
    span,
  },
  { requiredKeys: ['rule', 'severity', 'message', 'path'] },
);
const findings = fc.array(finding, { maxLength: 40 });

describe('findings (laws)', () => {
  it('sorting does not depend on input order', () => {
    fc.assert(
      fc.property(findings, fc.nat(), (list, seed) => {
        const shuffled = [...list].reverse();
        const rotated = [...list.slice(seed % (list.length || 1)), ...list.slice(0, seed % (list.length || 1))];
        expect(sortFindings(shuffled)).toEqual(sortFindings(list));
        expect(sortFindings(rotated)).toEqual(sortFindings(list));
      }),
    );
  });

  it('sorting is idempotent and keeps every finding', () => {
    fc.assert(
      fc.property(findings, (list) => {
        const sorted = sortFindings(list);
        expect(sortFindings(sorted)).toEqual(sorted);
        expect(sorted).toHaveLength(list.length);
        expect(countFindings(sorted)).toEqual(countFindings(list));
      }),
    );
  });

  it('counts add up to the total', () => {
    fc.assert(
      fc.property(findings, (list) => {
        const counts = countFindings(list);
        expect(counts.error + counts.warning + counts.info).toBe(counts.total);
        expect(counts.total).toBe(list.length);
      }),
    );
  });

  it('filters by severity partition the findings', () => {
    fc.assert(
      fc.property(findings, (list) => {
        const errors = filterFindings(list, { minSeverity: 'error' });
        const warningsOrWorse = filterFindings(list, { minSeverity: 'warning' });
        expect(errors.every((item) => warningsOrWorse.includes(item))).toBe(true);
        expect(countFindings(errors).total).toBe(countFindings(list).error);
        expect(warningsOrWorse.length).toBe(countFindings(list).error + countFindings(list).warning);
      }),
    );
  });
});
