import type { PropertyPath } from '../core/errors/PropertyPath';

/**
 * The ids a report has used so far, as its sections are read in order, and every key
 * point's link to a section: a link may name a section further down, so links are
 * checked once all sections are read.
 *
 * @internal
 */
export interface ReportIds {
  readonly sections: Set<string>;
  readonly charts: Set<string>;
  readonly links: { readonly id: string; readonly path: PropertyPath }[];
}
