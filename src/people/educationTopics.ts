/**
 * The subjects of CX education the practice names: consistent communication about the
 * **voice of the customer**, their **stories** and their **journeys**, ongoing education
 * about **what success means** for the organization, and — so that everyone knows their
 * part — the **mission and each role** in delivering it. The first four are what
 * `education/topic-not-covered` looks for.
 *
 * @example
 * import { educationTopics } from 'cxkit/people';
 *
 * educationTopics.map((topic) => topic.id)
 * // => ['voice-of-the-customer', 'customer-stories', 'journeys', 'what-success-means', 'mission-and-roles']
 * educationTopics.filter((topic) => topic.core).length // => 4
 *
 * @category Education
 */
export const educationTopics: ReadonlyArray<{
  readonly id: 'voice-of-the-customer' | 'customer-stories' | 'journeys' | 'what-success-means' | 'mission-and-roles';
  readonly description: string;
  /** One of the subjects the practice names for ongoing communication and education. */
  readonly core: boolean;
}> = [
  { id: 'voice-of-the-customer', description: 'what customers say, in their words and scores', core: true },
  { id: 'customer-stories', description: 'first-hand stories of customers’ experiences', core: true },
  {
    id: 'journeys',
    description: 'the customer’s journey, wing to wing, and where each function shapes it',
    core: true,
  },
  {
    id: 'what-success-means',
    description: 'what CX success means here, and how each function’s work moves it',
    core: true,
  },
  { id: 'mission-and-roles', description: 'the CX mission and the part each role plays in it', core: false },
];
