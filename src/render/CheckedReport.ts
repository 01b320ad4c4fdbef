import type { ReportFinding } from './Report';

/** @internal A key point once checked: its link, if any, names a section of the report. */
export interface CheckedReportPoint {
  readonly label: string;
  readonly text: string;
  readonly section: string | undefined;
}

/** @internal A chart once checked: its id filled in and its SVG re-written inert. */
export interface CheckedReportChart {
  readonly id: string;
  readonly svg: string;
  readonly narrowSvg: string | undefined;
  readonly caption: string;
}

/** @internal A table once checked: every cell written as text, one per column. */
export interface CheckedReportTable {
  readonly caption: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** @internal A section once checked: every list present (empty when not given), findings most serious first. */
export interface CheckedReportSection {
  readonly id: string;
  readonly title: string;
  readonly summary: readonly string[];
  readonly points: readonly CheckedReportPoint[];
  readonly charts: readonly CheckedReportChart[];
  readonly tables: readonly CheckedReportTable[];
  readonly findings: readonly ReportFinding[];
}

/** @internal A report checked once, with chart ids filled in and findings sorted. */
export interface CheckedReport {
  readonly title: string;
  readonly subtitle: string | undefined;
  readonly generatedFor: string | undefined;
  readonly sections: readonly CheckedReportSection[];
}
