import packageJson from '../../package.json' with { type: 'json' };

/** @internal The version of cxkit the command belongs to. */
export const cliVersion: string = packageJson.version;
