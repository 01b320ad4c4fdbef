import type { DocumentId } from '../core/identifiers/Identifier';
import type { MaturityModel } from './maturityModelDocument';
import { maturityStages } from './maturityStages';

/**
 * A built-in model of the four parts of CX: **intentional success** (the experience is
 * designed and measured on purpose), **cultural commitment** (the culture carries it),
 * **customer collaboration** (customers help shape it) and **experiential innovation**
 * (new experiences are invented, not only old ones repaired). Two questions per
 * dimension, five stages; no dimension required.
 *
 * @example
 * import { cxPartsModel } from 'cxkit/maturity';
 *
 * cxPartsModel.dimensions.length // => 4
 *
 * @category Built-in models
 */
export const cxPartsModel: MaturityModel = {
  kind: 'maturity-model',
  schemaVersion: 1,
  id: 'cx-parts' as DocumentId,
  title: 'The four parts of CX',
  description: 'Intentional success, cultural commitment, customer collaboration and experiential innovation.',
  levels: [...maturityStages],
  dimensions: [
    {
      id: 'intentional-success',
      title: 'Intentional success',
      description: 'Good experiences happen by design, not by luck.',
      weight: 1,
      questions: [
        {
          id: 'intentional-design',
          text: 'Are good experiences designed on purpose?',
          anchors: {
            1: 'Good experiences depend on who the customer happens to meet.',
            2: 'Some experiences are designed; most just happen.',
            3: 'The key moments of truth are designed and documented.',
            4: 'Designed moments are measured and kept up to standard.',
            5: 'Every journey is designed end to end and improved on evidence.',
          },
        },
        {
          id: 'intentional-outcomes',
          text: 'Is it known which experiences produce which business results?',
          anchors: {
            1: 'Nobody knows.',
            2: 'There are anecdotes about a few.',
            3: 'Some experiences are linked to retention or revenue with data.',
            4: 'A measurement system links drivers to the CX metric and to outcomes.',
            5: 'Investment follows those links, and the links are re-tested regularly.',
          },
        },
      ],
    },
    {
      id: 'cultural-commitment',
      title: 'Cultural commitment',
      description: 'The culture, from the top down, carries the experience.',
      weight: 1,
      questions: [
        {
          id: 'culture-top',
          text: 'Does commitment to customers come from the top?',
          anchors: {
            1: 'Top leaders do not talk about the experience.',
            2: 'Top leaders talk about it but rarely act on it.',
            3: 'Top leaders fund CX work and review it.',
            4: 'Top leaders model the behaviour and hold others to it.',
            5: 'Commitment no longer depends on any one leader.',
          },
        },
        {
          id: 'culture-recognition',
          text: 'Are people recognised for what they do for customers?',
          anchors: {
            1: 'Recognition is for sales and cost only.',
            2: 'Customer praise is shared now and then.',
            3: 'Recognition programmes include customer outcomes.',
            4: 'Performance reviews in every function include customer outcomes.',
            5: 'Stories of serving customers well are part of how people are hired and promoted.',
          },
        },
      ],
    },
    {
      id: 'customer-collaboration',
      title: 'Customer collaboration',
      description: 'Customers help shape the experience they receive.',
      weight: 1,
      questions: [
        {
          id: 'collaboration-involvement',
          text: 'Are customers involved in designing experiences?',
          anchors: {
            1: 'Customers are only surveyed after the fact.',
            2: 'Customers are interviewed for some projects.',
            3: 'Customer panels review major changes before launch.',
            4: 'Customers co-design journeys with the teams that run them.',
            5: 'Customers are partners in deciding what to improve next.',
          },
        },
        {
          id: 'collaboration-loop',
          text: 'Do customers hear what happened with their feedback?',
          anchors: {
            1: 'Never.',
            2: 'Only when they complain loudly.',
            3: 'Detractors are called back within a set time.',
            4: 'Customers are told which changes their feedback led to.',
            5: 'Closing the loop is routine for every kind of feedback.',
          },
        },
      ],
    },
    {
      id: 'experiential-innovation',
      title: 'Experiential innovation',
      description: 'New experiences are invented, not only old ones repaired.',
      weight: 1,
      questions: [
        {
          id: 'innovation-new',
          text: 'Does the organisation invent new experiences?',
          anchors: {
            1: 'Work is only about fixing complaints.',
            2: 'Ideas come up but have no path to be tried.',
            3: 'There is a regular way to try new experience ideas.',
            4: 'A share of the CX budget is set aside for new experiences.',
            5: 'New experiences are a known source of growth.',
          },
        },
        {
          id: 'innovation-learning',
          text: 'Does the organisation learn from experiments that fail?',
          anchors: {
            1: 'Failed attempts are hidden.',
            2: 'Failures are discussed informally.',
            3: 'Each experiment records what was learned.',
            4: 'Lessons are shared across teams and reused.',
            5: 'Teams are rewarded for well-run experiments, whatever the result.',
          },
        },
      ],
    },
  ],
};
