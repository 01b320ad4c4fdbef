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
  readonly charts?: readonly ReportChart[];
  readonly tables?: readonly ReportTable[];
  /** Findings of lints and audits, listed most serious first. */
  readonly findings?: readonly Finding[];
}

/**
 * A report as plain data, for {@link markdownReport} and {@link htmlReport}: what the
 * results say, in sections with text, charts, tables and findings. All text is plain
 * text: the builders escape it.
 *
 * @category Reports
 */
export interface Report {
  readonly title: string;
  readonly subtitle?: string;
  /** Who the report is for, e.g. the organisation; shown under the title. */
  readonly generatedFor?: string;
  readonly sections: readonly ReportSection[];
}
