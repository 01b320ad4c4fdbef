import { SaxesParser } from 'saxes';
import { escapeXml } from './escapeXml';

/**
 * The SVG elements a chart may hold: shapes, text, groups and the paint servers and
 * clips they refer to inside the chart. Nothing that runs (`script`, event handlers),
 * animates (`animate`, `set`, whose `onbegin` runs and whose `attributeName` can rewrite
 * a link), embeds (`foreignObject`, `image`, `iframe`), links (`a`, `use`) or styles with
 * CSS (`style`, which could load a url).
 */
const elements = new Set([
  'svg',
  'g',
  'defs',
  'title',
  'desc',
  'text',
  'tspan',
  'line',
  'rect',
  'circle',
  'ellipse',
  'path',
  'polyline',
  'polygon',
  'pattern',
  'clipPath',
  'mask',
  'marker',
  'linearGradient',
  'radialGradient',
  'stop',
]);

// Geometry, presentation, paint-server and accessibility attributes; no `on…`, no
// `href`, no `style`, no `attributeName`, no namespaced names but `xml:space`/`xml:lang`.
const attributes = new Set([
  'id',
  'class',
  'role',
  'focusable',
  'xmlns',
  'xml:space',
  'xml:lang',
  'lang',
  'viewBox',
  'preserveAspectRatio',
  'width',
  'height',
  'x',
  'y',
  'x1',
  'y1',
  'x2',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'fx',
  'fy',
  'dx',
  'dy',
  'd',
  'points',
  'pathLength',
  'transform',
  'rotate',
  'textLength',
  'lengthAdjust',
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'stroke-opacity',
  'opacity',
  'color',
  'visibility',
  'display',
  'clip-path',
  'clip-rule',
  'mask',
  'marker-start',
  'marker-mid',
  'marker-end',
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'font-variant',
  'text-anchor',
  'text-decoration',
  'dominant-baseline',
  'alignment-baseline',
  'baseline-shift',
  'letter-spacing',
  'word-spacing',
  'writing-mode',
  'shape-rendering',
  'text-rendering',
  'vector-effect',
  'paint-order',
  'patternUnits',
  'patternContentUnits',
  'patternTransform',
  'gradientUnits',
  'gradientTransform',
  'spreadMethod',
  'offset',
  'stop-color',
  'stop-opacity',
  'clipPathUnits',
  'maskUnits',
  'maskContentUnits',
  'markerWidth',
  'markerHeight',
  'markerUnits',
  'refX',
  'refY',
  'orient',
]);

// Colours and transforms; any other function (image-set, src, element, …) is refused.
const functions = new Set([
  'url',
  'rgb',
  'rgba',
  'hsl',
  'hsla',
  'matrix',
  'translate',
  'scale',
  'rotate',
  'skewX',
  'skewY',
]);

const svgNamespace = 'http://www.w3.org/2000/svg';
// The one reference a value may hold: to a paint server or clip inside the chart.
const localReference = /^url\(#[A-Za-z_][\w.-]*\)$/;

function attributeProblem(name: string, value: string): string | undefined {
  if (name.toLowerCase().startsWith('on')) return `an event handler attribute (${name})`;
  if (/href$/i.test(name)) return `a link (${name})`;
  // Accessibility attributes are plain text to the browser, never CSS or a link.
  if (/^aria-[a-z]+$/.test(name)) return undefined;
  if (!attributes.has(name)) return `the attribute ${name}, which is not on the list of inert chart attributes`;
  if (name === 'xmlns' && value !== svgNamespace) return `the namespace ${JSON.stringify(value)}`;
  // Presentation attributes are read as CSS, where an escape such as u\72l( spells url(.
  if (value.includes('\\')) return `a backslash in the attribute ${name}`;
  if (/url\s*\(/i.test(value) && !localReference.test(value.trim())) return `a url in the attribute ${name}`;
  for (const [, call] of value.matchAll(/([A-Za-z-]*)\s*\(/g)) {
    if (!functions.has(call as string)) return `the function ${call}() in the attribute ${name}`;
  }
  return undefined;
}

/**
 * @internal An SVG chart proven inert, re-written from what an XML parser read, or the
 * reason it was refused. Parsing (not pattern-matching) and re-writing every element,
 * attribute and text from the parsed model means the browser can only see what was
 * checked: no markup can hide in an attribute, a comment or a malformed tag.
 */
export function inertSvg(svg: string): { readonly svg: string } | { readonly problem: string } {
  if (!/^<svg[\s>/]/.test(svg)) return { problem: 'it does not start with <svg' };
  const parser = new SaxesParser({ xmlns: false, position: true });
  const parts: string[] = [];
  const open: string[] = [];
  let pending: { name: string; attributes: [string, string][] } | undefined;
  let problem: string | undefined;
  let roots = 0;
  const refuse = (why: string) => {
    problem ??= why;
  };
  parser.on('opentagstart', (tag) => {
    if (problem !== undefined) return;
    if (!elements.has(tag.name)) refuse(`it holds a <${tag.name}> element`);
    else if (tag.name === 'svg' && open.length > 0) refuse('it holds an <svg> inside the chart');
    else if (open.length === 0 && (tag.name !== 'svg' || ++roots > 1)) refuse('it is not one <svg> element');
    pending = { name: tag.name, attributes: [] };
  });
  parser.on('attribute', ({ name, value }) => {
    if (problem !== undefined || pending === undefined) return;
    const why = attributeProblem(name, value);
    if (why === undefined) pending.attributes.push([name, value]);
    else refuse(`it holds ${why}`);
  });
  parser.on('opentag', (tag) => {
    if (problem !== undefined || pending === undefined) return;
    // Values go between double quotes, where an apostrophe needs no escape (so cxkit's own charts come out unchanged).
    const written = pending.attributes
      .map(([name, value]) => ` ${name}="${escapeXml(value).replaceAll('&#39;', "'")}"`)
      .join('');
    parts.push(`<${pending.name}${written}${tag.isSelfClosing ? '/>' : '>'}`);
    if (!tag.isSelfClosing) open.push(pending.name);
    pending = undefined;
  });
  parser.on('closetag', (tag) => {
    if (problem !== undefined || tag.isSelfClosing) return;
    open.pop();
    parts.push(`</${tag.name}>`);
  });
  parser.on('text', (text) => {
    if (problem !== undefined) return;
    if (open.length === 0) {
      if (text.trim() !== '') refuse('it holds text outside the <svg> element');
    } else if (/^\s+$/.test(text)) {
      // Layout between elements: kept as one line break or space, never a blank line (which would end the HTML block a Markdown report embeds the chart in).
      parts.push(text.includes('\n') ? '\n' : ' ');
    } else parts.push(escapeXml(text));
  });
  parser.on('cdata', (text) => {
    if (problem === undefined) parts.push(escapeXml(text));
  });
  parser.on('comment', () => refuse('it holds a comment'));
  parser.on('processinginstruction', () => refuse('it holds a processing instruction'));
  parser.on('doctype', () => refuse('it holds a document type declaration'));
  parser.on('error', (error) => refuse(`it is not well-formed XML (${error.message.replace(/^undefined:/, '')})`));
  try {
    parser.write(svg).close();
  } catch (error) {
    refuse(`it is not well-formed XML (${error instanceof Error ? error.message : String(error)})`);
  }
  if (problem !== undefined) return { problem };
  if (roots !== 1) return { problem: 'it is not one <svg> element' };
  return { svg: parts.join('') };
}
