import type { DocumentId } from '../core/identifiers/Identifier';
import type { MaturityModel } from './maturityModelDocument';
import { maturityStages } from './maturityStages';

/**
 * A built-in model of the fundamental characteristics of a CX program, which grow
 * only with time and practice: **employee experience** (experience is managed for
 * employees as well as customers, because the customer's experience begins in the
 * employee's), **everyone touches the customer** (roles with no direct contact shape it
 * too), **from the top down** (commitment from the top of the house, carried by every
 * layer of management, with customer ratings read as a leading indicator rather than set
 * beneath quarterly numbers) and **the customer's view as one's own**. Commitment from
 * the top is required. One or two questions per dimension, five stages.
 *
 * @example
 * import { programCharacteristicsModel } from 'cxkit/maturity';
 *
 * programCharacteristicsModel.dimensions.map((dimension) => dimension.id)
 * // => ['employee-experience', 'everyone-touches-the-customer', 'top-down', 'customer-view']
 * programCharacteristicsModel.dimensions.filter((dimension) => dimension.required).length // => 1
 *
 * @category Built-in models
 */
export const programCharacteristicsModel: MaturityModel = {
  kind: 'maturity-model',
  schemaVersion: 1,
  id: 'cx-program-characteristics' as DocumentId,
  title: 'The characteristics of a CX program',
  description:
    'Employee experience, everyone touching the customer, commitment from the top down, and the customer’s experience seen as one’s own.',
  source:
    'The fundamental characteristics of a CX program, from Peter Swaim’s essay on CX maturity taking time (HorizonCX, 9 September 2020), with employee feedback and people practices from the CX practice essay on authentic experiences. Questions and anchors written for cxkit.',
  levels: [...maturityStages],
  dimensions: [
    {
      id: 'employee-experience',
      title: 'Employee experience',
      description: 'Experience is managed for employees as well as customers: the customer’s begins in the employee’s.',
      weight: 1,
      questions: [
        {
          id: 'employee-experience-management',
          text: 'Is the experience of employees managed with the same care as the customer’s?',
          anchors: {
            1: 'Employee experience is left to HR forms; nobody links it to customers.',
            2: 'Some managers look after their teams’ experience, each in their own way.',
            3: 'Employee and customer experience are reviewed side by side by the same leaders.',
            4: 'Hiring, training, measures and pay are checked for how they reach customers.',
            5: 'Every layer of management manages both as one commitment, without being asked.',
          },
        },
        {
          id: 'employee-experience-feedback',
          text: 'Is employee feedback gathered and acted on?',
          anchors: {
            1: 'Employees are not asked.',
            2: 'An annual engagement survey is filed away.',
            3: 'Employee feedback (such as an eNPS) is tracked consistently and shared.',
            4: 'What employees say gets in customers’ way is fixed and reported back to them.',
            5: 'Employee and customer feedback are read together to decide what to change.',
          },
        },
      ],
    },
    {
      id: 'everyone-touches-the-customer',
      title: 'Everyone touches the customer',
      description: 'Roles with no direct customer contact know how their work reaches customers.',
      weight: 1,
      questions: [
        {
          id: 'everyone-touches-reach',
          text: 'Do people away from the front line know how their work reaches customers?',
          anchors: {
            1: 'CX is the front line’s job.',
            2: 'Some back-office teams have heard customers’ complaints about their work.',
            3: 'Every function can say which moments of the journey its work shapes.',
            4: 'Functions without customer contact track how their work lands on customers.',
            5: 'Everyone acts on their part in the experience as a matter of course.',
          },
        },
      ],
    },
    {
      id: 'top-down',
      title: 'From the top down',
      description: 'Commitment from the top of the house, carried by each layer of management.',
      weight: 1,
      required: true,
      questions: [
        {
          id: 'top-down-commitment',
          text: 'Is CX a core value prioritized from the top of the house?',
          anchors: {
            1: 'CX was announced to keep up with competitors; nothing followed.',
            2: 'A newly appointed CX leader is expected to produce results within weeks.',
            3: 'The top team sponsors the CX program and gives it time to build skill.',
            4: 'Each layer of management leads a consistent CX strategy for its area.',
            5: 'The commitment has outlasted changes of leader and of fashion.',
          },
        },
        {
          id: 'top-down-ratings',
          text: 'When customer ratings fall, how do executives read them?',
          anchors: {
            1: 'Ratings are set beneath the quarterly numbers and dismissed.',
            2: 'Ratings are discussed when someone objects to them.',
            3: 'Ratings are reviewed beside financial results every period.',
            4: 'A falling rating is treated as an early warning of quality or profit trouble.',
            5: 'Ratings that lead business results are tested and acted on before results move.',
          },
        },
      ],
    },
    {
      id: 'customer-view',
      title: 'The customer’s view as one’s own',
      description: 'The company judges each customer’s experience as if it were its own.',
      weight: 1,
      questions: [
        {
          id: 'customer-view-own',
          text: 'Do people judge the experience from where the customer stands?',
          anchors: {
            1: 'Internal convenience decides; customers adapt.',
            2: 'The customer’s view is raised in meetings now and then.',
            3: 'Decisions record what the customer would see and feel.',
            4: 'Leaders regularly live the customer’s tasks themselves and act on what they find.',
            5: 'Seeing the experience as the customer does is how everyone works.',
          },
        },
      ],
    },
  ],
};
