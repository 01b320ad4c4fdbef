import { describeValue } from '../core/errors/describeValue';
import type { Idea } from './Idea';
import { raiseGovernance } from './messages';

/** @internal A checked idea for funding, with its dependencies as indexes. */
export interface FundingIdea {
  readonly id: string;
  readonly cost: number;
  readonly value: number;
  readonly mustDo: boolean;
  readonly dependsOn: readonly number[];
}

/** A dependency as the message names it: its id, or what was given instead of one. */
const describeDependency = (dependency: unknown) =>
  typeof dependency === 'string' ? dependency : describeValue(dependency);

function checkAmount(value: unknown, index: number, field: 'cost' | 'value'): number {
  if (value === undefined)
    raiseGovernance('MISSING_FIELD', [`ideas[${index}]`, field, 'funding'], { path: [index, field] });
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    raiseGovernance('INVALID_INPUT', [`ideas[${index}].${field}`, 'a finite number ≥ 0', describeValue(value)], {
      path: [index, field],
    });
  }
  return value;
}

/**
 * @internal Checks ideas for funding (ids unique, cost and value finite and ≥ 0,
 * dependencies known) and returns them in a topological order (every idea after its
 * dependencies, otherwise in input order) with their input indexes; a cycle is an error
 * naming it.
 */
export function readFundingIdeas(ideas: readonly Idea[]): { ideas: FundingIdea[]; topological: number[] } {
  if (!Array.isArray(ideas)) {
    raiseGovernance('INVALID_INPUT', ['ideas', 'an array of ideas', describeValue(ideas)], { path: [] });
  }
  const indexOf = new Map<string, number>();
  // Index by index, so that a hole in a sparse list is refused like any idea without an id.
  for (let index = 0; index < ideas.length; index++) {
    const idea = ideas[index] as Idea;
    if (typeof idea !== 'object' || idea === null || typeof idea.id !== 'string' || idea.id === '') {
      raiseGovernance('INVALID_INPUT', [`ideas[${index}].id`, 'a non-empty id', describeValue(idea?.id)], {
        path: [index, 'id'],
      });
    }
    const first = indexOf.get(idea.id);
    if (first !== undefined) raiseGovernance('DUPLICATE_ID', ['Idea', idea.id, first], { path: [index, 'id'] });
    indexOf.set(idea.id, index);
  }
  const checked = ideas.map((idea, index): FundingIdea => {
    const dependsOn = idea.dependsOn ?? [];
    if (!Array.isArray(dependsOn)) {
      raiseGovernance(
        'INVALID_INPUT',
        [`ideas[${index}].dependsOn`, 'an array of idea ids', describeValue(dependsOn)],
        {
          path: [index, 'dependsOn'],
        },
      );
    }
    if (idea.mustDo !== undefined && typeof idea.mustDo !== 'boolean') {
      raiseGovernance('INVALID_INPUT', [`ideas[${index}].mustDo`, 'true or false', describeValue(idea.mustDo)], {
        path: [index, 'mustDo'],
      });
    }
    return {
      id: idea.id,
      cost: checkAmount(idea.cost, index, 'cost'),
      value: checkAmount(idea.value, index, 'value'),
      mustDo: idea.mustDo === true,
      dependsOn: [
        ...new Set(
          // Array.from reads a hole as undefined, which is then refused as an unknown id.
          Array.from(dependsOn, (dependency: unknown, position) => {
            const target = typeof dependency === 'string' ? indexOf.get(dependency) : undefined;
            if (target === undefined) {
              raiseGovernance('UNKNOWN_DEPENDENCY', [idea.id, describeDependency(dependency)], {
                path: [index, 'dependsOn', position],
              });
            }
            return target;
          }),
        ),
      ],
    };
  });
  return { ideas: checked, topological: topologicalOrder(checked) };
}

function topologicalOrder(ideas: readonly FundingIdea[]): number[] {
  // 0 unvisited, 1 on the current path, 2 done.
  const mark = new Uint8Array(ideas.length);
  const order: number[] = [];
  const path: number[] = [];
  const visit = (index: number) => {
    if (mark[index] === 2) return;
    if (mark[index] === 1) {
      const cycle = path.slice(path.indexOf(index)).map((member) => (ideas[member] as FundingIdea).id);
      raiseGovernance('DEPENDENCY_CYCLE', [[...cycle, (ideas[index] as FundingIdea).id]], {
        path: [index, 'dependsOn'],
        details: { cycle },
      });
    }
    mark[index] = 1;
    path.push(index);
    for (const dependency of (ideas[index] as FundingIdea).dependsOn) visit(dependency);
    path.pop();
    mark[index] = 2;
    order.push(index);
  };
  for (let index = 0; index < ideas.length; index++) visit(index);
  return order;
}
