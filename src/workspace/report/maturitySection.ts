import { maturityRadar, perceptionGapBars, type ReportSection, type ReportTable } from '../../render/index';
import type { MaturityAnalysis } from '../WorkspaceAnalysis';
import { counted, drawn } from './reportText';

/** @internal The anchor of a maturity survey's section. */
export function maturitySectionId(analysis: MaturityAnalysis): string {
  return `maturity-${analysis.data}`;
}

/**
 * The report's section for one maturity survey: where the groups see the CX practice
 * apart (the gaps, widest first), then every dimension by group, and the mean levels.
 *
 * @internal
 */
export function maturitySection(analysis: MaturityAnalysis): ReportSection {
  const notes: string[] = [];
  const { aggregate } = analysis;
  const large = aggregate.gaps.filter((gap) => gap.large);
  const titleOf = new Map(aggregate.dimensions.map((dimension) => [dimension.id, dimension.title]));
  const scale = `levels ${aggregate.scale.min} to ${aggregate.scale.max}`;
  const summary = [
    `${counted(aggregate.respondents, 'respondent')} to ${aggregate.model.title} in ${counted(aggregate.groups.length, 'group')} (${aggregate.groups.map((group) => `${group.name}: ${group.respondents}`).join(', ')}), on ${scale}.`,
    large.length === 0
      ? 'No large perception gap between groups.'
      : `${counted(large.length, 'large perception gap')}: ${large.map((gap) => `${titleOf.get(gap.dimension) ?? gap.dimension} (${gap.a} ${gap.difference > 0 ? 'higher' : 'lower'} than ${gap.b} by ${Math.abs(gap.difference).toFixed(2)} levels)`).join('; ')}.`,
  ];
  const charts = [
    ...(aggregate.groups.length < 2
      ? []
      : drawn(
          notes,
          `Perception gaps between groups, widest first (mean level, ${scale})`,
          (size) => perceptionGapBars(aggregate, { ...size, order: 'gap', title: 'Where the groups see CX apart' }),
          `${analysis.data}-gaps`,
        )),
    ...drawn(
      notes,
      `Maturity by dimension and group (mean level, ${scale})`,
      (size) => maturityRadar(aggregate, { width: 760, ...size, title: 'Maturity by dimension' }),
      `${analysis.data}-radar`,
    ),
  ];
  const table: ReportTable = {
    caption: `Mean level per dimension and group (${scale})`,
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
    id: maturitySectionId(analysis),
    title: 'CX maturity, as each group sees it',
    summary: [...summary, ...notes],
    charts,
    tables: [table],
    findings: aggregate.findings,
  };
}
