/**
 * The data-limit flags of `lint` and `report` in their help text, options starting at
 * `column`. The flags are read by {@link readLimitFlags}.
 *
 * @internal
 */
export function limitFlagsHelp(column: number): string {
  const lines: [string, string[]][] = [
    [
      '--max-bytes <n>',
      [
        'Read at most n bytes of text from one file (default: 32 MiB for',
        'documents and CSV or JSON Lines data, 1 GiB for event logs and',
        'survey exports); a larger file is a workspace/too-large finding.',
      ],
    ],
    [
      '--max-rows <n>',
      [
        'Read at most n rows from one data file (default: 1,000,000 for',
        'CSV or JSON Lines data, 10,000,000 for event logs and survey exports).',
      ],
    ],
  ];
  return lines
    .flatMap(([flag, text]) => text.map((line, index) => `  ${(index === 0 ? flag : '').padEnd(column - 2)}${line}\n`))
    .join('');
}

/** @internal The flags as parseVerbArguments declares them. */
export const limitFlagOptions = {
  'max-bytes': { type: 'string' },
  'max-rows': { type: 'string' },
} as const;

/**
 * @internal The limits the flags give, or the usage message of the first bad one: each a
 * plain whole number from 1 (no sign, exponent or hex, which Number() would also read).
 */
export function readLimitFlags(
  values: Readonly<Record<string, unknown>>,
): { maxBytes?: number; maxRows?: number } | { problem: string } {
  const limits: { maxBytes?: number; maxRows?: number } = {};
  for (const [flag, option] of [
    ['max-bytes', 'maxBytes'],
    ['max-rows', 'maxRows'],
  ] as const) {
    const text = values[flag];
    if (text === undefined) continue;
    if (typeof text !== 'string' || !/^\d{1,15}$/.test(text) || Number(text) < 1) {
      return { problem: `--${flag} must be a whole number from 1; received ${JSON.stringify(text)}.` };
    }
    limits[option] = Number(text);
  }
  return limits;
}
