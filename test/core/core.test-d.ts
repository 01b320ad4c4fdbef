import { describe, expectTypeOf, it } from 'vitest';
import * as z from 'zod';
import * as zm from 'zod/mini';
import {
  type CxErrorCode,
  combineRuleRegistries,
  type DocumentId,
  defineDocumentType,
  defineRuleRegistry,
  type Finding,
  type Identifier,
  parseDocument,
  type RuleDefinition,
  type SafeResult,
  safeParseDocument,
  toIdentifier,
} from '../../src/core/index';

describe('core types', () => {
  it('tags identifiers so that kinds of id do not mix', () => {
    type StepId = Identifier<'StepId'>;
    expectTypeOf(toIdentifier<'DocumentId'>('a')).toEqualTypeOf<DocumentId>();
    expectTypeOf<string>().not.toExtend<DocumentId>();
    expectTypeOf<StepId>().not.toExtend<DocumentId>();
    expectTypeOf<DocumentId>().toExtend<string>();
  });

  it('types a parsed document from its shape, envelope included', () => {
    const touchpoint = defineDocumentType({
      kind: 'touchpoint',
      schemaVersion: 1,
      shape: { channel: z.enum(['phone', 'web']), weight: z.number().optional() },
    });
    const document = parseDocument(touchpoint, {});
    expectTypeOf(document.kind).toEqualTypeOf<'touchpoint'>();
    expectTypeOf(document.id).toEqualTypeOf<DocumentId>();
    expectTypeOf(document.channel).toEqualTypeOf<'phone' | 'web'>();
    expectTypeOf(document.weight).toEqualTypeOf<number | undefined>();
    expectTypeOf(document.title).toEqualTypeOf<string>();
  });

  it('types a document the same from a zod/mini shape', () => {
    const touchpoint = defineDocumentType({
      kind: 'touchpoint',
      schemaVersion: 1,
      shape: { channel: zm.enum(['phone', 'web']), weight: zm.optional(zm.number()) },
    });
    const document = parseDocument(touchpoint, {});
    expectTypeOf(document.kind).toEqualTypeOf<'touchpoint'>();
    expectTypeOf(document.id).toEqualTypeOf<DocumentId>();
    expectTypeOf(document.channel).toEqualTypeOf<'phone' | 'web'>();
    expectTypeOf(document.weight).toEqualTypeOf<number | undefined>();
  });

  it('narrows a safe result on success', () => {
    const touchpoint = defineDocumentType({ kind: 'touchpoint', schemaVersion: 1, shape: { channel: z.string() } });
    const result = safeParseDocument(touchpoint, {});
    expectTypeOf(result).toExtend<SafeResult<unknown>>();
    if (result.success) expectTypeOf(result.data.channel).toEqualTypeOf<string>();
    else expectTypeOf(result.error.code).toBeString();
  });

  it('knows the ids in a rule registry', () => {
    const rule: RuleDefinition<'mission/vague-wish'> = {
      id: 'mission/vague-wish',
      summary: 's',
      rationale: 'r',
      severity: 'warning',
    };
    const registry = defineRuleRegistry([rule]);
    expectTypeOf(registry['mission/vague-wish']).toEqualTypeOf<RuleDefinition<'mission/vague-wish'>>();
    const other = defineRuleRegistry([{ ...rule, id: 'journey/no-owner' as const }]);
    expectTypeOf(combineRuleRegistries(registry, other)).toHaveProperty('journey/no-owner');
    // @ts-expect-error an id not in the registry
    registry['mission/unknown'];
  });

  it('keeps rule ids in the module/name form', () => {
    expectTypeOf<{ rule: 'vague'; severity: 'error'; message: string; path: [] }>().not.toExtend<Finding>();
    expectTypeOf<{ rule: 'mission/vague'; severity: 'error'; message: string; path: [] }>().toExtend<Finding>();
  });
});

describe('CxErrorCode', () => {
  it('is a closed union: a code that is not listed is a type error', () => {
    expectTypeOf<'INVALID_OPTION'>().toExtend<CxErrorCode>();
    expectTypeOf<'INVALID_SCORES'>().toExtend<CxErrorCode>();
    expectTypeOf<'NOT_A_CODE'>().not.toExtend<CxErrorCode>();
    expectTypeOf<string>().not.toExtend<CxErrorCode>();
  });
});
