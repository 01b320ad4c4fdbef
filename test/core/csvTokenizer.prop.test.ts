import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvSyntaxProblem, createCsvTokenizer } from '../../src/core/text/csvTokenizer';

/** Feeds `text` cut at `cuts` and returns every record with its line. */
function tokenize(text: string, cuts: readonly number[]): Array<[string[], number]> {
  const records: Array<[string[], number]> = [];
  const tokenizer = createCsvTokenizer((cells, line) => records.push([cells, line]));
  let previous = 0;
  for (const cut of [...cuts].sort((left, right) => left - right)) {
    tokenizer.write(text.slice(previous, cut));
    previous = cut;
  }
  tokenizer.write(text.slice(previous));
  tokenizer.end();
  return records;
}

const breaksIn = (cells: readonly string[]) =>
  cells.reduce((count, cell) => count + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);

const plainCell = fc.stringMatching(/^[a-zé ]{0,5}$/);
const quotedCell = fc
  .string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', '\r\n', ' ', 'é'), maxLength: 6 })
  .map((text) => `"${text.replaceAll('"', '""')}"`);
const csvText = fc
  .tuple(
    fc.array(fc.array(fc.oneof(plainCell, quotedCell), { minLength: 1, maxLength: 4 }), { maxLength: 6 }),
    fc.constantFrom('\n', '\r\n', '\r'),
    fc.boolean(),
    fc.boolean(),
  )
  .map(
    ([rows, end, trailing, bom]) =>
      `${bom ? '\uFEFF' : ''}${rows.map((row) => row.join(',')).join(end)}${trailing ? end : ''}`,
  );

describe('the CSV tokenizer', () => {
  it('splits text as csv-parse does, however the text is cut into chunks', () => {
    fc.assert(
      fc.property(csvText, fc.array(fc.nat(), { maxLength: 6 }), (text, cuts) => {
        const expected = parse(text, {
          info: true,
          relax_column_count: true,
          skip_empty_lines: true,
          bom: true,
        }) as unknown as {
          record: string[];
          info: { lines: number };
        }[];
        const records = tokenize(
          text,
          cuts.map((cut) => cut % (text.length + 1)),
        );
        expect(records.map(([cells]) => cells)).toEqual(expected.map((row) => row.record));
        // csv-parse counts the line a record ends on, and a CRLF inside quotes as two lines;
        // the tokenizer names the line a record starts on, a CRLF being one line end.
        let doubled = 0;
        const startLines = expected.map((row) => {
          doubled += row.record.reduce((count, cell) => count + (cell.match(/\r\n/g)?.length ?? 0), 0);
          return row.info.lines - doubled - breaksIn(row.record);
        });
        expect(records.map(([, line]) => line)).toEqual(startLines);
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses what csv-parse refuses by default, naming the line', () => {
    for (const [text, line] of [
      ['a,b\nc,d"e\n', 2],
      ['a,b\n"c"d,e\n', 2],
      ['a,b\n\n"c,d\n', 3],
    ] as const) {
      expect(() => parse(text)).toThrow();
      let problem: unknown;
      try {
        tokenize(text, [2]);
      } catch (error) {
        problem = error;
      }
      expect(problem).toBeInstanceOf(CsvSyntaxProblem);
      expect((problem as CsvSyntaxProblem).line).toBe(line);
    }
  });
});
