import type { Migration } from 'kysely';
import * as foundation from './2026-11-27-001-foundation.js';
import * as imports from './2026-11-27-002-imports.js';
import * as goals from './2026-11-27-003-goals.js';
import * as meetings from './2026-11-27-004-meetings.js';
import * as externalIdentities from './2026-12-01-001-external-identities.js';
import * as structuredSmarte from './2026-12-01-002-structured-smarte.js';
import * as hardeningRateLimits from './2026-12-04-001-hardening-rate-limits.js';
import * as reminders from './2026-12-05-001-reminders.js';
import * as judgmentsInterventions from './2026-12-06-001-judgments-interventions.js';
import * as flowsMappingLessons from './2026-12-06-001-flows-mapping-lessons.js';
import * as scaleDataVersions from './2026-12-06-001-scale-data-versions.js';
import * as organisationData from './2026-12-07-001-organisation-data.js';
import * as recordMeetingRecord from './2026-12-08-001-record-meeting-record.js';
import * as groupsParentIndex from './2026-12-09-001-groups-parent-index.js';

/** Listed explicitly so migrations load the same way under tsx, vitest and a bundler. */
export const migrations: Record<string, Migration> = {
  '2026-11-27-001-foundation': foundation,
  '2026-11-27-002-imports': imports,
  '2026-11-27-003-goals': goals,
  '2026-11-27-004-meetings': meetings,
  '2026-12-01-001-external-identities': externalIdentities,
  '2026-12-01-002-structured-smarte': structuredSmarte,
  '2026-12-04-001-hardening-rate-limits': hardeningRateLimits,
  '2026-12-05-001-reminders': reminders,
  '2026-12-06-001-judgments-interventions': judgmentsInterventions,
  '2026-12-06-001-flows-mapping-lessons': flowsMappingLessons,
  '2026-12-06-001-scale-data-versions': scaleDataVersions,
  '2026-12-07-001-organisation-data': organisationData,
  '2026-12-08-001-record-meeting-record': recordMeetingRecord,
  '2026-12-09-001-groups-parent-index': groupsParentIndex,
};
