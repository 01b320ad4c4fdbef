import { describeValue } from '../core/errors/describeValue';
import { isRecord } from '../core/errors/isRecord';
import { refuseAlteredResult } from '../core/errors/refuseAlteredResult';
import { raiseWorkspace } from './messages';
import type { WorkspaceAnalysis } from './WorkspaceAnalysis';

const textFields = ['title', 'asOf', 'timeZone'] as const;

/** @internal The analysis's lists, each one of objects. */
export const analysisLists = [
  'findings',
  'surveys',
  'success',
  'journeys',
  'drivers',
  'maturity',
  'governance',
  'portfolios',
  'outcomes',
  'leadLags',
  'notComputed',
] as const;

/**
 * @internal Checks that a value has the shape `analyzeWorkspace` gives: its text fields,
 * and each list an array of objects (holes refused). The entries are that function's own
 * results, so this checks shape; {@link reportPart} names the entry a report section
 * could not be written from.
 */
export function assertAnalysis(analysis: unknown): asserts analysis is WorkspaceAnalysis {
  if (!isRecord(analysis)) {
    raiseWorkspace('INVALID_INPUT', ['analysis', 'what analyzeWorkspace returns', describeValue(analysis)], {
      path: ['analysis'],
    });
  }
  for (const field of textFields) {
    if (typeof analysis[field] !== 'string') {
      raiseWorkspace('INVALID_INPUT', [`analysis.${field}`, 'a string', describeValue(analysis[field])], {
        path: ['analysis', field],
      });
    }
  }
  if (analysis.organization !== null && typeof analysis.organization !== 'string') {
    raiseWorkspace(
      'INVALID_INPUT',
      ['analysis.organization', 'a string or null', describeValue(analysis.organization)],
      { path: ['analysis', 'organization'] },
    );
  }
  for (const field of analysisLists) {
    const list: unknown = analysis[field];
    if (!Array.isArray(list)) {
      raiseWorkspace('INVALID_INPUT', [`analysis.${field}`, 'an array', describeValue(list)], {
        path: ['analysis', field],
      });
    }
    for (let index = 0; index < list.length; index++) {
      if (!isRecord(list[index])) {
        raiseWorkspace(
          'INVALID_INPUT',
          [`analysis.${field}[${index}]`, 'an object as analyzeWorkspace gives it', describeValue(list[index])],
          { path: ['analysis', field, index] },
        );
      }
    }
  }
  if (analysis.people !== null && !isRecord(analysis.people)) {
    raiseWorkspace('INVALID_INPUT', ['analysis.people', 'an object or null', describeValue(analysis.people)], {
      path: ['analysis', 'people'],
    });
  }
}

/**
 * @internal Builds one part of the report from one entry of the analysis. The entry is
 * analyzeWorkspace's own result; one that was altered or hand-made can break the section
 * deep inside, so an error there is reported as that entry not being an analysis, with
 * the original error as its cause.
 */
export function reportPart<Part>(path: readonly (string | number)[], build: () => Part): Part {
  return refuseAlteredResult(
    {
      argument: `analysis.${path.join('.')}`,
      expectation: 'what analyzeWorkspace returns',
      received: 'an entry it could not write a report section from',
      path: ['analysis', ...path],
    },
    build,
  );
}
