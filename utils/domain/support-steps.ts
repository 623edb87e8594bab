/**
 * The support chain after a risk (3 kap. skollagen; docs/support-chain.md): the steps in their legal order,
 * and the answers a teacher gives at each. Every list is declared here once; labels follow the label rule
 * (`chainStep_<code>`, `adaptationOutcome_<code>`, `followUpOutcome_<code>`).
 */
export const CHAIN_STEPS = [
  'risk',
  'informed',
  'adaptations',
  'evaluation',
  'referral',
  'investigation',
  'decision',
  'sent-home',
  'follow-up',
] as const;
export type ChainStep = (typeof CHAIN_STEPS)[number];

/** An evaluation of extra anpassningar: `not-enough` is what calls for an anmälan till rektor. */
export const ADAPTATION_OUTCOMES = ['enough', 'not-enough', 'continue'] as const;
export type AdaptationOutcome = (typeof ADAPTATION_OUTCOMES)[number];

/** The follow-up of an åtgärdsprogram; ending it is itself a decision the guardians are told of. */
export const FOLLOW_UP_OUTCOMES = ['continue', 'revise', 'end'] as const;
export type FollowUpOutcome = (typeof FOLLOW_UP_OUTCOMES)[number];

/**
 * What extra anpassningar a teacher picks from, until the school writes its own list in the settings
 * (a school's words, so they are stored as written, not as codes).
 */
export const DEFAULT_ADAPTATION_KINDS = ['extra genomgång', 'anpassat material', 'förlängd tid', 'annan'] as const;

/** The school's list as written in the settings: comma-separated, trimmed, each once. */
export function adaptationKinds(written: string): string[] {
  return [
    ...new Set(
      written
        .split(',')
        .map((kind) => kind.trim())
        .filter(Boolean),
    ),
  ];
}
