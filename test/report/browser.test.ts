/**
 * The browser check: the example's `report.html`, written by the built `cxkit report`,
 * opened in headless Chromium at a phone's width (390 px) and a laptop's (1280 px). At
 * both, the page must not scroll sideways; every chart shown must have rendered (a
 * non-empty box and drawn content), with no text smaller than 11 px as laid out on the
 * screen, cut off at its edge or drawn over another text; the executive summary must come
 * first, with a line for each thing it promises, each linking to a section of the page;
 * the page must log no console error and request nothing from outside; and a screenshot
 * is kept under `reports/browser/` for a person to look at.
 *
 * `npm test` runs it where Chromium is installed; elsewhere it is skipped and the test run
 * ends with one loud line saying so (see browserCheckReporter.ts). `.ci/run` installs
 * Debian's `chromium` and sets `CXKIT_BROWSER_CHECK=required`, so there it can never be
 * skipped.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { browserRequired, chromium, requireChromium } from './chromium';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The few browser globals the page callbacks read (the tests' TypeScript has no DOM library). */
interface PageNode {
  readonly textContent: string | null;
  readonly id: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): PageNode | null;
  querySelectorAll(selector: string): Iterable<PageNode>;
}
interface PageGlobals {
  readonly document: PageNode & { readonly documentElement: { readonly scrollWidth: number } };
  readonly innerWidth: number;
  getComputedStyle(element: unknown): { readonly fontSize: string };
}

/** The lines the executive summary promises, by the start of their label. */
const summaryLines = [
  'Relationship NPS now',
  'Engine repair, wing to wing',
  'What drives',
  'Strategy scorecard',
  'Widest perception gap',
  'Decisions overdue',
  'CX portfolio 2027',
  'Lint and audit',
];

describe.skipIf(chromium === undefined && !browserRequired)('report.html in headless Chromium', () => {
  it('reads at a phone’s width and a laptop’s, summary first, every chart drawn and legible', async () => {
    const executablePath = requireChromium();
    const out = join(root, 'reports', 'browser', 'example');
    rmSync(out, { recursive: true, force: true });
    // The example's planted errors make report exit 1; the report is written all the same.
    try {
      execFileSync(
        process.execPath,
        [join(root, 'dist', 'cli.js'), 'report', join(root, 'examples', 'workspace'), '--out', out],
        { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
      );
    } catch (error) {
      expect((error as { status?: number }).status).toBe(1);
    }
    const html = join(out, 'report.html');
    // The charts the report says it holds: one <figure> per chart.
    const expectedCharts = readFileSync(html, 'utf8').match(/<figure\b/g)?.length ?? 0;
    expect(expectedCharts).toBeGreaterThanOrEqual(8);

    const { chromium: launcher } = await import('playwright-core');
    const browser = await launcher.launch({ executablePath, args: ['--no-sandbox'] });
    try {
      for (const width of [390, 1280]) {
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        const problems: string[] = [];
        page.on('console', (message) => {
          if (message.type() === 'error' || message.type() === 'warning')
            problems.push(`console ${message.type()}: ${message.text()}`);
        });
        page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
        page.on('request', (request) => {
          if (!request.url().startsWith('file:') && !request.url().startsWith('data:')) {
            problems.push(`outside request: ${request.url()}`);
          }
        });
        await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
        const layout = await page.evaluate(() => {
          const { document, innerWidth } = globalThis as unknown as PageGlobals;
          return {
            scrollWidth: document.documentElement.scrollWidth,
            innerWidth,
            firstSection: document.querySelector('main section h2')?.textContent ?? '',
            sectionIds: [...document.querySelectorAll('section')].map((section) => section.id),
            points: [...document.querySelectorAll('#section-summary .points li')].map((item) => ({
              label: item.querySelector('.label')?.textContent ?? '',
              link: item.querySelector('a')?.getAttribute('href') ?? null,
            })),
          };
        });
        expect(layout.scrollWidth, `${width} px: the page scrolls sideways`).toBeLessThanOrEqual(layout.innerWidth);
        expect(layout.firstSection).toBe('Executive summary');
        for (const line of summaryLines) {
          const point = layout.points.find((entry) => entry.label.startsWith(line));
          expect(point, `summary line ${line}`).toBeDefined();
          expect(layout.sectionIds, `${line} links to a section`).toContain(point?.link?.slice(1));
        }
        // The charts as shown: each figure shows one drawing (the wide one, or the phone's).
        const charts = await page.$$eval('figure svg', (svgs) =>
          svgs
            .filter((svg) => svg.getClientRects().length > 0)
            .map((svg) => {
              const box = svg.getBoundingClientRect();
              const drawn = (svg as unknown as { getBBox(): { width: number; height: number } }).getBBox();
              return {
                title: svg.querySelector('title')?.textContent ?? '',
                width: box.width,
                height: box.height,
                drawnWidth: drawn.width,
                drawnHeight: drawn.height,
                shapes: svg.querySelectorAll('path, rect, circle, line, polygon, polyline').length,
                // Every text as laid out by the browser's own fonts, relative to the chart, and
                // its size on the screen: the font size times the chart's scale.
                texts: [...svg.querySelectorAll('text')].map((element) => {
                  const textBox = element.getBoundingClientRect();
                  const matrix = (
                    element as unknown as { getScreenCTM(): { a: number; b: number } | null }
                  ).getScreenCTM();
                  const scale = matrix === null ? 1 : Math.hypot(matrix.a, matrix.b);
                  const { getComputedStyle } = globalThis as unknown as PageGlobals;
                  return {
                    content: element.textContent ?? '',
                    size: Number.parseFloat(getComputedStyle(element).fontSize) * scale,
                    left: textBox.left - box.left,
                    right: textBox.right - box.left,
                    top: textBox.top - box.top,
                    bottom: textBox.bottom - box.top,
                  };
                }),
              };
            }),
        );
        expect(charts, `${width} px: one drawing shown per chart`).toHaveLength(expectedCharts);
        for (const chart of charts) {
          const name = `${width} px, ${chart.title}`;
          expect(chart.title, 'every chart has a title').not.toBe('');
          expect(chart.width, name).toBeGreaterThan(100);
          expect(chart.width, `${name}: wider than the screen`).toBeLessThanOrEqual(width);
          expect(chart.height, name).toBeGreaterThan(100);
          expect(chart.drawnWidth, name).toBeGreaterThan(50);
          expect(chart.drawnHeight, name).toBeGreaterThan(50);
          expect(chart.shapes, name).toBeGreaterThan(3);
          const small = chart.texts
            .filter((text) => text.size < 11)
            .map((text) => `${text.content} (${text.size.toFixed(1)} px)`);
          expect(small, `${name}: text smaller than 11 px`).toEqual([]);
          // No text is cut off at the chart's edge, and no two texts are drawn over each other
          // (a pixel of slack for anti-aliasing).
          const cut = chart.texts
            .filter(
              (text) =>
                text.left < -1 || text.top < -1 || text.right > chart.width + 1 || text.bottom > chart.height + 1,
            )
            .map((text) => text.content);
          expect(cut, `${name}: texts cut off`).toEqual([]);
          const overlapping: string[] = [];
          chart.texts.forEach((text, index) => {
            for (const other of chart.texts.slice(index + 1)) {
              const across = Math.min(text.right, other.right) - Math.max(text.left, other.left);
              const down = Math.min(text.bottom, other.bottom) - Math.max(text.top, other.top);
              if (across > 1 && down > 1) overlapping.push(`${text.content} | ${other.content}`);
            }
          });
          expect(overlapping, `${name}: texts drawn over each other`).toEqual([]);
        }
        expect(problems).toEqual([]);
        mkdirSync(join(root, 'reports', 'browser'), { recursive: true });
        const screenshot = join(root, 'reports', 'browser', `report-${width}.png`);
        await page.screenshot({ path: screenshot, fullPage: true });
        expect(existsSync(screenshot)).toBe(true);
        await page.close();
      }
    } finally {
      await browser.close();
    }
  }, 180_000);
});
