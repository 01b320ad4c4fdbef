import type { CheckedReport } from './CheckedReport';
import { markdownText } from './markdownText';

/** @internal The Markdown report's title, with its subtitle and who it is for when given. */
export function writeMarkdownTitle(report: CheckedReport): string[] {
  const lines = [`# ${markdownText(report.title)}`, ''];
  if (report.subtitle !== undefined) lines.push(`*${markdownText(report.subtitle)}*`, '');
  if (report.generatedFor !== undefined) lines.push(`Prepared for ${markdownText(report.generatedFor)}.`, '');
  return lines;
}
