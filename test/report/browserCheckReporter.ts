import type { Reporter, TestModule } from 'vitest/node';
import { browserMissing, browserRequired } from './chromium';

/**
 * Ends a test run with one loud line when the browser checks (test/report) were part of
 * it but could not run for want of a Chromium: a skipped check must never pass for a
 * checked report. Where the check is required (CI sets `CXKIT_BROWSER_CHECK=required`), a
 * missing browser fails the tests instead, so there is nothing to say.
 */
export default class BrowserCheckReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const browserChecks = testModules.some((module) => /[\\/]test[\\/]report[\\/]/.test(module.moduleId));
    if (!browserChecks || browserMissing === undefined || browserRequired) return;
    const loud = process.stderr.isTTY ? (text: string) => `\u001b[1;41;97m${text}\u001b[0m` : (text: string) => text;
    process.stderr.write(
      `\n${loud('BROWSER CHECK SKIPPED:')} ${browserMissing}, so the report was not checked in a browser (layout at 390 px and 1280 px, inert charts); CI (.ci/run) requires it.\n`,
    );
  }
}
