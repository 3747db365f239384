import type { Request, Response } from 'express';
import { addItem as addItemTo, moveItem as moveItemOn, removeItem as removeItemFrom } from '../../meetings/meeting-service.js';
import { attempt } from '../../shared/errors.js';
import { actorOf } from '../../web/guards.js';
import { setFlash } from '../../web/flash.js';
import { services } from '../../web/services.js';
import { itemOf, meetingHref, meetingOf } from './meeting-links.js';
import { renderOverview } from './meeting-pages.js';

const messages = {
  added: 'Punktet er sat på dagsordenen.',
  removed: 'Punktet er fjernet fra dagsordenen.',
};

// After a change the page opens at the changed item (or the agenda), and app.js puts focus there.
const agendaOf = (meeting: Parameters<typeof meetingHref>[0]) => `${meetingHref(meeting)}#dagsorden`;
const itemOnAgenda = (meeting: Parameters<typeof meetingHref>[0], itemId: number) => `${meetingHref(meeting)}#dagsordenspunkt-${itemId}`;

export async function addItem(req: Request, res: Response) {
  const meeting = await meetingOf(req, res);
  const result = await attempt(() => addItemTo(services(req).db, actorOf(res), meeting.id, req.body, services(req).content.bank));
  if (!result.ok) return renderOverview(req, res, result.errors);
  setFlash(req, messages.added);
  res.redirect(itemOnAgenda(meeting, result.value.id));
}

export async function removeItem(req: Request, res: Response) {
  const meeting = await meetingOf(req, res);
  const item = await itemOf(req, meeting.id);
  await removeItemFrom(services(req).db, actorOf(res), meeting.id, item.id);
  setFlash(req, messages.removed);
  res.redirect(agendaOf(meeting));
}

export async function moveItem(req: Request, res: Response) {
  const meeting = await meetingOf(req, res);
  const item = await itemOf(req, meeting.id);
  await moveItemOn(services(req).db, actorOf(res), meeting.id, item.id, req.body.direction === 'up' ? 'up' : 'down');
  res.redirect(itemOnAgenda(meeting, item.id));
}
