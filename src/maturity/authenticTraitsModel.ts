import type { DocumentId } from '../core/identifiers/Identifier';
import type { MaturityModel } from './maturityModelDocument';
import { maturityStages } from './maturityStages';

/**
 * A built-in model of the traits of an authentic customer experience: it is
 * **authentic** (what customers get matches what is promised), **bigger than service and
 * digital** (every function shapes it), **measured wing to wing** (from the customer’s
 * trigger to their outcome), **strategic** (tied to business outcomes) and
 * **organizationally empowered** (people are free and equipped to act, because of how
 * they are hired, trained, measured and paid, and their feedback is heard). One question
 * per trait (two for empowerment), five stages.
 *
 * @example
 * import { authenticTraitsModel } from 'cxkit/maturity';
 *
 * authenticTraitsModel.dimensions.map((dimension) => dimension.id)
 * // => ['authentic', 'beyond-service-and-digital', 'wing-to-wing', 'strategic', 'empowered']
 *
 * @category Built-in models
 */
export const authenticTraitsModel: MaturityModel = {
  kind: 'maturity-model',
  schemaVersion: 1,
  id: 'authentic-cx-traits' as DocumentId,
  title: 'The traits of an authentic customer experience',
  description:
    'Authentic, bigger than service and digital, measured wing to wing, strategic, organizationally empowered.',
  source:
    'The traits of an authentic customer experience, the wing-to-wing measurement learned at GE Aircraft Engines, and how hiring, training, measuring and paying people shapes their empowerment, from the CX practice essay on what makes CX authentic (Highwire blog). Questions and anchors written for cxkit.',
  levels: [...maturityStages],
  dimensions: [
    {
      id: 'authentic',
      title: 'Authentic',
      weight: 1,
      questions: [
        {
          id: 'authentic-promise',
          text: 'Does what customers get match what the brand promises?',
          anchors: {
            1: 'Promises are made by marketing alone and often broken.',
            2: 'Gaps between promise and delivery are known but not tracked.',
            3: 'Key promises are checked against what customers report.',
            4: 'Promises are made only after operations confirm they can be kept.',
            5: 'Customers describe the experience in the words the brand uses.',
          },
        },
      ],
    },
    {
      id: 'beyond-service-and-digital',
      title: 'Bigger than service and digital',
      weight: 1,
      questions: [
        {
          id: 'beyond-functions',
          text: 'Which functions take part in improving the experience?',
          anchors: {
            1: 'Only customer service and digital.',
            2: 'Marketing and sales join in now and then.',
            3: 'Product, operations and finance have CX actions of their own.',
            4: 'Every function, accounting and billing included, has CX goals.',
            5: 'Functions improve the hand-offs between them without being asked.',
          },
        },
      ],
    },
    {
      id: 'wing-to-wing',
      title: 'Measured wing to wing',
      weight: 1,
      questions: [
        {
          id: 'wing-to-wing-span',
          text: 'Are journeys measured over the span the customer feels?',
          anchors: {
            1: 'Only the steps the company controls are timed.',
            2: 'Some journeys are measured end to end once in a while.',
            3: 'Key journeys are measured from the customer’s trigger to their outcome.',
            4: 'Wing-to-wing measures sit beside internal ones in every review.',
            5: 'Targets are set on the customer’s span, not only the company’s.',
          },
        },
      ],
    },
    {
      id: 'strategic',
      title: 'Strategic',
      weight: 1,
      questions: [
        {
          id: 'strategic-link',
          text: 'Is CX tied to the business strategy?',
          anchors: {
            1: 'CX is a side project.',
            2: 'CX appears in the strategy as a slogan.',
            3: 'CX goals sit beside financial goals in the plan.',
            4: 'CX outcomes are tied to business outcomes with measures.',
            5: 'Strategic choices are made with their effect on customers in view.',
          },
        },
      ],
    },
    {
      id: 'empowered',
      title: 'Organizationally empowered',
      weight: 1,
      questions: [
        {
          id: 'empowered-action',
          text: 'Can people act for customers without asking permission?',
          anchors: {
            1: 'Every exception needs a manager.',
            2: 'Some teams have limited leeway.',
            3: 'Front-line staff have clear limits within which they decide.',
            4: 'Teams fix causes, not only cases, within their own budgets.',
            5: 'Anyone can act for a customer and is backed when they do.',
          },
        },
        {
          id: 'empowered-people-practices',
          text: 'Do the ways people are hired, trained, measured and paid help them act for customers?',
          anchors: {
            1: 'People are hired, measured and paid on cost and output alone.',
            2: 'Training mentions customers; targets and pay do not.',
            3: 'Hiring and training look for and build judgment on behalf of customers.',
            4: 'Measures and pay include how customers fared, not only volume and cost.',
            5: 'Employees’ feedback on what gets in customers’ way reaches leaders, who act on it.',
          },
        },
      ],
    },
  ],
};
