import { describeValue } from '../core/errors/describeValue';
import { assertFindings } from '../core/findings/findingChecks';
import { raiseWorkspace } from './messages';
import type { WorkspaceFinding } from './WorkspaceFinding';

const isPosition = (value: unknown) => value === undefined || (Number.isSafeInteger(value) && (value as number) >= 1);

/**
 * @internal Checks findings as `lintWorkspace` returns them before they are written out:
 * core's finding shape, a file name, whole-number line and column from 1 where given, a
 * path of keys and indexes, and a text hint.
 */
export function assertWorkspaceFindings(findings: unknown): asserts findings is readonly WorkspaceFinding[] {
  assertFindings(findings);
  findings.forEach((finding, index) => {
    const { file, line, column, path, hint } = finding as Partial<Record<keyof WorkspaceFinding, unknown>>;
    const refuse = (field: string, expectation: string, received: unknown) =>
      raiseWorkspace('INVALID_INPUT', [`findings[${index}].${field}`, expectation, describeValue(received)], {
        path: [index, field],
      });
    if (typeof file !== 'string' || file === '') refuse('file', 'a file name', file);
    if (!isPosition(line)) refuse('line', 'a whole number from 1', line);
    if (!isPosition(column)) refuse('column', 'a whole number from 1', column);
    if (!(path as unknown[]).every((part) => typeof part === 'string' || Number.isSafeInteger(part))) {
      refuse('path', 'an array of keys and whole-number indexes', path);
    }
    if (hint !== undefined && typeof hint !== 'string') refuse('hint', 'a text', hint);
  });
}
