import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/connection.js';
import type { Content } from '../content/content-loader.js';
import { listAuditForGroup } from '../audit/audit-queries.js';
import { listIndicators } from '../indicators/indicator-queries.js';
import { listObservationsOfGroup } from '../indicators/observation-queries.js';
import { attempt, NotFoundError, type FieldError } from '../shared/errors.js';
import { groupContext, parseId, requireGroup } from '../web/guards.js';
import { setFlash } from '../web/flash.js';
import type { Goal } from './goal.js';
import { goalChartHtml } from './goal-chart.js';
import { goalsBase, goalsWithProgress, progressOf } from './goal-overview.js';
import { getGoal, listGoals } from './goal-queries.js';
import { changeGoalStatus, checkGoal, saveGoalStep, startGoal } from './goal-service.js';
import { FIRST_STEP, formValuesOf, GOAL_STEPS, nextStep, previousStep, stepOf, withPostedStep, type GoalStep } from './goal-steps.js';
import {
  acceptanceList,
  baselineSourceText,
  checkHeading,
  checkSummary,
  checkView,
  closedText,
  goalRow,
  indicatorsToOffer,
  keyNumbers,
  linkedErrors,
  progressView,
  showingText,
  statusActions,
  statusFilterOptions,
  statusFlash,
  statusFromSlug,
  statusView,
  stepHref,
  stepPage,
  stepper,
  targetLine,
} from './goal-view.js';

export const messages = {
  listTitle: 'Mål',
  newGoal: 'Nyt mål',
  untitled: 'Mål uden titel',
  check: 'Tjek hele målet',
  rechecked: 'Gemt. Tjekket ved siden af felterne er opdateret.',
  backTo: (step: string) => `Tilbage til ${step}`,
  baselineProposed: (source: string) => `Vi har foreslået udgangspunktet. ${source} Ret tallet, hvis I vil starte et andet sted, og tryk Næste.`,
};

const HISTORY_LIMIT = 100;

export function goalRoutes(db: Db, content: Content, today: () => Date): Router {
  const router = Router();
  const reader = requireGroup(db, 'reader');
  const editor = requireGroup(db, 'editor');
  const criteria = content.smarte.criteria;
  const lastStep = GOAL_STEPS.at(-1)!;
  const goalBase = (goal: Goal) => `${goalsBase(goal.groupId)}/${goal.id}`;
  const title = (goal: Goal) => goal.title.trim() || messages.untitled;
  const actor = (res: Response) => {
    const { group, user } = groupContext(res);
    return { userId: user.id, groupId: group.id };
  };

  async function goalOf(req: Request, res: Response): Promise<Goal> {
    const id = parseId(req.params.goalId);
    if (id === undefined) throw new NotFoundError('Målet');
    return getGoal(db, groupContext(res).group.id, id);
  }

  function stepFrom(req: Request): GoalStep {
    const step = stepOf(req.params.step);
    if (!step) throw new NotFoundError('Trinnet');
    return step;
  }

  const crumbs = (res: Response, ...rest: { label: string; href?: string }[]) => {
    const { group } = groupContext(res);
    return [
      { label: 'Mine grupper', href: '/' },
      { label: group.name, href: `/grupper/${group.id}` },
      { label: messages.listTitle, href: goalsBase(group.id) },
      ...rest,
    ];
  };
  const goalCrumbs = (res: Response, goal: Goal, last: string) => crumbs(res, { label: title(goal), href: goalBase(goal) }, { label: last });

  // ---------- the wizard ----------

  const renderStep = async (res: Response, opts: { goal?: Goal; step: GoalStep; values: Record<string, unknown>; errors?: FieldError[] }) => {
    const { group } = groupContext(res);
    const { goal, step } = opts;
    const [check, active, archived, observations] = await Promise.all([
      goal && checkGoal(db, goal, today()),
      listIndicators(db, group.id, { archived: false }),
      listIndicators(db, group.id, { archived: true }),
      listObservationsOfGroup(db, group.id),
    ]);
    const indicators = indicatorsToOffer(active, archived, opts.values.indicatorId);
    const page = stepPage({
      goalBase: goal && goalBase(goal),
      goal,
      step,
      criteria,
      results: check?.results,
      values: opts.values,
      errors: opts.errors,
      indicators,
      observations,
      today: today(),
    });
    res.status(opts.errors ? 400 : 200).render('goals/step', {
      title: `${page.heading} – ${goal ? title(goal) : messages.newGoal}`,
      breadcrumbs: goal ? goalCrumbs(res, goal, page.heading) : crumbs(res, { label: messages.newGoal }),
      ...page,
      goalTitle: goal ? title(goal) : messages.newGoal,
      action: page.action ?? goalsBase(group.id),
      cancelHref: goal ? goalBase(goal) : goalsBase(group.id),
      newIndicatorHref: `/grupper/${group.id}/indikatorer/ny`,
    });
  };

  /** Where Back, Next and "Gem og tjek igen" lead once the step is saved. */
  const afterSave = (goal: Goal, step: GoalStep, navigation: unknown): string => {
    if (navigation === 'gem') return stepHref(goalBase(goal), step);
    const target = navigation === 'tilbage' ? previousStep(step) : nextStep(step);
    if (target) return stepHref(goalBase(goal), target);
    return navigation === 'tilbage' ? goalBase(goal) : `${goalBase(goal)}/tjek`;
  };

  const showNew = (_req: Request, res: Response) => renderStep(res, { step: FIRST_STEP, values: {} });

  const start = async (req: Request, res: Response) => {
    const result = await attempt(() => startGoal(db, actor(res), req.body));
    if (!result.ok) return renderStep(res, { step: FIRST_STEP, values: req.body, errors: result.errors });
    if (req.body.naviger === 'gem') setFlash(req, messages.rechecked);
    res.redirect(afterSave(result.value, FIRST_STEP, req.body.naviger));
  };

  const showStep = async (req: Request, res: Response) => {
    const goal = await goalOf(req, res);
    await renderStep(res, { goal, step: stepFrom(req), values: formValuesOf(goal) });
  };

  const saveStep = async (req: Request, res: Response) => {
    const goal = await goalOf(req, res);
    const step = stepFrom(req);
    const result = await attempt(() => saveGoalStep(db, actor(res), goal.id, step, req.body));
    if (!result.ok) return renderStep(res, { goal, step, values: withPostedStep(formValuesOf(goal), req.body, step), errors: result.errors });
    const saved = result.value.goal;
    if (result.value.proposedBaseline) {
      const { indicator, observations } = await checkGoal(db, saved, today());
      setFlash(req, messages.baselineProposed(baselineSourceText(saved, indicator, observations) ?? ''), 'info');
      return res.redirect(stepHref(goalBase(saved), step));
    }
    if (req.body.naviger === 'gem') setFlash(req, messages.rechecked);
    res.redirect(afterSave(saved, step, req.body.naviger));
  };

  const renderCheck = async (res: Response, goal: Goal, errors?: FieldError[]) => {
    const check = await checkGoal(db, goal, today());
    const base = goalBase(goal);
    res.status(errors ? 400 : 200).render('goals/check', {
      title: `${messages.check} – ${title(goal)}`,
      breadcrumbs: goalCrumbs(res, goal, messages.check),
      ...checkHeading(),
      goalTitle: title(goal),
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
  };

  const showCheck = async (req: Request, res: Response) => renderCheck(res, await goalOf(req, res));

  // ---------- pages ----------

  const list = async (req: Request, res: Response) => {
    const { group, role } = groupContext(res);
    const status = statusFromSlug(req.query.status);
    const goals = await listGoals(db, group.id, status ? { status } : {});
    const rows = (await goalsWithProgress(db, group.id, goals, today())).map((row) => goalRow(goalsBase(group.id), row));
    res.render('goals/list', {
      title: `${messages.listTitle} – ${group.name}`,
      breadcrumbs: [{ label: 'Mine grupper', href: '/' }, { label: group.name, href: `/grupper/${group.id}` }, { label: messages.listTitle }],
      intro: content.smarte.intro,
      rows,
      filterOptions: statusFilterOptions(status),
      filtered: status !== undefined,
      showing: showingText(rows.length, status),
      canEdit: role === 'editor',
      newHref: `${goalsBase(group.id)}/nyt`,
      listHref: goalsBase(group.id),
    });
  };

  const show = async (req: Request, res: Response) => {
    const { group, role } = groupContext(res);
    const goal = await goalOf(req, res);
    const check = await checkGoal(db, goal, today());
    const progress = progressOf(goal, check.indicator, check.observations, today());
    const history = await listAuditForGroup(db, group.id, { entityType: 'goal', entityId: goal.id, limit: HISTORY_LIMIT, offset: 0 });
    const base = goalBase(goal);
    res.render('goals/show', {
      title: title(goal),
      breadcrumbs: crumbs(res, { label: title(goal) }),
      goal: { ...goal, title: title(goal) },
      status: statusView(goal.status),
      indicator: check.indicator && { name: check.indicator.name, href: `/grupper/${group.id}/indikatorer/${check.indicator.id}` },
      targetLine: targetLine(goal, check.indicator),
      progress: progress && progressView(progress),
      closedText: closedText(goal),
      chart: check.indicator && goalChartHtml(goal, check.indicator, check.observations, progress),
      keyNumbers: keyNumbers(goal, check.indicator, progress),
      criteria: checkView(base, check.results, criteria),
      acceptances: acceptanceList(goal),
      history,
      canEdit: role === 'editor',
      editHref: stepHref(base, FIRST_STEP),
      checkHref: `${base}/tjek`,
      statusAction: `${base}/status`,
      statusActions: statusActions(goal),
    });
  };

  const changeStatus = async (req: Request, res: Response) => {
    const goal = await goalOf(req, res);
    const result = await attempt(() => changeGoalStatus(db, actor(res), goal.id, req.body.status, today()));
    if (!result.ok) return renderCheck(res, goal, result.errors);
    const { goal: after, changed } = result.value;
    setFlash(req, statusFlash(after.status, changed));
    res.redirect(goalBase(after));
  };

  // The goals list (filter: ?status=kladde|aktiv|naaet|ikke-naaet|opgivet), the wizard's first step, the goal page,
  // the steps S M A R T E by letter, the whole check, and status changes.
  router.get('/grupper/:groupId/maal', reader, list);
  router.get('/grupper/:groupId/maal/nyt', editor, showNew);
  router.post('/grupper/:groupId/maal', editor, start);
  router.get('/grupper/:groupId/maal/:goalId', reader, show);
  router.get('/grupper/:groupId/maal/:goalId/trin/:step', editor, showStep);
  router.post('/grupper/:groupId/maal/:goalId/trin/:step', editor, saveStep);
  router.get('/grupper/:groupId/maal/:goalId/tjek', editor, showCheck);
  router.post('/grupper/:groupId/maal/:goalId/status', editor, changeStatus);
  return router;
}
