/// <reference types="node" />
import { crashMessage } from './crashMessage';
import { runCli } from './runCli';

// The `cxkit` command's entry (dist/cli.js, with a `#!/usr/bin/env node` banner). Everything
// it does lives in runCli and the verbs, which tests call directly.
runCli({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
  isTTY: process.stderr.isTTY === true,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(crashMessage(error));
    process.exitCode = 2;
  },
);
