/**
 * The phrases the text rules look for, by list. Matching ignores case, matches whole
 * words only ("selling" does not match inside "counselling"), and treats spaces,
 * hyphens, commas and slashes between words alike, so `'world-class'` also matches
 * "World class" and `'every customer, every time'` also matches "every customer every
 * time". A `*` between words stands for up to three words: `'exceed * expectations'`
 * matches "exceed expectations" and "exceed our customers' expectations".
 *
 * - `wishes` (`mission/vague-wish`, and with `superlatives` `success/vague-wish` and
 *   `strategy/vague-goal`): wishes that commit to nothing, the practice's own examples
 *   first ("have a great customer experience", "exceed customer expectations", "move the
 *   needle", "a superior customer journey for every customer, every time");
 * - `superlatives` (`mission/empty-superlative`): comparisons without substance;
 * - `salesAims` (`mission/sales-focused`): selling as the aim of the mission.
 *
 * A phrase the text denies is not reported: "customers get what they need, not what we
 * want to sell them" makes no sales aim (a negation up to five words before the phrase
 * in its clause, or "is not" right after it). Extend a list with the `phrases` lint option.
 *
 * @example
 * import { defaultPhrases } from 'cxkit/strategy';
 *
 * defaultPhrases.wishes.includes('move the needle') // => true
 * defaultPhrases.wishes.includes('great * experience') // => true
 * defaultPhrases.superlatives.includes('world-class') // => true
 *
 * @category Lint
 */
export const defaultPhrases: {
  readonly wishes: readonly string[];
  readonly superlatives: readonly string[];
  readonly salesAims: readonly string[];
} = {
  wishes: [
    // The practice's own examples of wishes that are not strategies.
    'great * experience',
    'great * experiences',
    'great * journey',
    'exceed * expectations',
    'exceeds * expectations',
    'exceeding * expectations',
    'surpass * expectations',
    'beyond * expectations',
    'delight * customers',
    'delighting * customers',
    'wow * customers',
    'every customer, every time',
    'every time, for every customer',
    'move the needle',
    'moves the needle',
    'moving the needle',
    'customer-centric',
    'customer obsessed',
    'customer-obsessed',
    'put the customer first',
    'putting the customer first',
    'customers come first',
    'seamless experience',
    'seamless journey',
    'frictionless experience',
    'memorable experience',
    'memorable experiences',
    'magical * experience',
    'magical * experiences',
  ],
  superlatives: [
    'world-class',
    'best-in-class',
    'best in the world',
    'best-of-breed',
    'superior',
    'second to none',
    'unparalleled',
    'unrivalled',
    'unrivaled',
    'unmatched',
    'unbeatable',
    'outstanding',
    'exceptional',
    'excellent',
    'excellence',
    'first-class',
    'industry-leading',
    'market-leading',
    'leading-edge',
    'cutting-edge',
    'state-of-the-art',
    'the best * experience',
    'the best * journey',
  ],
  salesAims: [
    'sell',
    'sells',
    'selling',
    'upsell',
    'upsells',
    'upselling',
    'cross-sell',
    'cross-sells',
    'cross-selling',
    'increase sales',
    'grow sales',
    'drive sales',
    'more sales',
    'sales targets',
    'revenue',
    'revenues',
    'share of wallet',
    'wallet share',
    'profit',
    'profits',
    'profitability',
    'conversion rate',
    'conversion rates',
    'average order value',
    'basket size',
  ],
};
