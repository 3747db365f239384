import type { Request, Response } from 'express';
import type { Goal } from '../../goals/goal.js';
import { checkGoal, saveGoalStep, startGoal } from '../../goals/goal-service.js';
import { FIRST_STEP, formValuesOf, GOAL_STEPS, nextStep, previousStep, stepOf, withPostedStep, type GoalStep } from '../../goals/goal-steps.js';
import { listIndicators } from '../../indicators/indicator-queries.js';
import { listObservationsOfGroup } from '../../indicators/observation-queries.js';
import { formatCanonical } from '../../periods/period.js';
import { attempt, NotFoundError, type FieldError } from '../../shared/errors.js';
import { actorOf, groupContext } from '../../web/guards.js';
import { setFlash } from '../../web/flash.js';
import { services } from '../../web/services.js';
import { checkHeading, checkSummary, checkView, linkedErrors, stepHref, stepper } from './check-view.js';
import { baselineSourceText } from './goal-figures-view.js';
import { crumbsOnGoal, goalCrumbs, goalHref, goalOf, goalTitle, messages as goalMessages } from './goal-links.js';
import { goalsBase } from './goal-rows.js';
import { statusView } from './goal-status-view.js';
import { indicatorsToOffer, stepPage, suggestedMilestoneRows } from './wizard-view.js';
import {
  addedRowAnchor,
  filledRows,
  rowKindOf,
  rowMessages,
  rowNoun,
  rowsContainerId,
  rowToRemove,
  sparesAfterAdd,
  sparesFromQuery,
  withoutRow,
} from './wizard-rows-view.js';

const messages = {
  step: 'Trinnet',
  check: 'Tjek hele målet',
  rechecked: 'Gemt. Tjekket ved siden af felterne er opdateret.',
  backTo: (step: string) => `Tilbage til ${step}`,
  milestonesProposed:
    'Vi har foreslået delmål på en lige linje fra udgangspunktet til målværdien. Ret dem, så de passer til jeres plan, og tryk Næste.',
  baselineProposed: (source: string) => `Vi har foreslået udgangspunktet. ${source} Ret tallet, hvis I vil starte et andet sted, og tryk Næste.`,
};

const lastStep = GOAL_STEPS.at(-1)!;

function stepFrom(req: Request): GoalStep {
  const step = stepOf(req.params.step);
  if (!step) throw new NotFoundError(messages.step);
  return step;
}

interface StepRender {
  goal?: Goal;
  step: GoalStep;
  values: Record<string, unknown>;
  errors?: FieldError[];
  /** Empty rows to show at the end of the step's rows; 1 unless "Tilføj en række" asked for more. */
  spares?: number;
  /** The form shows the stored goal (not a post that failed), so suggestions may fill what is empty. */
  fromStored?: boolean;
}

async function renderStep(req: Request, res: Response, opts: StepRender) {
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
    indicators: indicatorsToOffer(active, archived, opts.values.indicatorId ?? goal?.indicatorId),
    observations,
    members: check?.context.members ?? [],
    spares: opts.spares ?? 1,
    fromStored: opts.fromStored ?? false,
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
  const step = stepFrom(req);
  const spares = sparesFromQuery(req.query.raekker, rowKindOf(step));
  await renderStep(req, res, { goal, step, values: formValuesOf(goal), spares, fromStored: true });
}

/** What the step's row buttons ask for: one more empty row, or a row removed before saving. */
function rowRequest(body: Record<string, unknown>, step: GoalStep) {
  const kind = rowKindOf(step);
  const remove = rowToRemove(body.fjern, step);
  if (remove) return { body: withoutRow(body, remove.kind, remove.index), remove };
  if (kind && body.naviger === 'tilfoej') return { body, add: { kind, spares: sparesAfterAdd(body, kind) } };
  return { body };
}

/** Step T proposes milestones when a deadline is set for a goal without any, so the group sees them before it goes on. */
async function proposesMilestones(req: Request, before: Goal, saved: Goal, body: Record<string, unknown>): Promise<boolean> {
  if (saved.milestones.length > 0 || filledRows(body, 'milestone').length > 0) return false;
  if (before.deadline !== null && saved.deadline !== null && formatCanonical(before.deadline) === formatCanonical(saved.deadline)) return false;
  const { indicator } = await checkGoal(services(req).db, saved, services(req).now());
  return suggestedMilestoneRows(saved, indicator).length > 0;
}

export async function saveStep(req: Request, res: Response) {
  const { db, now } = services(req);
  const goal = await goalOf(req, res);
  const step = stepFrom(req);
  const request = rowRequest(req.body, step);
  const result = await attempt(() => saveGoalStep(db, actorOf(res), goal.id, step, request.body));
  if (!result.ok) {
    const values = withPostedStep(formValuesOf(goal), request.body, step);
    return renderStep(req, res, { goal, step, values, errors: result.errors, spares: request.add?.spares ?? 1 });
  }
  const saved = result.value.goal;
  const here = stepHref(goalHref(saved), step);
  if (request.add) {
    const filled = filledRows(formValuesOf(saved), request.add.kind).length;
    return res.redirect(`${here}?raekker=${request.add.spares}#${addedRowAnchor(request.add.kind, filled, request.add.spares)}`);
  }
  if (request.remove) {
    setFlash(req, rowMessages.removed(rowNoun(request.remove.kind), request.remove.index + 1));
    return res.redirect(`${here}#${rowsContainerId(request.remove.kind)}`);
  }
  if (result.value.proposedBaseline) {
    const { indicator, observations } = await checkGoal(db, saved, now());
    setFlash(req, messages.baselineProposed(baselineSourceText(saved, indicator, observations) ?? ''), 'info');
    return res.redirect(here);
  }
  if (step.slug === 't' && req.body.naviger !== 'tilbage' && (await proposesMilestones(req, goal, saved, request.body))) {
    setFlash(req, messages.milestonesProposed, 'info');
    return res.redirect(`${here}#${rowsContainerId('milestone')}`);
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
