/**
 * A leader writes a SMARTE goal by keyboard alone (Tab, Enter, Space, typing – also to choose in a
 * select –; focus is only placed directly where a keyboard user would Tab to). First the vague goal
 * from issue 9: "Bedre trivsel", "Ok, i går", "Vi gør vores bedste", "Det er vigtigt", "Alle" and
 * 6,5 % → 6,4 % in one quarter for an indicator that swings ±1,0 procentpoint. Every step answers in
 * structured fields, the check says "mangler" with the numbers, activation is refused with links to
 * the fields, and the leader fixes it step by step until every criterion is "opfyldt" and the goal
 * is active. "Næste" on an empty first step stores nothing. axe (WCAG 2.1 A/AA) runs on every step,
 * the error states, the check (missing and all met), the goal page and the goals list.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { expectNoAxeViolations, startBrowserWorld, type BrowserWorld } from '../support/browser.js';
import { PASSWORD, people } from '../support/test-app.js';
import { upsertObservation } from '../../src/indicators/observation-queries.js';
import { nextPeriod, parseCanonical } from '../../src/periods/period.js';

const FLOW_TIMEOUT = 240_000;

/*
 * Sygefravær 2022K1–2026K3: a fall from 8,6 % to 6,6 % in 2022–23 (1,3 procentpoint in four
 * quarters at best), then twelve quarters swinging around 6,5 %: the mean moving range is 0,38,
 * so one quarter normally swings ±1,0 procentpoint. The latest figure, 3. kvt. 2026, is 6,5 %.
 */
const SICK_LEAVE = [8.6, 8.3, 8.0, 7.6, 7.3, 7.0, 6.6, 6.1, 6.6, 6.2, 6.6, 6.3, 6.7, 6.3, 6.8, 6.4, 6.8, 6.4, 6.5];

let bw: BrowserWorld;
beforeAll(async () => {
  bw = await startBrowserWorld();
  let period = parseCanonical('2022K1');
  for (const value of SICK_LEAVE) {
    await upsertObservation(bw.world.db, bw.world.ids.sickLeave, { period, value, comment: null, userId: null });
    period = nextPeriod(period);
  }
});
afterAll(async () => {
  await bw?.close();
});

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const path = (page: Page) => new URL(page.url()).pathname;
const h1 = async (page: Page) => (await page.getByRole('heading', { level: 1 }).textContent())?.trim();
const goalCount = async () => (await bw.world.db.selectFrom('goals').select('id').execute()).length;

async function navigates(page: Page, action: () => Promise<unknown>): Promise<void> {
  const committed = page.waitForEvent('framenavigated', { predicate: (frame) => frame === page.mainFrame() });
  await action();
  await committed;
  await page.waitForLoadState('load');
}

async function pressEnterOn(page: Page, target: Locator): Promise<void> {
  await target.focus();
  await navigates(page, () => page.keyboard.press('Enter'));
}

/** Tabs forward until the element with this id has focus (at most `limit` presses). */
async function tabTo(page: Page, id: string, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if ((await focusedId(page)) === id) return;
    await page.keyboard.press('Tab');
  }
  expect(await focusedId(page)).toBe(id);
}

/** Tabs forward to the button with this text and presses Enter on it. */
async function tabToButtonAndPress(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    const text = await page.evaluate(() => (document.activeElement?.tagName === 'BUTTON' ? document.activeElement.textContent?.trim() : ''));
    if (text === name) return navigates(page, () => page.keyboard.press('Enter'));
    await page.keyboard.press('Tab');
  }
  throw new Error(`no button "${name}" reached by Tab`);
}

/** Replaces the focused field's text by typing. */
async function typeInto(page: Page, id: string, text: string): Promise<void> {
  expect(await focusedId(page)).toBe(id);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

/** Chooses in the focused select by typing the start of an option's text, as a keyboard user does. */
async function chooseIn(page: Page, id: string, typed: string, value: string): Promise<void> {
  expect(await focusedId(page)).toBe(id);
  await page.keyboard.type(typed);
  expect(await page.locator(`#${id}`).inputValue()).toBe(value);
}

/** The verdict the step indicator shows for a criterion, as text. */
async function stepVerdict(page: Page, title: string): Promise<string> {
  const item = page.getByRole('navigation', { name: 'Trin i målet' }).getByRole('listitem').filter({ hasText: title });
  return ((await item.locator('.step-verdict').textContent()) ?? '').trim();
}

const panel = (page: Page) => page.locator('.verdict-panel');
async function panelVerdict(page: Page): Promise<string> {
  return ((await panel(page).locator('.criterion__head .status-badge').textContent()) ?? '').trim();
}

/** "S Specifik: Mangler" for each criterion on the whole check. */
async function checkVerdicts(page: Page): Promise<string[]> {
  return page.locator('.criteria-list .criterion').evaluateAll((sections) =>
    sections.map((s) => `${s.querySelector('h2')?.textContent?.trim()}: ${s.querySelector('.status-badge')?.textContent?.trim()}`),
  );
}

/** The text of one criterion on the whole check. */
async function criterionText(page: Page, key: string): Promise<string> {
  return (await page.locator(`section[aria-labelledby="kriterie-${key}-heading"]`).textContent()) ?? '';
}

const VAGUE = {
  title: 'Bedre trivsel',
  description: 'Vi skal blive bedre til at tage hånd om medarbejderne, så de har det godt.',
  whatChanges: 'Medarbejderne skal have det godt.',
};
const FIXED = {
  description: 'Sygefraværet blandt medarbejderne i hjemmeplejen skal ned fra 6,5 % til 5,3 %, så borgerne oftere møder kendte ansigter.',
  whatChanges: 'Medarbejderne i hjemmeplejen har højst 5,3 % sygefravær mod 6,5 % i dag.',
  how: 'MED-udvalget godkendte målet på sit møde',
  reasoning: 'I 2022 fik vi fraværet ned fra 8,6 % til 7,3 % på et år med tidlige samtaler. Vi genindfører dem.',
  why: 'Når en kollega er syg, møder borgerne vikarer, som ikke kender deres vaner. Færre sygedage giver ro.',
};

describe('writing a SMARTE goal by keyboard', () => {
  it('goes through every step with the vague goal, is told what is missing, fixes it and makes the goal active', async () => {
    const { groupA } = bw.world.ids;
    const goals = `/grupper/${groupA}/maal`;
    const page = await bw.newPage();

    // Log in by keyboard; Ellen lands on her group's page.
    await page.goto('/log-ind');
    await page.locator('#email').focus();
    await page.keyboard.type(people.editorA.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await navigates(page, () => page.keyboard.press('Enter'));
    expect(path(page)).toBe(`/grupper/${groupA}`);

    // The goals list, empty, and the first step.
    await pressEnterOn(page, page.getByRole('link', { name: 'Mål – alle gruppens mål' }));
    expect(path(page)).toBe(goals);
    expect(await page.locator('main').textContent()).toContain('Gruppen har ingen mål endnu.');
    await expectNoAxeViolations(page, 'empty goals list');
    await pressEnterOn(page, page.getByRole('link', { name: 'Nyt mål' }));
    expect(await h1(page)).toBe('S – Specifik');
    expect(await page.locator('.seed-quote').textContent()).toContain('Det skal formuleres på en måde, så alle ved, hvad der tales om.');
    await expectNoAxeViolations(page, 'step S, new goal');

    // "Næste" on the empty form stores nothing and says what to write.
    await page.locator('#title').focus();
    await navigates(page, () => page.keyboard.press('Enter'));
    await expect.poll(() => focusedId(page)).toBe('error-summary');
    expect(await page.locator('#error-summary').textContent()).toContain('Skriv mindst en titel eller hvem målet gælder for, før I går videre.');
    expect(await goalCount()).toBe(0);
    await expectNoAxeViolations(page, 'step S, empty form refused');

    // S: the vague goal, in the structured fields; the target group is chosen by typing in the list.
    await page.locator('#title').focus();
    await page.keyboard.type(VAGUE.title);
    await page.keyboard.press('Tab');
    await typeInto(page, 'description', VAGUE.description);
    await page.keyboard.press('Tab');
    await chooseIn(page, 'targetGroup', 'Medarbejdere', 'employees');
    await tabTo(page, 'whatChanges');
    await page.keyboard.type(VAGUE.whatChanges);
    await tabToButtonAndPress(page, 'Næste: M – Målbar');
    expect(await h1(page)).toBe('M – Målbar');
    expect(await goalCount()).toBe(1);
    expect(await stepVerdict(page, 'Specifik')).toBe('Mangler');
    await expectNoAxeViolations(page, 'step M before an indicator is chosen');

    // M: the indicator with Space, the target 6,4 %; the baseline 6,5 % is proposed from the data.
    await page.locator('#indicatorId').focus();
    await page.keyboard.press('Space');
    await tabTo(page, 'targetValue');
    await page.keyboard.type('6,4');
    await navigates(page, () => page.keyboard.press('Enter'));
    expect(await page.getByRole('status').textContent()).toContain('Vi har foreslået udgangspunktet.');
    expect(await page.locator('#baselineValue').inputValue()).toBe('6,5');
    expect(await page.locator('#baselinePeriod').inputValue()).toBe('3. kvt. 2026');
    await expectNoAxeViolations(page, 'step M with the proposed baseline');
    await page.locator('#targetValue').focus();
    await navigates(page, () => page.keyboard.press('Enter'));
    expect(await h1(page)).toBe('A – Accepteret');
    await expectNoAxeViolations(page, 'step A');

    // A: "Medarbejdere: Ok, i går".
    await page.locator('#acceptance-0-party').focus();
    await chooseIn(page, 'acceptance-0-party', 'Medarbejdere', 'employees');
    await tabTo(page, 'acceptance-0-how');
    await page.keyboard.type('Ok');
    await page.keyboard.press('Tab');
    await typeInto(page, 'acceptance-0-when', 'i går');
    await navigates(page, () => page.keyboard.press('Enter'));
    expect(await h1(page)).toBe('R – Realistisk');
    expect(await stepVerdict(page, 'Accepteret')).toBe('Mangler');
    // The deadline is not set yet, so R cannot weigh the change against the swing, and does not ask why it counts.
    expect(await page.locator('#noiseReason').count()).toBe(0);
    await expectNoAxeViolations(page, 'step R');

    // R: "Vi gør vores bedste" as the only resource.
    await page.locator('#resource-0-kind').focus();
    await chooseIn(page, 'resource-0-kind', 'Andet', 'other');
    await tabTo(page, 'resource-0-description');
    await page.keyboard.type('Vi gør vores bedste');
    await navigates(page, () => page.keyboard.press('Enter'));
    expect(await h1(page)).toBe('T – Tidsbestemt');
    await expectNoAxeViolations(page, 'step T');

    // T: one quarter after the baseline; no milestone fits in between, so none is proposed.
    await page.locator('#deadline').focus();
    await page.keyboard.type('4. kvt. 2026');
    await navigates(page, () => page.keyboard.press('Enter'));
    expect(await h1(page)).toBe('E – Engagerende');
    await expectNoAxeViolations(page, 'step E');

    // E: "Det er vigtigt", nobody chosen to drive it, "Alle".
    await page.locator('#beneficiary').focus();
    await chooseIn(page, 'beneficiary', 'Medarbejdere', 'employees');
    await tabTo(page, 'whyItMatters');
    await page.keyboard.type('Det er vigtigt');
    await tabTo(page, 'drivenBy');
    await page.keyboard.type('Alle');
    await navigates(page, () => page.keyboard.press('Enter'));

    // The whole check: only M holds; R says the change and the swing in procentpoint.
    expect(await h1(page)).toBe('Tjek hele målet');
    expect(await checkVerdicts(page)).toEqual([
      'S Specifik: Mangler',
      'M Målbar: Opfyldt',
      'A Accepteret: Mangler',
      'R Realistisk: Mangler',
      'T Tidsbestemt: Mangler',
      'E Engagerende: Mangler',
    ]);
    const realistic = await criterionText(page, 'realistic');
    expect(realistic).toContain('Målet er et fald på 0,1 procentpoint; tallet svinger normalt ±1,0 procentpoint fra kvartal til kvartal');
    expect(realistic).toContain('„Vi gør vores bedste“ i række 1 er ikke en ressource.');
    expect(await criterionText(page, 'accepted')).toContain('„i går“ er ikke en dato.');
    expect(await page.locator('.criteria-list .status-badge svg use').count()).toBe(6);
    await expectNoAxeViolations(page, 'the whole check, criteria missing');

    // Activation is refused; the summary links to every field to fix.
    await pressEnterOn(page, page.getByRole('button', { name: 'Gør målet aktivt' }));
    await expect.poll(() => focusedId(page)).toBe('error-summary');
    expect(await page.locator('#error-summary h2').textContent()).toBe('Målet kan ikke gøres aktivt endnu');
    const id = goalIdOf(page);
    const step = (slug: string, field: string) => `${goals}/${id}/trin/${slug}#${field}`;
    const fixes = await page.locator('#error-summary a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(fixes).toEqual([
      '#status-actions',
      step('s', 'description'),
      step('s', 'whatChanges'),
      step('a', 'acceptance-0-how'),
      step('a', 'acceptance-0-when'),
      step('r', 'noiseReason'),
      step('r', 'resource-0-description'),
      step('t', 'deadline'),
      step('e', 'whyItMatters'),
      step('e', 'driverUserId'),
    ]);
    expect((await bw.world.db.selectFrom('goals').select('status').executeTakeFirstOrThrow()).status).toBe('draft');
    await expectNoAxeViolations(page, 'the check with activation refused');

    // The link about the swing opens step R in the field that asks why a small change counts.
    await pressEnterOn(page, page.locator(`#error-summary a[href="${step('r', 'noiseReason')}"]`));
    expect(await h1(page)).toBe('R – Realistisk');
    await expect.poll(() => focusedId(page)).toBe('noiseReason');
    expect(await panelVerdict(page)).toBe('Mangler');
    expect(await panel(page).textContent()).toContain('tallet svinger normalt ±1,0 procentpoint fra kvartal til kvartal');
    await expectNoAxeViolations(page, 'step R asking why a change inside the swing counts');

    // Fix S: a description and a change one can count. "Gem og tjek igen" stays on the step.
    await pressEnterOn(page, page.getByRole('navigation', { name: 'Trin i målet' }).getByRole('link', { name: /Specifik/ }));
    await page.locator('#description').focus();
    await typeInto(page, 'description', FIXED.description);
    await tabTo(page, 'whatChanges');
    await typeInto(page, 'whatChanges', FIXED.whatChanges);
    await tabToButtonAndPress(page, 'Gem og tjek igen');
    expect(await h1(page)).toBe('S – Specifik');
    expect(await panelVerdict(page)).toBe('Opfyldt');
    expect(await panel(page).textContent()).toContain('Indikatoren „Sygefravær“ viser, om det er lykkedes.');
    await expectNoAxeViolations(page, 'step S after the fix');

    // Fix M: a fall of 1,2 procentpoint, more than the swing.
    await tabToButtonAndPress(page, 'Næste: M – Målbar');
    await page.locator('#targetValue').focus();
    await typeInto(page, 'targetValue', '5,3');
    await navigates(page, () => page.keyboard.press('Enter'));

    // Fix A: the forum and a real date.
    expect(await h1(page)).toBe('A – Accepteret');
    expect(await page.locator('#acceptance-0-when').inputValue()).toBe('i går');
    await page.locator('#acceptance-0-how').focus();
    await typeInto(page, 'acceptance-0-how', FIXED.how);
    await page.keyboard.press('Tab');
    await typeInto(page, 'acceptance-0-when', '12.11.2026');
    await navigates(page, () => page.keyboard.press('Enter'));

    // Fix R: the change is now outside the swing, so the question why it counts is gone.
    expect(await h1(page)).toBe('R – Realistisk');
    expect(await page.locator('#noiseReason').count()).toBe(0);
    await page.locator('#resource-0-kind').focus();
    await chooseIn(page, 'resource-0-kind', 'Timer', 'hours');
    await page.keyboard.press('Tab');
    await typeInto(page, 'resource-0-amount', '2');
    await page.keyboard.press('Tab');
    await typeInto(page, 'resource-0-description', 'om ugen til tidlige samtaler med sygemeldte');
    // A second resource in the spare row, then "Tilføj en række": saved, and a new empty row with the cursor in it.
    await tabTo(page, 'resource-1-kind');
    await chooseIn(page, 'resource-1-kind', 'Kompetencer', 'skills');
    await tabTo(page, 'resource-1-description');
    await page.keyboard.type('kursus i sygefraværssamtaler for alle teamledere');
    await tabToButtonAndPress(page, 'Tilføj en række');
    expect(await h1(page)).toBe('R – Realistisk');
    await expect.poll(() => focusedId(page)).toBe('resource-2-kind');
    expect(await page.locator('#resource-rows fieldset').count()).toBe(3);
    expect(await page.locator('#resource-1-description').inputValue()).toBe('kursus i sygefraværssamtaler for alle teamledere');
    await expectNoAxeViolations(page, 'step R with an added row');
    await tabTo(page, 'realismReasoning');
    await page.keyboard.type(FIXED.reasoning);
    await tabToButtonAndPress(page, 'Næste: T – Tidsbestemt');

    // Fix T: four quarters. The milestones on the straight line are proposed before going on.
    expect(await h1(page)).toBe('T – Tidsbestemt');
    await page.locator('#deadline').focus();
    await typeInto(page, 'deadline', '3. kvt. 2027');
    await navigates(page, () => page.keyboard.press('Enter'));
    expect(await h1(page)).toBe('T – Tidsbestemt');
    expect(await page.getByRole('status').textContent()).toContain('Vi har foreslået delmål');
    const proposed = await page.locator('#milestone-rows fieldset:not(.goal-row--spare) input').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(proposed).toEqual(['4. kvt. 2026', '6,2', '1. kvt. 2027', '5,9', '2. kvt. 2027', '5,6']);
    await expectNoAxeViolations(page, 'step T with proposed milestones');
    await page.locator('#deadline').focus();
    await navigates(page, () => page.keyboard.press('Enter'));

    // Fix E: what they will notice, and Ellen drives it.
    expect(await h1(page)).toBe('E – Engagerende');
    await page.locator('#whyItMatters').focus();
    await typeInto(page, 'whyItMatters', FIXED.why);
    await tabTo(page, 'driverUserId');
    await chooseIn(page, 'driverUserId', 'Ellen', String(bw.world.ids.users.editorA));
    await page.keyboard.press('Tab');
    await typeInto(page, 'drivenBy', 'Teamlederne i hjemmeplejen');
    await navigates(page, () => page.keyboard.press('Enter'));

    // Every criterion is met.
    expect(await h1(page)).toBe('Tjek hele målet');
    expect(await page.locator('.check-summary').textContent()).toContain('Alle seks kriterier er opfyldt.');
    expect(await page.locator('.criteria-list .status-badge').allTextContents()).toEqual(Array(6).fill(' Opfyldt'));
    expect(await criterionText(page, 'realistic')).toContain(
      'Målet er et fald på 1,2 procentpoint; tallet svinger normalt ±1,0 procentpoint fra kvartal til kvartal, så I kan se, om indsatsen virker.',
    );
    await expectNoAxeViolations(page, 'the whole check, all met');

    // Active, and the goal page shows the answers.
    await pressEnterOn(page, page.getByRole('button', { name: 'Gør målet aktivt' }));
    expect(path(page)).toBe(`${goals}/${id}`);
    expect(await h1(page)).toBe(VAGUE.title);
    expect(await page.getByRole('status').textContent()).toContain('Målet er aktivt.');
    expect((await page.locator('.goal-header__meta .badge').textContent())?.trim()).toBe('Aktiv');
    const answers = (await page.locator('.goal-answers').textContent()) ?? '';
    for (const text of [
      'Medarbejdere',
      FIXED.whatChanges,
      'Medarbejdere: MED-udvalget godkendte målet på sit møde, 12. november 2026',
      '2 timer (om ugen til tidlige samtaler med sygemeldte)',
      'kursus i sygefraværssamtaler for alle teamledere',
      'Ellen Redaktør',
    ]) {
      expect(answers).toContain(text);
    }
    expect(await page.locator('.goal-milestones tbody tr').allTextContents()).toEqual(['4. kvt. 20266,2 %', '1. kvt. 20275,9 %', '2. kvt. 20275,6 %']);
    expect(await page.locator('#history-heading + table').textContent()).toContain('fra kladde til aktiv');
    await expectNoAxeViolations(page, 'the goal page');

    // The list, filtered by keyboard to active goals.
    await pressEnterOn(page, page.getByRole('navigation', { name: 'Brødkrumme' }).getByRole('link', { name: 'Mål' }));
    await page.locator('#status').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#status').inputValue()).toBe('aktiv');
    await tabToButtonAndPress(page, 'Vis');
    expect(new URL(page.url()).search).toBe('?status=aktiv');
    expect(await page.locator('.goal-table tbody tr th').allTextContents()).toEqual([VAGUE.title]);
    await expectNoAxeViolations(page, 'the goals list filtered to active goals');
    await page.context().close();
  }, FLOW_TIMEOUT);
});

function goalIdOf(page: Page): string {
  return /\/maal\/(\d+)/.exec(page.url())?.[1] ?? '';
}
