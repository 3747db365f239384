import type { Situation } from '../content/content-loader.js';
import type { IndicatorSummary } from '../indicators/indicator-summary.js';
import type { ProgressStatus } from '../goals/progress.js';

/**
 * Which reflection questions fit: a reached goal and missing data say the most, then the goal's
 * glide path, then the latest change against the desired direction.
 */
export function situationOf(summary: Pick<IndicatorSummary, 'latest' | 'assessment' | 'missingPeriod'>, goalStatus?: ProgressStatus): Situation {
  if (goalStatus === 'nået') return 'goalReached';
  if (!summary.latest || goalStatus === 'mangler data' || summary.missingPeriod) return 'missingData';
  if (goalStatus === 'bagud') return 'offTrack';
  switch (summary.assessment) {
    case 'worse':
    case 'outside':
      return 'offTrack';
    case 'better':
    case 'inside':
      return goalStatus === 'på sporet' || summary.assessment === 'better' ? 'improving' : 'flat';
    default:
      return 'flat';
  }
}
