import type { Request, Response } from 'express';
import { listAuditForGroup } from '../../audit/audit-queries.js';
import { goalChartHtml } from '../../goals/goal-chart.js';
import { goalsWithProgress, progressOf } from '../../goals/goal-overview.js';
import { listGoals } from '../../goals/goal-queries.js';
import { changeGoalStatus, checkGoal } from '../../goals/goal-service.js';
import { FIRST_STEP } from '../../goals/goal-steps.js';
import { attempt } from '../../shared/errors.js';
import { actorOf, groupContext } from '../../web/guards.js';
import { setFlash } from '../../web/flash.js';
import { services } from '../../web/services.js';
import { groupCrumbs } from '../breadcrumbs.js';
import { checkView, stepHref } from './check-view.js';
import { goalAnswers } from './goal-answers-view.js';
import { closedText, goalRow, keyNumbers, targetLine } from './goal-figures-view.js';
import { goalCrumbs, goalHref, goalOf, goalTitle, messages as goalMessages } from './goal-links.js';
import { goalsBase } from './goal-rows.js';
import { progressView, showingText, statusActions, statusFilterOptions, statusFlash, statusFromSlug, statusView } from './goal-status-view.js';
import { renderCheck } from './wizard-pages.js';
import { boardOf } from '../meetings/meeting-links.js';
import { actionView, goalTitleMap } from '../meetings/meeting-view.js';
import { copenhagenDay } from '../../shared/clock.js';

const HISTORY_LIMIT = 100;

/** The goals list, filtered by ?status=kladde|aktiv|naaet|ikke-naaet|opgivet. */
export async function list(req: Request, res: Response) {
  const { db, content, now } = services(req);
  const { group, role } = groupContext(res);
  const status = statusFromSlug(req.query.status);
  const goals = await listGoals(db, group.id, status ? { status } : {});
  const rows = (await goalsWithProgress(db, group.id, goals, now())).map((row) => goalRow(goalsBase(group.id), row));
  res.render('goals/list', {
    title: `${goalMessages.listTitle} – ${group.name}`,
    breadcrumbs: groupCrumbs(group, { label: goalMessages.listTitle }),
    intro: content.smarte.intro,
    rows,
    filterOptions: statusFilterOptions(status),
    filtered: status !== undefined,
    showing: showingText(rows.length, status),
    canEdit: role === 'editor',
    newHref: `${goalsBase(group.id)}/nyt`,
    listHref: goalsBase(group.id),
  });
}

export async function show(req: Request, res: Response) {
  const { db, content, now } = services(req);
  const { group, role } = groupContext(res);
  const goal = await goalOf(req, res);
  const check = await checkGoal(db, goal, now());
  const progress = progressOf(goal, check.indicator, check.observations, now());
  const [history, board] = await Promise.all([listAuditForGroup(db, group.id, { entityType: 'goal', entityId: goal.id, limit: HISTORY_LIMIT, offset: 0 }), boardOf(req, res)]);
  const names = new Map(board.entries.map((e) => [e.indicator.id, e.indicator.name]));
  const actions = board.actions.filter((a) => a.goalId === goal.id).map((a) => actionView(a, copenhagenDay(now()), names, goalTitleMap(board)));
  const base = goalHref(goal);
  res.render('goals/show', {
    title: goalTitle(goal),
    breadcrumbs: goalCrumbs(res, { label: goalTitle(goal) }),
    goal: { ...goal, title: goalTitle(goal) },
    status: statusView(goal.status),
    indicator: check.indicator && { name: check.indicator.name, href: `/grupper/${group.id}/indikatorer/${check.indicator.id}` },
    targetLine: targetLine(goal, check.indicator),
    progress: progress && progressView(progress),
    closedText: closedText(goal),
    chart: check.indicator && goalChartHtml(goal, check.indicator, check.observations, progress),
    keyNumbers: keyNumbers(goal, check.indicator, progress),
    criteria: checkView(base, check.results, content.smarte.criteria),
    answers: goalAnswers(goal, check.indicator, check.context.members),
    history,
    actions,
    newActionHref: `/grupper/${group.id}/handlinger/ny?maal=${goal.id}`,
    actionBase: `/grupper/${group.id}/handlinger`,
    goalHref: base,
    canEdit: role === 'editor',
    editHref: stepHref(base, FIRST_STEP),
    checkHref: `${base}/tjek`,
    statusAction: `${base}/status`,
    statusActions: statusActions(goal),
  });
}

export async function changeStatus(req: Request, res: Response) {
  const { db, now } = services(req);
  const goal = await goalOf(req, res);
  const result = await attempt(() => changeGoalStatus(db, actorOf(res), goal.id, req.body.status, now()));
  if (!result.ok) return renderCheck(req, res, goal, result.errors);
  const { goal: after, changed } = result.value;
  setFlash(req, statusFlash(after.status, changed));
  res.redirect(goalHref(after));
}
