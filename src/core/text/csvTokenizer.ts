/**
 * @internal A CSV syntax problem: a quote inside an unquoted cell, text after a closing
 * quote, or a quoted cell that never closes. `line` is where the record starts (from 1).
 */
export class CsvSyntaxProblem {
  constructor(
    readonly message: string,
    readonly line: number,
  ) {}
}

/** @internal Splits CSV text fed in chunks into records. */
export interface CsvTokenizer {
  /** Reads a chunk; calls `onRecord` for every record the text so far completes. */
  write(chunk: string): void;
  /** Reads what is left; call once, after the last chunk. */
  end(): void;
}

/**
 * @internal Makes a CSV tokenizer (RFC 4180: `"` quotes, `""` a quote inside quotes,
 * cells and line breaks inside quotes kept, CRLF, LF or CR line ends, a byte-order mark
 * dropped, blank lines skipped) that takes text in chunks of any size, split anywhere, and
 * calls `onRecord` with each record's cells and the line it starts on. Throws
 * {@link CsvSyntaxProblem} where csv-parse's strict defaults would.
 *
 * csv-parse reads whole texts (`csv-parse/sync`) or Node streams; this is the same
 * grammar with neither, so that a browser can read a log chunk by chunk. The tests check
 * it against csv-parse record for record.
 */
export function createCsvTokenizer(
  onRecord: (cells: string[], line: number) => void,
  delimiter: string = ',',
): CsvTokenizer {
  const separator = delimiter.charCodeAt(0);
  let pending = '';
  let line = 1;
  let started = false;

  // Reads the complete records of `text`; returns where the incomplete rest starts.
  const read = (text: string, final: boolean): number => {
    const length = text.length;
    let position = 0;
    while (position < length) {
      const first = text.charCodeAt(position);
      if (first === 10 || first === 13) {
        position += first === 13 && text.charCodeAt(position + 1) === 10 ? 2 : 1;
        line++;
        continue;
      }
      const recordStart = position;
      const recordLine = line;
      const cells: string[] = [];
      let breaks = 0;
      for (;;) {
        if (position < length && text.charCodeAt(position) === 34) {
          let value = '';
          let from = position + 1;
          let close = -1;
          for (;;) {
            close = text.indexOf('"', from);
            if (close < 0 || (close + 1 === length && !final)) break;
            if (text.charCodeAt(close + 1) === 34) {
              value += text.slice(from, close + 1);
              from = close + 2;
              continue;
            }
            value += text.slice(from, close);
            break;
          }
          if (close < 0 || (close + 1 === length && !final)) {
            if (!final) {
              line = recordLine;
              return recordStart;
            }
            throw new CsvSyntaxProblem('a quoted cell is never closed', recordLine);
          }
          if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            for (let index = 0; index < value.length; index++) {
              const code = value.charCodeAt(index);
              if (code === 10 || (code === 13 && value.charCodeAt(index + 1) !== 10)) breaks++;
            }
          }
          cells.push(value);
          position = close + 1;
          if (position < length) {
            const next = text.charCodeAt(position);
            if (next === separator) {
              position++;
              continue;
            }
            if (next !== 10 && next !== 13) {
              throw new CsvSyntaxProblem(`text follows the closing quote of cell ${cells.length}`, recordLine + breaks);
            }
          }
        } else {
          let end = position;
          while (end < length) {
            const code = text.charCodeAt(end);
            if (code === separator || code === 10 || code === 13) break;
            if (code === 34) {
              throw new CsvSyntaxProblem(
                `a quote inside unquoted cell ${cells.length + 1}; quote the whole cell and double the quotes inside it`,
                recordLine + breaks,
              );
            }
            end++;
          }
          if (end === length && !final) {
            line = recordLine;
            return recordStart;
          }
          cells.push(text.slice(position, end));
          position = end;
          if (position < length && text.charCodeAt(position) === separator) {
            position++;
            continue;
          }
        }
        break;
      }
      if (position === length && !final) {
        // The line end may be the next chunk's first character: wait for it.
        line = recordLine;
        return recordStart;
      }
      if (position < length) {
        position += text.charCodeAt(position) === 13 && text.charCodeAt(position + 1) === 10 ? 2 : 1;
      }
      line = recordLine + breaks + 1;
      onRecord(cells, recordLine);
    }
    return length;
  };

  return {
    write(chunk: string): void {
      let text = pending + chunk;
      if (!started && text.length > 0) {
        started = true;
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      }
      // A CR at the end may be the first half of a CRLF.
      const hold = text.length > 0 && text.charCodeAt(text.length - 1) === 13 ? 1 : 0;
      const rest = read(hold === 1 ? text.slice(0, -1) : text, false);
      pending = text.slice(rest);
    },
    end(): void {
      const text = !started && pending.charCodeAt(0) === 0xfeff ? pending.slice(1) : pending;
      started = true;
      pending = '';
      read(text, true);
    },
  };
}
