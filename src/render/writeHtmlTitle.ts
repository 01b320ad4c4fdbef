import type { CheckedReport } from './CheckedReport';
import { escapeXml } from './escapeXml';

/** @internal The HTML report's title block: its title, then its subtitle and who it is for, when given. */
export function writeHtmlTitle(checked: CheckedReport): string[] {
  return [
    '<header>',
    `<h1>${escapeXml(checked.title)}</h1>`,
    ...(checked.subtitle === undefined ? [] : [`<p class="subtitle">${escapeXml(checked.subtitle)}</p>`]),
    ...(checked.generatedFor === undefined
      ? []
      : [`<p class="for">Prepared for ${escapeXml(checked.generatedFor)}.</p>`]),
    '</header>',
  ];
}
