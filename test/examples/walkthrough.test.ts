import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('npm run example', () => {
  it('runs the walk-through on the bundled data', () => {
    const output = execFileSync(process.execPath, ['--import', 'tsx', 'examples/walkthrough.ts'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(output).toContain('Complaints resolved within five business days');
    // The misspelled copy is refused with paths, not half-read.
    expect(output).toContain(
      'promise.withinBusinesDays: Unknown field "withinBusinesDays". Did you mean "withinBusinessDays"?',
    );
    // Five months of complaints (July to November 2026), each with a row.
    expect(output.match(/^ {2}2026-(07|08|09|10|11) /gm)).toHaveLength(5);
    expect(output).toMatch(/Findings: \d+ warnings, \d+ info/);
  });
});
