import { htmlReport, markdownReport, type Report, scoreSeriesChart } from 'cxkit/render';
import { describe, expect, it } from 'vitest';
import { expectCxError } from '../expectCxError';
import { series } from './fixtures';

const hostile = `<img src=x onerror="alert(1)"> *bold* [link](javascript:x) | pipe`;

function sampleReport(): Report {
  return {
    title: 'Northwind CX report',
    subtitle: 'Autumn 2026',
    generatedFor: 'Northwind Engine Services',
    sections: [
      {
        id: 'nps',
        title: 'Relationship NPS',
        summary: ['NPS dips every December.', hostile],
        charts: [{ svg: scoreSeriesChart(series), caption: 'NPS by month' }],
        tables: [
          {
            caption: 'By month',
            columns: ['Month', 'NPS', 'Note'],
            rows: [
              ['2026-01', 50, null],
              ['2026-03', 1 / 3, hostile],
            ],
          },
        ],
      },
      {
        id: 'governance',
        title: 'Governance',
        findings: [
          {
            rule: 'governance/review-overdue',
            severity: 'warning',
            message: 'A review is overdue.',
            path: ['events', 3],
          },
          {
            rule: 'governance/accountable-not-one',
            severity: 'error',
            message: 'Two accountable executives.',
            path: [],
            hint: 'Name one.',
          },
        ],
      },
    ],
  };
}

describe('markdownReport', () => {
  it('writes title, contents, sections, tables and findings most serious first', () => {
    const markdown = markdownReport(sampleReport());
    const lines = markdown.split('\n');
    expect(lines.slice(0, 6)).toEqual([
      '# Northwind CX report',
      '',
      '*Autumn 2026*',
      '',
      'Prepared for Northwind Engine Services.',
      '',
    ]);
    expect(markdown).toContain(
      '## Contents\n\n- [Relationship NPS](#section-nps)\n- [Governance](#section-governance)\n',
    );
    expect(markdown).toContain('<a id="section-nps"></a>\n\n## Relationship NPS\n');
    expect(markdown).toContain(
      '**By month**\n\n| Month | NPS | Note |\n| --- | --- | --- |\n| 2026-01 | 50 |  |\n| 2026-03 | 0.3333 |',
    );
    const error = markdown.indexOf(
      '**Error** `governance/accountable-not-one`: Two accountable executives. Hint: Name one.',
    );
    const warning = markdown.indexOf(
      '**Warning** `governance/review-overdue`: A review is overdue. (at events\\[3\\])',
    );
    expect(error).toBeGreaterThan(0);
    expect(warning).toBeGreaterThan(error);
    expect(markdown.endsWith('\n')).toBe(true);
  });

  it('embeds charts inline as an HTML block without blank lines, or as images', () => {
    const inline = markdownReport(sampleReport());
    const block = inline.slice(inline.indexOf('<figure id="chart-nps-chart-1">'), inline.indexOf('</figure>') + 9);
    expect(block).toContain('<svg ');
    expect(block).toContain('<figcaption>NPS by month</figcaption>');
    expect(block).not.toMatch(/\n\s*\n/);
    const files = markdownReport(sampleReport(), { chartFile: (id) => `charts/${id}.svg` });
    expect(files).toContain('![NPS by month](<charts/nps-chart-1.svg>)');
    expect(files).not.toContain('<svg');
    expectCxError(() => markdownReport(sampleReport(), { chartFile: () => 'a>b' }), 'INVALID_INPUT', ['chartFile']);
  });

  it('escapes hostile text so it opens no tag, link or table cell', () => {
    const markdown = markdownReport(sampleReport());
    expect(markdown).not.toContain('<img');
    expect(markdown).toContain(
      '&lt;img src=x onerror=&quot;alert\\(1\\)&quot;&gt; \\*bold\\* \\[link\\]\\(javascript:x\\) \\| pipe',
    );
    // An apostrophe stays an entity a Markdown reader shows as "'", not "&\\#39;".
    expect(markdownReport({ title: "The customer's #1 job", sections: [{ id: 's', title: 'S' }] })).toContain(
      '# The customer&#39;s \\#1 job',
    );
    const row = markdown.split('\n').find((line) => line.startsWith('| 2026-03'));
    // Three cells: the escaped pipe does not add one.
    expect(row?.split(/(?<!\\)\|/).length).toBe(5);
  });
});

describe('htmlReport', () => {
  it('is one self-contained document: inline CSS and SVG, contents, no scripts, no external URLs', () => {
    const html = htmlReport(sampleReport());
    expect(html.startsWith('<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">')).toBe(true);
    expect(html).toContain('<style>');
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc="|@import/i);
    // The only URL is the SVG namespace, which is a name, not a fetch.
    expect([...html.matchAll(/https?:\/\/[^\s"]+/g)].map((match) => match[0])).toEqual(['http://www.w3.org/2000/svg']);
    expect(html).toContain(
      '<nav aria-labelledby="contents">\n<h2 id="contents">Contents</h2>\n<ol>\n<li><a href="#section-nps">Relationship NPS</a></li>\n<li><a href="#section-governance">Governance</a></li>\n</ol>',
    );
    expect(html).toContain('<section id="section-nps" aria-labelledby="section-nps-heading">');
    expect(html).toContain('<figure id="chart-nps-chart-1">\n<svg ');
    expect(html).toContain('<caption>By month</caption>');
    expect(html).toContain('<th scope="col">Month</th>');
    // NPS holds only numbers: right-aligned, unwrapped. Month holds single words (dates):
    // unwrapped. Note holds sentences: left to wrap.
    expect(html).toContain('<th scope="col" class="number">NPS</th>');
    // Each cell carries its column's name, which a phone's narrow screen shows before it
    // when the rows become cards.
    expect(html).toContain(
      '<tr><td class="word" data-label="Month">2026-01</td><td class="number" data-label="NPS">50</td><td data-label="Note"></td></tr>',
    );
    expect(html).toContain(
      '<span class="severity severity-error">Error</span> <code>governance/accountable-not-one</code>',
    );
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    expect(html.endsWith('</html>\n')).toBe(true);
  });

  it('sets numbers with units right-aligned, and text beside them as text', () => {
    const html = htmlReport({
      title: 'R',
      sections: [
        {
          id: 't',
          title: 'T',
          tables: [
            {
              caption: 'Times',
              columns: ['time', 'mean', 'share', 'p-value', 'driver'],
              rows: [
                ['wing to wing', '65.0 d', '44.5%', '< 0.001', 'turnaround-days'],
                ['controlled', '–', '-3.7%', '0.140', 'first-time-fix'],
              ],
            },
          ],
        },
      ],
    });
    for (const heading of ['mean', 'share', 'p-value'])
      expect(html).toContain(`<th scope="col" class="number">${heading}</th>`);
    for (const heading of ['time', 'driver']) expect(html).toContain(`<th scope="col">${heading}</th>`);
    expect(html).toContain(
      '<tr><td data-label="time">wing to wing</td><td class="number" data-label="mean">65.0 d</td><td class="number" data-label="share">44.5%</td><td class="number" data-label="p-value">&lt; 0.001</td><td class="word" data-label="driver">turnaround-days</td></tr>',
    );
  });

  it('writes each finding with its file and line when it has them, and refuses a bad one', () => {
    const findings = [
      {
        rule: 'strategy/no-accountable-leader' as const,
        severity: 'error' as const,
        message: 'Goal "g" has no accountable leader.',
        path: ['goals', 0, 'leader'],
        file: 'strategy/cx-strategy.yaml',
        line: 104,
      },
      {
        rule: 'workspace/no-manifest' as const,
        severity: 'warning' as const,
        message: 'No manifest.',
        path: [],
        file: 'cxkit.yaml',
      },
    ];
    const report: Report = { title: 'R', sections: [{ id: 'findings', title: 'Findings', findings }] };
    const html = htmlReport(report);
    expect(html).toContain(
      '<li><span class="file">strategy/cx-strategy.yaml:104</span> <span class="severity severity-error">Error</span> <code>strategy/no-accountable-leader</code>',
    );
    expect(html).toContain('<li><span class="file">cxkit.yaml</span> <span class="severity severity-warning">');
    // The findings are the section's only content: no heading repeats its title.
    expect(html).not.toContain('<h3>Findings</h3>');
    expect(markdownReport(report)).not.toContain('### Findings');
    expect(markdownReport(report)).toContain(
      '- strategy/cx-strategy.yaml:104 **Error** `strategy/no-accountable-leader`: Goal &quot;g&quot; has no accountable leader. (at goals\\[0\\].leader)',
    );
    const withFinding = (extra: object): Report => ({
      title: 'R',
      sections: [{ id: 'f', title: 'F', findings: [{ ...(findings[0] as object), ...extra } as never] }],
    });
    expectCxError(() => htmlReport(withFinding({ file: '' })), 'INVALID_INPUT', ['sections', 0, 'findings', 0, 'file']);
    expectCxError(() => htmlReport(withFinding({ line: 0 })), 'INVALID_INPUT', ['sections', 0, 'findings', 0, 'line']);
    expectCxError(() => markdownReport(withFinding({ line: 2.5 })), 'INVALID_INPUT', [
      'sections',
      0,
      'findings',
      0,
      'line',
    ]);
    // A hint is written as text by both formats: anything else is refused before either writes.
    for (const write of [htmlReport, markdownReport]) {
      const error = expectCxError(() => write(withFinding({ hint: 42 })), 'INVALID_INPUT', [
        'sections',
        0,
        'findings',
        0,
        'hint',
      ]);
      expect(error.message).toBe('report.sections.0.findings.0.hint must be text; received 42.');
    }
  });

  it('refuses charts that could run or load something, duplicate ids and malformed tables', () => {
    const withChart = (svg: string): Report => ({
      title: 'R',
      sections: [{ id: 's', title: 'S', charts: [{ svg, caption: 'c' }] }],
    });
    expectCxError(() => htmlReport(withChart('<svg><script>alert(1)</script></svg>')), 'UNSAFE_SVG', [
      'sections',
      0,
      'charts',
      0,
      'svg',
    ]);
    expectCxError(() => htmlReport(withChart('<svg onload="x()"></svg>')), 'UNSAFE_SVG');
    expectCxError(() => htmlReport(withChart('<svg><image href="https://example.com/a.png"/></svg>')), 'UNSAFE_SVG');
    expectCxError(() => htmlReport(withChart('<svg><rect fill="url(https://x)"/></svg>')), 'UNSAFE_SVG');
    expectCxError(() => htmlReport(withChart('<div></div>')), 'UNSAFE_SVG');
    // Words in a chart's text are not attributes: an escaped label saying "onload=" is fine.
    expect(htmlReport(withChart('<svg><text>onload=&quot;x&quot; href=</text></svg>'))).toContain('onload=');
    expectCxError(
      () =>
        htmlReport({
          title: 'R',
          sections: [
            { id: 'a', title: 'A' },
            { id: 'a', title: 'B' },
          ],
        }),
      'DUPLICATE_ID',
      ['sections', 1, 'id'],
    );
    expectCxError(
      () =>
        htmlReport({
          title: 'R',
          sections: [{ id: 'a', title: 'A', tables: [{ caption: 't', columns: ['x', 'y'], rows: [[1]] }] }],
        }),
      'INVALID_INPUT',
      ['sections', 0, 'tables', 0, 'rows', 0],
    );
    expectCxError(
      () =>
        htmlReport({
          title: 'R',
          sections: [{ id: 'a', title: 'A', tables: [{ caption: 't', columns: ['x'], rows: [[Number.NaN]] }] }],
        }),
      'NON_FINITE',
    );
    expectCxError(() => htmlReport({ title: 'R', sections: [{ id: 'a b', title: 'A' }] }), 'INVALID_INPUT', [
      'sections',
      0,
      'id',
    ]);
    expectCxError(() => htmlReport({ title: 'R', sections: [] }), 'NO_DATA');
  });

  it('is deterministic', () => {
    expect(htmlReport(sampleReport())).toBe(htmlReport(sampleReport()));
  });
});

describe('the report an executive reads first', () => {
  const summarised = (section: string): Report => ({
    title: 'R',
    sections: [
      {
        id: 'summary',
        title: 'Executive summary',
        summary: ['As of 2026-11-01.'],
        points: [
          { label: 'Relationship NPS', text: 'Dips every December.', section },
          { label: 'Budget <k>', text: 'Funds 5 of 8 ideas.' },
        ],
      },
      { id: 'nps', title: 'Relationship NPS' },
    ],
  });

  it('opens with the first section, then the contents, and links each point to its section', () => {
    const html = htmlReport(summarised('nps'));
    const body = html.slice(html.indexOf('<main>'));
    expect(body.indexOf('<h2 id="section-summary-heading">')).toBeLessThan(body.indexOf('<nav'));
    expect(body.indexOf('<nav')).toBeLessThan(body.indexOf('<h2 id="section-nps-heading">'));
    expect(html).toContain(
      '<ul class="points">\n<li><a class="label" href="#section-nps">Relationship NPS</a>: Dips every December.</li>\n<li><span class="label">Budget &lt;k&gt;</span>: Funds 5 of 8 ideas.</li>\n</ul>',
    );
    const markdown = markdownReport(summarised('nps'));
    expect(markdown.indexOf('## Executive summary')).toBeLessThan(markdown.indexOf('## Contents'));
    expect(markdown).toContain(
      '- **[Relationship NPS](#section-nps)**: Dips every December.\n- **Budget &lt;k&gt;**: Funds 5 of 8 ideas.',
    );
  });

  it('refuses a point that links to no section of the report', () => {
    expectCxError(() => htmlReport(summarised('journeys')), 'INVALID_INPUT', ['sections', 0, 'points', 0, 'section']);
    expectCxError(() => markdownReport(summarised('not an id')), 'INVALID_INPUT', [
      'sections',
      0,
      'points',
      0,
      'section',
    ]);
  });

  it('shows a chart drawn for a phone wherever the wide drawing would have to shrink', () => {
    // The wide chart is 720 px: with 24 px of page margin each side it fits a screen of 768 px.
    const wide = scoreSeriesChart(series);
    const narrow = scoreSeriesChart(series, { width: 328 });
    const html = htmlReport({
      title: 'R',
      sections: [{ id: 's', title: 'S', charts: [{ id: 'nps', svg: wide, narrowSvg: narrow, caption: 'NPS' }] }],
    });
    expect(html).toContain('<figure id="chart-nps" class="fit-768">\n<div class="chart-wide">\n<svg ');
    expect(html).toContain('</svg>\n</div>\n<div class="chart-narrow">\n<svg ');
    expect(html).toContain(
      '@media (max-width: 767.98px) { .fit-768 > .chart-wide { display: none; } .fit-768 > .chart-narrow { display: block; } }',
    );
    // Markdown has no media queries: it keeps the wide drawing.
    expect(
      markdownReport({
        title: 'R',
        sections: [{ id: 's', title: 'S', charts: [{ svg: wide, narrowSvg: narrow, caption: 'NPS' }] }],
      }),
    ).not.toContain('width="328"');
    expectCxError(
      () =>
        htmlReport({
          title: 'R',
          sections: [{ id: 's', title: 'S', charts: [{ svg: wide, narrowSvg: '<svg onload="x()"/>', caption: 'c' }] }],
        }),
      'UNSAFE_SVG',
      ['sections', 0, 'charts', 0, 'narrowSvg'],
    );
  });
});
