import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('npm run example', () => {
  it('lints the example workspace (its planted findings), writes the report and says where it is', () => {
    const out = mkdtempSync(join(tmpdir(), 'cxkit-example-run-'));
    try {
      // What `npm run example` runs (tsx examples/runExample.ts), with the report in a temp folder.
      const output = execFileSync(process.execPath, ['--import', 'tsx', 'examples/runExample.ts', out], {
        cwd: root,
        encoding: 'utf8',
      });
      expect(output).toContain('$ cxkit lint examples/workspace');
      // The planted five errors; six warnings: two overdue reviews, a vague wish, a changed
      // scale, an unreviewed metric and a leader not immersed; three undeclared tree edges.
      expect(output).toContain('14 findings (5 errors, 6 warnings, 3 info)');
      expect(output).toContain('cxkit lint exited 1: the findings above are planted on purpose');
      expect(output).toContain(`Open ${join(out, 'report.html')} in a browser`);
      expect(existsSync(join(out, 'report.html'))).toBe(true);
      expect(readFileSync(join(out, 'report.md'), 'utf8')).toMatch(/^# Northwind Engine Services — CX workspace\n/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
