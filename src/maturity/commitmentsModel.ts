import type { DocumentId } from '../core/identifiers/Identifier';
import type { MaturityModel } from './maturityModelDocument';
import { maturityStages } from './maturityStages';

/**
 * A built-in model of the three commitments CX needs together: a **mindset** (leaders
 * and everyone else treat the customer's experience as their job), a **strategy** (a
 * mission and measurable success statements) and a **business discipline** (governance
 * and measurement that keep decisions alive). All three dimensions are required: one or
 * two will not do. Two questions per dimension, five stages.
 *
 * @example
 * import { commitmentsModel, parseMaturityModel } from 'cxkit/maturity';
 *
 * commitmentsModel.dimensions.map((dimension) => dimension.id) // => ['mindset', 'strategy', 'discipline']
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
  levels: [...maturityStages],
  dimensions: [
    {
      id: 'mindset',
      title: 'Mindset',
      description: 'Leaders and every role see the customer’s experience as part of their job.',
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
      ],
    },
    {
      id: 'strategy',
      title: 'Strategy',
      description: 'A mission for customers and success statements tied to business outcomes.',
      weight: 1,
      required: true,
      questions: [
        {
          id: 'strategy-mission',
          text: 'How clearly is it written what the experience should be for customers?',
          anchors: {
            1: 'There is no statement, or only a wish such as "delight every customer".',
            2: 'A statement exists but says what we sell, not how customers are treated.',
            3: 'A mission says how customers are treated and which needs come first.',
            4: 'The mission names what each role does for it and guides real decisions.',
            5: 'The mission is revisited with customers’ evidence and shapes every plan.',
          },
        },
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
      ],
    },
    {
      id: 'discipline',
      title: 'Discipline',
      description: 'Governance and measurement that turn intentions into decisions that last.',
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
            5: 'Governance decides funding and priorities and is trusted across the organisation.',
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
      ],
    },
  ],
};
