import { driverQuadrant, type ReportSection, type ReportTable } from '../../render/index';
import type { DriverAnalysis } from '../WorkspaceAnalysis';
import { drawn, percent, pValueText } from './reportText';

/** @internal The report's section for one transfer function: fit, driver importance and quadrant. */
export function driverSection(analysis: DriverAnalysis): ReportSection {
  const notes: string[] = [];
  const { fit, importance, classification } = analysis;
  const ranked = [...fit.drivers].sort(
    (left, right) => (importance[right]?.share ?? 0) - (importance[left]?.share ?? 0),
  );
  const summary = [
    `A transfer function fitted on ${fit.n} observations in ${analysis.file}: R² ${fit.rSquared.toFixed(3)} (adjusted ${fit.adjustedRSquared.toFixed(3)}); importance by ${analysis.method === 'shapley' ? 'Shapley values' : 'relative weights'}, as shares of R².`,
    `Most important: ${ranked
      .slice(0, 2)
      .map((driver) => `${driver} (${percent(importance[driver]?.share ?? 0)})`)
      .join(', ')}.`,
  ];
  // A quadrant's id is its name in words, hyphenated: 'keep-up-the-good-work'.
  const quadrantOf = new Map(
    classification?.drivers.map((driver) => [driver.driver, driver.quadrant.replaceAll('-', ' ')]) ?? [],
  );
  const charts =
    classification === null
      ? []
      : drawn(
          notes,
          'Drivers: importance × performance against target',
          () => driverQuadrant(classification),
          `${analysis.data}-quadrant`,
        );
  if (classification === null)
    notes.push('No current and target per driver in the manifest (performance): no quadrant.');
  const table: ReportTable = {
    caption: 'Drivers of the outcome',
    columns: ['driver', 'coefficient', 'standard error', 'p-value', 'share of R²', 'quadrant'],
    rows: ranked.map((driver) => {
      const coefficient = fit.coefficients[driver];
      return [
        driver,
        coefficient?.estimate ?? null,
        coefficient?.standardError ?? null,
        coefficient === undefined ? null : pValueText(coefficient.pValue),
        percent(importance[driver]?.share ?? 0),
        quadrantOf.get(driver) ?? '–',
      ];
    }),
  };
  return {
    id: `drivers-${analysis.data}`,
    title: 'What drives the outcome',
    summary: [...summary, ...notes],
    charts,
    tables: [table],
  };
}
