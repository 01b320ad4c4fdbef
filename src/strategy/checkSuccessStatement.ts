import type { PropertyPath } from '../core/errors/PropertyPath';
import type { LintContext } from './lintContext';
import { reportPhrases } from './reportPhrases';
import type { SuccessMetric, SuccessStatement } from './successStatementDocument';

const vagueHint =
  'Name the outcome, the amount and the date: "repeat orders from airlines rise from 62% to 70% by the end of 2027".';

function isImprovement(metric: SuccessMetric): boolean | undefined {
  if (metric.baseline === undefined || metric.target === undefined) return undefined;
  return metric.direction === 'higher-is-better'
    ? metric.target.value > metric.baseline.value
    : metric.target.value < metric.baseline.value;
}

/** @internal Every success-statement rule on one statement; paths start with `prefix`. */
export function checkSuccessStatement(context: LintContext, statement: SuccessStatement, prefix: PropertyPath): void {
  for (const field of ['outcome', 'businessOutcome'] as const) {
    const text = statement[field];
    if (text === undefined) continue;
    reportPhrases(
      context,
      'success/vague-wish',
      context.vague,
      text,
      [...prefix, field],
      (matched) =>
        `"${matched}" in the ${field === 'outcome' ? 'outcome' : 'business outcome'} is a wish, not a measurable outcome.`,
      vagueHint,
    );
  }
  if (statement.businessOutcome === undefined) {
    context.report('success/no-business-outcome', {
      message: 'The success statement is not tied to a business outcome.',
      path: [...prefix, 'businessOutcome'],
      hint: 'Say what the CX outcome does for the business: retention, repeat orders, cost to serve.',
    });
  }
  if (statement.owner === undefined) {
    context.report('success/no-owner', {
      message: 'The success statement has no owner.',
      path: [...prefix, 'owner'],
      hint: 'Name the leader who answers for it.',
    });
  }
  if (statement.horizon === undefined) {
    context.report('success/no-horizon', {
      message: 'The success statement has no horizon.',
      path: [...prefix, 'horizon'],
      hint: 'Add the date by which the statement as a whole should hold.',
    });
  } else if (context.asOfDate !== undefined && statement.horizon < context.asOfDate) {
    context.report('success/date-past', {
      message: `The horizon ${statement.horizon} is already past on ${context.asOfDate}.`,
      path: [...prefix, 'horizon'],
      hint: 'Record whether the statement was met, then set the next horizon.',
    });
  }
  const metrics = statement.metrics ?? [];
  if (metrics.length === 0) {
    context.report('success/no-metric', {
      message: 'The success statement has no metric.',
      path: [...prefix, 'metrics'],
      hint: 'Add at least one customer-feedback metric and one operational metric, each with a baseline and a target.',
    });
    return;
  }
  metrics.forEach((metric, index) => {
    const path = [...prefix, 'metrics', index];
    const name = JSON.stringify(metric.metric);
    if (metric.baseline === undefined) {
      context.report('success/no-baseline', {
        message: `Metric ${name} has no baseline.`,
        path: [...path, 'baseline'],
        hint: 'Add the value it stood at, and the date it was measured.',
      });
    }
    if (metric.target === undefined) {
      context.report('success/no-target', {
        message: `Metric ${name} has no target.`,
        path: [...path, 'target'],
        hint: 'Add the value that means success, and the date to reach it by.',
      });
    } else if (metric.target.by === undefined) {
      context.report('success/no-target-date', {
        message: `The target of metric ${name} has no date.`,
        path: [...path, 'target', 'by'],
        hint: 'Say by when the target is to be reached.',
      });
    } else if (context.asOfDate !== undefined && metric.target.by < context.asOfDate) {
      context.report('success/date-past', {
        message: `The target date ${metric.target.by} of metric ${name} is already past on ${context.asOfDate}.`,
        path: [...path, 'target', 'by'],
        hint: 'Record whether the target was met (see evaluateSuccess), then set the next one.',
      });
    }
    if (isImprovement(metric) === false) {
      context.report('success/target-not-an-improvement', {
        message: `The target ${metric.target?.value} of metric ${name} is no better than its baseline ${metric.baseline?.value} when ${metric.direction === 'higher-is-better' ? 'higher' : 'lower'} is better.`,
        path: [...path, 'target', 'value'],
        hint: 'Check the direction; to hold a level, say so in the outcome and keep the metric as a guard.',
      });
    }
    if (
      context.metricDefinitionIds !== undefined &&
      metric.kind === 'customer-feedback' &&
      !context.metricDefinitionIds.has(metric.metric)
    ) {
      context.report('success/undefined-metric', {
        message: `Customer-feedback metric ${name} has no metric definition among the ${context.metricDefinitionIds.size} given.`,
        path: [...path, 'metric'],
        hint: 'Keep its scale, question and population in a metric-definition document with this id.',
      });
    }
  });
  const hasFeedback = metrics.some((metric) => metric.kind === 'customer-feedback');
  const hasOperational = metrics.some((metric) => metric.kind === 'operational');
  if (!hasOperational) {
    context.report('success/feedback-only', {
      message: 'Every metric is customer feedback; no operational outcome is measured.',
      path: [...prefix, 'metrics'],
      hint: 'Add the operational outcome behind the score, e.g. wing-to-wing days or first-contact resolution.',
    });
  }
  if (!hasFeedback) {
    context.report('success/operational-only', {
      message: 'Every metric is operational; no customer feedback is measured.',
      path: [...prefix, 'metrics'],
      hint: 'Add what customers say, e.g. NPS, CSAT or CES asked after the journey.',
    });
  }
}
