import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GoalDraft } from '../../../src/goals/goal.js';
import { glidePath, goalProgress, PROGRESS_DISPLAY, type ProgressStatus } from '../../../src/goals/progress.js';
import { VERDICT_DISPLAY } from '../../../src/goals/verdict-display.js';
import type { Indicator } from '../../../src/indicators/indicator.js';
import type { Observation } from '../../../src/indicators/observation.js';
import { formatCanonical } from '../../../src/periods/period.js';
import { goodGoal, p, series, SICK_LEAVE_ID, sickLeave, TODAY } from './fixtures.js';

/** Mid-May 2027: the latest completed quarter is 1. kvt. 2027, two quarters after the baseline. */
const MAY_2027 = new Date('2027-05-15T12:00:00');

/** Sick leave 7,7 % in 3. kvt. 2026 → 5,5 % in 1. kvt. 2028; the plan for 1. kvt. 2027 is 6,97 ≈ 7,0 %. */
const sickGoal = goodGoal();

const satisfaction = sickLeave({ id: 8, name: 'Borgertilfredshed, hjemmeplejen', direction: 'up' });
/** Satisfaction 78 % → 84 % over the same six quarters; the plan for 1. kvt. 2027 is 80,0 %. */
const satisfactionGoal = goodGoal({ indicatorId: 8, baselineValue: 78, targetValue: 84 });

const waiting = sickLeave({ id: 9, name: 'Ventetid på hjælpemidler', unit: 'dage', decimals: 0, direction: 'range', rangeMin: 5, rangeMax: 10 });
/** Hold the waiting time at 8 days, inside the limits 5–10 days. */
const waitingGoal = goodGoal({ indicatorId: 9, baselineValue: 8, targetValue: 8 });

const after = (id: number, values: (number | null)[]) => series(id, '2026K4', values);

describe('glidePath', () => {
  it.each([
    { period: '2026K3', expected: 7.7, behaviour: 'starts at the baseline' },
    { period: '2027K2', expected: 6.6, behaviour: 'is halfway after three of six quarters' },
    { period: '2028K1', expected: 5.5, behaviour: 'ends at the target at the deadline' },
    { period: '2025K1', expected: 7.7, behaviour: 'stays at the baseline before it' },
    { period: '2029K1', expected: 5.5, behaviour: 'stays at the target after the deadline' },
  ])('$behaviour ($period → $expected)', ({ period, expected }) => {
    expect(glidePath({ baselineValue: 7.7, baselinePeriod: p('2026K3'), targetValue: 5.5, deadline: p('2028K1') }, p(period))).toBeCloseTo(
      expected,
      9,
    );
  });
});

describe('goalProgress', () => {
  it.each<{
    behaviour: string;
    goal: GoalDraft;
    indicator: Indicator;
    observations: Observation[];
    today: Date;
    status: ProgressStatus;
    latest?: string;
    message: string;
  }>([
    {
      behaviour: 'is on track when sick leave is below the plan (down)',
      goal: sickGoal,
      indicator: sickLeave(),
      observations: after(SICK_LEAVE_ID, [7.4, 6.9]),
      today: MAY_2027,
      status: 'på sporet',
      latest: '2027K1',
      message:
        '„Sygefravær, Solgården“ var 6,9 % i 1. kvt. 2027. Planen sagde højst 7,0 % på det tidspunkt, så I er på sporet mod 5,5 % i 1. kvt. 2028.',
    },
    {
      behaviour: 'is on track when the value equals the plan as shown, 7,0 %',
      goal: sickGoal,
      indicator: sickLeave(),
      observations: after(SICK_LEAVE_ID, [7.4, 7.0]),
      today: MAY_2027,
      status: 'på sporet',
      latest: '2027K1',
      message:
        '„Sygefravær, Solgården“ var 7,0 % i 1. kvt. 2027. Planen sagde højst 7,0 % på det tidspunkt, så I er på sporet mod 5,5 % i 1. kvt. 2028.',
    },
    {
      behaviour: 'is behind when sick leave is above the plan, and says by how much (down)',
      goal: sickGoal,
      indicator: sickLeave(),
      observations: after(SICK_LEAVE_ID, [7.4, 7.4]),
      today: MAY_2027,
      status: 'bagud',
      latest: '2027K1',
      message:
        '„Sygefravær, Solgården“ var 7,4 % i 1. kvt. 2027. Planen sagde højst 7,0 % på det tidspunkt, så I er 0,4 procentpoint bagud. ' +
        'Målet er 5,5 % i 1. kvt. 2028.',
    },
    {
      behaviour: 'is reached when sick leave is at or below the target (down)',
      goal: sickGoal,
      indicator: sickLeave(),
      observations: after(SICK_LEAVE_ID, [6.2, 5.4]),
      today: MAY_2027,
      status: 'nået',
      latest: '2027K1',
      message: '„Sygefravær, Solgården“ var 5,4 % i 1. kvt. 2027 – målet på højst 5,5 % er nået.',
    },
    {
      behaviour: 'is on track when satisfaction is above the plan (up)',
      goal: satisfactionGoal,
      indicator: satisfaction,
      observations: after(8, [79, 80.5]),
      today: MAY_2027,
      status: 'på sporet',
      latest: '2027K1',
      message:
        '„Borgertilfredshed, hjemmeplejen“ var 80,5 % i 1. kvt. 2027. Planen sagde mindst 80,0 % på det tidspunkt, ' +
        'så I er på sporet mod 84,0 % i 1. kvt. 2028.',
    },
    {
      behaviour: 'is behind when satisfaction is below the plan (up)',
      goal: satisfactionGoal,
      indicator: satisfaction,
      observations: after(8, [78.5, 79]),
      today: MAY_2027,
      status: 'bagud',
      latest: '2027K1',
      message:
        '„Borgertilfredshed, hjemmeplejen“ var 79,0 % i 1. kvt. 2027. Planen sagde mindst 80,0 % på det tidspunkt, ' +
        'så I er 1,0 procentpoint bagud. Målet er 84,0 % i 1. kvt. 2028.',
    },
    {
      behaviour: 'is reached when satisfaction is at or above the target (up)',
      goal: satisfactionGoal,
      indicator: satisfaction,
      observations: after(8, [81, 84.2]),
      today: MAY_2027,
      status: 'nået',
      latest: '2027K1',
      message: '„Borgertilfredshed, hjemmeplejen“ var 84,2 % i 1. kvt. 2027 – målet på mindst 84,0 % er nået.',
    },
    {
      behaviour: 'misses data when the latest completed quarter has no value, and shows the newest one',
      goal: sickGoal,
      indicator: sickLeave(),
      observations: after(SICK_LEAVE_ID, [7.4]),
      today: MAY_2027,
      status: 'mangler data',
      latest: '2026K4',
      message: 'Tallet for 1. kvt. 2027 mangler. Det seneste tal er 7,4 % for 4. kvt. 2026.',
    },
    {
      behaviour: 'misses data when there is no value after the baseline at all',
      goal: sickGoal,
      indicator: sickLeave(),
      observations: series(SICK_LEAVE_ID, '2026K1', [7.1, 7.5, 7.7]),
      today: MAY_2027,
      status: 'mangler data',
      message: 'Der er ingen tal for „Sygefravær, Solgården“ efter udgangspunktet i 3. kvt. 2026. Tallet for 1. kvt. 2027 mangler.',
    },
    {
      behaviour: 'says when the first value is due for a goal set in the current quarter',
      goal: sickGoal,
      indicator: sickLeave(),
      observations: series(SICK_LEAVE_ID, '2026K1', [7.1, 7.5, 7.7]),
      today: TODAY,
      status: 'mangler data',
      message: 'Der er endnu ingen tal efter udgangspunktet i 3. kvt. 2026. Det første kommer for 4. kvt. 2026.',
    },
    {
      behaviour: 'judges a passed deadline by the deadline’s own value, not by later values',
      goal: sickGoal,
      indicator: sickLeave(),
      observations: after(SICK_LEAVE_ID, [7.4, 7.0, 6.8, 6.5, 6.3, 6.0, 5.0]),
      today: new Date('2028-08-01T12:00:00'),
      status: 'bagud',
      latest: '2028K1',
      message: '„Sygefravær, Solgården“ var 6,0 % i 1. kvt. 2028, som var fristen. Målet på højst 5,5 % blev ikke nået.',
    },
    {
      behaviour: 'is reached while a range indicator stays inside its limits',
      goal: waitingGoal,
      indicator: waiting,
      observations: after(9, [9, 10]),
      today: MAY_2027,
      status: 'nået',
      latest: '2027K1',
      message: '„Ventetid på hjælpemidler“ var 10 dage i 1. kvt. 2027 – inden for grænserne 5–10 dage, så målet er nået.',
    },
    {
      behaviour: 'is behind when a range indicator leaves its limits',
      goal: waitingGoal,
      indicator: waiting,
      observations: after(9, [9, 11]),
      today: MAY_2027,
      status: 'bagud',
      latest: '2027K1',
      message: '„Ventetid på hjælpemidler“ var 11 dage i 1. kvt. 2027 – uden for grænserne 5–10 dage.',
    },
    {
      behaviour: 'misses data when the goal has no target yet',
      goal: goodGoal({ targetValue: null }),
      indicator: sickLeave(),
      observations: after(SICK_LEAVE_ID, [7.4, 6.9]),
      today: MAY_2027,
      status: 'mangler data',
      message: 'Målet mangler udgangspunkt, målværdi eller frist, så fremdriften kan ikke følges.',
    },
  ])('$behaviour', ({ goal, indicator, observations, today, status, latest, message }) => {
    const progress = goalProgress(goal, indicator, observations, today);
    expect(progress.status).toBe(status);
    expect(progress.message).toBe(message);
    expect(progress.latest && formatCanonical(progress.latest.period)).toBe(latest);
  });

  it('reports the unrounded glide-path value for the latest period', () => {
    expect(goalProgress(sickGoal, sickLeave(), after(SICK_LEAVE_ID, [7.4, 6.9]), MAY_2027).expected).toBeCloseTo(7.7 - 2.2 / 3, 9);
  });
});

describe('display of progress and verdicts', () => {
  const sprite = readFileSync(new URL('../../../node_modules/dkfds/dist/img/all-svg-icons.svg', import.meta.url), 'utf8');

  it.each(Object.entries({ ...PROGRESS_DISPLAY, ...VERDICT_DISPLAY }))('"%s" has a label and a dkfds icon that exists', (_, display) => {
    expect(display.label).not.toBe('');
    expect(sprite).toContain(`id="${display.icon}"`);
  });

  it('gives every progress status its own icon, so they differ without colour', () => {
    const icons = Object.values(PROGRESS_DISPLAY).map((d) => d.icon);
    expect(new Set(icons).size).toBe(icons.length);
  });
});
