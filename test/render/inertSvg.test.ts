import { htmlReport, markdownReport, type Report } from 'cxkit/render';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inertSvg } from '../../src/render/inertSvg';
import { expectCxError } from '../expectCxError';
import { acceptedSvg, refusedSvg } from './hostileSvg';

const withChart = (svg: string): Report => ({
  title: 'R',
  sections: [{ id: 's', title: 'S', charts: [{ svg, caption: 'c' }] }],
});

describe('the report builders accept only SVG they can prove inert', () => {
  for (const [name, svg] of Object.entries(refusedSvg)) {
    it(`refuses ${name}`, () => {
      const error = expectCxError(() => htmlReport(withChart(svg)), 'UNSAFE_SVG', ['sections', 0, 'charts', 0, 'svg']);
      expect(error.message).toMatch(
        /^A chart's svg must be one <svg> element without scripts or external references \(it /,
      );
      expectCxError(() => markdownReport(withChart(svg)), 'UNSAFE_SVG');
    });
  }

  it('says what it refused', () => {
    const reasons = Object.fromEntries(
      Object.entries(refusedSvg).map(([name, svg]) => [name, (inertSvg(svg) as { problem: string }).problem]),
    );
    expect(reasons['a script element']).toBe('it holds a <script> element');
    expect(reasons['a ">" in an attribute value before the event handler']).toBe(
      'it holds an event handler attribute (onbegin)',
    );
    expect(reasons['a CSS escape spelling url( in a presentation attribute']).toBe(
      'it holds a backslash in the attribute fill',
    );
    expect(reasons['an entity spelling url(']).toBe('it holds a url in the attribute fill');
    expect(reasons['a fill with image-set']).toBe('it holds the function image-set() in the attribute fill');
    expect(reasons['the svg closed early, then an img']).toBe('it holds a <img> element');
    expect(reasons['a second root']).toBe('it is not one <svg> element');
    expect(reasons['a comment hiding markup']).toBe('it holds a comment');
    expect(reasons['a foreign namespace']).toBe('it holds the namespace "http://www.w3.org/1999/xhtml"');
  });

  for (const [name, svg] of Object.entries(acceptedSvg)) {
    it(`accepts ${name}, re-written so that markup in it is only text`, () => {
      const html = htmlReport(withChart(svg));
      const figures = (html.match(/<figure[\s\S]*?<\/figure>/g) ?? []).join('\n');
      expect(figures).toContain('<svg');
      expect(figures).not.toMatch(/<(script|img|iframe|meta|foreignObject|style|a)\b/i);
      expect(figures).not.toMatch(/<[^>]*\son\w+=/i);
    });
  }

  it('re-writes CDATA and entities as escaped text', () => {
    expect(inertSvg(acceptedSvg['CDATA holding a script tag'] as string)).toEqual({
      svg: '<svg viewBox="0 0 200 40"><text x="4" y="20">&lt;/text&gt;&lt;script&gt;ran()&lt;/script&gt;</text></svg>',
    });
  });

  it('gives the page a content-security policy that lets nothing load or run', () => {
    expect(htmlReport(withChart('<svg><rect width="1" height="1"/></svg>'))).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">`,
    );
  });
});

// Markup-like text: tags, attributes, quotes, entities, CDATA and comments in any order.
const fragment = fc.oneof(
  fc.constantFrom(
    '<rect',
    '<text',
    '</text>',
    '<script',
    '</svg>',
    '<svg',
    '<g>',
    '</g>',
    ' fill="',
    ' onload="',
    ' x="1"',
    '/>',
    '>',
    '"',
    "'",
    '&lt;',
    '&amp;',
    '&#117;',
    '<![CDATA[',
    ']]>',
    '<!--',
    '-->',
    'url(',
    '#a)',
    '\\',
  ),
  fc.string({ maxLength: 4 }),
);
const markup = fc.array(fragment, { maxLength: 24 }).map((parts) => `<svg>${parts.join('')}</svg>`);

describe('laws of the chart check', () => {
  it('what it accepts is accepted again unchanged (it is a fixed point)', () => {
    fc.assert(
      fc.property(markup, (svg) => {
        const once = inertSvg(svg);
        if ('problem' in once) return;
        expect(inertSvg(once.svg)).toEqual(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('what it accepts holds no tag but the allowed ones, and no event handler or link', () => {
    fc.assert(
      fc.property(markup, (svg) => {
        const once = inertSvg(svg);
        if ('problem' in once) return;
        for (const [, name] of once.svg.matchAll(/<\/?([^\s/>]+)/g)) {
          expect(['svg', 'rect', 'text', 'g']).toContain(name);
        }
        for (const [tag] of once.svg.matchAll(/<[^>]*>/g)) expect(tag).not.toMatch(/\son\w*=|href|url\((?!#)/i);
      }),
      { numRuns: 2000 },
    );
  });
});
