/// <reference types="node" />
import { CsvSyntaxProblem, createCsvTokenizer } from '../core/text/csvTokenizer';
import type { DataRecords } from '../workspace/readDataRecords';

/** @internal A data file's records, or the problem that stopped reading it: its syntax, or its size. */
export type DataFileRecords =
  | { readonly ok: true; readonly records: DataRecords }
  | { readonly ok: false; readonly code: 'invalid-syntax'; readonly message: string; readonly line: number }
  | { readonly ok: false; readonly code: 'too-large'; readonly line: number };

class RowLimitReached {
  constructor(readonly line: number) {}
}

/**
 * @internal Splits a data file into records with their lines: CSV through the project's
 * RFC 4180 tokenizer (quoted cells, embedded newlines and a byte-order mark handled; rows
 * with a wrong number of cells are kept so that each becomes its own problem; a quoted
 * cell that never closes is named at the line where its quote opened), JSON Lines one
 * object per non-empty line. More than `maxRows` records stop the read as `too-large`.
 * Types are checked afterwards, by `readDataRecords`.
 */
export function readDataFile(
  file: string,
  text: string,
  timeZone: string | undefined,
  maxRows: number,
): DataFileRecords {
  const zone = timeZone === undefined ? {} : { timeZone };
  if (file.toLowerCase().endsWith('.jsonl')) {
    const records: Array<{ line: number; values: unknown[] | Record<string, unknown> }> = [];
    const lines = text.split(/\r?\n/);
    for (let index = 0; index < lines.length; index++) {
      const line = (lines[index] as string).trim();
      if (line === '') continue;
      if (records.length === maxRows) {
        return { ok: false, code: 'too-large', line: index + 1 };
      }
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        // A line that is not JSON is kept as a non-object record: readDataRecords reports it as a bad row.
        value = `invalid JSON (${error instanceof Error ? error.message : String(error)})`;
      }
      records.push({ line: index + 1, values: value as Record<string, unknown> });
    }
    return { ok: true, records: { file, records, ...zone } };
  }
  const rows: Array<{ cells: string[]; line: number }> = [];
  // The header is one row more than the data rows maxRows counts.
  const tokenizer = createCsvTokenizer((cells, line) => {
    if (rows.length > maxRows) throw new RowLimitReached(line);
    rows.push({ cells, line });
  });
  try {
    tokenizer.write(text);
    tokenizer.end();
  } catch (error) {
    if (error instanceof RowLimitReached) {
      return { ok: false, code: 'too-large', line: error.line };
    }
    if (!(error instanceof CsvSyntaxProblem)) throw error;
    return { ok: false, code: 'invalid-syntax', message: error.message, line: error.line };
  }
  const [header, ...body] = rows;
  if (header === undefined) return { ok: true, records: { file, header: [], records: [], ...zone } };
  return {
    ok: true,
    records: {
      file,
      header: header.cells.map((name) => name.trim()),
      headerLine: header.line,
      records: body.map((row) => ({ line: row.line, values: row.cells })),
      ...zone,
    },
  };
}
