import { nps, parseSurveyExport } from 'cxkit/metrics';
import { describe, expect, it } from 'vitest';
import { expectCxError } from '../expectCxError';
import { publicFile } from '../journeys/publicLogs';

// The qualtRics package's sample response, read by hand from the files: recorded
// 2017-07-18 08:28:48 (no offset), response R_2YPOQ602ER1jkf1, answer 2 to Q1.
const recorded = Date.UTC(2017, 6, 18, 8, 28, 48);

describe('Qualtrics exports from the qualtRics test suite', () => {
  it('reads a current export (three header rows) by QID, header or question text', () => {
    const text = publicFile('qualtrics-sample.csv');
    for (const score of ['QID1', 'Q1', 'This is a multiple choice question.']) {
      const survey = parseSurveyExport(text, { score, source: 'qualtrics-sample.csv' });
      expect(survey.format).toBe('qualtrics');
      expect([...survey.responses.score]).toEqual([2]);
      expect([...survey.responses.at]).toEqual([recorded]);
      expect(survey.responseIds).toEqual(['R_2YPOQ602ER1jkf1']);
      expect(survey.columns.score).toEqual({
        header: 'Q1',
        label: 'This is a multiple choice question.',
        importId: 'QID1',
      });
    }
  });

  it('reads the survey’s time zone and any column as the segment', () => {
    const survey = parseSurveyExport(publicFile('qualtrics-sample.csv'), {
      score: 'QID1',
      segment: 'UserLanguage',
      timeZone: 'Europe/Zurich',
    });
    // Hand: Zurich is on summer time (+02:00) in July.
    expect([...survey.responses.at]).toEqual([recorded - 2 * 3_600_000]);
    expect(survey.responses.segment).toEqual(['DE']);
    expect(survey.columns.time).toEqual({ header: 'RecordedDate', label: 'Erfassungsdatum', importId: 'recordedDate' });
  });

  it('reads a legacy export (V1… and Q1… ids, then labels), timed by EndDate', () => {
    const survey = parseSurveyExport(publicFile('qualtrics-sample-legacy.csv'), { score: 'Q1' });
    expect(survey.format).toBe('qualtrics-legacy');
    expect([...survey.responses.score]).toEqual([2]);
    expect([...survey.responses.at]).toEqual([recorded]);
    expect(survey.responseIds).toEqual(['R_2YPOQ602ER1jkf1']);
    expect(survey.columns.time.header).toBe('EndDate');
  });

  it('refuses an export missing its header rows, naming the file and line', () => {
    const [names, , , response] = publicFile('qualtrics-sample.csv').split('\n');
    const error = expectCxError(
      () => parseSurveyExport(`${names}\n${response}\n${response}\n`, { score: 'QID1', source: 'export.csv' }),
      'INVALID_SURVEY_EXPORT',
    );
    expect(error.message).toMatch(
      /^The Qualtrics survey export cannot be read at export\.csv:3: the third row is not the ImportId row/,
    );
    expectCxError(() => parseSurveyExport(`${names}\n`, { score: 'QID1' }), 'INVALID_SURVEY_EXPORT');
    const missing = expectCxError(
      () => parseSurveyExport(publicFile('qualtrics-sample.csv'), { score: 'QID7', source: 'export.csv' }),
      'INVALID_SURVEY_EXPORT',
    );
    expect(missing.message).toContain('export.csv:3: no score question column "QID7"');
  });
});

describe('previews, tests, spam, unfinished and unanswered rows, and bad rows', () => {
  const header = [
    'Status,Finished,RecordedDate,ResponseId,DistributionChannel,Q1',
    'Response Type,Finished,Recorded Date,Response ID,Distribution Channel,How likely are you to recommend us?',
    // As Qualtrics writes it: each cell a JSON object, quoted, its quotes doubled.
    ['status', 'finished', 'recordedDate', '_recordId', 'distributionChannel', 'QID1']
      .map((id) => `"{""ImportId"":""${id}""}"`)
      .join(','),
  ];
  const rows = [
    'IP Address,True,2026-03-01 10:00:00,R_1,anonymous,Extremely likely',
    'Survey Preview,True,2026-03-01 10:05:00,R_2,preview,Extremely likely',
    'IP Address,True,2026-03-01 10:06:00,R_3,test,Not at all likely',
    'Spam,True,2026-03-01 10:07:00,R_4,anonymous,Not at all likely',
    'IP Address,False,2026-03-01 10:08:00,R_5,anonymous,Neutral',
    'IP Address,True,2026-03-01 10:09:00,R_6,anonymous,',
    'IP Address,True,2026-03-01 10:10:00,R_7,anonymous,Neutral',
    'IP Address,True,2026-03-01 10:11:00,R_8,anonymous,Maybe',
    'IP Address,True,tomorrow,R_9,anonymous,Neutral',
  ];
  const text = [...header, ...rows].join('\r\n');
  const recode = { 'Extremely likely': 10, Neutral: 5, 'Not at all likely': 0 };

  it('leaves previews, tests, spam, unfinished and unanswered rows out, counted by reason', () => {
    const survey = parseSurveyExport(text, { score: 'QID1', recode, badRows: 'set-aside', source: 'nps.csv' });
    expect(survey.counts).toEqual({
      rows: 9,
      responses: 2,
      leftOut: { preview: 1, test: 1, spam: 1, unfinished: 1, 'no-answer': 1 },
      problems: { 'bad-score': 1, 'bad-time': 1, 'bad-row': 0 },
    });
    expect(survey.responseIds).toEqual(['R_1', 'R_7']);
    // Every row is accounted for: read, left out by reason, or a problem with its line (rows start on line 4).
    expect(survey.problems.map((problem) => [problem.line, problem.field, problem.reason])).toEqual([
      [11, 'Q1', 'bad-score'],
      [12, 'RecordedDate', 'bad-time'],
    ]);
    expect(survey.problems[0]?.message).toBe(
      'The answer "Maybe" is not a number nor a choice in the recode map; the row was set aside.',
    );
    // Hand: one promoter (10) and one detractor (5, below 7): 50% − 50% = 0.
    expect([...survey.responses.score]).toEqual([10, 5]);
    expect(nps(survey.responses.score).score).toBe(0);
  });

  it('reads unfinished responses and tests when asked, and stops at the first bad row by default', () => {
    const survey = parseSurveyExport(text, {
      score: 'Q1',
      recode,
      include: ['unfinished', 'test'],
      badRows: 'set-aside',
    });
    expect(survey.responseIds).toEqual(['R_1', 'R_3', 'R_5', 'R_7']);
    const error = expectCxError(
      () => parseSurveyExport(text, { score: 'Q1', recode, source: 'nps.csv' }),
      'INVALID_SURVEY_EXPORT',
    );
    expect(error.message).toBe(
      'The Qualtrics survey export cannot be read at nps.csv:11: Q1: the answer "Maybe" is not a number nor a choice in the recode map.',
    );
    expectCxError(() => parseSurveyExport(text, { score: 'Q1', include: ['no-answer' as 'test'] }), 'INVALID_OPTION', [
      'include',
    ]);
  });

  it('reads any CSV by naming its columns', () => {
    const survey = parseSurveyExport('when,score,plan\n2026-01-01T10:00:00Z,9,pro\n2026-01-02T10:00:00Z,x,pro\n', {
      format: 'csv',
      score: 'score',
      time: 'when',
      segment: 'plan',
      badRows: 'set-aside',
    });
    expect([...survey.responses.score]).toEqual([9]);
    expect(survey.problems.map((problem) => [problem.line, problem.reason])).toEqual([[3, 'bad-score']]);
    expectCxError(() => parseSurveyExport('a\n1\n', { format: 'csv', score: 'a' }), 'INVALID_OPTION', ['time']);
  });
});
