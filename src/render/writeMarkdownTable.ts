import type { CheckedReportTable } from './CheckedReport';
import { markdownText } from './markdownText';

/** @internal One table with its caption; every cell escaped, so none can start another cell. */
export function writeMarkdownTable(table: CheckedReportTable): string[] {
  return [
    `**${markdownText(table.caption)}**`,
    '',
    `| ${table.columns.map(markdownText).join(' | ')} |`,
    `| ${table.columns.map(() => '---').join(' | ')} |`,
    ...table.rows.map((row) => `| ${row.map(markdownText).join(' | ')} |`),
    '',
  ];
}
