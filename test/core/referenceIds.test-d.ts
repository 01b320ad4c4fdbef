import { describe, expectTypeOf, it } from 'vitest';
import type { DocumentId, JourneyId, MaturityModelId } from '../../src/core/index';
import type { MaturityAssessment } from '../../src/maturity/index';
import type { WorkspaceManifest } from '../../src/workspace/index';

type ManifestEntry<Type extends string> = Extract<NonNullable<WorkspaceManifest['data']>[number], { type: Type }>;

// Each kind of referenced thing has one brand wherever it is named, so an id typed for
// one reference fits every other reference to the same kind, and no other kind fits.
describe('one brand per referenced kind', () => {
  it('a journey is named by a JourneyId', () => {
    expectTypeOf<ManifestEntry<'journey-events'>['journey']>().toEqualTypeOf<JourneyId>();
  });

  it('a maturity model is named by a MaturityModelId, in the manifest and in an assessment', () => {
    expectTypeOf<ManifestEntry<'maturity-responses'>['model']>().toEqualTypeOf<MaturityModelId>();
    expectTypeOf<MaturityAssessment['model']>().toEqualTypeOf<MaturityModelId>();
  });

  it('no other id fits', () => {
    expectTypeOf<DocumentId>().not.toExtend<JourneyId>();
    expectTypeOf<DocumentId>().not.toExtend<MaturityModelId>();
    expectTypeOf<JourneyId>().not.toExtend<MaturityModelId>();
  });
});
