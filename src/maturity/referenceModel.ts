import type { DocumentId } from '../core/identifiers/Identifier';
import { authenticTraitsModel } from './authenticTraitsModel';
import { commitmentsModel } from './commitmentsModel';
import { managementElementsModel } from './managementElementsModel';
import type { MaturityModel } from './maturityModelDocument';
import { maturityStages } from './maturityStages';
import { programCharacteristicsModel } from './programCharacteristicsModel';

const parts = [
  { group: 'commitments', title: 'The three commitments', model: commitmentsModel },
  { group: 'management-elements', title: 'The four elements of CX management', model: managementElementsModel },
  { group: 'authentic-traits', title: 'The traits of an authentic CX', model: authenticTraitsModel },
  {
    group: 'program-characteristics',
    title: 'The characteristics of a CX program',
    model: programCharacteristicsModel,
  },
] as const;

/**
 * The combined reference model: every dimension of the four other built-in models, each
 * in a group named after the model it comes from. Dimension ids are prefixed with the
 * group (`commitments.mindset`); question ids are kept as they are, so answers given to
 * a smaller model can be scored here too. Each group weighs the same in total (its
 * dimensions share a weight of 1), and the dimensions required in their own model (the
 * three commitments, CX strategy, governance and discipline, commitment from the top)
 * stay required.
 *
 * @example
 * import { referenceModel } from 'cxkit/maturity';
 *
 * referenceModel.groups?.map((group) => group.id)
 * // => ['commitments', 'management-elements', 'authentic-traits', 'program-characteristics']
 * referenceModel.dimensions.length // => 16
 * referenceModel.dimensions[0]?.id // => 'commitments.mindset'
 *
 * @category Built-in models
 */
export const referenceModel: MaturityModel = /* @__PURE__ */ (() => ({
  kind: 'maturity-model' as const,
  schemaVersion: 1,
  id: 'cx-reference' as DocumentId,
  title: 'CX maturity: the combined reference model',
  description:
    'The three commitments, the four elements of CX management, the traits of an authentic CX and the characteristics of a CX program in one model.',
  source: `Combines four built-in models; each group keeps its model's source. ${parts.map((part) => `${part.title}: ${part.model.source}`).join(' ')}`,
  levels: [...maturityStages],
  groups: parts.map((part) => ({ id: part.group, title: part.title })),
  dimensions: parts.flatMap((part) =>
    part.model.dimensions.map((dimension) => ({
      ...dimension,
      id: `${part.group}.${dimension.id}`,
      group: part.group,
      weight: 1 / part.model.dimensions.length,
    })),
  ),
}))();
