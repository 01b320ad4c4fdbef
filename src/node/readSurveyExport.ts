/// <reference types="node" />
import { checkOptions } from '../core/errors/checkOptions';
import { describeValue } from '../core/errors/describeValue';
import { raise } from '../core/errors/raise';
import { surveyExportOptionNames } from '../metrics/createSurveyExportParser';
import { createSurveyExportParser, type SurveyExport, type SurveyExportOptions } from '../metrics/index';
import { checkMaxBytes, dataLimits } from './dataLimits';
import { readTextFile } from './readTextFile';

/**
 * Options for {@link readSurveyExport}: those of `createSurveyExportParser`, and progress.
 *
 * @category Survey exports
 */
export interface ReadSurveyExportOptions extends Omit<SurveyExportOptions, 'source'> {
  /** Called as the file is read: bytes read from disk so far, and the file's size. Default: none. */
  readonly onProgress?: (bytesRead: number, bytesTotal: number) => void;
  /**
   * The most bytes of text to read, counted after gunzip (so a small gzip bomb is stopped
   * too): one more is refused with `FILE_TOO_LARGE`. A whole number from 1. Default
   * `1073741824` (1 GiB). `maxRows` (default `10000000`) bounds the rows the same way.
   */
  readonly maxBytes?: number;
}

/** @internal Reads the export at `real`, naming it `file` in messages. */
export async function readSurveyExportAt(
  real: string,
  file: string,
  options: ReadSurveyExportOptions,
): Promise<SurveyExport> {
  const { onProgress, maxBytes, ...parserOptions } = options;
  const parser = createSurveyExportParser({ ...parserOptions, source: file });
  const limit = maxBytes === undefined ? dataLimits.streamed.maxBytes : checkMaxBytes(maxBytes);
  await readTextFile(real, file, (text) => parser.write(text), onProgress, limit);
  return parser.end();
}

/**
 * Reads a survey export file — a Qualtrics CSV export (current or legacy; `.csv` or
 * `.csv.gz`) or any CSV by mapping — streaming, into the responses `nps`, `csat`, `ces`
 * and `scoreSeries` take. Previews, tests, spam and unfinished responses are left out
 * and counted; every other row is read or reported with its line (see `SurveyExport` in
 * `cxkit/metrics`).
 *
 * @param path - The file.
 * @param options - `score` (required), `format`, `time`, `timeZone`, `segment`, `recode`, `include`, `badRows`, `onProgress`, `maxBytes`, `maxRows`; see {@link ReadSurveyExportOptions}.
 * @returns The {@link SurveyExport}.
 * @throws `CxError` `INVALID_SURVEY_EXPORT` naming the file, line and column; `UNREADABLE_FILE`;
 *   `INVALID_GZIP`; `FILE_TOO_LARGE` past `maxBytes`, `TOO_MANY_ROWS` past `maxRows`; `INVALID_OPTION`,
 *   `UNKNOWN_OPTION`.
 *
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * import { nps } from 'cxkit/metrics';
 * import { readSurveyExport } from 'cxkit/node';
 *
 * const file = join(mkdtempSync(join(tmpdir(), 'cxkit-')), 'survey.csv');
 * writeFileSync(file, 'answered_at,ltr,plan\n2026-05-01T10:00:00Z,9,pro\n2026-05-01T12:00:00Z,3,free\n2026-05-02T08:00:00Z,10,pro\n');
 * const survey = await readSurveyExport(file, { format: 'csv', score: 'ltr', time: 'answered_at', segment: 'plan' });
 * survey.responses.segment // => ['pro', 'free', 'pro']
 * Math.round(nps(survey.responses.score).score) // => 33
 *
 * @category Survey exports
 */
export async function readSurveyExport(path: string, options: ReadSurveyExportOptions): Promise<SurveyExport> {
  // The parser's options but `source` (the file's path is the source), and the file's own.
  checkOptions(
    options,
    [...surveyExportOptionNames.filter((name) => name !== 'source'), 'onProgress', 'maxBytes'],
    'options',
    true,
  );
  if (typeof path !== 'string' || path === '') {
    raise('INVALID_ARGUMENT', ['path', 'a file path', describeValue(path)], { path: ['path'] });
  }
  return readSurveyExportAt(path, path, options);
}
