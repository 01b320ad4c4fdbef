import { existsSync } from 'node:fs';

/**
 * The Chromium the browser checks drive, if this machine has one: `npm test` runs them
 * where it is installed and skips them elsewhere (or when `CXKIT_BROWSER_CHECK=off`),
 * ending the run with one loud line that says so; `.ci/run` installs Debian's `chromium`
 * and sets `CXKIT_BROWSER_CHECK=required`, so there they can never be skipped.
 */
export const chromium =
  process.env.CXKIT_BROWSER_CHECK === 'off'
    ? undefined
    : [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
        (candidate) => candidate !== undefined && candidate !== '' && existsSync(candidate),
      );

/** Why the browser checks cannot run here, in words; `undefined` when they can. */
export const browserMissing =
  chromium !== undefined
    ? undefined
    : process.env.CXKIT_BROWSER_CHECK === 'off'
      ? 'CXKIT_BROWSER_CHECK=off'
      : 'no Chromium here (install chromium or set CHROMIUM_PATH)';

export const browserRequired = process.env.CXKIT_BROWSER_CHECK === 'required';

/** Fails loudly when the check is required and no browser was found. */
export function requireChromium(): string {
  if (chromium === undefined) {
    throw new Error('CXKIT_BROWSER_CHECK=required but no Chromium was found (set CHROMIUM_PATH or install chromium).');
  }
  return chromium;
}
