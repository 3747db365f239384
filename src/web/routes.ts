import type { Express } from 'express';
import type { AppDeps } from './app.js';
import { authRoutes } from '../auth/auth-routes.js';
import { adminRoutes } from '../admin/admin-routes.js';
import { groupRoutes } from '../groups/group-routes.js';
import { indicatorRoutes } from '../indicators/indicator-routes.js';
import { importRoutes } from '../imports/import-routes.js';
import { exportRoutes } from '../exports/export-routes.js';
import { apiRoutes } from '../api/api-routes.js';
import { apiTokenRoutes } from '../api/api-token-routes.js';
import { goalRoutes } from '../goals/goal-routes.js';
import { meetingRoutes } from '../meetings/meeting-routes.js';
import { dashboardRoutes } from '../dashboard/dashboard-routes.js';
import { chartRoutes } from '../charts/chart-routes.js';
import type { GoalSource } from '../meetings/group-board.js';
import { goalOverview } from '../goals/goal-links.js';

/** Every feature router is mounted at the root with full paths, so the route matrix test can list them all. */
export function registerRoutes(app: Express, { db, config, content }: AppDeps): void {
  const today = () => new Date();
  const goalSource: GoalSource = goalOverview;
  app.use(authRoutes(db, config));
  app.use(groupRoutes(db, content, today));
  app.use(apiRoutes(db, config));
  app.use(exportRoutes(db, today));
  app.use(chartRoutes(db, today));
  app.use(indicatorRoutes(db, today));
  app.use(goalRoutes(db, content, today));
  app.use(importRoutes(db, config));
  app.use(apiTokenRoutes(db));
  app.use(meetingRoutes(db, content, today, goalSource));
  app.use(dashboardRoutes(db, today, goalSource));
  app.use(adminRoutes(db));
}
