import { describeValue } from '../core/errors/describeValue';
import { raise } from '../core/errors/raise';
import { createSurveyExportParser, type SurveyExportOptions } from './createSurveyExportParser';
import type { SurveyExport } from './SurveyExport';

/**
 * Reads a whole survey export held in memory — a Qualtrics CSV export or any CSV by
 * mapping — into the responses `nps`, `csat`, `ces` and `scoreSeries` take: one `write`
 * and `end` of {@link createSurveyExportParser}. For a file, `readSurveyExport` in
 * `cxkit/node` streams it.
 *
 * @param text - The export's text.
 * @param options - `score` (required) and the rest of {@link SurveyExportOptions}.
 * @returns The {@link SurveyExport}.
 * @throws `CxError` `INVALID_SURVEY_EXPORT` naming the line and column; `INVALID_ARGUMENT`, `INVALID_OPTION`, `UNKNOWN_OPTION`.
 *
 * @example
 * import { parseSurveyExport, scoreSeries } from 'cxkit/metrics';
 *
 * const exported = [
 *   'StartDate,EndDate,Status,Finished,RecordedDate,ResponseId,Q1,Region',
 *   'Start Date,End Date,Response Type,Finished,Recorded Date,Response ID,How likely are you to recommend us?,Region',
 *   ['startDate', 'endDate', 'status', 'finished', 'recordedDate', '_recordId', 'QID1', 'Region']
 *     .map((id) => `"{""ImportId"":""${id}""}"`).join(','),
 *   '2026-03-02 10:00:00,2026-03-02 10:02:00,0,1,2026-03-02 10:02:00,R_1,10,North',
 *   '2026-03-02 11:00:00,2026-03-02 11:01:00,1,1,2026-03-02 11:01:00,R_2,0,North',
 *   '2026-03-03 09:00:00,2026-03-03 09:05:00,0,1,2026-03-03 09:05:00,R_3,6,South',
 * ].join('\n');
 * const survey = parseSurveyExport(exported, { score: 'QID1', segment: 'Region', timeZone: 'Europe/London' });
 * survey.format // => 'qualtrics'
 * survey.counts.leftOut.preview // => 1
 * survey.responseIds // => ['R_1', 'R_3']
 * scoreSeries(survey.responses, { metric: 'nps', unit: 'month' }).series[0]?.points.map((point) => [point.period, point.n])
 * // => [['2026-03', 2]]
 * parseSurveyExport('Q1\n10\n', { score: 'Q1' }) // throws CxError INVALID_SURVEY_EXPORT
 *
 * @category Survey exports
 */
export function parseSurveyExport(text: string, options: SurveyExportOptions): SurveyExport {
  if (typeof text !== 'string') raise('INVALID_ARGUMENT', ['text', 'text', describeValue(text)], { path: ['text'] });
  const parser = createSurveyExportParser(options);
  parser.write(text);
  return parser.end();
}
