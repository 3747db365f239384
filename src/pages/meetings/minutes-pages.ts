import type { Request, Response } from 'express';
import { ChartSlots } from '../../charts/chart-slots.js';
import { keepLegacyMinutes } from '../../meetings/meeting-service.js';
import { findMinutes, listMinutesVersions, type MinutesRecord, type MinutesVersion } from '../../meetings/minutes-record.js';
import { NotFoundError } from '../../shared/errors.js';
import { groupContext, parseId } from '../../web/guards.js';
import { services } from '../../web/services.js';
import { sendWithCharts } from '../send-with-charts.js';
import { boardOf, loadMeeting, meetingCrumbs, meetingHref, meetingOf } from './meeting-links.js';
import { buildMinutes, minutesView } from './minutes-view.js';
import type { Meeting } from '../../meetings/meeting.js';

const messages = {
  title: (meeting: string) => `Referat: ${meeting}`,
  crumb: 'Referat',
  versionCrumb: (n: number) => `Udgave ${n}`,
  version: 'Udgaven',
};

const stampFormat = new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Copenhagen' });

function versionView(meeting: Meeting, v: MinutesVersion) {
  return { version: v.version, closedText: stampFormat.format(new Date(v.closedAt)), closedBy: v.closedBy, href: `${meetingHref(meeting)}/referat/udgaver/${v.version}` };
}

async function render(req: Request, res: Response, meeting: Meeting, record: MinutesRecord, charts: ReadonlyMap<number, string>, state: { version?: MinutesVersion; versions: MinutesVersion[]; draft: boolean; latest?: boolean }) {
  const { group } = groupContext(res);
  const board = await boardOf(req, res);
  const slots = new ChartSlots();
  const view = minutesView(record, charts, board, group.id, (html) => slots.add(Buffer.from(html)));
  const current = state.version;
  await sendWithCharts(res, 'meetings/minutes', {
    title: messages.title(record.meeting.title),
    breadcrumbs: meetingCrumbs(res, { label: meeting.title, href: meetingHref(meeting) }, current && !state.latest ? { label: messages.crumb, href: `${meetingHref(meeting)}/referat` } : { label: messages.crumb }, ...(current && !state.latest ? [{ label: messages.versionCrumb(current.version) }] : [])),
    printStylesheet: `${meetingHref(meeting)}/referat/udskrift.css`,
    ...view,
    draft: state.draft,
    current: current && versionView(meeting, current),
    latest: state.latest,
    latestHref: `${meetingHref(meeting)}/referat`,
    earlier: state.versions.filter((v) => v.version !== current?.version).map((v) => versionView(meeting, v)),
  }, slots);
}

/**
 * The minutes: of a closed meeting, the record kept when it was closed (the latest version); of an
 * open meeting, a draft of what closing it would keep. A meeting closed before records were kept
 * gets its record now.
 */
export async function minutes(req: Request, res: Response) {
  const { db, content } = services(req);
  const { group } = groupContext(res);
  const meeting = await meetingOf(req, res);
  if (meeting.closedAt) {
    let stored = await findMinutes(db, meeting.id);
    if (!stored) {
      await keepLegacyMinutes(db, meeting, await buildMinutes(db, await loadMeeting(req, res), content, group.name));
      stored = await findMinutes(db, meeting.id);
    }
    if (stored) {
      const versions = await listMinutesVersions(db, meeting.id);
      return render(req, res, meeting, stored.record, stored.charts, { version: versions.find((v) => v.version === stored.version), versions, draft: false, latest: true });
    }
  }
  const draft = await buildMinutes(db, await loadMeeting(req, res), content, group.name);
  await render(req, res, meeting, draft.record, draft.charts, { versions: await listMinutesVersions(db, meeting.id), draft: true });
}

/** An earlier (or the latest) version of the minutes, as it was kept. */
export async function version(req: Request, res: Response) {
  const { db } = services(req);
  const meeting = await meetingOf(req, res);
  const number = parseId(req.params.version);
  const stored = number === undefined ? undefined : await findMinutes(db, meeting.id, number);
  if (!stored) throw new NotFoundError(messages.version);
  const versions = await listMinutesVersions(db, meeting.id);
  const latest = meeting.closedAt !== null && versions[0]?.version === stored.version;
  await render(req, res, meeting, stored.record, stored.charts, { version: versions.find((v) => v.version === stored.version), versions, draft: false, latest });
}

/** A CSS string literal: quotes and backslashes escaped, line breaks as spaces. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\u0000-\u001f\u007f]+/g, ' ')}"`;
}

/**
 * The printed minutes' page margins: the meeting's name at the top of every page and "Side 2 af 4"
 * at the bottom (CSS paged media margin boxes). A stylesheet of its own, since the pages allow no
 * inline styles.
 */
export async function printStyles(req: Request, res: Response) {
  const meeting = await meetingOf(req, res);
  const { group } = groupContext(res);
  const css = `@page {\n  @top-left { content: ${cssString(`Referat: ${meeting.title}`)}; }\n  @top-right { content: ${cssString(group.name)}; }\n}\n`;
  res.type('text/css').set('Cache-Control', 'private, no-cache').send(css);
}
