import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/cli/lintVerb';

function context(argv: string[], isTTY: boolean) {
  let stderr = '';
  return {
    context: {
      argv,
      cwd: tmpdir(),
      isTTY,
      stdout: { write: () => true },
      stderr: { write: (text: string) => (stderr += text) },
    },
    stderr: () => stderr,
  };
}

// A workspace with one 5 MB process-mining log: 80,000 events of 20,000 tickets.
const folder = mkdtempSync(join(tmpdir(), 'cxkit-progress-'));
mkdirSync(join(folder, 'data'));
writeFileSync(
  join(folder, 'cxkit.yaml'),
  'kind: workspace\nschemaVersion: 1\nid: desk\ntitle: Help desk\nasOf: 2026-06-01\ndata:\n  - { id: tickets, type: journey-events, file: data/tickets.csv, journey: ticket, format: process-mining-csv }\n',
);
const lines = ['case:concept:name,concept:name,time:timestamp,org:resource,note'];
for (let ticket = 0; ticket < 20_000; ticket++) {
  for (const [step, activity] of ['Ticket opened', 'Assign seriousness', 'Take in charge ticket', 'Closed'].entries()) {
    lines.push(
      `T-${ticket},${activity},2026-0${1 + (ticket % 5)}-1${step} 09:00:00+01:00,Resource ${ticket % 17},padding padding`,
    );
  }
}
writeFileSync(join(folder, 'data', 'tickets.csv'), lines.join('\n'));

describe('progress through large data files', () => {
  it('with --progress off a terminal, writes a line at every tenth of a file over 4 MB', async () => {
    const run = context([folder, '--progress'], false);
    await lint(run.context);
    const shown = run
      .stderr()
      .split('\n')
      .filter((line) => line.startsWith('cxkit lint: reading data/tickets.csv'));
    expect(shown.map((line) => line.match(/ (\d+)% /)?.[1])).toEqual([
      '0',
      '10',
      '20',
      '30',
      '40',
      '50',
      '60',
      '70',
      '80',
      '90',
      '100',
    ]);
  });

  it('says nothing off a terminal without --progress', async () => {
    const run = context([folder], false);
    await lint(run.context);
    expect(run.stderr()).not.toContain('reading data/tickets.csv');
  });
});
