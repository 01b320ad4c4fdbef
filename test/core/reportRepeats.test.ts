import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocumentCheckIssue } from '../../src/core/documents/DocumentType';
import { reportRepeats } from '../../src/core/documents/reportRepeats';
import type { CxValidationError } from '../../src/core/errors/CxValidationError';
import { safeParsePortfolio } from '../../src/governance/index';

function collect(values: readonly string[], advice?: string) {
  const issues: DocumentCheckIssue[] = [];
  const firstIndexOf = reportRepeats(
    values,
    'Idea id',
    (index) => ['ideas', index, 'id'],
    (issue) => issues.push(issue),
    advice,
  );
  return { issues, firstIndexOf };
}

describe('reportRepeats', () => {
  it('reports each later use at its own place and names the first', () => {
    const { issues, firstIndexOf } = collect(['a', 'b', 'a', 'c', 'a'], 'Give each idea its own id.');
    expect(issues).toEqual([
      {
        message: 'Idea id "a" is already used at ideas[0].id. Give each idea its own id.',
        path: ['ideas', 2, 'id'],
      },
      {
        message: 'Idea id "a" is already used at ideas[0].id. Give each idea its own id.',
        path: ['ideas', 4, 'id'],
      },
    ]);
    expect([...firstIndexOf]).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 3],
    ]);
  });

  it('quotes a value as JSON, so a hostile id cannot break the sentence', () => {
    expect(collect(['x"\n', 'x"\n']).issues[0]?.message).toBe('Idea id "x\\"\\n" is already used at ideas[0].id.');
  });

  it('reports exactly the values that are not new, each after an equal one', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom<string>('a', 'b', 'c', 'd'), { maxLength: 30 }), (values) => {
        const { issues, firstIndexOf } = collect(values);
        expect(issues).toHaveLength(values.length - new Set(values).size);
        for (const issue of issues) {
          const index = issue.path[1] as number;
          const first = firstIndexOf.get(values[index] as string) as number;
          expect(first).toBeLessThan(index);
          expect(values.indexOf(values[index] as string)).toBe(first);
        }
      }),
    );
  });

  it('is what a portfolio with a repeated idea id reports', () => {
    const result = safeParsePortfolio({
      kind: 'portfolio',
      schemaVersion: 1,
      id: 'funding-2027',
      title: 'CX funding 2027',
      budget: 100,
      ideas: [
        { id: 'status-texts', cost: 40, value: 30 },
        { id: 'status-texts', cost: 10, value: 5 },
      ],
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect((result.error as CxValidationError).issues).toMatchObject([
      { path: ['ideas', 1, 'id'], message: 'Idea id "status-texts" is already used at ideas[0].id.' },
    ]);
  });
});
