/// <reference types="node" />
import { parse } from 'csv-parse/sync';
import type { DataRecords } from '../workspace/readDataRecords';

/** @internal A data file's records, or the syntax problem that stopped reading it. */
export type DataFileRecords =
  | { readonly ok: true; readonly records: DataRecords }
  | { readonly ok: false; readonly message: string; readonly line?: number };

interface CsvRecordWithInfo {
  readonly record: string[];
  readonly info: { readonly lines: number };
}

/**
 * @internal Splits a data file into records with their lines: CSV through csv-parse
 * (quoted cells, embedded newlines and a byte-order mark handled; rows with a wrong
 * number of cells are kept so that each becomes its own problem), JSON Lines one object
 * per non-empty line. Types are checked afterwards, by `readDataRecords`.
 */
export function readDataFile(file: string, text: string, timeZone: string | undefined): DataFileRecords {
  const zone = timeZone === undefined ? {} : { timeZone };
  if (file.toLowerCase().endsWith('.jsonl')) {
    const records: Array<{ line: number; values: unknown[] | Record<string, unknown> }> = [];
    const lines = text.split(/\r?\n/);
    for (let index = 0; index < lines.length; index++) {
      const line = (lines[index] as string).trim();
      if (line === '') continue;
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
  let rows: CsvRecordWithInfo[];
  try {
    rows = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as CsvRecordWithInfo[];
  } catch (error) {
    const line = (error as { lines?: unknown }).lines;
    const message = error instanceof Error ? error.message : String(error);
    return typeof line === 'number' ? { ok: false, message, line } : { ok: false, message };
  }
  const [header, ...body] = rows;
  if (header === undefined) return { ok: true, records: { file, header: [], records: [], ...zone } };
  return {
    ok: true,
    records: {
      file,
      header: header.record.map((name) => name.trim()),
      headerLine: header.info.lines,
      records: body.map((row) => ({ line: row.info.lines, values: row.record })),
      ...zone,
    },
  };
}
