import { raiseRender } from './messages';
import type { ReportIds } from './ReportIds';

/** @internal Checks that every key point links to a section of the report, never to nowhere. */
export function checkPointLinks(ids: ReportIds): void {
  for (const link of ids.links) {
    if (!ids.sections.has(link.id)) {
      raiseRender(
        'INVALID_INPUT',
        [
          `report.${link.path.join('.')}`,
          `the id of a section of the report (${[...ids.sections].join(', ')})`,
          JSON.stringify(link.id),
        ],
        { path: link.path },
      );
    }
  }
}
