import { maturityRadar, perceptionGapBars, type ReportSection, type ReportTable } from '../../render/index';
import type { MaturityAnalysis } from '../WorkspaceAnalysis';
import { counted, drawn } from './reportText';

/** @internal The report's section for one maturity survey: levels by group and the perception gaps between groups. */
export function maturitySection(analysis: MaturityAnalysis): ReportSection {
  const notes: string[] = [];
  const { aggregate } = analysis;
  const large = aggregate.gaps.filter((gap) => gap.large);
  const titleOf = new Map(aggregate.dimensions.map((dimension) => [dimension.id, dimension.title]));
  const summary = [
    `${counted(aggregate.respondents, 'respondent')} to ${aggregate.model.title} in ${counted(aggregate.groups.length, 'group')} (${aggregate.groups.map((group) => `${group.name}: ${group.respondents}`).join(', ')}).`,
    large.length === 0
      ? 'No large perception gap between groups.'
      : `${counted(large.length, 'large perception gap')}: ${large.map((gap) => `${titleOf.get(gap.dimension) ?? gap.dimension} (${gap.a} ${gap.difference > 0 ? 'higher' : 'lower'} than ${gap.b} by ${Math.abs(gap.difference).toFixed(2)} levels)`).join('; ')}.`,
  ];
  const charts = [
    ...drawn(
      notes,
      'Maturity by dimension and group',
      () => maturityRadar(aggregate, { width: 860 }),
      `${analysis.data}-radar`,
    ),
    ...(aggregate.groups.length < 2
      ? []
      : drawn(notes, 'Perception gaps between groups', () => perceptionGapBars(aggregate), `${analysis.data}-gaps`)),
  ];
  const table: ReportTable = {
    caption: 'Mean level per dimension and group',
    columns: ['dimension', ...aggregate.groups.map((group) => group.name)],
    rows: aggregate.dimensions.map((dimension) => [
      dimension.title,
      ...aggregate.groups.map((group) => {
        const mean = group.dimensions.find((entry) => entry.id === dimension.id)?.mean;
        return mean === undefined || mean === null ? '–' : mean.toFixed(2);
      }),
    ]),
  };
  return {
    id: `maturity-${analysis.data}`,
    title: 'CX maturity, as each group sees it',
    summary: [...summary, ...notes],
    charts,
    tables: [table],
    findings: aggregate.findings,
  };
}
