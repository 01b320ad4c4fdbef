import { checkOptions } from '../core/errors/checkOptions';
import { describeValue } from '../core/errors/describeValue';
import { raiseRender } from './messages';

/**
 * The options every chart takes. Each chart's own options extend these.
 *
 * @category Charts
 */
export interface ChartOptions {
  /**
   * Width in pixels, 100–10,000. Default per chart (640 for most). A chart whose labels or
   * title need more room grows wider than this rather than cut text off; the SVG's own
   * `width` attribute says how wide it came out.
   */
  readonly width?: number;
  /** Height in pixels, 100–10,000. Default per chart, from the number of rows or series. */
  readonly height?: number;
  /** The title: the SVG's `<title>`, also drawn at the top. Default per chart, e.g. "Maturity by dimension". */
  readonly title?: string;
  /**
   * The prefix of the ids inside the SVG (its title, description and patterns), so that
   * several charts in one page keep their ids unique: a letter, then letters, digits,
   * `-` or `_`. Default: the chart kind and a hash of the chart's content, so equal
   * input gives equal output and different charts differ.
   */
  readonly id?: string;
}

/** @internal The common options, checked, with the chart's defaults filled in. */
export interface ReadChartOptions {
  readonly width: number;
  readonly height: number | undefined;
  readonly title: string;
  readonly id: string | undefined;
}

const commonKeys = ['width', 'height', 'title', 'id'] as const;

function checkSize(value: unknown, option: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 100 || value > 10_000) {
    raiseRender('INVALID_OPTION', [option, 'a number of pixels from 100 to 10000', describeValue(value)], {
      path: [option],
    });
  }
  return value;
}

/**
 * Checks a chart's options once: unknown keys (with a suggestion), sizes, title and id.
 * Returns the common ones with defaults; the chart reads and checks its own keys.
 *
 * @internal
 */
export function readChartOptions(
  options: unknown,
  ownKeys: readonly string[],
  defaults: { readonly width: number; readonly title: string },
): ReadChartOptions {
  checkOptions(options, [...commonKeys, ...ownKeys]);
  const given = (options ?? {}) as ChartOptions;
  const width = checkSize(given.width, 'width') ?? defaults.width;
  const height = checkSize(given.height, 'height');
  if (given.title !== undefined && (typeof given.title !== 'string' || given.title.trim() === '')) {
    raiseRender('INVALID_OPTION', ['title', 'a non-empty text', describeValue(given.title)], { path: ['title'] });
  }
  if (given.id !== undefined && (typeof given.id !== 'string' || !/^[A-Za-z][A-Za-z0-9_-]{0,63}$/.test(given.id))) {
    raiseRender(
      'INVALID_OPTION',
      ['id', 'a letter then up to 63 letters, digits, "-" or "_"', describeValue(given.id)],
      { path: ['id'] },
    );
  }
  return { width, height, title: given.title ?? defaults.title, id: given.id };
}
