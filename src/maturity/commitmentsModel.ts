import type { DocumentId } from '../core/identifiers/Identifier';
import type { MaturityModel } from './maturityModelDocument';
import { maturityStages } from './maturityStages';

/**
 * A built-in model of the three commitments CX needs together: a **mindset** (what we
 * believe about how customers are treated, which of their needs come first and what
 * each of us does for them — written down as the CX mission statement), a **strategy**
 * (what success means for the business, in success statements, and CX in the strategic
 * plan rather than left to happen) and a **business discipline** (governance and
 * measurement that keep decisions alive). All three dimensions are required: one or two
 * will not do. Two or three questions per dimension, five stages.
 *
 * The CX mission statement sits under the mindset because that is where the practice
 * introduces it: the tool that states the shared belief. (Its strategy essay also counts
 * the mission, with the success statement, as the vision a strategy rests on; the
 * management-elements model asks about that side.)
 *
 * @example
 * import { commitmentsModel, parseMaturityModel } from 'cxkit/maturity';
 *
 * commitmentsModel.dimensions.map((dimension) => dimension.id) // => ['mindset', 'strategy', 'discipline']
 * commitmentsModel.dimensions[0]?.questions.map((question) => question.id) // => ['mindset-leaders', 'mindset-everyone', 'mindset-mission']
 * parseMaturityModel(commitmentsModel).id // => 'cx-commitments'
 *
 * @category Built-in models
 */
export const commitmentsModel: MaturityModel = {
  kind: 'maturity-model',
  schemaVersion: 1,
  id: 'cx-commitments' as DocumentId,
  title: 'The three CX commitments: mindset, strategy and discipline',
  description:
    'Whether CX is held as a mindset, set out as a strategy and run as a business discipline, all three together.',
  source:
    'The three commitments (CX is a mindset, a strategy and a business discipline, and needs all three) and the CX mission statement as the tool of the mindset, from the CX practice essay that introduces CX mission and success statements. Questions and anchors written for cxkit.',
  levels: [...maturityStages],
  dimensions: [
    {
      id: 'mindset',
      title: 'Mindset',
      description:
        'A shared belief about how customers are treated, which needs come first and what every role does for them.',
      weight: 1,
      required: true,
      questions: [
        {
          id: 'mindset-leaders',
          text: 'How visibly do senior leaders drive the customer experience?',
          anchors: {
            1: 'Leaders mention customers in speeches; nothing follows.',
            2: 'One leader sponsors CX; the others leave it to that person.',
            3: 'The leadership team reviews CX results on a set schedule.',
            4: 'Leaders set CX goals for their own functions and are judged on them.',
            5: 'Leaders decide trade-offs by their effect on customers, and everyone can see it.',
          },
        },
        {
          id: 'mindset-everyone',
          text: 'How far do roles away from the front line see their part in the experience?',
          anchors: {
            1: 'CX is seen as the job of service and digital teams.',
            2: 'A few back-office teams have looked at how their work reaches customers.',
            3: 'Every function has named the moments it shapes for customers.',
            4: 'Finance, sales, billing and operations track how their work lands on customers.',
            5: 'Every role knows and acts on its part in the experience without being asked.',
          },
        },
        {
          id: 'mindset-mission',
          text: 'How clearly is it written what the experience should be for customers, and who does what for it?',
          anchors: {
            1: 'There is no statement, or only a wish such as "delight every customer".',
            2: 'A statement exists but says what we sell, not how customers are treated.',
            3: 'A mission says how customers are treated and which needs come first.',
            4: 'The mission names what each role, customer-facing or not, does for it and guides real decisions.',
            5: 'The mission is revisited with customers’ evidence and shapes every plan.',
          },
        },
      ],
    },
    {
      id: 'strategy',
      title: 'Strategy',
      description: 'What success means for the business, and CX planned for like any strategic goal.',
      weight: 1,
      required: true,
      questions: [
        {
          id: 'strategy-success',
          text: 'How is success for CX defined and tied to the business?',
          anchors: {
            1: 'Success is not defined.',
            2: 'A customer score is watched, with no link to business results.',
            3: 'Success statements pair CX outcomes with business outcomes.',
            4: 'Each success statement has an owner, measures, a baseline and a dated target.',
            5: 'Success statements steer budgets and are reviewed against results every cycle.',
          },
        },
        {
          id: 'strategy-plans',
          text: 'Is CX part of the strategic plan, or expected to just happen?',
          anchors: {
            1: 'CX is missing from the strategic plan; it is a nice-to-have.',
            2: 'The plan mentions CX, with no outcome or resources attached.',
            3: 'The plan says which business outcomes CX is expected to drive.',
            4: 'CX goals get resources, owners and dates like any other strategic goal.',
            5: 'Strategic choices are weighed by their effect on customers and on business outcomes.',
          },
        },
      ],
    },
    {
      id: 'discipline',
      title: 'Discipline',
      description: 'Governance, consistent measurement and ongoing education that turn intentions into daily habits.',
      weight: 1,
      required: true,
      questions: [
        {
          id: 'discipline-governance',
          text: 'How are CX decisions made and followed through?',
          anchors: {
            1: 'Whoever shouts loudest decides; decisions fade after the meeting.',
            2: 'A working group meets but cannot commit money or people.',
            3: 'A cross-functional team recommends and an executive team approves or denies.',
            4: 'Approved decisions are tracked to done, with owners and dates.',
            5: 'Governance decides funding and priorities and is trusted across the organization.',
          },
        },
        {
          id: 'discipline-measurement',
          text: 'How consistently is the experience measured?',
          anchors: {
            1: 'Each team surveys customers as it likes, with different questions.',
            2: 'One metric is tracked, but its definition keeps changing.',
            3: 'One metric is tracked consistently and segmented.',
            4: 'The metric is linked to operational drivers that teams can move.',
            5: 'The measurement system runs wing to wing and drives decisions at every level.',
          },
        },
        {
          id: 'discipline-education',
          text: 'How do people learn what CX means here and what success looks like?',
          anchors: {
            1: 'An onboarding slide and an annual customer day; nothing in between.',
            2: 'Scores are shared with some teams, without what they mean for their work.',
            3: 'A plan reaches each function with the voice of the customer, stories and journeys.',
            4: 'Every function is taught what success means and how its work moves it, on a set cadence.',
            5: 'Teams ask for the next session; what they learn shows in their decisions.',
          },
        },
      ],
    },
  ],
};
