import type { Db } from '../db/connection.js';
import { hashPassword } from '../auth/password.js';
import { countUsers, insertUser } from '../auth/user-queries.js';
import { insertGroup, upsertMembership } from '../groups/group-queries.js';
import { insertIndicator } from '../indicators/indicator-queries.js';
import { demoGroups } from './demo-data.js';
import { insertGoal } from '../goals/goal-queries.js';
import { insertAction, setActionStatus } from '../meetings/action-queries.js';
import { insertItem, insertMeeting, setMeetingClosed } from '../meetings/meeting-queries.js';
import { parseCanonical } from '../periods/period.js';

export const DEMO_PASSWORD = 'demo-datadialog';

export const demoUsers = [
  { email: 'admin@datadialog.local', name: 'Anne Administrator', isAdmin: true, memberships: [] as Array<[number, 'editor' | 'reader']> },
  { email: 'mette@datadialog.local', name: 'Mette Holm', isAdmin: false, memberships: [[0, 'editor']] as Array<[number, 'editor' | 'reader']> },
  { email: 'jens@datadialog.local', name: 'Jens Lund', isAdmin: false, memberships: [[0, 'reader']] as Array<[number, 'editor' | 'reader']> },
  { email: 'sofie@datadialog.local', name: 'Sofie Krogh', isAdmin: false, memberships: [[1, 'editor']] as Array<[number, 'editor' | 'reader']> },
];

/**
 * When a quarter's figure would have reached the group: about three weeks after the quarter ended.
 * Stamping demo values with that date, not with the moment of seeding, keeps "new since the last
 * meeting" meaningful in the demo.
 */
function deliveredAt(canonical: string): string {
  const period = parseCanonical(canonical);
  const endMonth = period.frequency === 'quarter' ? period.index * 3 : period.frequency === 'month' ? period.index : 12;
  return new Date(Date.UTC(period.year, endMonth, 21, 8, 0, 0)).toISOString();
}

/** Seeds only an empty database, so real data is never touched by a restart. Returns whether it seeded. */
export async function seedDemoData(db: Db): Promise<boolean> {
  if ((await countUsers(db)) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction().execute(async (trx) => {
    const groupIds: number[] = [];
    const indicatorIds = new Map<string, number>();
    for (const demo of demoGroups) {
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
              created_at: deliveredAt(o.period),
              updated_at: deliveredAt(o.period),
            })),
          )
          .execute();
      }
    }
    const userIds: number[] = [];
    for (const demo of demoUsers) {
      const user = await insertUser(trx, { email: demo.email, name: demo.name, passwordHash, isAdmin: demo.isAdmin });
      userIds.push(user.id);
      for (const [groupIndex, role] of demo.memberships) await upsertMembership(trx, groupIds[groupIndex]!, user.id, role);
    }
    await seedDemoWork(trx, groupIds[0]!, userIds[1]!, indicatorIds);
  });
  return true;
}

/**
 * A goal and a held meeting with a decision, so the demo shows a glide path, a follow-up at the next
 * meeting and the before/after of an action, not only empty pages.
 */
async function seedDemoWork(db: Db, groupId: number, editorId: number, indicatorIds: ReadonlyMap<string, number>): Promise<void> {
  const visitation = indicatorIds.get('VISITATION');
  const sickLeave = indicatorIds.get('SYGEFRAV');
  if (visitation === undefined || sickLeave === undefined) return;
  await insertGoal(db, groupId, editorId, {
    title: 'Kortere sagsbehandlingstid i visitationen',
    description:
      'Borgere, der søger om hjemmehjælp, skal have en afgørelse på højst 10 kalenderdage i gennemsnit, så de ikke venter på hjælp, de har brug for.',
    indicatorId: visitation,
    baselineValue: 15,
    baselinePeriod: parseCanonical('2026K1'),
    baselineSource: 'data',
    targetValue: 10,
    deadline: parseCanonical('2027K4'),
    responsible: 'Visitationschefen',
    acceptances: [
      { party: 'employees', how: 'MED-udvalget drøftede og bakkede op om målet', when: '12. marts 2026' },
      { party: 'committee', how: 'Social- og Sundhedsudvalget godkendte målet', when: '7. april 2026' },
    ],
    resources: 'To visitatorer flyttes fra revisitation til nye sager i 2026; den digitale ansøgning tages i brug.',
    realismReasoning: 'Efter den nye visitationsproces i 2022 faldt tiden fra 29 til 17 dage på et år.',
    whyItMatters: 'Visitatorerne kan se, at deres arbejde gør en forskel, og borgerne får hurtigere hjælp i hverdagen.',
    drivenBy: 'Teamlederen i visitationen',
    status: 'active',
  });
  const meeting = await insertMeeting(db, groupId, editorId, { title: 'Ledermøde 3. kvartal 2026', date: '2026-09-15', attendees: 'Mette Holm, Jens Lund' });
  const item = await insertItem(db, meeting.id, { kind: 'indicator', indicatorId: sickLeave, reason: 'Gik den forkerte vej fra 1. kvt. 2026 til 2. kvt. 2026' });
  await insertItem(db, meeting.id, { kind: 'indicator', indicatorId: visitation, reason: 'Bagud i forhold til målet „Kortere sagsbehandlingstid i visitationen“' });
  const action = await insertAction(
    db,
    { groupId, meetingId: meeting.id, itemId: item.id, indicatorId: sickLeave, goalId: null, userId: editorId },
    {
      whatAndWhy: 'Faste makkerpar i nattevagten, fordi fraværet er højest dér',
      howAndWho: 'Teamlederne sætter makkerpar sammen med medarbejderne',
      responsible: 'Mette Holm',
      dueDate: '2026-12-31',
      startPeriod: parseCanonical('2026K3'),
      interventionKind: 'organisation',
    },
  );
  await setActionStatus(db, groupId, action.id, 'in-progress');
  await setMeetingClosed(db, groupId, meeting.id, true);
}
