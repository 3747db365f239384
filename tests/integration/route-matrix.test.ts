import { describe, expect, it } from 'vitest';
import request from 'supertest';
import { createTestWorld, csrfFrom, signIn, type Person, type TestWorld } from '../support/test-app.js';
import { listRoutes, type RouteInfo } from '../support/routes.js';
import { createToken } from '../../src/api/api-token-service.js';
import { commitImport } from '../../src/imports/import-service.js';
import { insertUpload } from '../../src/imports/upload-queries.js';
import { createMeeting, decideAction } from '../../src/meetings/meeting-service.js';
import { listItems } from '../../src/meetings/meeting-queries.js';
import { startGoal } from '../../src/goals/goal-service.js';
import { queueInvitations } from '../../src/reminders/reminder-service.js';
import { listOutbox } from '../../src/reminders/outbox-queries.js';
import { findIndicator, setIndicatorLinks } from '../../src/indicators/indicator-queries.js';
import { addReferenceSeries } from '../../src/organisation/reference-series.js';
import { addDirectorate, signInAs, type Directorate } from '../support/organisation-world.js';
import { insertMinutes } from '../../src/meetings/minutes-record.js';
import { insertIdentity, listIdentitiesOfUser } from '../../src/auth/external-identity-queries.js';

/**
 * 'group-overseer': members of the group, and members of a group above it, who read along (issue 14);
 * 'group-reader': the group's own members only.
 */
type Access = 'public' | 'token' | 'user' | 'admin' | 'group-overseer' | 'group-reader' | 'group-editor';

/**
 * Who may use each route. A route the app answers that is missing here fails the first test,
 * so nobody can add a route without deciding who may use it.
 */
const access: Record<string, Access> = {
  'get /log-ind': 'public',
  'post /log-ind': 'public',
  'post /log-ud': 'public',
  'get /healthz': 'public',
  'get /readyz': 'public',
  // Work accounts: public by nature (they sign people in); 404 without OIDC, covered in work-account-routes.test.ts.
  'get /log-ind/arbejdskonto': 'public',
  'get /log-ind/arbejdskonto/retur': 'public',
  'get /konto': 'user',
  'post /konto/adgangskode': 'user',
  'get /': 'user',
  'get /grupper/:groupId': 'group-overseer',
  'get /grupper/:groupId/rediger': 'group-editor',
  'post /grupper/:groupId': 'group-editor',
  'get /grupper/:groupId/historik': 'group-reader',
  'get /grupper/:groupId/indikatorer': 'group-overseer',
  'get /grupper/:groupId/indikatorer/ny': 'group-editor',
  'get /grupper/:groupId/indikatorer/arkiv': 'group-overseer',
  'post /grupper/:groupId/indikatorer': 'group-editor',
  'get /grupper/:groupId/indikatorer/:indicatorId': 'group-overseer',
  'get /grupper/:groupId/indikatorer/:indicatorId/rediger': 'group-editor',
  'post /grupper/:groupId/indikatorer/:indicatorId': 'group-editor',
  'post /grupper/:groupId/indikatorer/:indicatorId/arkiver': 'group-editor',
  'post /grupper/:groupId/indikatorer/:indicatorId/gendan': 'group-editor',
  'post /grupper/:groupId/indikatorer/:indicatorId/vaerdier': 'group-editor',
  'get /grupper/:groupId/indikatorer/:indicatorId/vaerdier/:period/slet': 'group-editor',
  'post /grupper/:groupId/indikatorer/:indicatorId/vaerdier/:period/slet': 'group-editor',
  'get /grupper/:groupId/eksport.csv': 'group-overseer',
  'get /grupper/:groupId/indikatorer/:indicatorId/eksport.csv': 'group-overseer',
  'get /grupper/:groupId/import': 'group-editor',
  'post /grupper/:groupId/import': 'group-editor',
  'get /grupper/:groupId/import/:uploadId': 'group-editor',
  'post /grupper/:groupId/import/:uploadId/tilknyt': 'group-editor',
  'post /grupper/:groupId/import/:uploadId/importer': 'group-editor',
  'post /grupper/:groupId/import/:uploadId/kasser': 'group-editor',
  'get /grupper/:groupId/importer': 'group-reader',
  'get /grupper/:groupId/importer/:importId': 'group-reader',
  'post /grupper/:groupId/importer/:importId/fortryd': 'group-editor',
  'get /grupper/:groupId/data': 'group-reader',
  'get /grupper/:groupId/tilknytninger': 'group-reader',
  'post /grupper/:groupId/tilknytninger/glem': 'group-editor',
  'get /grupper/:groupId/api-noegler': 'group-editor',
  'post /grupper/:groupId/api-noegler': 'group-editor',
  'post /grupper/:groupId/api-noegler/:tokenId/tilbagekald': 'group-editor',
  'get /grupper/:groupId/indikatorer/:indicatorId/graf.svg': 'group-overseer',
  // The organisation's data (issue 14)
  'get /grupper/:groupId/indikatorer/ny-beregnet': 'group-editor',
  'post /grupper/:groupId/indikatorer/beregnede': 'group-editor',
  'post /grupper/:groupId/indikatorer/:indicatorId/del': 'group-editor',
  'get /grupper/:groupId/indikatorer/:indicatorId/sammenligning': 'group-overseer',
  'get /grupper/:groupId/faelles-indikatorer': 'group-reader',
  'post /grupper/:groupId/faelles-indikatorer/:indicatorId/tag-i-brug': 'group-editor',
  'get /grupper/:groupId/indikatorer/:indicatorId/datagrundlag': 'group-overseer',
  'post /grupper/:groupId/indikatorer/:indicatorId/datagrundlag': 'group-editor',
  'get /grupper/:groupId/indikatorer/:indicatorId/serier': 'group-reader',
  'post /grupper/:groupId/indikatorer/:indicatorId/serier': 'group-editor',
  'post /grupper/:groupId/indikatorer/:indicatorId/serier/:seriesId/slet': 'group-editor',
  'post /grupper/:groupId/indikatorer/:indicatorId/serier/:seriesId/hentning': 'group-editor',
  'post /grupper/:groupId/indikatorer/:indicatorId/serier/:seriesId/hentning/stop': 'group-editor',
  'post /grupper/:groupId/indikatorer/:indicatorId/serier/:seriesId/hent-nu': 'group-editor',
  'get /grupper/:groupId/overblik': 'group-reader',
  'get /grupper/:groupId/moeder': 'group-reader',
  'get /grupper/:groupId/moeder/nyt': 'group-editor',
  'post /grupper/:groupId/moeder': 'group-editor',
  'get /grupper/:groupId/moeder/:meetingId': 'group-reader',
  'get /grupper/:groupId/moeder/:meetingId/rediger': 'group-editor',
  'post /grupper/:groupId/moeder/:meetingId': 'group-editor',
  'post /grupper/:groupId/moeder/:meetingId/punkter': 'group-editor',
  'post /grupper/:groupId/moeder/:meetingId/punkter/:itemId/slet': 'group-editor',
  'post /grupper/:groupId/moeder/:meetingId/punkter/:itemId/flyt': 'group-editor',
  'post /grupper/:groupId/moeder/:meetingId/punkter/:itemId/noter': 'group-editor',
  'post /grupper/:groupId/moeder/:meetingId/punkter/:itemId/handlinger': 'group-editor',
  'post /grupper/:groupId/moeder/:meetingId/punkter/:itemId/spoergsmaal': 'group-editor',
  'get /grupper/:groupId/moeder/:meetingId/afvikling/:n': 'group-reader',
  'post /grupper/:groupId/moeder/:meetingId/afslut': 'group-editor',
  'post /grupper/:groupId/moeder/:meetingId/genaabn': 'group-editor',
  'get /grupper/:groupId/moeder/:meetingId/referat': 'group-reader',
  'get /grupper/:groupId/moeder/:meetingId/referat/udgaver/:version': 'group-reader',
  'get /grupper/:groupId/moeder/:meetingId/referat/udskrift.css': 'group-reader',
  'post /grupper/:groupId/moeder/:meetingId/indkaldelse': 'group-editor',
  'get /grupper/:groupId/udsendelser': 'group-reader',
  'get /grupper/:groupId/udsendelser/:messageId': 'group-reader',
  'get /grupper/:groupId/udsendelser/:messageId/kalender.ics': 'group-reader',
  'get /grupper/:groupId/handlinger': 'group-overseer',
  'get /grupper/:groupId/handlinger/ny': 'group-editor',
  'post /grupper/:groupId/handlinger': 'group-editor',
  'get /grupper/:groupId/handlinger/:actionId': 'group-overseer',
  'get /grupper/:groupId/handlinger/:actionId/rediger': 'group-editor',
  'post /grupper/:groupId/handlinger/:actionId': 'group-editor',
  'post /grupper/:groupId/handlinger/:actionId/status': 'group-editor',
  'get /grupper/:groupId/maal': 'group-overseer',
  'get /grupper/:groupId/maal/nyt': 'group-editor',
  'post /grupper/:groupId/maal': 'group-editor',
  'get /grupper/:groupId/maal/:goalId': 'group-overseer',
  'get /grupper/:groupId/maal/:goalId/trin/:step': 'group-editor',
  'post /grupper/:groupId/maal/:goalId/trin/:step': 'group-editor',
  'get /grupper/:groupId/maal/:goalId/tjek': 'group-editor',
  'post /grupper/:groupId/maal/:goalId/status': 'group-editor',
  // Bearer tokens, no session: covered route by route in api.test.ts.
  'post /api/v1/groups/:groupId/imports': 'token',
  // The read API (issue 14): covered in read-api.test.ts.
  'get /api/v1/openapi.json': 'public',
  'get /api/v1/groups/:groupId/indicators': 'token',
  'get /api/v1/groups/:groupId/values': 'token',
  'get /api/v1/groups/:groupId/goals': 'token',
  'get /api/v1/groups/:groupId/actions': 'token',
  'get /api/v1/groups/:groupId/meetings': 'token',
  'get /admin': 'admin',
  'get /admin/grupper/ny': 'admin',
  'post /admin/grupper': 'admin',
  'get /admin/grupper/:groupId': 'admin',
  'post /admin/grupper/:groupId': 'admin',
  'post /admin/grupper/:groupId/placering': 'admin',
  'post /admin/grupper/:groupId/medlemmer': 'admin',
  'post /admin/grupper/:groupId/medlemmer/:userId/fjern': 'admin',
  'get /admin/brugere/ny': 'admin',
  'post /admin/brugere': 'admin',
  'get /admin/brugere/:userId': 'admin',
  'post /admin/brugere/:userId': 'admin',
  'post /admin/brugere/:userId/deaktiver': 'admin',
  'post /admin/brugere/:userId/aktiver': 'admin',
  'post /admin/brugere/:userId/adgangskode': 'admin',
  'post /admin/brugere/:userId/arbejdskonti/:identityId/fjern': 'admin',
};

const key = (r: RouteInfo) => `${r.method} ${r.path}`;

interface Fixtures {
  directorate: Directorate;
  identityId: number;
  seriesId: number;
  uploadId: number;
  importId: number;
  tokenId: number;
  meetingId: number;
  itemId: number;
  actionId: number;
  goalId: number;
  messageId: number;
}

/** Group A's own upload (Ellen's), import and API key, so every route has something real to act on. */
async function prepare(world: TestWorld): Promise<Fixtures> {
  const content = new TextEncoder().encode('Indikator;Kvartal;Værdi\r\nSygefravær;2026K3;6,9\r\n');
  const actor = { userId: world.ids.users.editorA, groupId: world.ids.groupA };
  const uploadId = await insertUpload(world.db, { ...actor, fileName: 'a.csv', sha256: 'x', sizeBytes: content.length, content });
  const { importId } = await commitImport(world.db, actor, { fileName: 'b.csv', bytes: content, via: 'ui' }, { settings: {}, skipErrors: false });
  const { id: tokenId } = await createToken(world.db, actor, { name: 'BI' });
  const meeting = await createMeeting(world.db, actor, { title: 'Møde', date: '2026-12-10', indicatorIds: String(world.ids.sickLeave) }, new Map());
  const [item] = await listItems(world.db, meeting.id);
  const decided = await decideAction(world.db, actor, meeting.id, item!.id, { whatAndWhy: 'a', howAndWho: 'b', responsible: 'c', dueDate: '2027-01-31' });
  const goal = await startGoal(world.db, actor, { title: 'Færre sygedage' });
  await queueInvitations(world.db, world.config, world.ids.groupA, meeting.id, new Date(), { resend: false });
  await insertMinutes(world.db, meeting.id, { record: { schema: 1, meeting: { title: 'Møde', date: '2026-12-10', dateText: '10. december 2026', location: '', attendees: '' }, groupName: 'Ældre og Sundhed', items: [] }, charts: new Map(), closedBy: null });
  const [message] = await listOutbox(world.db, world.ids.groupA, 1);
  // A direktion above both groups: its members read group A along; Bodil (group B) is another branch.
  const directorate = await addDirectorate(world);
  // Sygefravær is shared with the groups below group A, so its comparison page exists.
  await setIndicatorLinks(world.db, world.ids.sickLeave, { sharedAt: new Date().toISOString(), totalRule: 'none' });
  const sickLeave = (await findIndicator(world.db, world.ids.groupA, world.ids.sickLeave))!;
  const { id: seriesId } = await addReferenceSeries(world.db, actor, sickLeave, { label: 'Hele landet' });
  // Bodil signs in with a work account too, so the administrator can unlink it.
  await insertIdentity(world.db, world.ids.users.editorB, { issuerKey: 'https://login.kommune.dk', subject: 'bodil' });
  const [identity] = await listIdentitiesOfUser(world.db, world.ids.users.editorB);
  return { directorate, identityId: identity!.id, seriesId, uploadId, importId, tokenId, meetingId: meeting.id, itemId: item!.id, actionId: decided.id, goalId: goal.id, messageId: message!.id };
}

/** Fills route parameters with group A's resources; admin routes act on Bodil (group B) so group A's members stay intact. */
function concretePath(path: string, world: TestWorld, f: Fixtures): string {
  return path
    .replace(':groupId', String(world.ids.groupA))
    .replace(':indicatorId', String(world.ids.sickLeave))
    .replace(':userId', String(world.ids.users.editorB))
    .replace(':period', '2026K1')
    .replace(':uploadId', String(f.uploadId))
    .replace(':importId', String(f.importId))
    .replace(':tokenId', String(f.tokenId))
    .replace(':seriesId', String(f.seriesId))
    .replace(':identityId', String(f.identityId))
    .replace(':meetingId', String(f.meetingId))
    .replace(':itemId', String(f.itemId))
    .replace(':actionId', String(f.actionId))
    .replace(':goalId', String(f.goalId))
    .replace(':messageId', String(f.messageId))
    .replace(':step', 's')
    .replace(':version', '1')
    .replace(':n', '1');
}

type Actor = 'anonymous' | Person | 'directorReader' | 'directorEditor';
const actors: Actor[] = ['anonymous', 'readerA', 'editorA', 'editorB', 'admin', 'directorReader', 'directorEditor'];

/** The status an actor must get; 'allowed' means the route ran (a page, a redirect after success, or a form error). */
function expected(rule: Access, actor: Actor, method: string): number | 'allowed' {
  if (rule === 'public') return 'allowed';
  if (actor === 'anonymous') return method === 'get' ? 302 : 401;
  if (rule === 'user') return 'allowed';
  if (rule === 'admin') return actor === 'admin' ? 'allowed' : 403;
  const member = actor === 'readerA' || actor === 'editorA';
  const overseer = actor === 'directorReader' || actor === 'directorEditor';
  // A member of the group above reads along where the organisation allows it, and never changes anything.
  if (overseer) return rule === 'group-overseer' ? 'allowed' : 403;
  if (!member) return 404;
  if (rule === 'group-editor' && actor === 'readerA') return 403;
  return 'allowed';
}

async function requestAs(world: TestWorld, fixtures: Fixtures, actor: Actor, route: RouteInfo) {
  const path = concretePath(route.path, world, fixtures);
  if (actor === 'anonymous') {
    // A real token from an anonymous session, so the answer shows the access check and not the CSRF check.
    const agent = request.agent(world.app);
    const token = csrfFrom((await agent.get('/log-ind')).text);
    return route.method === 'get' ? agent.get(path) : agent.post(path).type('form').send({ _csrf: token });
  }
  const user = actor === 'directorReader' || actor === 'directorEditor' ? await signInAs(world, fixtures.directorate[actor].email) : await signIn(world, actor);
  return route.method === 'get' ? user.get(path) : user.post(path);
}

describe('route × role matrix', () => {
  it('knows every route the app answers, and no route it does not', async () => {
    const world = await createTestWorld();
    const actual = listRoutes(world.app).map(key).sort();
    expect(actual).toEqual(Object.keys(access).sort());
    await world.db.destroy();
  });

  const routes = Object.keys(access).map((k) => {
    const [method, path] = k.split(' ') as [RouteInfo['method'], string];
    return { method, path };
  });

  it.each(routes.filter((r) => !['public', 'token'].includes(access[key(r)]!)))('guards $method $path for every role', async (route) => {
    const world = await createTestWorld();
    const fixtures = await prepare(world);
    const rule = access[key(route)]!;
    const seen: Record<string, number> = {};
    const wanted: Record<string, number | 'allowed'> = {};
    for (const actor of actors) {
      const res = await requestAs(world, fixtures, actor, route);
      const want = expected(rule, actor, route.method);
      wanted[actor] = want;
      seen[actor] = res.status;
      if (want === 302) expect(res.headers.location, `${actor} should be sent to login`).toMatch(/^\/log-ind/);
    }
    const normalised = Object.fromEntries(
      Object.entries(seen).map(([actor, status]) => [actor, wanted[actor] === 'allowed' && [200, 302, 400].includes(status) ? 'allowed' : status]),
    );
    expect(normalised).toEqual(wanted);
    await world.db.destroy();
  });
});
