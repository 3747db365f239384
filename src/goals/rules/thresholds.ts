/** The numbers behind the SMARTE rules, in one place so they can be discussed and tuned. */

/**
 * S: one plain sentence that says what changes and for whom ("Færre borgere i hjemmeplejen
 * skal møde mere end 10 forskellige hjælpere") is about 60 characters; under 40 there is no
 * room for both.
 */
export const MIN_DESCRIPTION_LENGTH = 40;

/**
 * R: four values is one year of quarters – the least that shows both the ordinary swing
 * and a season. With fewer, any verdict on pace would be a guess.
 */
export const MIN_HISTORY_VALUES = 4;

/**
 * R: the fastest stretch in the history is itself a lucky maximum, and a new effort may
 * honestly do better, so up to 1,5 times it passes. Beyond that the goal asks for a pace
 * the group has never come near.
 */
export const PACE_FACTOR = 1.5;

/**
 * R: if the whole change is no larger than the typical swing between two neighbouring
 * periods, one lucky period reaches the target without any effort – and one unlucky
 * period hides real progress.
 */
export const CHANCE_FACTOR = 1;

/**
 * E: rewording a handful of words in the description still shares 80 % of the words;
 * a real "why" about borgere or medarbejdere shares some words but stays far below.
 */
export const COPY_SIMILARITY = 0.8;

/** T: the deadline must be at least one period after the baseline, or no new value can show a change. */
export const MIN_PERIODS_TO_DEADLINE = 1;
