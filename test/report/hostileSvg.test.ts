/**
 * The report's two walls against hostile chart SVG, checked where it matters: in
 * Chromium. The first wall (the chart check) refuses every variant that ran script or
 * fetched something in an audit, and re-writes the rest so that markup in them is only
 * text. The second wall (the page's content-security policy) is shown on its own: the
 * refused variants spliced into a report page behind the check's back run nothing and
 * fetch nothing.
 */
import { htmlReport } from 'cxkit/render';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { acceptedSvg, refusedSvg } from '../render/hostileSvg';
import { browserRequired, chromium, requireChromium } from './chromium';

interface Observed {
  readonly ran: string[];
  readonly outside: string[];
  readonly blockedByPolicy: string[];
}

// Everything a page could do that a report must not: run the payload's ran(), log an
// error, ask for anything but the file itself, or go somewhere else.
async function observe(page: Page, html: string): Promise<Observed> {
  const observed: Observed = { ran: [], outside: [], blockedByPolicy: [] };
  page.on('pageerror', (error) => observed.ran.push(error.message));
  page.on('dialog', (dialog) => {
    observed.ran.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    // The browser's own refusals: the page policy, and its same-origin rule for <use>.
    if (/Content Security Policy|Unsafe attempt to load URL/.test(message.text()))
      observed.blockedByPolicy.push(message.text());
    else if (message.type() === 'error') observed.ran.push(message.text());
  });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === 'https://report.invalid/') return route.fulfill({ contentType: 'text/html', body: html });
    observed.outside.push(url);
    return route.abort();
  });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame() && frame.url() !== 'https://report.invalid/') observed.outside.push(frame.url());
  });
  // ran() is defined by nothing: calling it raises a page error, so a payload that runs is seen.
  await page.goto('https://report.invalid/', { waitUntil: 'load' });
  // Animations begin after load; give an <animate onbegin> its moment.
  await page.waitForTimeout(1_200);
  return observed;
}

describe.skipIf(chromium === undefined && !browserRequired)('hostile chart SVG in headless Chromium', () => {
  it('runs and fetches nothing from the charts the check accepts, and holds only inert elements', async () => {
    const executablePath = requireChromium();
    const html = htmlReport({
      title: 'Hostile charts',
      sections: [
        {
          id: 'charts',
          title: 'Charts',
          charts: Object.entries(acceptedSvg).map(([caption, svg]) => ({ svg, caption })),
        },
      ],
    });
    const { chromium: launcher } = await import('playwright-core');
    const browser = await launcher.launch({ executablePath, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      const observed = await observe(page, html);
      expect(observed).toEqual({ ran: [], outside: [], blockedByPolicy: [] });
      // The charts as the browser built them (the page's own links, to its sections, are not charts).
      const found = await page.$$eval('main figure *', (elements) => ({
        active: elements
          .filter((element) =>
            /^(script|img|iframe|style|meta|foreignobject|animate|set|a|use|image)$/i.test(element.tagName),
          )
          .map((element) => element.tagName),
        handlers: elements.flatMap((element) =>
          [...element.attributes]
            .filter((attribute) => /^on|href$/i.test(attribute.name))
            .map((attribute) => attribute.name),
        ),
      }));
      expect(found).toEqual({ active: [], handlers: [] });
    } finally {
      await browser.close();
    }
  }, 60_000);

  it('behind the check, the page policy still stops every refused variant from running or fetching', async () => {
    const executablePath = requireChromium();
    const page = htmlReport({ title: 'Policy', sections: [{ id: 'charts', title: 'Charts', summary: ['Charts:'] }] });
    // Splice the refused variants in raw, as if the chart check did not exist. A meta
    // refresh is navigation, which a content policy does not govern: only the chart check
    // stops it, so it is left out here.
    const spliced = Object.entries(refusedSvg)
      .filter(([name]) => name !== 'a meta refresh')
      .map(([, svg]) => svg)
      .join('\n');
    const html = page.replace('<p>Charts:</p>', `<p>Charts:</p>\n${spliced}`);
    expect(html).toContain('onerror="ran()"');
    const { chromium: launcher } = await import('playwright-core');
    const browser = await launcher.launch({ executablePath, args: ['--no-sandbox'] });
    try {
      const observed = await observe(await browser.newPage(), html);
      expect(observed.ran).toEqual([]);
      expect(observed.outside).toEqual([]);
      // The policy was what stopped them: Chromium says so for each handler and load it refused.
      expect(observed.blockedByPolicy.length).toBeGreaterThan(0);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
