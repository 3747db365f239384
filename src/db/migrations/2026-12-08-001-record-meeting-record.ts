import type { Kysely } from 'kysely';

// Frozen: never import app code here, and never edit after release; add a new migration instead.

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter.constructor.name.startsWith('Postgres');
}

/**
 * The ledermøde as a record (issue 11):
 * - meetings.chair_user_id, secretary_user_id: mødeleder and referent, members of the group.
 * - meeting_items.bank_entry_id: a theme box or a method of the leadership foundation on the agenda
 *   (kind 'theme'; the id is the content bank's).
 * - meeting_item_questions: the reflection questions the group marked as discussed on an item.
 * - meeting_snapshots: what a meeting showed and decided, frozen when it was closed (JSON), one
 *   version per closing; meeting_snapshot_charts: each item's chart as it was drawn (SVG in HTML).
 * - actions.responsible_user_id: the member responsible, when it is one (the name stays in
 *   responsible, also for someone outside the group).
 * - action_status_changes: every change of an action's status, dated, with its comment.
 * - indicators.owner_user_id: the member accountable for an indicator.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  const withId = (name: string) =>
    pg
      ? db.schema.createTable(name).addColumn('id', 'serial', (c) => c.primaryKey())
      : db.schema.createTable(name).addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());

  await db.schema.alterTable('meetings').addColumn('chair_user_id', 'integer', (c) => c.references('users.id').onDelete('set null')).execute();
  await db.schema.alterTable('meetings').addColumn('secretary_user_id', 'integer', (c) => c.references('users.id').onDelete('set null')).execute();
  await db.schema.alterTable('meeting_items').addColumn('bank_entry_id', 'text').execute();
  await db.schema.alterTable('actions').addColumn('responsible_user_id', 'integer', (c) => c.references('users.id').onDelete('set null')).execute();
  await db.schema.alterTable('indicators').addColumn('owner_user_id', 'integer', (c) => c.references('users.id').onDelete('set null')).execute();

  await db.schema
    .createTable('meeting_item_questions')
    .addColumn('item_id', 'integer', (c) => c.notNull().references('meeting_items.id').onDelete('cascade'))
    .addColumn('question_id', 'text', (c) => c.notNull())
    .addColumn('marked_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('marked_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('meeting_item_questions_pk', ['item_id', 'question_id'])
    .execute();

  await withId('meeting_snapshots')
    .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('closed_at', 'text', (c) => c.notNull())
    .addColumn('closed_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('data', 'text', (c) => c.notNull())
    .addUniqueConstraint('meeting_snapshots_meeting_version', ['meeting_id', 'version'])
    .execute();

  await db.schema
    .createTable('meeting_snapshot_charts')
    .addColumn('snapshot_id', 'integer', (c) => c.notNull().references('meeting_snapshots.id').onDelete('cascade'))
    // No key to meeting_items: an item removed after reopening keeps its chart in the older version.
    .addColumn('item_id', 'integer', (c) => c.notNull())
    .addColumn('svg', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('meeting_snapshot_charts_pk', ['snapshot_id', 'item_id'])
    .execute();

  await withId('action_status_changes')
    .addColumn('action_id', 'integer', (c) => c.notNull().references('actions.id').onDelete('cascade'))
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('comment', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('changed_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('action_status_changes_action').on('action_status_changes').columns(['action_id', 'changed_at']).execute();
  await db.schema.createIndex('actions_goal').on('actions').columns(['goal_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('actions_goal').execute();
  for (const table of ['action_status_changes', 'meeting_snapshot_charts', 'meeting_snapshots', 'meeting_item_questions']) await db.schema.dropTable(table).execute();
  await db.schema.alterTable('indicators').dropColumn('owner_user_id').execute();
  await db.schema.alterTable('actions').dropColumn('responsible_user_id').execute();
  await db.schema.alterTable('meeting_items').dropColumn('bank_entry_id').execute();
  await db.schema.alterTable('meetings').dropColumn('secretary_user_id').execute();
  await db.schema.alterTable('meetings').dropColumn('chair_user_id').execute();
}
