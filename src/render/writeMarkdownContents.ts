import type { CheckedReportSection } from './CheckedReport';
import { markdownText } from './markdownText';

/** @internal The list of contents: a link to each section's anchor. */
export function writeMarkdownContents(sections: readonly CheckedReportSection[]): string[] {
  return [
    '## Contents',
    '',
    ...sections.map((section) => `- [${markdownText(section.title)}](#section-${section.id})`),
    '',
  ];
}
