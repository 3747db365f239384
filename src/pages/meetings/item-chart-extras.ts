import type { Db } from '../../db/connection.js';
import type { GroupBoard } from '../../meetings/group-board.js';
import type { AgendaItem } from '../../meetings/meeting.js';
import { chartExtras } from '../organisation/chart-extras.js';

export type ItemChartExtras = ReadonlyMap<number, Awaited<ReturnType<typeof chartExtras>>>;

/**
 * The reference lines ("Hele landet") and small-number cautions of the indicators these items show,
 * so meeting mode and the minutes draw the same chart as the indicator's own page. Only for the
 * items asked for: the agenda's small charts go without, as the dashboard's do.
 */
export async function itemChartExtras(db: Db, board: GroupBoard, items: readonly AgendaItem[]): Promise<ItemChartExtras> {
  const ids = new Set(
    items.flatMap((item) => {
      const id = item.indicatorId ?? (item.goalId !== null ? board.goalTitles.get(item.goalId)?.indicatorId : undefined);
      return id !== null && id !== undefined && board.byId.has(id) ? [id] : [];
    }),
  );
  const loaded = await Promise.all([...ids].map(async (id) => [id, await chartExtras(db, board.byId.get(id)!.indicator)] as const));
  return new Map(loaded);
}
