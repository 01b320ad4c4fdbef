import type { JourneyVerdict } from '../../journeys/compareJourneyMeasures';
import type { StepComparison } from '../WorkspaceAnalysis';

/**
 * @internal The step a before/after verdict turns on, by the change in its P50: where the
 * time went when the customer did not gain (the company's gain absorbed, customers worse
 * off, a wider spread), where the gain came from when customers felt it, and the step
 * that moved most either way when nothing moved by the threshold. `null` when no step's
 * P50 changed (or none was completed in both periods).
 */
export function keyStepOf(verdict: JourneyVerdict, steps: readonly StepComparison[]): string | null {
  const direction = verdict === 'felt-by-customers' ? -1 : verdict === 'no-change' ? 0 : 1;
  let best: StepComparison | null = null;
  let bestScore = 0;
  for (const step of steps) {
    if (step.change === null) continue;
    const score = direction === 0 ? Math.abs(step.change) : direction * step.change;
    if (score > bestScore) {
      best = step;
      bestScore = score;
    }
  }
  // No step moved the verdict's way: the step that moved most, either way.
  if (best === null && direction !== 0) return keyStepOf('no-change', steps);
  return best?.id ?? null;
}
