import { createRaise, type Raise } from '../core/errors/createRaise';

/**
 * Every error message the survey-export readers raise, as named constants keyed by code.
 *
 * @category Survey exports
 */
export const surveyExportMessages = {
  INVALID_SURVEY_EXPORT: (place: string, format: string, detail: string) =>
    `The ${format} survey export cannot be read at ${place}: ${detail}.`,
} as const;

/** @internal Raises one of the survey-export readers' errors. */
export const raiseSurveyExport: Raise<typeof surveyExportMessages> = /* @__PURE__ */ createRaise(surveyExportMessages);
