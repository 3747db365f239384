import { lockFirstStart } from '../db/locks.js';
import type { Db } from '../db/connection.js';
import { hashPassword } from '../auth/password.js';
import { countUsers, insertUser } from '../auth/user-queries.js';
import { insertGroup, upsertMembership } from '../groups/group-queries.js';
import { insertIndicator } from '../indicators/indicator-queries.js';
import { demoGroupsAt, demoLatestPeriod, demoShift } from './demo-data.js';
import { seedDemoDirectorate } from './demo-organisation.js';
import { insertGoal } from '../goals/goal-queries.js';
import { insertAction, insertStatusChange, setActionStatus } from '../meetings/action-queries.js';
import { ADDED_BY_GROUP } from '../meetings/meeting.js';
import { insertItem, insertMeeting, setDiscussedQuestions, setItemNotes, setMeetingClosed } from '../meetings/meeting-queries.js';
import { formatCanonical, nextPeriod, parseCanonical, previousPeriod, type Period } from '../periods/period.js';
import { addDays, copenhagenDay, startOfCopenhagenDay } from '../shared/clock.js';

export const DEMO_PASSWORD = 'demo-datadialog';

export const demoUsers = [
  { email: 'admin@datadialog.local', name: 'Anne Administrator', isAdmin: true, memberships: [] as Array<[number, 'editor' | 'reader']> },
  { email: 'mette@datadialog.local', name: 'Mette Holm', isAdmin: false, memberships: [[0, 'editor']] as Array<[number, 'editor' | 'reader']> },
  { email: 'jens@datadialog.local', name: 'Jens Lund', isAdmin: false, memberships: [[0, 'reader']] as Array<[number, 'editor' | 'reader']> },
  { email: 'sofie@datadialog.local', name: 'Sofie Krogh', isAdmin: false, memberships: [[1, 'editor']] as Array<[number, 'editor' | 'reader']> },
  // The direktion over both groups (issue 14): reads their indicators, goals and actions.
  { email: 'dorthe@datadialog.local', name: 'Dorthe Dahl', isAdmin: false, memberships: [[2, 'editor']] as Array<[number, 'editor' | 'reader']> },
];

/**
 * When a quarter's figure would have reached the group: about three weeks after the quarter ended.
 * Stamping demo values with that date, not with the moment of seeding, keeps "new since the last
 * meeting" meaningful in the demo.
 */
function deliveredAt(canonical: string, now: Date): string {
  const period = parseCanonical(canonical);
  const endMonth = period.frequency === 'quarter' ? period.index * 3 : period.frequency === 'month' ? period.index : 12;
  const delivered = new Date(Date.UTC(period.year, endMonth, 21, 8, 0, 0));
  // The latest quarter may have ended only days ago: its figures came yesterday, never tomorrow.
  return (delivered < now ? delivered : new Date(now.getTime() - 86_400_000)).toISOString();
}

/**
 * Seeds only an empty database, so real data is never touched by a restart. Returns whether it seeded.
 * Everything is placed relative to `now`: the latest quarter is the latest completed one.
 */
export async function seedDemoData(db: Db, now = new Date()): Promise<boolean> {
  if ((await countUsers(db)) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction().execute(async (trx) => {
    // Two instances starting at once on an empty database: the second waits here and then finds users.
    await lockFirstStart(trx);
    if ((await countUsers(trx)) > 0) return false;
    const groupIds: number[] = [];
    const indicatorIds = new Map<string, number>();
    for (const demo of demoGroupsAt(now)) {
      const group = await insertGroup(trx, { name: demo.name, description: demo.description, coreTask: demo.coreTask });
      groupIds.push(group.id);
      for (const d of demo.indicators) {
        const indicator = await insertIndicator(trx, group.id, {
          code: d.code,
          name: d.name,
          definition: d.definition,
          whyItMatters: d.whyItMatters,
          unit: d.unit,
          decimals: d.decimals,
          direction: d.direction,
          rangeMin: d.rangeMin ?? null,
          rangeMax: d.rangeMax ?? null,
          frequency: d.frequency,
          dataSource: d.dataSource,
          deliveredBy: d.deliveredBy,
        });
        indicatorIds.set(d.code, indicator.id);
        await trx
          .insertInto('observations')
          .values(
            d.observations.map((o) => ({
              indicator_id: indicator.id,
              period: o.period,
              value: o.value,
              comment: o.comment ?? null,
              import_id: null,
              updated_by: null,
              created_at: deliveredAt(o.period, now),
              updated_at: deliveredAt(o.period, now),
            })),
          )
          .execute();
      }
    }
    groupIds.push(await seedDemoDirectorate(trx, groupIds, now));
    const userIds: number[] = [];
    for (const demo of demoUsers) {
      const user = await insertUser(trx, { email: demo.email, name: demo.name, passwordHash, isAdmin: demo.isAdmin });
      userIds.push(user.id);
      for (const [groupIndex, role] of demo.memberships) await upsertMembership(trx, groupIds[groupIndex]!, user.id, role);
    }
    await seedDemoWork(trx, groupIds[0]!, userIds[1]!, indicatorIds, now, userIds[2]!);
    return true;
  });
}

/**
 * The demo meeting discussed the latest quarter's figures, so it was held a week after they arrived
 * (and never later than yesterday): its minutes show nothing it could not have seen.
 */
function meetingDay(latest: Period, now: Date): string {
  const arrived = deliveredAt(formatCanonical(latest), now).slice(0, 10);
  const weekLater = addDays(arrived, 7);
  const yesterday = addDays(copenhagenDay(now), -1);
  return weekLater < yesterday ? weekLater : yesterday;
}

/** The last day of a quarter, e.g. "2026-12-31". */
function lastDayOf(period: Period): string {
  return new Date(Date.UTC(period.year, period.index * 3, 0)).toISOString().slice(0, 10);
}

/**
 * A goal and a held meeting with a decision, so the demo shows a glide path, a follow-up at the next
 * meeting and the before/after of an action, not only empty pages. All dates follow the data: the
 * meeting was held a week after the latest quarter's figures arrived, the goal's baseline is two quarters before it.
 */
async function seedDemoWork(db: Db, groupId: number, editorId: number, indicatorIds: ReadonlyMap<string, number>, now: Date, readerId?: number): Promise<void> {
  const visitation = indicatorIds.get('VISITATION');
  const sickLeave = indicatorIds.get('SYGEFRAV');
  if (visitation === undefined || sickLeave === undefined) return;
  const latest = demoLatestPeriod(now);
  const { years } = demoShift(now);
  const year = (authored: number) => authored + years;
  const baselinePeriod = previousPeriod(previousPeriod(latest));
  const baseline = await db
    .selectFrom('observations')
    .select('value')
    .where('indicator_id', '=', visitation)
    .where('period', '=', formatCanonical(baselinePeriod))
    .executeTakeFirst();
  let deadline = latest;
  for (let i = 0; i < 5; i++) deadline = nextPeriod(deadline);
  await insertGoal(db, groupId, editorId, {
    title: 'Kortere sagsbehandlingstid i visitationen',
    description:
      'Borgere, der søger om hjemmehjælp, skal have en afgørelse på højst 9 kalenderdage i gennemsnit, så de ikke venter på hjælp, de har brug for.',
    targetGroup: { key: 'elderly' },
    whatChanges: 'Ældre borgere, der søger om hjemmehjælp, får en afgørelse inden for 9 kalenderdage i stedet for de 15, de venter i dag.',
    evidence: 'Sagsbehandlingstiden i omsorgssystemets visitationsmodul, opgjort hvert kvartal.',
    indicatorId: visitation,
    baselineValue: baseline?.value ?? 15,
    baselinePeriod,
    baselineSource: 'data',
    targetValue: 9,
    deadline,
    milestones: [
      { period: latest, value: 13 },
      { period: nextPeriod(nextPeriod(latest)), value: 12 },
      { period: previousPeriod(deadline), value: 10 },
    ],
    responsible: 'Visitationschefen',
    acceptances: [
      { party: 'med-committee', how: 'MED-udvalget drøftede og bakkede op om målet på sit kvartalsmøde', when: `${year(2026)}-03-12` },
      { party: 'committee', how: 'Social- og Sundhedsudvalget godkendte målet på sit møde', when: `${year(2026)}-04-07` },
    ],
    resources: [
      { kind: 'people', amount: 2, description: `visitatorer flyttes fra revisitation til nye sager i ${year(2026)}` },
      { kind: 'money', amount: 120000, description: 'licens og opsætning af den digitale ansøgning, så sagerne er fuldt oplyst fra start' },
    ],
    realismReasoning: `Efter den nye visitationsproces i ${year(2022)} faldt tiden fra 29 til 17 dage på et år.`,
    noiseReason: '',
    beneficiary: { key: 'elderly' },
    whyItMatters: 'Borgerne får hjælpen i hverdagen hurtigere, og visitatorerne kan se, at deres arbejde gør en forskel.',
    driverUserId: editorId,
    drivenBy: 'Teamlederen i visitationen',
    status: 'active',
  });
  const meeting = await insertMeeting(db, groupId, editorId, {
    title: `Ledermøde ${latest.index}. kvartal ${latest.year}`,
    date: meetingDay(latest, now),
    startTime: '09:00',
    durationMinutes: 60,
    location: 'Mødelokale 2, Rådhuset',
    attendees: 'Mette Holm, Jens Lund',
    chairUserId: editorId,
    secretaryUserId: readerId ?? null,
  });
  // Each indicator on the agenda has an owner in the group, named in the reminders before a meeting.
  await db.updateTable('indicators').set({ owner_user_id: editorId }).where('id', '=', sickLeave).execute();
  if (readerId !== undefined) await db.updateTable('indicators').set({ owner_user_id: readerId }).where('id', '=', visitation).execute();
  const item = await insertItem(db, meeting.id, {
    kind: 'indicator',
    indicatorId: sickLeave,
    // The group chose it: the rise was within the normal variation, but the night shift's absence worried them.
    reason: ADDED_BY_GROUP,
  });
  await insertItem(db, meeting.id, { kind: 'indicator', indicatorId: visitation, reason: 'Bagud i forhold til målet „Kortere sagsbehandlingstid i visitationen“' });
  // The first box of the leadership foundation, "en kasse ad gangen".
  const box = await insertItem(db, meeting.id, { kind: 'theme', bankEntryId: 'profession', topic: 'Vi ser lederskabet som en profession', reason: 'Tilføjet af gruppen' });
  await setItemNotes(db, meeting.id, item.id, 'Fraværet er højest i nattevagten, hvor nye medarbejdere ofte står alene.');
  await setDiscussedQuestions(db, box.id, ['most-important-together', 'silo-thinking'], editorId);
  await setItemNotes(db, meeting.id, box.id, 'Vi vil være sammen om sygefraværet på tværs af distrikterne i stedet for at løse det hver for sig.');
  const action = await insertAction(
    db,
    { groupId, meetingId: meeting.id, itemId: item.id, indicatorId: sickLeave, goalId: null, userId: editorId },
    {
      whatAndWhy: 'Faste makkerpar i nattevagten, fordi fraværet er højest dér',
      howAndWho: 'Teamlederne sætter makkerpar sammen med medarbejderne',
      responsible: 'Mette Holm',
      responsibleUserId: editorId,
      dueDate: lastDayOf(nextPeriod(latest)),
      startPeriod: latest,
      interventionKind: 'organisation',
    },
  );
  await insertStatusChange(db, { actionId: action.id, fromStatus: null, toStatus: 'open', comment: '', userId: editorId, at: duringMeeting(meeting.date, '09:45') });
  await setActionStatus(db, groupId, action.id, 'in-progress');
  await insertStatusChange(db, { actionId: action.id, fromStatus: 'open', toStatus: 'in-progress', comment: 'Makkerparrene er sat sammen i to af tre distrikter.', userId: editorId });
  const together = await insertAction(
    db,
    { groupId, meetingId: meeting.id, itemId: box.id, indicatorId: null, goalId: null, userId: editorId },
    {
      whatAndWhy: 'Et fælles punkt om fravær på hvert ledermøde, fordi vi løser det bedre sammen end hver for sig',
      howAndWho: 'Distriktslederne deler på skift, hvad der virker i deres distrikt',
      responsible: 'Jens Lund',
      responsibleUserId: readerId ?? null,
      dueDate: lastDayOf(nextPeriod(latest)),
      startPeriod: null,
      interventionKind: null,
    },
  );
  await insertStatusChange(db, { actionId: together.id, fromStatus: null, toStatus: 'open', comment: '', userId: editorId, at: duringMeeting(meeting.date, '09:50') });
  await setMeetingClosed(db, groupId, meeting.id, true, duringMeeting(meeting.date, '10:00'));
}

/** A stored timestamp for a time of day in Copenhagen on the meeting's day, so the demo's record reads as held then. */
function duringMeeting(date: string, time: string): string {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return new Date(startOfCopenhagenDay(date).getTime() + (hours * 60 + minutes) * 60_000).toISOString();
}
