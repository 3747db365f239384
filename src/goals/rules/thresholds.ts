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
 * R: the natural variation needs this many values too; with fewer, the mean moving range
 * rests on two or three differences and says more about luck than about the indicator.
 */
export const MIN_NOISE_VALUES = MIN_HISTORY_VALUES;

/**
 * R: the noise is read from the latest twelve values up to the baseline – three years of
 * quarters. Long enough for a steady mean moving range; short enough that a process the
 * group has since changed (a new way of working, a reorganisation) and the jump it made
 * do not count as today's ordinary swing.
 */
export const NOISE_WINDOW = 12;

/**
 * E: rewording a handful of words in the description still shares 80 % of the words;
 * a real "why" about borgere or medarbejdere shares some words but stays far below.
 */
export const COPY_SIMILARITY = 0.8;

/**
 * T: the deadline must be at least two periods after the baseline, so at least one
 * measurement arrives in between and the group can see whether it is on its way.
 */
export const MIN_PERIODS_TO_DEADLINE = 2;

/**
 * A: an acceptance more than five years before the goal was made is a typing error or an
 * acceptance of something else; municipal strategies and MED agreements run for about four.
 */
export const MAX_ACCEPTANCE_AGE_YEARS = 5;
