import type { Db } from '../../db/connection.js';
import { listIndicators } from '../../indicators/indicator-queries.js';
import { summariseIndicator } from '../../indicators/indicator-summary.js';
import { indicatorCard } from '../indicators/indicator-view.js';
import { listObservationsOfGroup } from '../../indicators/observation-queries.js';
import type { Group } from '../../groups/group.js';
import { goalsForGroupHome } from '../goals/goal-rows.js';

/** The group's front page: each active indicator with its latest value, change and missing data. */
export async function loadGroupHome(db: Db, group: Group, today: Date) {
  const [indicators, observations] = await Promise.all([
    listIndicators(db, group.id, { archived: false }),
    listObservationsOfGroup(db, group.id),
  ]);
  const cards = indicators.map((indicator) =>
    indicatorCard(indicator, summariseIndicator(indicator, observations.get(indicator.id) ?? [], today)),
  );
  // Mål (issue 4): the active goals and their progress, for the "Mål" section.
  const goals = await goalsForGroupHome(db, group.id, today);
  return { cards, missingCount: cards.filter((c) => c.missingPeriod).length, goals };
}
