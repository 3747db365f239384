import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changeGoalStatus, saveGoalStep, startGoal } from '../../src/goals/goal-service.js';
import { findGoal, insertGoal } from '../../src/goals/goal-queries.js';
import { EMPTY_DRAFT, stepOf } from '../../src/goals/goal-steps.js';
import type { GoalDraft } from '../../src/goals/goal.js';
import { upsertObservation } from '../../src/indicators/observation-queries.js';
import { parseCanonical } from '../../src/periods/period.js';
import { ValidationError } from '../../src/shared/errors.js';
import { createTestWorld, type TestWorld } from '../support/test-app.js';

let world: TestWorld;
beforeEach(async () => {
  world = await createTestWorld();
});
afterEach(async () => {
  await world.db.destroy();
});

const TODAY = new Date('2026-11-27T12:00:00');
const actor = () => ({ userId: world.ids.users.editorA, groupId: world.ids.groupA });
const goalCount = async () => (await world.db.selectFrom('goals').select('id').execute()).length;

async function refusal(action: Promise<unknown>): Promise<ValidationError> {
  const error = await action.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return error as ValidationError;
}

/** Sick leave 2024K1–2026K2 with small swings, so a 0,6-point fall stands out from the noise. */
async function addHistory(): Promise<void> {
  const values: [string, number][] = [
    ['2024K1', 8.6], ['2024K2', 8.4], ['2024K3', 8.1], ['2024K4', 7.9],
    ['2025K1', 7.8], ['2025K2', 7.9], ['2025K3', 7.8], ['2025K4', 7.7],
  ];
  for (const [period, value] of values) {
    await upsertObservation(world.db, world.ids.sickLeave, { period: parseCanonical(period), value, comment: null, userId: null });
  }
}

function wellFormed(): GoalDraft {
  return {
    ...EMPTY_DRAFT,
    title: 'Lavere sygefravær i hjemmeplejen',
    description: 'Sygefraværet blandt medarbejderne i hjemmeplejen skal ned fra 7,5 % til 6,5 %, så borgerne oftere møder kendte ansigter.',
    targetGroup: { key: 'employees' },
    whatChanges: 'Medarbejderne har færre sygedage: højst 6,5 % af arbejdsdagene mod 7,5 % i dag.',
    indicatorId: world.ids.sickLeave,
    baselineValue: 7.5,
    baselinePeriod: parseCanonical('2026K2'),
    baselineSource: 'data',
    targetValue: 6.5,
    deadline: parseCanonical('2027K4'),
    milestones: [{ period: parseCanonical('2027K1'), value: 7 }],
    acceptances: [{ party: 'med-committee', how: 'MED-udvalget godkendte målet på sit møde', when: '2026-11-12' }],
    resources: [{ kind: 'hours', amount: 2, description: 'om ugen til arbejdsmiljørepræsentanten' }],
    realismReasoning: 'I 2024 fik vi fraværet ned med tidlige samtaler.',
    beneficiary: { key: 'home-care' },
    whyItMatters: 'Når en kollega er syg, møder borgerne vikarer, som ikke kender deres vaner.',
    driverUserId: world.ids.users.editorA,
  };
}

describe('starting a goal', () => {
  it.each([
    { name: 'nothing posted', raw: {} },
    { name: 'only blank fields and the navigation button', raw: { title: '  ', description: '', targetGroup: '', whatChanges: ' ', naviger: 'naeste' } },
  ])('creates no draft from an empty step S ($name)', async ({ raw }) => {
    const error = await refusal(startGoal(world.db, actor(), raw));
    expect(error.errors).toEqual([
      { field: 'title', message: 'Skriv mindst en titel eller hvem målet gælder for, før I går videre. Der er ikke gemt noget endnu.' },
    ]);
    expect(await goalCount()).toBe(0);
  });

  it('creates a draft as soon as step S says anything, such as only the target group', async () => {
    const goal = await startGoal(world.db, actor(), { targetGroup: 'elderly' });
    expect(goal).toMatchObject({ status: 'draft', title: '', targetGroup: { key: 'elderly' } });
    expect(await goalCount()).toBe(1);
  });
});

describe('activating a goal', () => {
  it('refuses a goal with "mangler" and names the criteria before the rules to fix', async () => {
    await addHistory();
    const goal = await insertGoal(world.db, world.ids.groupA, world.ids.users.editorA, {
      ...wellFormed(),
      title: 'Bedre trivsel',
      description: 'Vi skal blive bedre til at tage hånd om medarbejderne, så de har det godt.',
      acceptances: [{ party: 'employees', how: 'Ok', when: 'i går' }],
      resources: [{ kind: 'other', amount: null, description: 'Vi gør vores bedste' }],
      targetValue: 7.4,
      deadline: parseCanonical('2026K3'),
      milestones: [],
      whyItMatters: 'Det er vigtigt',
      driverUserId: null,
      drivenBy: 'Alle',
    });
    const error = await refusal(changeGoalStatus(world.db, actor(), goal.id, 'active', TODAY));
    expect(error.errors[0]).toEqual({
      field: 'status',
      message:
        'Målet kan ikke blive aktivt, før S (Specifik), A (Accepteret), R (Realistisk), T (Tidsbestemt) og E (Engagerende) er i orden. ' +
        'Det, der mangler, står herunder.',
    });
    expect(error.errors.map((e) => e.field)).toEqual(
      expect.arrayContaining(['description', 'acceptance-0-how', 'acceptance-0-when', 'noiseReason', 'resource-0-description', 'deadline', 'whyItMatters', 'driverUserId']),
    );
    expect((await findGoal(world.db, world.ids.groupA, goal.id))!.status).toBe('draft');
  });

  it('activates a well-formed goal, even with a criterion that is only "kan styrkes"', async () => {
    await addHistory();
    const goal = await insertGoal(world.db, world.ids.groupA, world.ids.users.editorA, { ...wellFormed(), drivenBy: 'Alle' });
    const { goal: active, changed } = await changeGoalStatus(world.db, actor(), goal.id, 'active', TODAY);
    expect(changed).toBe(true);
    expect(active.status).toBe('active');
  });

  it('refuses a driver who left the group, because the driver must be a member', async () => {
    await addHistory();
    const goal = await insertGoal(world.db, world.ids.groupA, world.ids.users.editorA, { ...wellFormed(), driverUserId: world.ids.users.editorB });
    const error = await refusal(changeGoalStatus(world.db, actor(), goal.id, 'active', TODAY));
    expect(error.errors).toContainEqual({
      field: 'driverUserId',
      message: 'Den valgte person er ikke medlem af ledergruppen. Vælg en af gruppens medlemmer.',
    });
  });
});

describe('saving step E', () => {
  it('refuses a driver from another group and stores nothing', async () => {
    const goal = await startGoal(world.db, actor(), { title: 'Lavere sygefravær' });
    const error = await refusal(saveGoalStep(world.db, actor(), goal.id, stepOf('e')!, { driverUserId: String(world.ids.users.editorB) }));
    expect(error.errors).toEqual([{ field: 'driverUserId', message: 'Vælg en person fra listen over gruppens medlemmer.' }]);
    expect((await findGoal(world.db, world.ids.groupA, goal.id))!.driverUserId).toBeNull();
  });

  it('stores a member as the driver, and the structured rows of steps R and T', async () => {
    const goal = await startGoal(world.db, actor(), { title: 'Lavere sygefravær' });
    await saveGoalStep(world.db, actor(), goal.id, stepOf('e')!, { driverUserId: String(world.ids.users.readerA), beneficiary: 'employees' });
    await saveGoalStep(world.db, actor(), goal.id, stepOf('r')!, {
      'resource-0-kind': 'money',
      'resource-0-amount': '150000',
      'resource-0-description': 'vikardækning til kurser',
      noiseReason: 'Vi ser på gennemsnittet af fire kvartaler.',
    });
    await saveGoalStep(world.db, actor(), goal.id, stepOf('t')!, { deadline: '4. kvt. 2027', 'milestone-0-period': '2027K1', 'milestone-0-value': '7,1' });
    const stored = (await findGoal(world.db, world.ids.groupA, goal.id))!;
    expect(stored).toMatchObject({
      driverUserId: world.ids.users.readerA,
      beneficiary: { key: 'employees' },
      resources: [{ kind: 'money', amount: 150000, description: 'vikardækning til kurser' }],
      noiseReason: 'Vi ser på gennemsnittet af fire kvartaler.',
      deadline: parseCanonical('2027K4'),
      milestones: [{ period: parseCanonical('2027K1'), value: 7.1 }],
    });
  });
});
