import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultPhrases,
  evaluateSuccess,
  lintMission,
  type MetricProgress,
  parseSuccessStatement,
} from '../../src/strategy/index';

// Statements made of plain words, default phrases and the punctuation between them.
const word = fc.constantFrom('we', 'call', 'airlines', 'engines', 'back', 'the', 'day', 'promised', 'sell', 'class');
const phrase = fc.constantFrom(...defaultPhrases.wishes, ...defaultPhrases.superlatives, ...defaultPhrases.salesAims);
const piece = fc.oneof(
  word,
  phrase.map((text) => text.replace(/\*/g, 'our')),
);
const statement = fc
  .array(fc.tuple(piece, fc.constantFrom(' ', ', ', '. ', ' - ')), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.map(([text, separator]) => text + separator).join(''));

describe('lintMission (laws)', () => {
  it('every span slices exactly its text out of the statement, and spans of one rule do not overlap', () => {
    fc.assert(
      fc.property(statement, (text) => {
        const findings = lintMission(text);
        for (const finding of findings) {
          const span = finding.span;
          expect(span).toBeDefined();
          if (span === undefined) continue;
          expect(text.slice(span.start, span.end)).toBe(span.text);
        }
        for (const rule of new Set(findings.map((finding) => finding.rule))) {
          const spans = findings.filter((finding) => finding.rule === rule).map((finding) => finding.span);
          spans.forEach((span, index) => {
            const next = spans[index + 1];
            if (span !== undefined && next !== undefined) expect(next.start).toBeGreaterThanOrEqual(span.end);
          });
        }
      }),
    );
  });

  it('letter case changes no finding but the matched text', () => {
    fc.assert(
      fc.property(statement, (text) => {
        const strip = (findings: ReturnType<typeof lintMission>) =>
          findings.map((finding) => [finding.rule, finding.span?.start, finding.span?.end]);
        expect(strip(lintMission(text.toUpperCase()))).toEqual(strip(lintMission(text)));
      }),
    );
  });
});

const order = ['off-track', 'at-risk', 'on-track', 'achieved'] as const;

function verdict(direction: 'higher-is-better' | 'lower-is-better', baseline: number, target: number, value: number) {
  const statement = parseSuccessStatement({
    kind: 'success-statement',
    schemaVersion: 1,
    id: 's',
    title: 'S',
    outcome: 'Outcome.',
    metrics: [
      {
        metric: 'm',
        kind: 'operational',
        direction,
        baseline: { value: baseline, on: '2026-01-01' },
        target: { value: target, by: '2027-01-01' },
      },
    ],
  });
  return evaluateSuccess(statement, { m: [{ at: '2026-07-02', value }] }, { asOf: '2026-07-15' })
    .metrics[0] as MetricProgress;
}

const value = fc.integer({ min: -100, max: 100 });

describe('evaluateSuccess (laws)', () => {
  it('mirroring the direction and the values gives the same verdict and gap', () => {
    fc.assert(
      fc.property(value, value, value, (baseline, target, observed) => {
        const higher = verdict('higher-is-better', baseline, target, observed);
        const lower = verdict('lower-is-better', -baseline, -target, -observed);
        expect(lower.status).toBe(higher.status);
        expect(lower.gap).toBeCloseTo(higher.gap, 9);
      }),
    );
  });

  it('a better observed value never gets a worse verdict', () => {
    fc.assert(
      fc.property(value, value, value, fc.integer({ min: 0, max: 50 }), (baseline, target, observed, step) => {
        const before = order.indexOf(verdict('higher-is-better', baseline, target, observed).status as never);
        const after = order.indexOf(verdict('higher-is-better', baseline, target, observed + step).status as never);
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });
});
