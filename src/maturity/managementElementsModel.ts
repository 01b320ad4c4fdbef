import type { DocumentId } from '../core/identifiers/Identifier';
import type { MaturityModel } from './maturityModelDocument';
import { maturityStages } from './maturityStages';

/**
 * A built-in model of the four elements of CX management: **CX strategy**, **technology
 * and tools**, **governance and discipline**, and **iterative design**. Strategy and
 * governance are required (without them tools and design work drift); two questions per
 * dimension, five stages.
 *
 * @example
 * import { managementElementsModel } from 'cxkit/maturity';
 *
 * managementElementsModel.dimensions.map((dimension) => dimension.id)
 * // => ['cx-strategy', 'technology-and-tools', 'governance-and-discipline', 'iterative-design']
 *
 * @category Built-in models
 */
export const managementElementsModel: MaturityModel = {
  kind: 'maturity-model',
  schemaVersion: 1,
  id: 'cx-management-elements' as DocumentId,
  title: 'The four elements of CX management',
  description: 'How well CX is managed: strategy, technology and tools, governance and discipline, iterative design.',
  source:
    'The four elements of CX management (CX strategy, technology and tools, governance and discipline, iterative design) and the two-level governance council, from the CX practice essay "Customer Experience Management Defined: How is it Different From CX?" (Business 2 Community). Questions and anchors written for cxkit.',
  levels: [...maturityStages],
  dimensions: [
    {
      id: 'cx-strategy',
      title: 'CX strategy',
      description: 'A vision for customers, goals for leaders and how each goal is measured.',
      weight: 1,
      required: true,
      questions: [
        {
          id: 'cx-strategy-goals',
          text: 'Do leaders have CX goals with someone accountable for each?',
          anchors: {
            1: 'No CX goals exist.',
            2: 'Goals exist but nobody is accountable for them.',
            3: 'Each goal names an accountable leader.',
            4: 'Each goal names a leader, who decides, and how it is measured.',
            5: 'Goals cascade to every function and are revisited as results come in.',
          },
        },
        {
          id: 'cx-strategy-priorities',
          text: 'Does the CX strategy decide what gets done first?',
          anchors: {
            1: 'Priorities come from whoever has budget.',
            2: 'The strategy is cited after decisions are made.',
            3: 'Major initiatives are checked against the strategy before approval.',
            4: 'The portfolio is ranked by expected effect on customers and the business.',
            5: 'Work that does not serve the strategy is stopped, and people know why.',
          },
        },
      ],
    },
    {
      id: 'technology-and-tools',
      title: 'Technology and tools',
      description: 'Listening, analysis and action tools that reach the people who can act.',
      weight: 1,
      questions: [
        {
          id: 'technology-listening',
          text: 'How are customer feedback and behavior collected?',
          anchors: {
            1: 'Feedback is collected by hand when someone thinks of it.',
            2: 'A survey tool is used by some teams, separately.',
            3: 'One listening platform covers the main journeys.',
            4: 'Feedback is joined with operational data per customer and journey.',
            5: 'Signals arrive in real time and route themselves to whoever can act.',
          },
        },
        {
          id: 'technology-insight',
          text: 'Do the tools turn data into action?',
          anchors: {
            1: 'Reports are read by the CX team only.',
            2: 'Dashboards exist but few people open them.',
            3: 'Teams get the results for their own part of the journey.',
            4: 'Alerts and case management close the loop with customers.',
            5: 'Analysis shows which drivers move the CX metric and where to invest.',
          },
        },
      ],
    },
    {
      id: 'governance-and-discipline',
      title: 'Governance and discipline',
      description: 'Who recommends, who decides, and how decisions are followed through.',
      weight: 1,
      required: true,
      questions: [
        {
          id: 'governance-council',
          text: 'Is there a cross-functional team that owns CX recommendations?',
          anchors: {
            1: 'No such team exists.',
            2: 'An informal group meets now and then.',
            3: 'A council with marketing, service, product and others meets regularly.',
            4: 'The council recommends and an executive team approves or denies, on record.',
            5: 'The council’s recommendations reliably become funded, finished work.',
          },
        },
        {
          id: 'governance-survey-policy',
          text: 'Who may survey customers, and how often?',
          anchors: {
            1: 'Any team surveys customers whenever it wants.',
            2: 'Teams are asked to coordinate, but nothing enforces it.',
            3: 'A contact policy limits how often a customer is surveyed.',
            4: 'Governance approves every new survey against the policy.',
            5: 'Customers are asked rarely, and every answer is used.',
          },
        },
      ],
    },
    {
      id: 'iterative-design',
      title: 'Iterative design',
      description: 'Improving the experience in small, tested steps with customers.',
      weight: 1,
      questions: [
        {
          id: 'design-journeys',
          text: 'Are journeys mapped and used to design improvements?',
          anchors: {
            1: 'No journeys are mapped.',
            2: 'A few journeys were mapped once, inside out.',
            3: 'Key journeys are mapped wing to wing, from the customer’s view.',
            4: 'Journey maps are kept current and drive the improvement backlog.',
            5: 'Every journey has an owner who redesigns it from evidence.',
          },
        },
        {
          id: 'design-testing',
          text: 'How are changes to the experience tested?',
          anchors: {
            1: 'Changes launch without a test.',
            2: 'Some changes are piloted, with no agreed measure.',
            3: 'Pilots have a measure and a comparison group.',
            4: 'Changes ship in small steps, each checked against its measure.',
            5: 'Design, test and learn is the normal rhythm for every team.',
          },
        },
      ],
    },
  ],
};
