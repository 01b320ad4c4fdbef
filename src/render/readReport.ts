import { describeValue } from '../core/errors/describeValue';
import type { Finding } from '../core/findings/Finding';
import { sortFindings } from '../core/findings/sortFindings';
import { formatNumber } from './formatNumber';
import { inertSvg } from './inertSvg';
import { raiseRender } from './messages';
import type { Report, ReportCell, ReportFinding, ReportPoint, ReportSection } from './Report';

/** @internal A report checked once, with chart ids filled in and findings sorted. */
export interface CheckedReport {
  readonly title: string;
  readonly subtitle: string | undefined;
  readonly generatedFor: string | undefined;
  readonly sections: readonly {
    readonly id: string;
    readonly title: string;
    readonly summary: readonly string[];
    readonly points: readonly { readonly label: string; readonly text: string; readonly section: string | undefined }[];
    readonly charts: readonly {
      readonly id: string;
      readonly svg: string;
      readonly narrowSvg: string | undefined;
      readonly caption: string;
    }[];
    readonly tables: readonly {
      readonly caption: string;
      readonly columns: readonly string[];
      readonly rows: readonly (readonly string[])[];
    }[];
    readonly findings: readonly ReportFinding[];
  }[];
}

const idPattern = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;

type Path = (string | number)[];

function textAt(value: unknown, path: Path, optional = false): string | undefined {
  if (value === undefined && optional) return undefined;
  if (typeof value !== 'string') {
    raiseRender('INVALID_INPUT', [`report.${path.join('.')}`, 'a text', describeValue(value)], { path });
  }
  return value;
}

function arrayAt(value: unknown, path: Path): readonly unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    raiseRender('INVALID_INPUT', [`report.${path.join('.')}`, 'an array', describeValue(value)], { path });
  }
  return value;
}

/** @internal Where a report finding was found, as both builders write it: `file:line`, the file alone, or none. */
export function findingSource(finding: ReportFinding): string | undefined {
  if (finding.file === undefined) return undefined;
  return finding.line === undefined ? finding.file : `${finding.file}:${finding.line}`;
}

// The core checks the finding itself (sortFindings); the file and line are the report's own.
function findingsAt(value: unknown, path: Path): readonly ReportFinding[] {
  const findings = arrayAt(value, path);
  findings.forEach((finding, index) => {
    if (typeof finding !== 'object' || finding === null) return;
    const { file, line } = finding as { file?: unknown; line?: unknown };
    if (file !== undefined && (typeof file !== 'string' || file === '')) {
      raiseRender(
        'INVALID_INPUT',
        [`report.${[...path, index, 'file'].join('.')}`, 'a file name', describeValue(file)],
        {
          path: [...path, index, 'file'],
        },
      );
    }
    if (line !== undefined && (typeof line !== 'number' || !Number.isInteger(line) || line < 1)) {
      raiseRender(
        'INVALID_INPUT',
        [`report.${[...path, index, 'line'].join('.')}`, 'a line number from 1', describeValue(line)],
        { path: [...path, index, 'line'] },
      );
    }
  });
  return sortFindings(findings as Finding[]) as ReportFinding[];
}

function idAt(value: unknown, path: Path): string {
  if (typeof value !== 'string' || !idPattern.test(value)) {
    raiseRender(
      'INVALID_INPUT',
      [
        `report.${path.join('.')}`,
        'an id of letters, digits, "-", "_" and "." starting with a letter or digit',
        describeValue(value),
      ],
      { path },
    );
  }
  return value;
}

/**
 * Checks that a chart's svg is one `<svg>` element with nothing that runs or loads, and
 * returns it re-written from what the XML parser read (see `inertSvg`). The report
 * builders insert charts into the page, so this is what keeps a report self-contained
 * and inert even when a caller passes SVG of their own.
 */
function svgAt(value: unknown, path: Path): string {
  const checked = inertSvg((textAt(value, path) as string).trim());
  if ('problem' in checked) raiseRender('UNSAFE_SVG', [checked.problem], { path });
  return checked.svg;
}

function cellAt(value: unknown, path: Path): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) raiseRender('NON_FINITE', [`report.${path.join('.')}`], { path });
    return formatNumber(value, 4);
  }
  raiseRender('INVALID_INPUT', [`report.${path.join('.')}`, 'a text, a number or null', describeValue(value)], {
    path,
  });
}

/** @internal Checks a report once for both builders. */
export function readReport(report: Report): CheckedReport {
  if (typeof report !== 'object' || report === null || Array.isArray(report)) {
    raiseRender('INVALID_INPUT', ['report', 'an object { title, sections }', describeValue(report)], { path: [] });
  }
  const title = textAt(report.title, ['title']) as string;
  if (title.trim() === '')
    raiseRender('INVALID_INPUT', ['report.title', 'a non-empty text', '""'], { path: ['title'] });
  const sections = arrayAt(report.sections, ['sections']);
  if (sections.length === 0) raiseRender('NO_DATA', ['The report', 'it has no sections']);
  const sectionIds = new Set<string>();
  const chartIds = new Set<string>();
  const links: { id: string; path: Path }[] = [];
  const checked: CheckedReport = {
    title,
    subtitle: textAt(report.subtitle, ['subtitle'], true),
    generatedFor: textAt(report.generatedFor, ['generatedFor'], true),
    sections: sections.map((entry, sectionIndex) => {
      const at = (...rest: Path): Path => ['sections', sectionIndex, ...rest];
      if (typeof entry !== 'object' || entry === null) {
        raiseRender('INVALID_INPUT', [`report.sections.${sectionIndex}`, 'a section object', describeValue(entry)], {
          path: at(),
        });
      }
      const section = entry as ReportSection;
      const id = idAt(section.id, at('id'));
      if (sectionIds.has(id)) raiseRender('DUPLICATE_ID', ['Section id', id], { path: at('id') });
      sectionIds.add(id);
      const charts = arrayAt(section.charts, at('charts')).map((chart, chartIndex) => {
        const given = (chart ?? {}) as { id?: unknown; svg?: unknown; narrowSvg?: unknown; caption?: unknown };
        const chartId =
          given.id === undefined ? `${id}-chart-${chartIndex + 1}` : idAt(given.id, at('charts', chartIndex, 'id'));
        if (chartIds.has(chartId))
          raiseRender('DUPLICATE_ID', ['Chart id', chartId], { path: at('charts', chartIndex, 'id') });
        chartIds.add(chartId);
        return {
          id: chartId,
          svg: svgAt(given.svg, at('charts', chartIndex, 'svg')),
          narrowSvg:
            given.narrowSvg === undefined ? undefined : svgAt(given.narrowSvg, at('charts', chartIndex, 'narrowSvg')),
          caption: textAt(given.caption, at('charts', chartIndex, 'caption')) as string,
        };
      });
      const tables = arrayAt(section.tables, at('tables')).map((table, tableIndex) => {
        const given = (table ?? {}) as { caption?: unknown; columns?: unknown; rows?: unknown };
        const columns = arrayAt(given.columns, at('tables', tableIndex, 'columns')).map(
          (column, columnIndex) => textAt(column, at('tables', tableIndex, 'columns', columnIndex)) as string,
        );
        if (columns.length === 0) {
          raiseRender(
            'INVALID_INPUT',
            [`report.sections.${sectionIndex}.tables.${tableIndex}.columns`, 'at least one column', '[]'],
            {
              path: at('tables', tableIndex, 'columns'),
            },
          );
        }
        const rows = arrayAt(given.rows, at('tables', tableIndex, 'rows')).map((row, rowIndex) => {
          const cells = arrayAt(row, at('tables', tableIndex, 'rows', rowIndex));
          if (cells.length !== columns.length) {
            raiseRender(
              'INVALID_INPUT',
              [
                `report.sections.${sectionIndex}.tables.${tableIndex}.rows.${rowIndex}`,
                `${columns.length} cells, one per column`,
                `${cells.length}`,
              ],
              { path: at('tables', tableIndex, 'rows', rowIndex) },
            );
          }
          return cells.map((cell, cellIndex) =>
            cellAt(cell as ReportCell, at('tables', tableIndex, 'rows', rowIndex, cellIndex)),
          );
        });
        return { caption: textAt(given.caption, at('tables', tableIndex, 'caption')) as string, columns, rows };
      });
      return {
        id,
        title: textAt(section.title, at('title')) as string,
        summary: arrayAt(section.summary, at('summary')).map(
          (paragraph, index) => textAt(paragraph, at('summary', index)) as string,
        ),
        points: arrayAt(section.points, at('points')).map((point, index) => {
          const given = (point ?? {}) as ReportPoint;
          const link = given.section === undefined ? undefined : idAt(given.section, at('points', index, 'section'));
          if (link !== undefined) links.push({ id: link, path: at('points', index, 'section') });
          return {
            label: textAt(given.label, at('points', index, 'label')) as string,
            text: textAt(given.text, at('points', index, 'text')) as string,
            section: link,
          };
        }),
        charts,
        tables,
        findings: findingsAt(section.findings, at('findings')),
      };
    }),
  };
  // A point links to a section of this report, never to nowhere.
  for (const link of links) {
    if (!sectionIds.has(link.id)) {
      raiseRender(
        'INVALID_INPUT',
        [
          `report.${link.path.join('.')}`,
          `the id of a section of the report (${[...sectionIds].join(', ')})`,
          JSON.stringify(link.id),
        ],
        { path: link.path },
      );
    }
  }
  return checked;
}
