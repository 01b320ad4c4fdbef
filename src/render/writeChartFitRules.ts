import type { CheckedReportSection } from './CheckedReport';
import { chartBreakpoint } from './chartBreakpoint';

/**
 * The style rules that swap each chart with a narrow drawing for it below the width its
 * wide one needs: one rule per distinct width, narrowest first, shared by every chart
 * that needs it (`writeHtmlFigure` marks each with its width's class).
 *
 * @internal
 */
export function writeChartFitRules(sections: readonly CheckedReportSection[]): string[] {
  const breakpoints = [
    ...new Set(
      sections.flatMap((section) =>
        section.charts.flatMap((chart) => (chart.narrowSvg === undefined ? [] : [chartBreakpoint(chart.svg)])),
      ),
    ),
  ].sort((left, right) => left - right);
  return breakpoints.map(
    (breakpoint) =>
      `@media (max-width: ${breakpoint - 0.02}px) { .fit-${breakpoint} > .chart-wide { display: none; } .fit-${breakpoint} > .chart-narrow { display: block; } }`,
  );
}
