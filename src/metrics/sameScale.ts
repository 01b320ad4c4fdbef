import { raiseMetrics } from './messages';
import type { Scale } from './Scale';

function bandText(band: { from: number; to: number } | undefined): string {
  return band === undefined ? 'none' : `${band.from}–${band.to}`;
}

/**
 * Raises `SCALE_MISMATCH` naming the first field where two scales differ. Scales are
 * compared field by field, not by identity, so a scale read back from JSON matches.
 *
 * @internal
 */
export function assertSameScale(left: Scale, right: Scale, path: ReadonlyArray<string | number>): void {
  const fields: Array<[string, string, string]> = [
    ['name', left.name, right.name],
    ['min', String(left.min), String(right.min)],
    ['max', String(left.max), String(right.max)],
    ['favorable', bandText(left.favorable), bandText(right.favorable)],
    ['unfavorable', bandText(left.unfavorable), bandText(right.unfavorable)],
  ];
  for (const [field, a, b] of fields) {
    if (a !== b) raiseMetrics('SCALE_MISMATCH', [field, a, b], { path: [...path, field] });
  }
}
