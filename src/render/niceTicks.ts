import { textWidth } from './textWidth';

/**
 * A "nice" step for about `count` intervals over `span`: 1, 2, 5 or 10 times a power of
 * ten, the classic choice (Heckbert, "Nice numbers for graph labels", Graphics Gems, 1990)
 * that gives tick labels people read at a glance.
 *
 * @internal
 */
export function niceStep(span: number, count: number): number {
  const rough = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / power;
  const nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
  return nice * power;
}

/**
 * Tick values covering `[minimum, maximum]` with a nice step, widened outwards to whole
 * steps, and the domain they span. A zero-width domain is widened by one unit each way
 * (or by a tenth of the value) so that an axis always has extent.
 *
 * @internal
 */
export function niceTicks(minimum: number, maximum: number, count = 5): { ticks: number[]; domain: [number, number] } {
  let low = minimum;
  let high = maximum;
  if (low === high) {
    const pad = low === 0 ? 1 : Math.abs(low) / 10;
    low -= pad;
    high += pad;
  }
  const step = niceStep(high - low, count);
  const first = Math.floor(low / step + 1e-9);
  const last = Math.ceil(high / step - 1e-9);
  const ticks: number[] = [];
  // Multiplying the index by the step (not adding steps) keeps 0.1 + 0.2 drift out of labels.
  for (let index = first; index <= last; index++) ticks.push(Number((index * step).toPrecision(12)));
  return { ticks, domain: [ticks[0] as number, ticks[ticks.length - 1] as number] };
}

/**
 * Nice ticks over `[minimum, maximum]` whose labels fit side by side on an axis `pixels`
 * long: starting from about `count` intervals, fewer until the widest label (as `label`
 * writes it, at `fontSize`) leaves 8 px between neighbours.
 *
 * @internal
 */
export function ticksThatFit(
  minimum: number,
  maximum: number,
  pixels: number,
  label: (tick: number) => string,
  fontSize: number,
  count = 6,
): { ticks: number[]; domain: [number, number] } {
  let best = niceTicks(minimum, maximum, count);
  for (let wanted = count; wanted >= 1; wanted--) {
    best = niceTicks(minimum, maximum, wanted);
    const widest = Math.max(...best.ticks.map((tick) => textWidth(label(tick), fontSize)));
    if (best.ticks.length < 2 || (widest + 8) * (best.ticks.length - 1) <= pixels) return best;
  }
  return best;
}
