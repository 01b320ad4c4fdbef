import { formatPath } from '../errors/formatPath';
import type { PropertyPath } from '../errors/PropertyPath';
import type { DocumentCheckIssue } from './DocumentType';

/**
 * The one loop behind every document's "ids are unique" check, so that every kind words
 * a repeat alike: each value an earlier item already has is reported at the later item as
 * `<what> "<value>" is already used at <path of the first>.`, then `advice` if given.
 *
 * @param values - The values that must differ, in document order.
 * @param what - What a value is, capitalised as the message's first words: `'Idea id'`.
 * @param pathOf - Where the value at an index sits in the document.
 * @param report - The document check's reporter.
 * @param advice - A sentence saying what to do, after the message.
 * @returns The index of each value's first use, for checks of references to them.
 *
 * @internal
 */
export function reportRepeats<Value>(
  values: readonly Value[],
  what: string,
  pathOf: (index: number) => PropertyPath,
  report: (issue: DocumentCheckIssue) => void,
  advice?: string,
): Map<Value, number> {
  const firstIndexOf = new Map<Value, number>();
  values.forEach((value, index) => {
    const first = firstIndexOf.get(value);
    if (first === undefined) {
      firstIndexOf.set(value, index);
      return;
    }
    const message = `${what} ${JSON.stringify(value)} is already used at ${formatPath(pathOf(first))}.`;
    report({ message: advice === undefined ? message : `${message} ${advice}`, path: pathOf(index) });
  });
  return firstIndexOf;
}
