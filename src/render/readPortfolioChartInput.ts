import { describeValue } from '../core/errors/describeValue';
import type { ExclusionReason, FundedPortfolio } from '../governance/fundPortfolio';
import type { Idea } from '../governance/Idea';
import { readChartOptions } from './chartOptions';
import { raiseRender } from './messages';
import type { PortfolioChartInput } from './PortfolioChartInput';
import type { PortfolioChartOptions } from './PortfolioChartOptions';

const chartName = 'portfolioChart';

function unitText(value: unknown, option: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '') {
    raiseRender('INVALID_INPUT', [`Option ${option}`, 'a non-empty text', describeValue(value)], { path: [option] });
  }
  return value;
}

function finiteAtLeastZero(value: unknown, argument: string, path: (string | number)[]): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    raiseRender('INVALID_INPUT', [argument, 'a finite number ≥ 0', describeValue(value)], { path });
  }
  return value;
}

/** Each idea's cost and value by id, every idea checked: an object with a unique id and finite costs and values ≥ 0. */
function readIdeas(ideas: readonly Idea[]): Map<string, { cost: number; value: number }> {
  const byId = new Map<string, { cost: number; value: number }>();
  ideas.forEach((idea, index) => {
    if (typeof idea !== 'object' || idea === null || typeof idea.id !== 'string') {
      raiseRender('INVALID_INPUT', [`ideas[${index}]`, 'an idea with an id', describeValue(idea)], {
        path: ['ideas', index],
      });
    }
    if (byId.has(idea.id)) {
      raiseRender('INVALID_INPUT', [`ideas[${index}].id`, 'unique among the ideas', JSON.stringify(idea.id)], {
        path: ['ideas', index, 'id'],
      });
    }
    byId.set(idea.id, {
      cost: finiteAtLeastZero(idea.cost, `ideas[${index}].cost`, ['ideas', index, 'cost']),
      value: finiteAtLeastZero(idea.value, `ideas[${index}].value`, ['ideas', index, 'value']),
    });
  });
  return byId;
}

/** The portfolio's rows, funded first, each with its idea's cost and value; every idea funded or excluded exactly as given. */
function matchIdeas(portfolio: FundedPortfolio, byId: ReadonlyMap<string, { cost: number; value: number }>) {
  const mentioned = new Set<string>();
  const rows = [
    ...portfolio.funded.map((id: string) => ({
      id,
      funded: true,
      reason: null as ExclusionReason | null,
      message: null as string | null,
    })),
    ...(portfolio.excluded as FundedPortfolio['excluded']).map((entry) => ({
      id: entry.id,
      funded: false,
      reason: entry.reason as ExclusionReason | null,
      message: entry.message as string | null,
    })),
  ].map((row) => {
    const idea = byId.get(row.id);
    if (idea === undefined) {
      raiseRender('MISMATCHED_INPUT', [
        `the portfolio names idea ${JSON.stringify(row.id)}, which is not among the ideas`,
      ]);
    }
    mentioned.add(row.id);
    return { ...row, ...idea };
  });
  for (const id of byId.keys()) {
    if (!mentioned.has(id)) {
      raiseRender('MISMATCHED_INPUT', [`idea ${JSON.stringify(id)} is neither funded nor excluded in the portfolio`]);
    }
  }
  return rows;
}

/**
 * Checks what `portfolioChart` was given: the common options and labels, the portfolio,
 * the ideas and budget, that the portfolio funds or excludes exactly the ideas given, the
 * units, then each idea's label.
 *
 * @internal
 */
export function readPortfolioChartInput(
  portfolio: FundedPortfolio,
  ideas: readonly Idea[],
  budget: number,
  options: PortfolioChartOptions,
): PortfolioChartInput {
  const common = readChartOptions(options, ['labels', 'costUnit', 'valueUnit'], {
    width: 760,
    title: 'Funded portfolio',
  });
  const labels = (options.labels ?? {}) as Readonly<Record<string, unknown>>;
  if (typeof labels !== 'object' || labels === null || Array.isArray(labels)) {
    raiseRender('INVALID_INPUT', ['Option labels', 'an object of idea names by idea id', describeValue(labels)], {
      path: ['labels'],
    });
  }
  const nameOf = (id: string) => {
    const given = Object.hasOwn(labels, id) ? labels[id] : undefined;
    if (given !== undefined && (typeof given !== 'string' || given.trim() === '')) {
      raiseRender('INVALID_INPUT', [`Option labels.${id}`, 'a non-empty text', describeValue(given)], {
        path: ['labels', id],
      });
    }
    return (given as string | undefined) ?? id;
  };
  if (
    typeof portfolio !== 'object' ||
    portfolio === null ||
    !Array.isArray(portfolio.funded) ||
    !Array.isArray(portfolio.excluded)
  ) {
    raiseRender('INVALID_INPUT', ['portfolio', 'what fundPortfolio returns', describeValue(portfolio)], { path: [] });
  }
  if (!Array.isArray(ideas)) {
    raiseRender('INVALID_INPUT', ['ideas', 'the array of ideas given to fundPortfolio', describeValue(ideas)], {
      path: ['ideas'],
    });
  }
  finiteAtLeastZero(budget, 'budget', ['budget']);
  if (ideas.length === 0) raiseRender('NO_DATA', [chartName, 'there are no ideas']);
  const rows = matchIdeas(portfolio, readIdeas(ideas));
  const costUnit = unitText(options.costUnit, 'costUnit');
  const valueUnit = unitText(options.valueUnit, 'valueUnit');
  // Labels are checked in the order the rows list the ideas, funded first.
  const named = rows.map((row) => ({ ...row, name: nameOf(row.id) }));
  return { common, budget, rows: named, costUnit, valueUnit };
}
