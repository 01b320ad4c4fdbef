import { driverQuadrant, type ReportSection, type ReportTable } from '../../render/index';
import type { DriverAnalysis } from '../WorkspaceAnalysis';
import { drawn, humanized, percent, pValueText } from './reportText';

/** @internal The anchor of a driver set's section. */
export function driverSectionId(analysis: DriverAnalysis): string {
  return `drivers-${analysis.data}`;
}

/** @internal A driver's title (from the metric tree), else its column name as words. */
export function driverTitle(analysis: DriverAnalysis, driver: string): string {
  return analysis.names[driver]?.title ?? humanized(driver);
}

/** @internal The outcome's title. */
export function outcomeTitle(analysis: DriverAnalysis): string {
  return driverTitle(analysis, analysis.outcome);
}

/** @internal The report's section for one transfer function: fit, driver importance and quadrant. */
export function driverSection(analysis: DriverAnalysis): ReportSection {
  const notes: string[] = [];
  const { fit, importance, classification } = analysis;
  const ranked = [...fit.drivers].sort(
    (left, right) => (importance[right]?.share ?? 0) - (importance[left]?.share ?? 0),
  );
  const outcome = outcomeTitle(analysis);
  const outcomeUnit = analysis.names[analysis.outcome]?.unit;
  const summary = [
    `A transfer function fitted on ${fit.n} observations in ${analysis.file}: ${outcome}${outcomeUnit === null || outcomeUnit === undefined ? '' : ` (${outcomeUnit})`} as a linear function of ${fit.drivers.length} drivers. R² ${fit.rSquared.toFixed(3)} (adjusted ${fit.adjustedRSquared.toFixed(3)}); each driver's importance is its share of R² (${analysis.method === 'shapley' ? 'Shapley values' : 'relative weights'}).`,
    `Most important: ${ranked
      .slice(0, 2)
      .map((driver) => `${driverTitle(analysis, driver)} (${percent(importance[driver]?.share ?? 0)})`)
      .join(', ')}.`,
  ];
  // A quadrant's id is its name in words, hyphenated: 'keep-up-the-good-work'.
  const quadrantOf = new Map(
    classification?.drivers.map((driver) => [driver.driver, driver.quadrant.replaceAll('-', ' ')]) ?? [],
  );
  const labels = Object.fromEntries(fit.drivers.map((driver) => [driver, driverTitle(analysis, driver)]));
  const charts =
    classification === null
      ? []
      : drawn(
          notes,
          `What drives ${outcome.toLowerCase()}: each driver's importance against its distance from target`,
          (size) =>
            driverQuadrant(classification, { ...size, labels, title: `Where to act on ${outcome.toLowerCase()}` }),
          `${analysis.data}-quadrant`,
        );
  if (classification === null)
    notes.push('No current and target per driver in the manifest (performance): no quadrant.');
  const table: ReportTable = {
    caption: `Drivers of ${outcome.toLowerCase()}: the coefficient is the change in the outcome per unit of the driver`,
    columns: ['driver', 'unit', 'coefficient', 'standard error', 'p-value', 'share of R²', 'quadrant'],
    rows: ranked.map((driver) => {
      const coefficient = fit.coefficients[driver];
      return [
        driverTitle(analysis, driver),
        analysis.names[driver]?.unit ?? '–',
        coefficient?.estimate ?? null,
        coefficient?.standardError ?? null,
        coefficient === undefined ? null : pValueText(coefficient.pValue),
        percent(importance[driver]?.share ?? 0),
        quadrantOf.get(driver) ?? '–',
      ];
    }),
  };
  return {
    id: driverSectionId(analysis),
    title: `What drives ${outcome.toLowerCase()}`,
    summary: [...summary, ...notes],
    charts,
    tables: [table],
  };
}
