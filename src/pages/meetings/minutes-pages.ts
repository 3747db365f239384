import type { Request, Response } from 'express';
import { actionsOfMeeting } from '../../meetings/agenda-suggestions.js';
import { listItems } from '../../meetings/meeting-queries.js';
import { ChartSlots } from '../../charts/chart-slots.js';
import { groupContext } from '../../web/guards.js';
import { services } from '../../web/services.js';
import { sendWithCharts } from '../send-with-charts.js';
import { loadFollowUp } from './follow-up-view.js';
import { boardOf, isoDay, meetingCrumbs, meetingHref, meetingOf } from './meeting-links.js';
import { itemView, meetingView } from './meeting-view.js';

const messages = {
  title: (meeting: string) => `Referat: ${meeting}`,
  crumb: 'Referat',
};

export async function minutes(req: Request, res: Response) {
  const { db, content, now } = services(req);
  const { group } = groupContext(res);
  const meeting = await meetingOf(req, res);
  const [board, items] = await Promise.all([boardOf(req, res), listItems(db, meeting.id)]);
  const actions = actionsOfMeeting(board, meeting.id);
  const day = isoDay(now());
  const slots = new ChartSlots();
  await sendWithCharts(res, 'meetings/minutes', {
    title: messages.title(meeting.title),
    breadcrumbs: meetingCrumbs(res, { label: meeting.title, href: meetingHref(meeting) }, { label: messages.crumb }),
    meeting: meetingView(meeting),
    groupName: group.name,
    followUp: await loadFollowUp(db, meeting, board, day),
    items: items.map((i, index) => Object.assign(itemView(i, board, content, actions, day, 'full', slots), { number: index + 1 })),
  }, slots);
}
