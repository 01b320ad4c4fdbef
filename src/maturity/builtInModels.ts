import { authenticTraitsModel } from './authenticTraitsModel';
import { commitmentsModel } from './commitmentsModel';
import { cxPartsModel } from './cxPartsModel';
import { managementElementsModel } from './managementElementsModel';
import type { MaturityModel } from './maturityModelDocument';
import { referenceModel } from './referenceModel';

/**
 * Every built-in maturity model, keyed by its name in cxkit (each is also a named
 * export). Models are data: copy one, change its questions or weights, and check it
 * with `parseMaturityModel`.
 *
 * @example
 * import { builtInModels } from 'cxkit/maturity';
 *
 * Object.keys(builtInModels) // => ['commitments', 'managementElements', 'cxParts', 'authenticTraits', 'reference']
 * builtInModels.reference.id // => 'cx-reference'
 *
 * @category Built-in models
 */
export const builtInModels: {
  readonly commitments: MaturityModel;
  readonly managementElements: MaturityModel;
  readonly cxParts: MaturityModel;
  readonly authenticTraits: MaturityModel;
  readonly reference: MaturityModel;
} = {
  commitments: commitmentsModel,
  managementElements: managementElementsModel,
  cxParts: cxPartsModel,
  authenticTraits: authenticTraitsModel,
  reference: referenceModel,
};
