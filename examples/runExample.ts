/**
 * The end-to-end example: `cxkit lint` and `cxkit report` on the workspace of Northwind
 * Engine Services (examples/workspace), a fictional engine-repair business whose shop got
 * faster while its customers' wing-to-wing time did not.
 *
 * Run it with `npm run example`. It runs the command's own code from the source, so it
 * works straight after `npm ci`, without a build. The lint finds the mistakes planted in
 * the workspace for a newcomer to learn from (examples/workspace/FIXES.md shows each
 * fix); the report is written to reports/example/ (or the folder given as the first
 * argument).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../src/cli/runCli';

const root = fileURLToPath(new URL('..', import.meta.url));
const workspace = 'examples/workspace';
const out = process.argv[2] ?? 'reports/example';
const context = {
  cwd: root,
  stdout: process.stdout,
  stderr: process.stderr,
  isTTY: process.stderr.isTTY === true,
};

console.log(`$ cxkit lint ${workspace}\n`);
const lintCode = await runCli({ ...context, argv: ['lint', workspace] });
console.log(
  lintCode === 1
    ? '\ncxkit lint exited 1: the findings above are planted on purpose; examples/workspace/FIXES.md shows the fix for each.\n'
    : `\ncxkit lint exited ${lintCode}.\n`,
);

console.log(`$ cxkit report ${workspace} --out ${out}\n`);
const reportCode = await runCli({ ...context, argv: ['report', workspace, '--out', out] });
// Exit 1 says the report was written over a workspace with errors (the planted ones);
// only 2 means there is no report.
if (reportCode !== 0 && reportCode !== 1) {
  console.error(`cxkit report exited ${reportCode}.`);
  process.exit(reportCode);
}
console.log(`\nOpen ${resolve(root, out, 'report.html')} in a browser, or read ${resolve(root, out, 'report.md')}.`);
// The lint's exit code 1 is the lesson, not a failure of the example.
process.exitCode = lintCode === 1 || lintCode === 0 ? 0 : lintCode;
