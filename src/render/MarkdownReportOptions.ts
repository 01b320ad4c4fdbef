/**
 * Options for {@link markdownReport}.
 *
 * @category Reports
 */
export interface MarkdownReportOptions {
  /**
   * Where each chart's SVG file will be, by chart id (relative to the Markdown file):
   * charts then appear as images, and the caller writes the files. Default: every chart
   * inline, as an HTML block.
   */
  readonly chartFile?: (chartId: string) => string;
}
