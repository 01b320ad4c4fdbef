import { expect } from 'vitest';
import { type TextPlacement, textBox } from '../../src/render/placeLabel';

/**
 * Checks what every chart promises: one <svg> with explicit size and viewBox, role="img",
 * a <title> and a <desc> whose ids aria-labelledby names, text without a raw < or >, only
 * known entities, and no NaN or Infinity anywhere. Returns the description.
 */
export function expectAccessibleSvg(svg: string): string {
  const open = /^<svg [^>]*>/.exec(svg)?.[0] ?? '';
  expect(open).toMatch(/ width="\d+(\.\d+)?"/);
  expect(open).toMatch(/ height="\d+(\.\d+)?"/);
  const width = /width="([^"]+)"/.exec(open)?.[1];
  const height = /height="([^"]+)"/.exec(open)?.[1];
  expect(open).toContain(`viewBox="0 0 ${width} ${height}"`);
  expect(open).toContain('role="img"');
  const labelledBy = /aria-labelledby="([^"]+)"/.exec(open)?.[1]?.split(' ') ?? [];
  expect(labelledBy).toHaveLength(2);
  expect(svg).toContain(`<title id="${labelledBy[0]}">`);
  expect(svg).toContain(`<desc id="${labelledBy[1]}">`);
  expect(svg.endsWith('</svg>')).toBe(true);
  expect(svg).not.toMatch(/NaN|Infinity|undefined/);
  // Outside tags, no raw angle bracket, and every & starts an entity.
  const textOnly = svg.replace(/<[^<>]*>/g, '');
  expect(textOnly).not.toMatch(/[<>]/);
  expect(textOnly).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#39;)/);
  // Every attribute value is free of raw quotes of its own kind (escaped labels included).
  for (const tag of svg.match(/<[^<>]*>/g) ?? []) expect(tag).toMatch(/^<\/?[A-Za-z]+(\s+[\w:-]+="[^"<>]*")*\s*\/?>$/);
  return /<desc id="[^"]+">([^<]*)<\/desc>/.exec(svg)?.[1] ?? '';
}

/** Every number written in the SVG's attributes, to show none is NaN or infinite. */
export function attributeNumbers(svg: string): number[] {
  return [...svg.matchAll(/(?:^|\s)(?:x|y|x1|x2|y1|y2|cx|cy|r|width|height)="([^"]*)"/g)].map((match) =>
    Number(match[1]),
  );
}

/**
 * The x of every vertical line drawn in `stroke`, in drawing order: the grid of a chart,
 * from which a test reads where the plot starts and ends when the columns around it are
 * sized from their text.
 */
export function verticalLines(svg: string, stroke: string): number[] {
  return [...svg.matchAll(/<line x1="([^"]+)" y1="[^"]+" x2="([^"]+)" y2="[^"]+" stroke="([^"]+)"/g)]
    .filter((match) => match[3] === stroke && match[1] === match[2])
    .map((match) => Number(match[1]));
}

const entities: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/**
 * Every unrotated `<text>` of a chart with the box cxkit's own estimate gives it (`textBox`):
 * for checking a chart's layout arithmetic (that the estimate of each label fits), apart
 * from checking the estimate itself against a browser (textWidth.test.ts) and the real
 * layout (the browser check).
 */
export function estimatedTextBoxes(svg: string): { content: string; left: number; right: number }[] {
  return [...svg.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g)].flatMap((match) => {
    const attributes = match[1] as string;
    if (attributes.includes('transform=')) return [];
    const read = (name: string) => new RegExp(`(?:^| )${name}="([^"]*)"`).exec(attributes)?.[1];
    const content = (match[2] as string).replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => entities[name] ?? '');
    const anchor = (read('text-anchor') ?? 'start') as TextPlacement['anchor'];
    const placement = { x: Number(read('x')), y: Number(read('y')), anchor };
    const box = textBox(placement, content, Number(read('font-size') ?? 12), read('font-weight') === 'bold');
    return [{ content, left: box.left, right: box.right }];
  });
}
