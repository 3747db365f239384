import type { Db } from '../db/connection.js';
import { insertGroup, setGroupParent } from '../groups/group-queries.js';
import { insertComputed } from '../indicators/computed-service.js';
import type { IndicatorInput } from '../indicators/indicator.js';
import { insertIndicator, setIndicatorLinks } from '../indicators/indicator-queries.js';
import { findParts } from '../indicators/computed-service.js';
import { formatCanonical, previousPeriod, type Period } from '../periods/period.js';
import { demoLatestPeriod } from './demo-data.js';

/**
 * The demo's organisation (issue 14): a direktion over the two leader groups, sharing one computed
 * indicator — personaleomsætning = fratrådte / gennemsnitligt antal ansatte × 100 — that both groups
 * use with their own figures, and a national reference series, so the comparison, the reference line
 * and the datagrundlag card can be seen right after `npm start`. Dagtilbud has not yet delivered the
 * latest quarter, so the comparison shows a missing group as missing.
 */

export const DEMO_DIRECTORATE = {
  name: 'Direktionen',
  description: 'Kommunaldirektøren og direktørerne for velfærd, børn og unge. Direktionen følger nøgletal på tværs af områderne.',
  coreTask: 'Vi leder kommunen som helhed, så borgerne får sammenhængende hjælp af høj kvalitet inden for de rammer, byrådet sætter.',
};

const TURNOVER: IndicatorInput = {
  code: 'PERSONALEOMS',
  name: 'Personaleomsætning',
  definition:
    'Medarbejdere, der er fratrådt i kvartalet, i procent af det gennemsnitlige antal ansatte i kvartalet. Tæller kun fratrædelser, ikke interne flytninger.',
  whyItMatters:
    'Når mange medarbejdere går, mister borgerne kendte ansigter, og viden og erfaring forsvinder. Omsætningen viser også, om arbejdspladsen kan holde på sine folk.',
  unit: '%',
  decimals: 1,
  direction: 'down',
  rangeMin: null,
  rangeMax: null,
  frequency: 'quarter',
  dataSource: 'Lønsystemet (fratrædelser og ansatte pr. kvartal)',
  deliveredBy: 'HR, Løn og Personale',
};

const DEFINITION = {
  numeratorLabel: 'Fratrådte medarbejdere',
  denominatorLabel: 'Gennemsnitligt antal ansatte',
  factor: 100,
  partUnit: 'antal' as const,
  numeratorCode: 'FRATRAADTE',
  denominatorCode: 'ANSATTE',
};

/** The latest twelve quarters, oldest first. */
function lastQuarters(latest: Period, n: number): Period[] {
  const periods = [latest];
  while (periods.length < n) periods.unshift(previousPeriod(periods[0]!));
  return periods;
}

// Written once from a seasonal pattern (more leave in the summer quarter) and fixed noise, so the demo is the same every time.
const WOBBLE = [0.4, -0.3, 0.1, -0.2, 0.3, -0.1, 0.2, -0.4, 0.0, 0.3, -0.2, 0.1];
const SUMMER = [0, 0, 1.1, -0.3];

function turnover(base: number, trend: number, i: number, period: Period): number {
  return Math.max(0.5, base + trend * i + (SUMMER[period.index - 1] ?? 0) + (WOBBLE[i % WOBBLE.length] ?? 0));
}

/** When a quarter's HR figures reach the group: about four weeks after it ended (never in the future). */
function deliveredAt(period: Period, now: Date): string {
  const delivered = new Date(Date.UTC(period.year, period.index * 3, 28, 9, 0, 0));
  return (delivered < now ? delivered : new Date(now.getTime() - 86_400_000)).toISOString();
}

async function insertValues(db: Db, indicatorId: number, values: ReadonlyArray<{ period: Period; value: number }>, now: Date): Promise<void> {
  if (values.length === 0) return;
  await db
    .insertInto('observations')
    .values(
      values.map((v) => ({
        indicator_id: indicatorId,
        period: formatCanonical(v.period),
        value: v.value,
        comment: null,
        import_id: null,
        updated_by: null,
        created_at: deliveredAt(v.period, now),
        updated_at: deliveredAt(v.period, now),
      })),
    )
    .execute();
}

/** Seeds the direktion over `groupIds` (eldercare, daycare) and returns its id. */
export async function seedDemoDirectorate(db: Db, groupIds: readonly number[], now: Date): Promise<number> {
  const directorate = await insertGroup(db, DEMO_DIRECTORATE);
  for (const id of groupIds) await setGroupParent(db, id, directorate.id);
  const sharedAt = new Date(now.getTime() - 400 * 86_400_000).toISOString();

  const shared = await insertComputed(db, directorate.id, TURNOVER, DEFINITION);
  await setIndicatorLinks(db, shared.id, { sharedAt, totalRule: 'none' });
  const sharedParts = (await findParts(db, shared))!;

  const periods = lastQuarters(demoLatestPeriod(now), 12);
  const national = await insertIndicator(
    db,
    directorate.id,
    {
      ...TURNOVER,
      code: null,
      name: `${TURNOVER.name} – Hele landet`,
      definition: `Sammenligningstal for „${TURNOVER.name}“: Hele landet.`,
      whyItMatters: 'Viser jeres tal ved siden af Hele landet.',
      dataSource: 'KRL, personaleomsætning i kommunerne',
      deliveredBy: '',
    },
    { seriesOf: shared.id, seriesKind: 'reference', seriesLabel: 'Hele landet' },
  );
  await insertValues(db, national.id, periods.map((period, i) => ({ period, value: Math.round(turnover(4.4, 0, i, period) * 10) / 10 })), now);

  const groups = [
    { id: groupIds[0]!, staff: 420, base: 4.8, trend: -0.06, upTo: periods.length },
    // Dagtilbud's HR figures for the latest quarter have not come yet.
    { id: groupIds[1]!, staff: 150, base: 5.6, trend: -0.02, upTo: periods.length - 1 },
  ];
  for (const group of groups) {
    const adopted = await insertComputed(db, group.id, TURNOVER, DEFINITION, {
      adoptedFrom: shared.id,
      partsAdoptedFrom: [sharedParts.numerator.id, sharedParts.denominator.id],
    });
    const parts = (await findParts(db, adopted))!;
    const shown = periods.slice(0, group.upTo);
    const staff = shown.map((period, i) => ({ period, value: group.staff + ((i * 7) % 11) - 5 }));
    const leavers = shown.map((period, i) => ({ period, value: Math.round((turnover(group.base, group.trend, i, period) * staff[i]!.value) / 100) }));
    await insertValues(db, parts.numerator.id, leavers, now);
    await insertValues(db, parts.denominator.id, staff, now);
  }
  return directorate.id;
}
