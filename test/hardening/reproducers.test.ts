/**
 * Each input an outside fuzz and security audit found to hang, return NaN or Infinity,
 * crash with an internal error, or reach a terminal raw — kept as a regression test.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/cli/lintVerb';
import {
  addBusinessDays,
  createFinding,
  defineDocumentType,
  identifierSchema,
  parsePeriodLabel,
  safeParseDocument,
  shiftPeriod,
  trailingWindow,
} from '../../src/core/index';
import { parseCharter, replayDecisionLog } from '../../src/governance/index';
import { managementElementsModel, roadmap, scoreAssessment } from '../../src/maturity/index';
import { loadWorkspace } from '../../src/node/loadWorkspace';
import { htmlReport } from '../../src/render/index';
import { evaluateSuccess, parseSuccessStatement } from '../../src/strategy/index';
import { formatFindings, sarif } from '../../src/workspace/index';
import { expectCxError } from '../expectCxError';

describe('calendar arithmetic stays within the dates a Date can hold', () => {
  it('refuses addBusinessDays(t, 1e8) at once instead of returning NaN after seconds', () => {
    expect(expectCxError(() => addBusinessDays('2026-11-20T16:00:00Z', 1e8), 'OUT_OF_RANGE', ['days']).message).toBe(
      'days must lie within ±1,000,000 business days; received 100000000.',
    );
    // 1,000,000 business days of five-day weeks: 200,000 weeks, 1,400,000 calendar days, from a Friday to a Friday.
    expect(addBusinessDays('2026-11-20T16:00:00Z', 1_000_000)).toBe(
      Date.parse('2026-11-20T16:00:00Z') + 1_400_000 * 86_400_000,
    );
  });

  it('refuses shiftPeriod(p, 1e7) instead of labeling a period "+000NaN-NaN"', () => {
    expectCxError(() => shiftPeriod(parsePeriodLabel('2026-11'), 1e7), 'OUT_OF_RANGE', ['steps']);
    // 1,000,000 months is 83,333 years and 4 months: 2026-11 + 4 months = 2027-03.
    expect(shiftPeriod(parsePeriodLabel('2026-11'), 1_000_000).label).toBe('+085360-03');
  });
});

describe('roadmap', () => {
  const result = scoreAssessment(managementElementsModel, {
    answers: { 'cx-strategy-goals': 3, 'technology-listening': 1, 'governance-council': 2, 'design-journeys': 4 },
  });
  for (const level of [Number.NaN, Number.NEGATIVE_INFINITY, '2', 2.5, 9]) {
    it(`refuses a dimension level of ${String(level)} instead of looping until memory runs out`, () => {
      const hostile = {
        ...result,
        dimensions: result.dimensions.map((dimension, index) => (index === 1 ? { ...dimension, level } : dimension)),
      };
      expectCxError(() => roadmap(hostile as never, 3), 'INVALID_RESULT', ['result', 'dimensions', 1, 'level']);
    });
  }
});

describe('a YAML alias bomb', () => {
  it('is one finding at its file and line, and the other files are still read', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cxkit-alias-bomb-'));
    const layers = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let layer = 1; layer < 9; layer++) {
      const name = String.fromCharCode(97 + layer);
      const previous = String.fromCharCode(96 + layer);
      layers.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    writeFileSync(
      join(folder, 'bomb.yaml'),
      `kind: mission\nschemaVersion: 1\nid: bomb\ntitle: Bomb\n${layers.join('\n')}\n`,
    );
    writeFileSync(
      join(folder, 'mission.yaml'),
      'kind: mission\nschemaVersion: 1\nid: cx-mission\ntitle: Mission\nstatement: We keep our word.\n',
    );
    const workspace = await loadWorkspace(folder);
    expect(workspace.problems.map((problem) => [problem.file, problem.line, problem.code])).toEqual([
      ['bomb.yaml', 1, 'invalid-syntax'],
    ]);
    expect(workspace.problems[0]?.message).toContain('expands its aliases (*name) more than 100 times');
    expect(workspace.documents.map((entry) => entry.id)).toEqual(['cx-mission']);
  });
});

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding raw escape characters is the point.
const rawEscapes = /[\u001b\u0007\u009b\u202e]/;

describe('writing findings out', () => {
  const finding = (message: string, file = 'mission.yaml') => ({
    rule: 'workspace/invalid-document' as const,
    severity: 'error' as const,
    message,
    path: ['title'],
    file,
    line: 4,
  });

  it('refuses what is not a list of findings with a CxError, not a TypeError', () => {
    expectCxError(() => formatFindings(undefined as never), 'INVALID_ARGUMENT', ['findings']);
    expectCxError(() => sarif({} as never), 'INVALID_ARGUMENT', ['findings']);
    expectCxError(() => sarif([{ ...finding('x'), file: undefined }] as never), 'INVALID_INPUT', [0, 'file']);
    expectCxError(() => formatFindings([{ ...finding('x'), line: 0 }]), 'INVALID_INPUT', [0, 'line']);
  });

  it('writes terminal escape sequences and bidirectional overrides as visible escapes', () => {
    const hostile = finding('Title \u001b]0;owned\u0007 \u001b[31mred\u009b2J \u202Eevil', 'mi\u001b[2Jssion.yaml');
    const text = formatFindings([hostile]);
    expect(text).not.toMatch(rawEscapes);
    expect(text).toContain('Title \\u{1b}]0;owned\\u{7} \\u{1b}[31mred\\u{9b}2J \\u{202e}evil');
    expect(text.split('\n')[0]).toBe('mi\\u{1b}[2Jssion.yaml');
    for (const format of ['json', 'sarif'] as const) {
      const written = formatFindings([hostile], { format });
      expect(written).not.toMatch(rawEscapes);
      // The escapes are JSON's own: the text reads back exactly as it was.
      expect(written).toContain(
        JSON.stringify(hostile.message).slice(1, -1).replace('\u009b', '\\u009b').replace('\u202e', '\\u202e'),
      );
      expect(JSON.stringify(JSON.parse(written))).toContain('owned');
    }
  });
});

describe('cxkit lint --max-warnings', () => {
  // "-1" is refused too, by the argument parser, before it is read as a number.
  for (const value of ['', '0x10', '1e1', '1.5', ' 3', '99999999999999999999']) {
    it(`refuses ${JSON.stringify(value)}: a plain non-negative integer only`, async () => {
      let stderr = '';
      const code = await lint({
        argv: [tmpdir(), '--max-warnings', value],
        cwd: tmpdir(),
        isTTY: false,
        stdout: { write: () => true },
        stderr: {
          write: (text: string) => {
            stderr += text;
            return true;
          },
        },
      } as never);
      expect(code).toBe(2);
      expect(stderr).toContain('--max-warnings must be a whole number from 0');
    });
  }
});

describe('numbers too large to show', () => {
  it('are written as such, never as "Infinity"', () => {
    const html = htmlReport({
      title: 'R',
      sections: [{ id: 's', title: 'S', tables: [{ caption: 'c', columns: ['value'], rows: [[1e308], [-1.5e300]] }] }],
    });
    // Each cell carries its column's name, for the one-card-per-row layout on a phone.
    expect(html).toContain('<td class="number" data-label="value">1e+308</td>');
    expect(html).toContain('-1.5e+300');
    expect(html).not.toContain('Infinity');
  });
});

describe('internal errors the audit hit, now CxErrors naming the place', () => {
  it('a missing required argument', () => {
    expectCxError(() => trailingWindow('2026-11-01', undefined as never), 'INVALID_ARGUMENT', ['options']);
    expectCxError(() => createFinding(undefined as never), 'INVALID_ARGUMENT', ['input']);
    expectCxError(() => defineDocumentType(undefined as never), 'INVALID_ARGUMENT', ['definition']);
    expectCxError(() => identifierSchema({} as never), 'INVALID_ARGUMENT', ['name']);
  });

  it('safe twins never throw, even when the document type itself is wrong', () => {
    const result = safeParseDocument(undefined as never, {});
    expect(result.success).toBe(false);
    expect(result.success === false && result.error.code).toBe('INVALID_ARGUMENT');
  });

  it('a decision event with a key named constructor is refused by name, not a TypeError', () => {
    const charter = parseCharter({
      kind: 'governance-charter',
      schemaVersion: 1,
      id: 'cx-governance',
      title: 'CX governance charter',
      council: [{ id: 'maria', function: 'customer service', role: 'chair' }],
      executives: [{ id: 'coo' }],
      decisionRights: [],
      quorum: 1,
      reviewDeadline: { businessDays: 10 },
    });
    const event = {
      id: 'e1',
      recommendation: 'callback',
      type: 'proposed',
      actor: 'maria',
      at: '2026-03-02',
      constructor: 1,
    };
    expectCxError(() => replayDecisionLog([event] as never, charter), 'INVALID_INPUT', [0, 'constructor']);
  });

  it('a score series point without a score is refused, not read as NaN', () => {
    const statement = parseSuccessStatement({
      kind: 'success-statement',
      schemaVersion: 1,
      id: 'on-the-wing',
      title: 'Engines back on the wing when promised',
      outcome: 'Airlines get engines back on the wing on the promised day.',
      metrics: [
        {
          metric: 'wing-to-wing-days',
          kind: 'operational',
          direction: 'lower-is-better',
          baseline: { value: 40, on: '2026-01-01' },
          target: { value: 30, by: '2027-01-01' },
        },
      ],
    });
    const series = { series: [{ segment: null, points: [{ start: Date.parse('2026-07-01T00:00:00Z') }] }] };
    expectCxError(
      () => evaluateSuccess(statement, { 'wing-to-wing-days': series as never }, { asOf: '2026-07-15' }),
      'INVALID_INPUT',
      ['wing-to-wing-days', 'series', 0, 'points', 0, 'score'],
    );
  });

  it('npsInThreads({}) is refused before any worker starts', async () => {
    // The built entry: its worker threads start the built worker script.
    const { npsInThreads } = await import('cxkit/node');
    await expect(npsInThreads({} as never)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', path: ['scores'] });
  });
});

describe('a misspelled choice', () => {
  it('gets the nearest allowed value, as a misspelled kind or field does', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cxkit-typo-'));
    writeFileSync(
      join(folder, 'cxkit.yaml'),
      'kind: workspace\nschemaVersion: 1\nid: ws\ntitle: WS\ndata:\n  - { id: s, type: survey-respones, file: data/s.csv, metric: nps }\n',
    );
    const { problems } = await loadWorkspace(folder);
    expect(problems.map((problem) => [problem.line, problem.path, problem.message])).toEqual([
      [
        6,
        ['data', 0, 'type'],
        expect.stringMatching(
          /^Unknown value "survey-respones"; did you mean "survey-responses"\? Expected one of "survey-responses", /,
        ),
      ],
    ]);
  });
});
