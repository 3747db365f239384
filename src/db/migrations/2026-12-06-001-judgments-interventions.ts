import type { Kysely } from 'kysely';

// Frozen: never import app code here, and never edit after release; add a new migration instead.

export async function up(db: Kysely<any>): Promise<void> {
  // An action the group marks as an intervention whose effect it wants to measure: its kind
  // ('work-practice', 'organisation', 'competence', 'technology', 'other'); null for an ordinary
  // action. The period it takes effect from is the action's start_period.
  await db.schema.alterTable('actions').addColumn('intervention_kind', 'text').execute();
  // What a free topic on the agenda is about ('experience', 'decision', 'goal', 'data', 'other'),
  // which chooses its reflection questions; null for indicator and goal items and for older topics.
  await db.schema.alterTable('meeting_items').addColumn('topic_kind', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('meeting_items').dropColumn('topic_kind').execute();
  await db.schema.alterTable('actions').dropColumn('intervention_kind').execute();
}
