import type { Request, Response } from 'express';
import type { Indicator } from '../../indicators/indicator.js';
import { findIndicator } from '../../indicators/indicator-queries.js';
import type { Action } from '../../meetings/action.js';
import { loadGroupBoard, type GroupBoard, type IndicatorBoardEntry } from '../../meetings/group-board.js';
import { listReferences, type ReferenceSeries } from '../../organisation/reference-series.js';
import { found } from '../../shared/errors.js';
import { groupContext, idParam } from '../../web/guards.js';
import { services } from '../../web/services.js';

const messages = { indicator: 'Indikatoren' };

/**
 * What the indicator page and the organisation's parts of it (indicator-extras.ts) both start from,
 * read once per request: the group's board, the indicator of the route (from the board, unless it
 * is archived or a series row), and its reference series.
 */
export interface IndicatorBasis {
  board: GroupBoard;
  indicator: Indicator;
  /** The indicator's place on the board: its values, goals and actions. */
  entry?: IndicatorBoardEntry;
  /** Its actions in the order they were agreed, when the board has them. */
  actions?: Action[];
  references: Promise<ReferenceSeries[]>;
}

const perRequest = new WeakMap<Request, Promise<IndicatorBasis>>();

async function readBasis(req: Request, res: Response): Promise<IndicatorBasis> {
  const { db, now } = services(req);
  const { group } = groupContext(res);
  const id = idParam(req, 'indicatorId', messages.indicator);
  const board = await loadGroupBoard(db, group.id, now());
  const entry = board.byId.get(id);
  const indicator = found(entry?.indicator ?? (await findIndicator(db, group.id, id)), messages.indicator);
  const references = listReferences(db, indicator, board.series);
  // Read now, awaited later: a failure is left to whoever awaits it, not reported as unhandled here.
  references.catch(() => undefined);
  const actions = entry && [...entry.actions].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id - b.id));
  return { board, indicator, ...(entry && { entry, actions }), references };
}

/** The indicator page's basis: the indicator of the route in the group of the route, or a 404. */
export function indicatorBasis(req: Request, res: Response): Promise<IndicatorBasis> {
  let basis = perRequest.get(req);
  if (!basis) perRequest.set(req, (basis = readBasis(req, res)));
  return basis;
}
