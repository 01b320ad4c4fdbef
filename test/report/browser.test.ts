/**
 * The browser check: the example's `report.html`, written by the built `cxkit report`,
 * opened in headless Chromium. Every chart must have rendered (a non-empty box and
 * drawn content) with no text cut off at its edge or drawn over another text, as the
 * browser's own fonts lay it out; the page must log no console error and request nothing
 * from outside; and a screenshot is kept under `reports/browser/` for a person to look at.
 *
 * `npm test` runs it where Chromium is installed and skips it elsewhere; `.ci/run`
 * installs Debian's `chromium` and sets `CXKIT_BROWSER_CHECK=required`, so there it
 * can never be skipped.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { browserRequired, chromium, requireChromium } from './chromium';

const root = fileURLToPath(new URL('../..', import.meta.url));
describe.skipIf(chromium === undefined && !browserRequired)('report.html in headless Chromium', () => {
  it('renders every chart of the example report without a console error', async () => {
    const executablePath = requireChromium();
    const out = join(root, 'reports', 'browser', 'example');
    rmSync(out, { recursive: true, force: true });
    execFileSync(
      process.execPath,
      [join(root, 'dist', 'cli.js'), 'report', join(root, 'examples', 'workspace'), '--out', out],
      { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const html = join(out, 'report.html');
    // The charts the report says it holds: one <figure> per chart.
    const expectedCharts = readFileSync(html, 'utf8').match(/<figure\b/g)?.length ?? 0;
    expect(expectedCharts).toBeGreaterThanOrEqual(6);

    const { chromium: launcher } = await import('playwright-core');
    const browser = await launcher.launch({ executablePath, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
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
      const charts = await page.$$eval('figure svg', (svgs) =>
        svgs.map((svg) => {
          const box = svg.getBoundingClientRect();
          const drawn = (svg as unknown as { getBBox(): { width: number; height: number } }).getBBox();
          return {
            title: svg.querySelector('title')?.textContent ?? '',
            width: box.width,
            height: box.height,
            drawnWidth: drawn.width,
            drawnHeight: drawn.height,
            shapes: svg.querySelectorAll('path, rect, circle, line, polygon, polyline').length,
            // Every text as laid out by the browser's own fonts, relative to the chart.
            texts: [...svg.querySelectorAll('text')].map((element) => {
              const textBox = element.getBoundingClientRect();
              return {
                content: element.textContent ?? '',
                left: textBox.left - box.left,
                right: textBox.right - box.left,
                top: textBox.top - box.top,
                bottom: textBox.bottom - box.top,
              };
            }),
          };
        }),
      );
      expect(charts).toHaveLength(expectedCharts);
      for (const chart of charts) {
        expect(chart.title, 'every chart has a title').not.toBe('');
        expect(chart.width, chart.title).toBeGreaterThan(100);
        expect(chart.height, chart.title).toBeGreaterThan(100);
        expect(chart.drawnWidth, chart.title).toBeGreaterThan(50);
        expect(chart.drawnHeight, chart.title).toBeGreaterThan(50);
        expect(chart.shapes, chart.title).toBeGreaterThan(3);
        // No text is cut off at the chart's edge, and no two texts are drawn over each other
        // (a pixel of slack for anti-aliasing).
        const cut = chart.texts
          .filter(
            (text) => text.left < -1 || text.top < -1 || text.right > chart.width + 1 || text.bottom > chart.height + 1,
          )
          .map((text) => text.content);
        expect(cut, `${chart.title}: texts cut off`).toEqual([]);
        const overlapping: string[] = [];
        chart.texts.forEach((text, index) => {
          for (const other of chart.texts.slice(index + 1)) {
            const across = Math.min(text.right, other.right) - Math.max(text.left, other.left);
            const down = Math.min(text.bottom, other.bottom) - Math.max(text.top, other.top);
            if (across > 1 && down > 1) overlapping.push(`${text.content} | ${other.content}`);
          }
        });
        expect(overlapping, `${chart.title}: texts drawn over each other`).toEqual([]);
      }
      expect(problems).toEqual([]);
      mkdirSync(join(root, 'reports', 'browser'), { recursive: true });
      await page.screenshot({ path: join(root, 'reports', 'browser', 'report.png'), fullPage: true });
      expect(existsSync(join(root, 'reports', 'browser', 'report.png'))).toBe(true);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
