import { describe, expect, it } from 'vitest';
import { errorCodes } from '../../src/core/errors/errorCodes';
import { messages } from '../../src/core/errors/messages';
import { governanceMessages } from '../../src/governance/messages';
import { journeyMessages } from '../../src/journeys/messages';
import { maturityMessages } from '../../src/maturity/messages';
import { continuityMessages } from '../../src/metrics/continuityMessages';
import { metricMessages } from '../../src/metrics/messages';
import { outcomeMessages } from '../../src/metrics/outcomeMessages';
import { surveyExportMessages } from '../../src/metrics/surveyExportMessages';
import { nodeMessages } from '../../src/node/messages';
import { peopleMessages } from '../../src/people/messages';
import { renderMessages } from '../../src/render/messages';
import { strategyMessages } from '../../src/strategy/messages';
import { transferMessages } from '../../src/transfer/messages';
import { warehouseMessages } from '../../src/warehouse/messages';
import { workspaceMessages } from '../../src/workspace/messages';

const tables = {
  core: messages,
  governance: governanceMessages,
  journeys: journeyMessages,
  maturity: maturityMessages,
  metrics: { ...metricMessages, ...continuityMessages, ...surveyExportMessages, ...outcomeMessages },
  node: nodeMessages,
  people: peopleMessages,
  render: renderMessages,
  strategy: strategyMessages,
  transfer: transferMessages,
  warehouse: warehouseMessages,
  // The workspace table also holds the messages of its findings (camelCase keys), which are no error codes.
  workspace: Object.fromEntries(Object.entries(workspaceMessages).filter(([key]) => /^[A-Z_]+$/.test(key))),
};

describe('the closed list of error codes', () => {
  it('holds every code a message table raises', () => {
    const listed = new Set(Object.keys(errorCodes));
    const unlisted = Object.entries(tables).flatMap(([module, table]) =>
      Object.keys(table)
        .filter((code) => !listed.has(code))
        .map((code) => `${module}: ${code}`),
    );
    expect(unlisted).toEqual([]);
  });

  it('lists no code that nothing raises', () => {
    const raised = new Set(Object.values(tables).flatMap((table) => Object.keys(table)));
    // CxValidationError sets its code itself, without a message table.
    raised.add('VALIDATION_FAILED');
    expect(Object.keys(errorCodes).filter((code) => !raised.has(code))).toEqual([]);
  });

  it('gives a code shared by modules one message, defined in core', () => {
    for (const code of ['INVALID_INPUT', 'INVALID_OPTION'] as const) {
      for (const table of Object.values(tables)) {
        if (code in table) expect((table as Record<string, unknown>)[code]).toBe(messages[code]);
      }
    }
  });

  it('describes each code in a sentence', () => {
    for (const [code, description] of Object.entries(errorCodes)) {
      expect(code).toMatch(/^[A-Z][A-Z_]*[A-Z]$/);
      expect(description).toMatch(/^[A-Z].*\.$/);
    }
  });
});
