import type { Request, Response } from 'express';
import type { Goal } from '../../goals/goal.js';
import { checkGoal, saveGoalStep, startGoal } from '../../goals/goal-service.js';
import { FIRST_STEP, formValuesOf, GOAL_STEPS, nextStep, previousStep, stepOf, withPostedStep, type GoalStep } from '../../goals/goal-steps.js';
import { listIndicators } from '../../indicators/indicator-queries.js';
import { listObservationsOfGroup } from '../../indicators/observation-queries.js';
import { attempt, NotFoundError, type FieldError } from '../../shared/errors.js';
import { actorOf, groupContext } from '../../web/guards.js';
import { setFlash } from '../../web/flash.js';
import { services } from '../../web/services.js';
import { checkHeading, checkSummary, checkView, linkedErrors, stepHref, stepper } from './check-view.js';
import { baselineSourceText } from './goal-figures-view.js';
import { crumbsOnGoal, goalCrumbs, goalHref, goalOf, goalTitle, messages as goalMessages } from './goal-links.js';
import { goalsBase } from './goal-rows.js';
import { statusView } from './goal-status-view.js';
import { indicatorsToOffer, stepPage } from './wizard-view.js';

const messages = {
  step: 'Trinnet',
  check: 'Tjek hele målet',
  rechecked: 'Gemt. Tjekket ved siden af felterne er opdateret.',
  backTo: (step: string) => `Tilbage til ${step}`,
  baselineProposed: (source: string) => `Vi har foreslået udgangspunktet. ${source} Ret tallet, hvis I vil starte et andet sted, og tryk Næste.`,
};

const lastStep = GOAL_STEPS.at(-1)!;

function stepFrom(req: Request): GoalStep {
  const step = stepOf(req.params.step);
  if (!step) throw new NotFoundError(messages.step);
  return step;
}

async function renderStep(req: Request, res: Response, opts: { goal?: Goal; step: GoalStep; values: Record<string, unknown>; errors?: FieldError[] }) {
  const { db, content, now } = services(req);
  const { group } = groupContext(res);
  const { goal, step } = opts;
  const [check, active, archived, observations] = await Promise.all([
    goal && checkGoal(db, goal, now()),
    listIndicators(db, group.id, { archived: false }),
    listIndicators(db, group.id, { archived: true }),
    listObservationsOfGroup(db, group.id),
  ]);
  const page = stepPage({
    goalBase: goal && goalHref(goal),
    goal,
    step,
    criteria: content.smarte.criteria,
    results: check?.results,
    values: opts.values,
    errors: opts.errors,
    indicators: indicatorsToOffer(active, archived, opts.values.indicatorId),
    observations,
    today: now(),
  });
  res.status(opts.errors ? 400 : 200).render('goals/step', {
    title: `${page.heading} – ${goal ? goalTitle(goal) : goalMessages.newGoal}`,
    breadcrumbs: goal ? crumbsOnGoal(res, goal, page.heading) : goalCrumbs(res, { label: goalMessages.newGoal }),
    ...page,
    goalTitle: goal ? goalTitle(goal) : goalMessages.newGoal,
    action: page.action ?? goalsBase(group.id),
    cancelHref: goal ? goalHref(goal) : goalsBase(group.id),
    newIndicatorHref: `/grupper/${group.id}/indikatorer/ny`,
  });
}

/** Where Back, Next and "Gem og tjek igen" lead once the step is saved. */
function afterSave(goal: Goal, step: GoalStep, navigation: unknown): string {
  if (navigation === 'gem') return stepHref(goalHref(goal), step);
  const target = navigation === 'tilbage' ? previousStep(step) : nextStep(step);
  if (target) return stepHref(goalHref(goal), target);
  return navigation === 'tilbage' ? goalHref(goal) : `${goalHref(goal)}/tjek`;
}

export const showNew = (req: Request, res: Response) => renderStep(req, res, { step: FIRST_STEP, values: {} });

export async function start(req: Request, res: Response) {
  const result = await attempt(() => startGoal(services(req).db, actorOf(res), req.body));
  if (!result.ok) return renderStep(req, res, { step: FIRST_STEP, values: req.body, errors: result.errors });
  if (req.body.naviger === 'gem') setFlash(req, messages.rechecked);
  res.redirect(afterSave(result.value, FIRST_STEP, req.body.naviger));
}

export async function showStep(req: Request, res: Response) {
  const goal = await goalOf(req, res);
  await renderStep(req, res, { goal, step: stepFrom(req), values: formValuesOf(goal) });
}

export async function saveStep(req: Request, res: Response) {
  const { db, now } = services(req);
  const goal = await goalOf(req, res);
  const step = stepFrom(req);
  const result = await attempt(() => saveGoalStep(db, actorOf(res), goal.id, step, req.body));
  if (!result.ok) return renderStep(req, res, { goal, step, values: withPostedStep(formValuesOf(goal), req.body, step), errors: result.errors });
  const saved = result.value.goal;
  if (result.value.proposedBaseline) {
    const { indicator, observations } = await checkGoal(db, saved, now());
    setFlash(req, messages.baselineProposed(baselineSourceText(saved, indicator, observations) ?? ''), 'info');
    return res.redirect(stepHref(goalHref(saved), step));
  }
  if (req.body.naviger === 'gem') setFlash(req, messages.rechecked);
  res.redirect(afterSave(saved, step, req.body.naviger));
}

/** The wizard's last page: every criterion's verdict, and the buttons that make the goal active or keep it a draft. */
export async function renderCheck(req: Request, res: Response, goal: Goal, errors?: FieldError[]) {
  const { db, content, now } = services(req);
  const criteria = content.smarte.criteria;
  const check = await checkGoal(db, goal, now());
  const base = goalHref(goal);
  res.status(errors ? 400 : 200).render('goals/check', {
    title: `${messages.check} – ${goalTitle(goal)}`,
    breadcrumbs: crumbsOnGoal(res, goal, messages.check),
    ...checkHeading(),
    goalTitle: goalTitle(goal),
    stepper: stepper(base, 'check', check.results, criteria),
    criteria: checkView(base, check.results, criteria),
    ...checkSummary(check.results),
    errors: errors && linkedErrors(base, errors),
    isDraft: goal.status === 'draft',
    status: statusView(goal.status),
    statusAction: `${base}/status`,
    previousHref: stepHref(base, lastStep),
    previousLabel: messages.backTo(`${lastStep.letter} – ${criteria.at(-1)?.name ?? ''}`),
    goalHref: base,
  });
}

export async function showCheck(req: Request, res: Response) {
  await renderCheck(req, res, await goalOf(req, res));
}
