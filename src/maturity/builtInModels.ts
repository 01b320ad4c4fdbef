import { authenticTraitsModel } from './authenticTraitsModel';
import { commitmentsModel } from './commitmentsModel';
import { managementElementsModel } from './managementElementsModel';
import type { MaturityModel } from './maturityModelDocument';
import { programCharacteristicsModel } from './programCharacteristicsModel';
import { referenceModel } from './referenceModel';

/**
 * Every built-in maturity model, keyed by its name in cxkit (each is also a named
 * export). Each credits the practice it measures in `source`; every question and anchor
 * is written for cxkit. Models are data: copy one, change its questions or weights, and check it
 * with `parseMaturityModel`.
 *
 * @example
 * import { builtInModels } from 'cxkit/maturity';
 *
 * Object.keys(builtInModels)
 * // => ['commitments', 'managementElements', 'authenticTraits', 'programCharacteristics', 'reference']
 * builtInModels.reference.id // => 'cx-reference'
 *
 * @category Built-in models
 */
export const builtInModels: {
  readonly commitments: MaturityModel;
  readonly managementElements: MaturityModel;
  readonly authenticTraits: MaturityModel;
  readonly programCharacteristics: MaturityModel;
  readonly reference: MaturityModel;
} = {
  commitments: commitmentsModel,
  managementElements: managementElementsModel,
  authenticTraits: authenticTraitsModel,
  programCharacteristics: programCharacteristicsModel,
  reference: referenceModel,
};
