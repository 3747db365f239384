import type { Express, RequestHandler } from 'express';
import type { Config } from '../config.js';
import { OIDC_CALLBACK_PATH } from '../sign-in-config.js';
import type { Db } from '../db/connection.js';
import { findGroupAccess } from '../groups/group-queries.js';
import { groupGuards, requireAdmin, requireUser } from '../web/guards.js';
import { verifyCsrf } from '../web/csrf.js';
import { fileOrRawBody, singleFileUpload } from '../web/upload.js';
import * as auth from '../pages/auth/auth-pages.js';
import { loginThrottle } from '../pages/auth/login-throttle.js';
import * as workAccount from '../pages/auth/work-account-pages.js';
import * as admin from '../pages/admin/admin-pages.js';
import * as groups from '../pages/groups/group-pages.js';
import { withGroupNav } from '../pages/groups/group-nav.js';
import * as indicators from '../pages/indicators/indicator-pages.js';
import * as indicator from '../pages/indicators/indicator-page.js';
import * as exports from '../pages/exports/export-pages.js';
import * as charts from '../pages/charts/chart-pages.js';
import * as upload from '../pages/imports/upload-pages.js';
import * as importHistory from '../pages/imports/import-history-pages.js';
import * as dataPages from '../pages/imports/data-pages.js';
import * as tokens from '../pages/api/token-pages.js';
import * as importApi from '../pages/api/import-api.js';
import * as readApi from '../pages/api/read-api.js';
import * as dashboard from '../pages/dashboard/dashboard-pages.js';
import * as goals from '../pages/goals/goal-pages.js';
import * as wizard from '../pages/goals/wizard-pages.js';
import * as meetings from '../pages/meetings/meeting-pages.js';
import * as agenda from '../pages/meetings/agenda-pages.js';
import * as meetingMode from '../pages/meetings/meeting-mode-pages.js';
import * as minutes from '../pages/meetings/minutes-pages.js';
import * as actions from '../pages/actions/action-pages.js';
import * as health from '../pages/ops/health-pages.js';
import * as outbox from '../pages/outbox/outbox-pages.js';
import * as invitations from '../pages/outbox/invitation-pages.js';
import * as overseen from '../pages/organisation/overseen-pages.js';
import * as computed from '../pages/organisation/computed-pages.js';
import * as sharing from '../pages/organisation/sharing-pages.js';
import * as comparison from '../pages/organisation/comparison-pages.js';
import * as references from '../pages/organisation/reference-pages.js';
import * as quality from '../pages/organisation/quality-pages.js';
import { withIndicatorExtras } from '../pages/organisation/indicator-extras.js';
import { overseerNav } from '../pages/organisation/overseer-nav.js';

type Method = 'get' | 'post';
/** One URL: its method, its path, who may use it (and what must run first), and the handler. */
export type Route = [Method, string, RequestHandler | RequestHandler[], RequestHandler];

/**
 * Every URL the app answers, with its guard and its handler: from a URL to its code in two hops.
 * `anyone` pages check nothing; `user` needs a sign-in; `reader`/`editor` need that role in the
 * URL's :groupId (others get 404, readers on editor pages 403); `overseer` also lets members of a group
 * above the URL's group read along (never change); `admin` is for system administrators.
 */
export function routeTable(db: Db, config: Config): Route[] {
  const anyone: RequestHandler[] = [];
  const user = requireUser;
  // The signed-in user's memberships are read on every request already (signed-in-user.ts).
  const guards = groupGuards((req, groupId) => findGroupAccess(db, groupId, req.res?.locals.memberships ?? []));
  // Every group page shows the group's own menu; members of a group above see only what they may read.
  const overseer = [guards.overseer, withGroupNav, overseerNav];
  const reader = [guards.reader, withGroupNav];
  const editor = [guards.editor, withGroupNav];
  const fileUpload = [...editor, singleFileUpload(config.uploadLimitBytes), verifyCsrf];
  const apiUpload = [importApi.requireApiToken, fileOrRawBody(config.uploadLimitBytes)];
  const G = '/grupper/:groupId';

  return [
    // Sign-in and one's own account
    ['get', '/log-ind', anyone, auth.showLogin],
    ['post', '/log-ind', loginThrottle(db, config), auth.login],
    ['post', '/log-ud', anyone, auth.logout],
    // Work accounts (OpenID Connect); 404 when OIDC_ISSUER is not set
    ['get', '/log-ind/arbejdskonto', anyone, workAccount.begin],
    ['get', OIDC_CALLBACK_PATH, anyone, workAccount.complete],
    ['get', '/konto', user, auth.showAccount],
    ['post', '/konto/adgangskode', user, auth.updatePassword],

    // The leader group
    ['get', '/', user, groups.myGroups],
    ['get', `${G}`, overseer, overseen.homeFor(groups.home)],
    ['get', `${G}/rediger`, editor, groups.showEdit],
    ['post', `${G}`, editor, groups.update],
    ['get', `${G}/historik`, reader, groups.history],
    ['get', `${G}/overblik`, reader, dashboard.dashboard],
    ['get', `${G}/eksport.csv`, overseer, exports.groupExport],

    // Indicators and their values
    ['get', `${G}/indikatorer`, overseer, indicators.list],
    ['get', `${G}/indikatorer/ny`, editor, indicators.showNew],
    ['get', `${G}/indikatorer/arkiv`, overseer, indicators.archiveList],
    ['get', `${G}/indikatorer/ny-beregnet`, editor, computed.showNew],
    ['post', `${G}/indikatorer/beregnede`, editor, computed.create],
    ['post', `${G}/indikatorer`, editor, indicators.create],
    ['get', `${G}/indikatorer/:indicatorId`, overseer, withIndicatorExtras(indicator.show)],
    ['get', `${G}/indikatorer/:indicatorId/rediger`, editor, indicators.showEdit],
    ['post', `${G}/indikatorer/:indicatorId`, editor, indicators.update],
    ['post', `${G}/indikatorer/:indicatorId/arkiver`, editor, indicators.archive],
    ['post', `${G}/indikatorer/:indicatorId/gendan`, editor, indicators.restore],
    ['post', `${G}/indikatorer/:indicatorId/vaerdier`, editor, withIndicatorExtras(indicator.saveValue)],
    ['get', `${G}/indikatorer/:indicatorId/vaerdier/:period/slet`, editor, indicator.confirmDeleteValue],
    ['post', `${G}/indikatorer/:indicatorId/vaerdier/:period/slet`, editor, indicator.deleteValue],
    ['get', `${G}/indikatorer/:indicatorId/eksport.csv`, overseer, exports.indicatorExport],
    ['get', `${G}/indikatorer/:indicatorId/graf.svg`, overseer, charts.chartSvg],

    // The organisation's data (issue 14): shared indicators and their comparison
    ['post', `${G}/indikatorer/:indicatorId/del`, editor, sharing.share],
    ['get', `${G}/indikatorer/:indicatorId/sammenligning`, overseer, comparison.show],
    ['get', `${G}/faelles-indikatorer`, reader, sharing.offers],
    ['get', `${G}/indikatorer/:indicatorId/datagrundlag`, overseer, quality.show],
    ['post', `${G}/indikatorer/:indicatorId/datagrundlag`, editor, quality.review],
    ['get', `${G}/indikatorer/:indicatorId/serier`, reader, references.list],
    ['post', `${G}/indikatorer/:indicatorId/serier`, editor, references.add],
    ['post', `${G}/indikatorer/:indicatorId/serier/:seriesId/slet`, editor, references.remove],
    ['post', `${G}/indikatorer/:indicatorId/serier/:seriesId/hentning`, editor, references.setFetch],
    ['post', `${G}/indikatorer/:indicatorId/serier/:seriesId/hentning/stop`, editor, references.stopFetch],
    ['post', `${G}/indikatorer/:indicatorId/serier/:seriesId/hent-nu`, editor, references.fetchNow],
    ['post', `${G}/faelles-indikatorer/:indicatorId/tag-i-brug`, editor, sharing.adopt],

    // Importing data: upload, preview and mapping, then the history with undo
    ['get', `${G}/import`, editor, upload.showUpload],
    ['post', `${G}/import`, fileUpload, upload.receive],
    ['get', `${G}/import/:uploadId`, editor, upload.preview],
    ['post', `${G}/import/:uploadId/tilknyt`, editor, upload.map],
    ['post', `${G}/import/:uploadId/importer`, editor, upload.commit],
    ['post', `${G}/import/:uploadId/kasser`, editor, upload.cancel],
    ['get', `${G}/importer`, reader, importHistory.history],
    ['get', `${G}/importer/:importId`, reader, importHistory.showImport],
    ['post', `${G}/importer/:importId/fortryd`, editor, importHistory.undo],
    ['get', `${G}/data`, reader, dataPages.data],
    ['get', `${G}/tilknytninger`, reader, dataPages.mappings],
    ['post', `${G}/tilknytninger/glem`, editor, dataPages.forget],
    ['get', `${G}/api-noegler`, editor, tokens.list],
    ['post', `${G}/api-noegler`, editor, tokens.create],
    ['post', `${G}/api-noegler/:tokenId/tilbagekald`, editor, tokens.revoke],

    // SMARTE goals: the list, the wizard's steps by letter, the whole check, the goal page
    ['get', `${G}/maal`, overseer, goals.list],
    ['get', `${G}/maal/nyt`, editor, wizard.showNew],
    ['post', `${G}/maal`, editor, wizard.start],
    ['get', `${G}/maal/:goalId`, overseer, goals.show],
    ['get', `${G}/maal/:goalId/trin/:step`, editor, wizard.showStep],
    ['post', `${G}/maal/:goalId/trin/:step`, editor, wizard.saveStep],
    ['get', `${G}/maal/:goalId/tjek`, editor, wizard.showCheck],
    ['post', `${G}/maal/:goalId/status`, editor, goals.changeStatus],

    // Ledermøder: agenda, meeting mode, minutes; decided actions
    ['get', `${G}/moeder`, reader, meetings.list],
    ['get', `${G}/moeder/nyt`, editor, meetings.showNew],
    ['post', `${G}/moeder`, editor, meetings.create],
    ['get', `${G}/moeder/:meetingId`, reader, meetings.show],
    ['get', `${G}/moeder/:meetingId/rediger`, editor, meetings.showEdit],
    ['post', `${G}/moeder/:meetingId`, editor, meetings.update],
    ['post', `${G}/moeder/:meetingId/punkter`, editor, agenda.addItem],
    ['post', `${G}/moeder/:meetingId/punkter/:itemId/slet`, editor, agenda.removeItem],
    ['post', `${G}/moeder/:meetingId/punkter/:itemId/flyt`, editor, agenda.moveItem],
    ['post', `${G}/moeder/:meetingId/punkter/:itemId/noter`, editor, meetingMode.notes],
    ['post', `${G}/moeder/:meetingId/punkter/:itemId/handlinger`, editor, meetingMode.decide],
    ['post', `${G}/moeder/:meetingId/punkter/:itemId/spoergsmaal`, editor, meetingMode.questions],
    ['get', `${G}/moeder/:meetingId/afvikling/:n`, reader, meetingMode.mode],
    ['post', `${G}/moeder/:meetingId/afslut`, editor, meetings.close],
    ['post', `${G}/moeder/:meetingId/genaabn`, editor, meetings.reopen],
    ['get', `${G}/moeder/:meetingId/referat`, reader, minutes.minutes],
    ['get', `${G}/moeder/:meetingId/referat/udgaver/:version`, reader, minutes.version],
    ['get', `${G}/moeder/:meetingId/referat/udskrift.css`, reader, minutes.printStyles],
    ['post', `${G}/moeder/:meetingId/indkaldelse`, editor, invitations.sendInvitation],
    ['get', `${G}/udsendelser`, reader, outbox.list],
    ['get', `${G}/udsendelser/:messageId`, reader, outbox.show],
    ['get', `${G}/udsendelser/:messageId/kalender.ics`, reader, outbox.calendarFile],
    ['get', `${G}/handlinger`, overseer, actions.list],
    ['get', `${G}/handlinger/ny`, editor, actions.showNew],
    ['post', `${G}/handlinger`, editor, actions.create],
    ['get', `${G}/handlinger/:actionId`, overseer, actions.show],
    ['get', `${G}/handlinger/:actionId/rediger`, editor, actions.showEdit],
    ['post', `${G}/handlinger/:actionId`, editor, actions.update],
    ['post', `${G}/handlinger/:actionId/status`, editor, actions.changeStatus],

    // Administration
    ['get', '/admin', requireAdmin, admin.overview],
    ['get', '/admin/grupper/ny', requireAdmin, admin.showNewGroup],
    ['post', '/admin/grupper', requireAdmin, admin.createGroup],
    ['get', '/admin/grupper/:groupId', requireAdmin, admin.showGroup],
    ['post', '/admin/grupper/:groupId', requireAdmin, admin.updateGroup],
    ['post', '/admin/grupper/:groupId/placering', requireAdmin, admin.placeGroup],
    ['post', '/admin/grupper/:groupId/medlemmer', requireAdmin, admin.setMember],
    ['post', '/admin/grupper/:groupId/medlemmer/:userId/fjern', requireAdmin, admin.removeMember],
    ['get', '/admin/brugere/ny', requireAdmin, admin.showNewUser],
    ['post', '/admin/brugere', requireAdmin, admin.createUser],
    ['get', '/admin/brugere/:userId', requireAdmin, admin.showUser],
    ['post', '/admin/brugere/:userId', requireAdmin, admin.updateUser],
    ['post', '/admin/brugere/:userId/deaktiver', requireAdmin, admin.deactivateUser],
    ['post', '/admin/brugere/:userId/aktiver', requireAdmin, admin.activateUser],
    ['post', '/admin/brugere/:userId/adgangskode', requireAdmin, admin.resetPassword],
    ['post', '/admin/brugere/:userId/arbejdskonti/:identityId/fjern', requireAdmin, admin.unlinkWorkAccount],

    // The import API for BI systems: bearer tokens, no session
    ['post', '/api/v1/groups/:groupId/imports', apiUpload, importApi.importCsv],
    // The read API for BI and Power BI: read keys only, JSON or CSV, paged (issue 14)
    ['get', '/api/v1/openapi.json', anyone, readApi.openapi],
    ['get', '/api/v1/groups/:groupId/indicators', readApi.requireReadToken, readApi.indicators],
    ['get', '/api/v1/groups/:groupId/values', readApi.requireReadToken, readApi.values],
    ['get', '/api/v1/groups/:groupId/goals', readApi.requireReadToken, readApi.goals],
    ['get', '/api/v1/groups/:groupId/actions', readApi.requireReadToken, readApi.actions],
    ['get', '/api/v1/groups/:groupId/meetings', readApi.requireReadToken, readApi.meetings],

    // Health checks for load balancers and monitoring: JSON, no sign-in
    ['get', '/healthz', anyone, health.healthz],
    ['get', '/readyz', anyone, health.readyz],
  ];
}

export function mountRoutes(app: Express, routes: readonly Route[]): void {
  for (const [method, path, guards, handler] of routes) app[method](path, guards, handler);
}
