import type { Request, Response } from 'express';
import { ChartSlots } from '../../charts/chart-slots.js';
import { groupContext } from '../../web/guards.js';
import { services } from '../../web/services.js';
import { sendWithCharts } from '../send-with-charts.js';
import { loadMeeting, meetingCrumbs, meetingHref } from './meeting-links.js';
import { itemView, meetingView } from './meeting-view.js';

const messages = {
  title: (meeting: string) => `Referat: ${meeting}`,
  crumb: 'Referat',
};

export async function minutes(req: Request, res: Response) {
  const { content } = services(req);
  const { group } = groupContext(res);
  const { meeting, board, items, actions, day, followUp, reasons } = await loadMeeting(req, res);
  const slots = new ChartSlots();
  await sendWithCharts(res, 'meetings/minutes', {
    title: messages.title(meeting.title),
    breadcrumbs: meetingCrumbs(res, { label: meeting.title, href: meetingHref(meeting) }, { label: messages.crumb }),
    meeting: meetingView(meeting),
    groupName: group.name,
    followUp,
    items: items.map((i, index) => Object.assign(itemView(i, board, content, actions, day, 'full', slots, reasons), { number: index + 1 })),
  }, slots);
}
