import type { Finding } from '../core/findings/Finding';

/**
 * A chart in a report: the SVG a chart function returned and a caption. `id` names it
 * (for `markdownReport`'s `chartFile`, and as the HTML anchor `chart-<id>`); default
 * `<section id>-chart-<n>`, counting the section's charts from 1.
 *
 * @category Reports
 */
export interface ReportChart {
  readonly id?: string;
  readonly svg: string;
  /**
   * The same chart drawn for a phone (a chart function called with a narrow `width`,
   * such as 328): `htmlReport` shows it instead of `svg` on a screen too narrow for `svg`
   * at its own width, so that no chart is shrunk until its text cannot be read.
   * `markdownReport` uses `svg` only. Default: none (`svg` is shrunk to fit).
   */
  readonly narrowSvg?: string;
  readonly caption: string;
}

/**
 * A table cell: text, a number (written with at most four decimals; pass text for any
 * other format) or `null` for an empty cell.
 *
 * @category Reports
 */
export type ReportCell = string | number | null;

/**
 * A table in a report: a caption, the column headings, and rows of as many cells.
 *
 * @category Reports
 */
export interface ReportTable {
  readonly caption: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly ReportCell[])[];
}

/**
 * A finding in a report: a core `Finding`, optionally with the file it was found in and
 * its line there (what `cxkit/workspace` gives every finding). The builders write
 * `file:line` before the message.
 *
 * @category Reports
 */
export type ReportFinding = Finding & { readonly file?: string; readonly line?: number };

/**
 * A key point of a section, such as a line of an executive summary: a short label, the
 * sentence, and the section that tells the rest (the label links there).
 *
 * @category Reports
 */
export interface ReportPoint {
  readonly label: string;
  readonly text: string;
  /** The id of the section the label links to; it must be a section of the report. Default: no link. */
  readonly section?: string;
}

/**
 * One section of a report. `id` is its anchor (`section-<id>` in HTML): letters, digits,
 * `-`, `_` and `.`, starting with a letter or digit, unique in the report.
 *
 * @category Reports
 */
export interface ReportSection {
  readonly id: string;
  readonly title: string;
  /** Paragraphs of plain text. */
  readonly summary?: readonly string[];
  /** Key points, listed after the paragraphs, each linking to the section that tells it. */
  readonly points?: readonly ReportPoint[];
  readonly charts?: readonly ReportChart[];
  readonly tables?: readonly ReportTable[];
  /** Findings of lints and audits, listed most serious first, each with its file and line when given. */
  readonly findings?: readonly ReportFinding[];
}

/**
 * A report as plain data, for {@link markdownReport} and {@link htmlReport}: what the
 * results say, in sections with text, key points, charts, tables and findings. All text
 * is plain text: the builders escape it. The first section opens the report, before the
 * list of contents (an executive summary, say).
 *
 * @category Reports
 */
export interface Report {
  readonly title: string;
  readonly subtitle?: string;
  /** Who the report is for, e.g. the organization; shown under the title. */
  readonly generatedFor?: string;
  readonly sections: readonly ReportSection[];
}
