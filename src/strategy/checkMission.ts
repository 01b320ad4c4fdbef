import type { PropertyPath } from '../core/errors/PropertyPath';
import type { LintContext } from './lintContext';
import type { Mission } from './missionDocument';
import { reportPhrases } from './reportPhrases';

const wishHint =
  'Replace it with what customers will get, in terms they could check, e.g. "an engineer calls back within one business day".';
const superlativeHint = 'Say what earns the word: the promise behind it, as a behavior or a number customers notice.';
const salesHint =
  "Move revenue and sales to a success statement's business outcome; keep the mission about how customers are treated.";

/** @internal The phrase rules on one text of a mission (the statement or a commitment). */
export function checkMissionText(context: LintContext, text: string, path: PropertyPath, isStatement: boolean): void {
  reportPhrases(
    context,
    'mission/vague-wish',
    context.wishes,
    text,
    path,
    (matched) =>
      `"${matched}" is a wish, not a commitment: it does not say what anyone will do differently for customers.`,
    wishHint,
  );
  reportPhrases(
    context,
    'mission/empty-superlative',
    context.superlatives,
    text,
    path,
    (matched) =>
      `"${matched}" is a superlative without substance: it claims a rank instead of saying what customers get.`,
    superlativeHint,
  );
  // Only the statement itself: a role commitment may rightly speak of sales (the sales
  // team's part in the experience), but the mission's aim must not be selling.
  if (!isStatement) return;
  reportPhrases(
    context,
    'mission/sales-focused',
    context.salesAims,
    text,
    path,
    (matched) =>
      `"${matched}" makes selling the aim of the mission; a CX mission says what the experience is for customers, not what is sold to them.`,
    salesHint,
  );
}

/**
 * @internal Every mission rule on a mission document, or the phrase rules on a bare
 * statement. Paths start with `prefix` (the mission's place in a strategy).
 */
export function checkMission(context: LintContext, mission: Mission | string, prefix: PropertyPath): void {
  if (typeof mission === 'string') {
    // A document's statement cannot be blank (its schema refuses one); a bare string
    // from a text box can, and an empty mission is the first thing to say about it.
    if (mission.trim() === '') {
      context.report('mission/empty-statement', {
        message: 'The mission statement is empty.',
        path: prefix,
        hint: 'Write what the experience should be for customers: how they are treated, which needs come first, what each role does.',
      });
      return;
    }
    checkMissionText(context, mission, prefix, true);
    return;
  }
  checkMissionText(context, mission.statement, [...prefix, 'statement'], true);
  const { customers = [], treatment = [], priorities = [], roles = [] } = mission;
  treatment.forEach((text, index) => {
    checkMissionText(context, text, [...prefix, 'treatment', index], false);
  });
  priorities.forEach((text, index) => {
    checkMissionText(context, text, [...prefix, 'priorities', index], false);
  });
  roles.forEach((role, index) => {
    checkMissionText(context, role.commitment, [...prefix, 'roles', index, 'commitment'], false);
  });
  if (customers.length === 0) {
    context.report('mission/no-customers', {
      message: 'The mission does not say which customers it serves.',
      path: [...prefix, 'customers'],
      hint: 'List the customers it serves, as the company knows them: "airlines operating our engines", "first-time buyers".',
    });
  }
  if (treatment.length === 0) {
    context.report('mission/no-treatment-commitment', {
      message: 'The mission makes no commitment about how customers are treated.',
      path: [...prefix, 'treatment'],
      hint: 'Add treatment commitments customers could check: "we tell you about a delay before you have to ask".',
    });
  }
  if (priorities.length === 0) {
    context.report('mission/no-priority-commitment', {
      message: "The mission does not say how customers' needs are prioritized.",
      path: [...prefix, 'priorities'],
      hint: 'Say which needs come first when they compete: "an aircraft on the ground before a scheduled overhaul".',
    });
  }
  if (!roles.some((role) => !role.frontLine)) {
    context.report('mission/front-line-only', {
      message:
        roles.length === 0
          ? 'The mission states no role for any function; everyone touches the customer.'
          : `Only front-line functions (${roles.map((role) => role.function).join(', ')}) have a stated part in the experience; everyone touches the customer.`,
      path: [...prefix, 'roles'],
      hint: 'Add what functions behind the front line do for customers: finance (invoices), engineering (quotes), logistics (transport).',
    });
  }
}
