import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import * as zm from 'zod/mini';
import {
  CxValidationError,
  defineDocumentType,
  documentJsonSchema,
  parseDocument,
  parseJson,
  safeParseDocument,
} from '../../src/core/index';
import { expectCxError } from '../expectCxError';

const journeyLike = defineDocumentType({
  kind: 'journey-sketch',
  schemaVersion: 2,
  description: 'A small journey for tests.',
  shape: {
    stages: z.array(z.strictObject({ id: z.string(), name: z.string() })),
    steps: z.array(z.strictObject({ id: z.string(), stage: z.string(), owner: z.string().optional() })),
    weights: z.record(z.string(), z.number()).optional(),
  },
  check: (document, report) => {
    const stages = new Set(document.stages.map((stage) => stage.id));
    document.steps.forEach((step, index) => {
      if (!stages.has(step.stage))
        report({ message: `Unknown stage "${step.stage}".`, path: ['steps', index, 'stage'] });
    });
  },
  migrations: {
    // Version 1 called stages "phases".
    1: ({ phases, ...rest }) => ({ ...rest, stages: phases }),
  },
});

const valid = {
  kind: 'journey-sketch',
  schemaVersion: 2,
  id: 'engine-repair',
  title: 'Engine repair, wing to wing',
  stages: [{ id: 'remove', name: 'Engine off the wing' }],
  steps: [{ id: 'ship', stage: 'remove', owner: 'logistics' }],
};

function issuesOf(input: unknown) {
  const result = safeParseDocument(journeyLike, input);
  if (result.success) throw new Error('expected the document to be refused');
  expect(result.error).toBeInstanceOf(CxValidationError);
  return (result.error as CxValidationError).issues;
}

describe('parseDocument', () => {
  it('returns a valid document as given', () => {
    expect(parseDocument(journeyLike, valid)).toEqual(valid);
  });

  it('keeps extensions and metadata as written', () => {
    const document = {
      ...valid,
      metadata: { owner: 'CX office', status: 'active', tags: ['aviation'], created: '2026-01-05' },
      extensions: { 'x-crm': { segment: 'airline', weights: [1, 2] } },
    };
    expect(parseDocument(journeyLike, document)).toEqual(document);
  });

  it("names each unknown field by its path, with a suggestion for a typo (in zod's order: nested first)", () => {
    const issues = issuesOf({ ...valid, titel: 'x', steps: [{ id: 'ship', stage: 'remove', ownr: 'x' }] });
    expect(issues).toEqual([
      {
        code: 'unrecognized_keys',
        message: 'Unknown field "ownr". Did you mean "owner"? Fields cxkit does not model belong in "extensions".',
        path: ['steps', 0, 'ownr'],
      },
      {
        code: 'unrecognized_keys',
        message: 'Unknown field "titel". Did you mean "title"? Fields cxkit does not model belong in "extensions".',
        path: ['titel'],
      },
    ]);
  });

  it('offers no suggestion when nothing is close', () => {
    const [issue] = issuesOf({ ...valid, budget: 10 });
    expect(issue?.message).toBe('Unknown field "budget". Fields cxkit does not model belong in "extensions".');
  });

  it('names missing and mistyped fields', () => {
    const { title: _title, ...untitled } = valid;
    expect(issuesOf(untitled).map((issue) => issue.path)).toEqual([['title']]);
    expect(issuesOf({ ...valid, steps: [{ id: 7, stage: 'remove' }] }).map((issue) => issue.path)).toEqual([
      ['steps', 0, 'id'],
    ]);
    expect(issuesOf({ ...valid, id: 'not an id' }).map((issue) => issue.path)).toEqual([['id']]);
    expect(issuesOf({ ...valid, title: '   ' }).map((issue) => issue.path)).toEqual([['title']]);
    expect(issuesOf({ ...valid, metadata: { created: '2026-02-30' } }).map((issue) => issue.path)).toEqual([
      ['metadata', 'created'],
    ]);
  });

  it('reports the whole-document check with its path', () => {
    const issues = issuesOf({ ...valid, steps: [{ id: 'ship', stage: 'inspect' }] });
    expect(issues).toEqual([{ code: 'custom', message: 'Unknown stage "inspect".', path: ['steps', 0, 'stage'] }]);
  });

  it('refuses __proto__ keys anywhere instead of dropping them', () => {
    const top = JSON.parse(
      '{"kind":"journey-sketch","schemaVersion":2,"id":"a","title":"A","stages":[],"steps":[],"__proto__":{"x":1}}',
    );
    expect(issuesOf(top)).toEqual([
      {
        code: 'FORBIDDEN_KEY',
        message: 'The key "__proto__" is not allowed: it could change an object\'s prototype.',
        path: ['__proto__'],
      },
    ]);
    // zod's records skip "__proto__" silently; cxkit names it.
    const inRecord = JSON.parse(
      '{"kind":"journey-sketch","schemaVersion":2,"id":"a","title":"A","stages":[],"steps":[],"weights":{"__proto__":{"x":1},"ship":2}}',
    );
    expect(issuesOf(inRecord).map((issue) => [issue.code, issue.path])).toEqual([
      ['FORBIDDEN_KEY', ['weights', '__proto__']],
    ]);
    const inExtensions = JSON.parse(
      '{"kind":"journey-sketch","schemaVersion":2,"id":"a","title":"A","stages":[],"steps":[],"extensions":{"deep":[{"__proto__":{}}]}}',
    );
    expect(issuesOf(inExtensions).map((issue) => issue.path)).toEqual([['extensions', 'deep', 0, '__proto__']]);
  });

  it('refuses another kind and a newer schema version, naming the field', () => {
    expectCxError(() => parseDocument(journeyLike, { ...valid, kind: 'mission' }), 'WRONG_DOCUMENT_KIND', ['kind']);
    expectCxError(() => parseDocument(journeyLike, { ...valid, kind: undefined }), 'WRONG_DOCUMENT_KIND', ['kind']);
    const newer = expectCxError(
      () => parseDocument(journeyLike, { ...valid, schemaVersion: 3 }),
      'NEWER_SCHEMA_VERSION',
      ['schemaVersion'],
    );
    expect(newer.message).toContain('reads up to schemaVersion 2');
  });

  it('migrates an older schema version step by step', () => {
    const { stages, ...rest } = valid;
    const version1 = { ...rest, schemaVersion: 1, phases: stages };
    expect(parseDocument(journeyLike, version1)).toEqual(valid);
  });

  it('says which migration is missing', () => {
    const version3 = defineDocumentType({
      kind: 'note',
      schemaVersion: 3,
      shape: {},
      migrations: { 2: (d) => ({ ...d }) },
    });
    expectCxError(
      () => parseDocument(version3, { kind: 'note', schemaVersion: 1, id: 'n', title: 'N' }),
      'MISSING_MIGRATION',
      ['schemaVersion'],
    );
    expect(parseDocument(version3, { kind: 'note', schemaVersion: 2, id: 'n', title: 'N' }).schemaVersion).toBe(3);
  });

  it('refuses a version that is not a positive integer through the schema', () => {
    expect(issuesOf({ ...valid, schemaVersion: 1.5 }).map((issue) => issue.path)).toEqual([['schemaVersion']]);
    expect(issuesOf({ ...valid, schemaVersion: '2' }).map((issue) => issue.path)).toEqual([['schemaVersion']]);
  });

  it('refuses a value that contains itself, naming where it turns back', () => {
    // A YAML alias to an anchor that encloses it (`x-crm: &crm { again: *crm }`) reads as such a value.
    const crm: Record<string, unknown> = { segment: 'airline' };
    crm.again = crm;
    expect(issuesOf({ ...valid, extensions: { 'x-crm': crm } })).toEqual([
      {
        code: 'SELF_REFERENCE',
        message:
          'This value contains itself (in YAML, an alias to an anchor that encloses it); write the document out as a tree.',
        path: ['extensions', 'x-crm', 'again'],
      },
    ]);
  });

  it("refuses a value that contains itself in a kind's own recursive field", () => {
    // Without zod classic's cycle tracking (an application that loads only zod/mini), zod
    // would go round the value until the stack overflows.
    const { memoizer } = z.config();
    z.config({ memoizer: undefined });
    try {
      const note = defineDocumentType({ kind: 'note', schemaVersion: 1, shape: { data: zm.json() } });
      const data: Record<string, unknown> = { segment: 'airline' };
      data.again = [data];
      const result = safeParseDocument(note, { kind: 'note', schemaVersion: 1, id: 'n', title: 'N', data });
      expect(!result.success && (result.error as CxValidationError).issues).toEqual([
        {
          code: 'SELF_REFERENCE',
          message:
            'This value contains itself (in YAML, an alias to an anchor that encloses it); write the document out as a tree.',
          path: ['data', 'again', 0],
        },
      ]);
    } finally {
      z.config({ memoizer });
    }
  });

  it('reads one value reached by two paths (an alias to a sibling) as two equal values', () => {
    const segment = { segment: 'airline' };
    expect(parseDocument(journeyLike, { ...valid, extensions: { 'x-crm': segment, 'x-erp': segment } })).toEqual({
      ...valid,
      extensions: { 'x-crm': { segment: 'airline' }, 'x-erp': { segment: 'airline' } },
    });
  });

  it('refuses a value that is not an object', () => {
    for (const input of [null, [], 'journey', 3]) {
      expect(issuesOf(input)).toEqual([
        { code: 'invalid_type', message: expect.stringContaining('Expected a journey-sketch document'), path: [] },
      ]);
    }
  });
});

describe("zod's own messages in documents", () => {
  it('are English when the application has set no zod locale, as zod/mini leaves it', () => {
    const { localeError } = z.config();
    z.config({ localeError: undefined });
    try {
      expect(issuesOf({ ...valid, title: 7 })).toEqual([
        { code: 'invalid_type', message: 'Invalid input: expected string, received number', path: ['title'] },
      ]);
    } finally {
      z.config({ localeError });
    }
  });

  it("follow the application's zod locale when it has set one", () => {
    const { localeError } = z.config();
    z.config(z.locales.fr());
    try {
      // zod's French table: "Entrée invalide : {expected} attendu, {received} reçu".
      expect(issuesOf({ ...valid, title: 7 })).toEqual([
        {
          code: 'invalid_type',
          message: 'Entrée invalide : chaîne de caractères attendu, nombre reçu',
          path: ['title'],
        },
      ]);
    } finally {
      z.config({ localeError });
    }
  });

  it('are the same for a kind whose shape is written with zod/mini', () => {
    const touchpoint = defineDocumentType({
      kind: 'touchpoint',
      schemaVersion: 1,
      shape: { channel: zm.enum(['phone', 'web']), weight: zm.optional(zm.number().check(zm.positive())) },
    });
    const result = safeParseDocument(touchpoint, {
      kind: 'touchpoint',
      schemaVersion: 1,
      id: 'billing-call',
      title: 'Billing call',
      channel: 'fone',
      weight: -1,
    });
    expect(result.success).toBe(false);
    expect(!result.success && (result.error as CxValidationError).issues).toEqual([
      {
        code: 'invalid_value',
        message: 'Unknown value "fone"; did you mean "phone"? Expected one of "phone", "web".',
        path: ['channel'],
      },
      { code: 'too_small', message: 'Too small: expected number to be >0', path: ['weight'] },
    ]);
  });
});

describe('defineDocumentType', () => {
  it('refuses malformed kinds, versions, envelope clashes and migrations', () => {
    expectCxError(() => defineDocumentType({ kind: 'Journey', schemaVersion: 1, shape: {} }), 'INVALID_ARGUMENT', [
      'kind',
    ]);
    expectCxError(() => defineDocumentType({ kind: 'journey', schemaVersion: 0, shape: {} }), 'INVALID_ARGUMENT', [
      'schemaVersion',
    ]);
    expectCxError(
      () => defineDocumentType({ kind: 'journey', schemaVersion: 1, shape: { id: z.number() } }),
      'INVALID_ARGUMENT',
      ['shape', 'id'],
    );
    expectCxError(
      () => defineDocumentType({ kind: 'journey', schemaVersion: 2, shape: {}, migrations: { 2: (d) => ({ ...d }) } }),
      'INVALID_ARGUMENT',
      ['migrations', '2'],
    );
  });
});

describe('documentJsonSchema', () => {
  it('describes the whole document strictly, envelope included', () => {
    const schema = documentJsonSchema(journeyLike);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.description).toBe('A small journey for tests.');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['kind', 'schemaVersion', 'id', 'title', 'stages', 'steps']);
    expect(schema.properties.kind).toEqual({ type: 'string', const: 'journey-sketch' });
    expect(schema.properties.schemaVersion).toEqual({ type: 'number', const: 2 });
    expect(schema.properties.id).toEqual({ type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$' });
    const steps = schema.properties.steps as { items: { additionalProperties: boolean } };
    expect(steps.items.additionalProperties).toBe(false);
  });
});

describe('parseJson', () => {
  it('parses JSON', () => {
    expect(parseJson('[1, {"a": null}]')).toEqual([1, { a: null }]);
  });

  it('names the path of a __proto__ key', () => {
    expectCxError(() => parseJson('{"a": [{"__proto__": 1}]}'), 'FORBIDDEN_KEY', ['a', 0, '__proto__']);
    expectCxError(() => parseJson('{"__proto__": {}}'), 'FORBIDDEN_KEY', ['__proto__']);
  });

  it('refuses text that is not JSON, or not text', () => {
    const error = expectCxError(() => parseJson('{"a": }'), 'INVALID_JSON', []);
    expect(error.message).toMatch(/^The text is not valid JSON: /);
    expectCxError(() => parseJson(''), 'INVALID_JSON');
    expectCxError(() => parseJson(undefined as never), 'INVALID_ARGUMENT');
  });
});
