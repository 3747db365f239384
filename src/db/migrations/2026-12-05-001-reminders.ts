import type { Kysely } from 'kysely';

// Frozen: never import app code here, and never edit after release; add a new migration instead.

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter.constructor.name.startsWith('Postgres');
}

export async function up(db: Kysely<any>): Promise<void> {
  // A calendar invitation needs a time and a place; the brief's meeting is 60 minutes.
  await db.schema.alterTable('meetings').addColumn('start_time', 'text').execute();
  await db.schema.alterTable('meetings').addColumn('duration_minutes', 'integer', (c) => c.notNull().defaultTo(60)).execute();
  await db.schema.alterTable('meetings').addColumn('location', 'text', (c) => c.notNull().defaultTo('')).execute();
  // Bumped whenever an invitation is sent again for a changed meeting: the calendar's SEQUENCE.
  await db.schema.alterTable('meetings').addColumn('invitation_sequence', 'integer', (c) => c.notNull().defaultTo(0)).execute();

  const table = isPostgres(db)
    ? db.schema.createTable('outbox').addColumn('id', 'serial', (c) => c.primaryKey())
    : db.schema.createTable('outbox').addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
  // Every e-mail the app sends, or would send without SMTP: the group can see what went out and why.
  await table
    .addColumn('group_id', 'integer', (c) => c.notNull().references('groups.id').onDelete('cascade'))
    .addColumn('meeting_id', 'integer', (c) => c.references('meetings.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    // Keeps a message from being queued twice, also when several instances run the same job.
    .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
    .addColumn('recipient_user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('recipient_email', 'text', (c) => c.notNull())
    .addColumn('recipient_name', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body_text', 'text', (c) => c.notNull())
    .addColumn('body_html', 'text', (c) => c.notNull())
    .addColumn('ics', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .execute();
  await db.schema.createIndex('outbox_group_created').on('outbox').columns(['group_id', 'created_at']).execute();
  await db.schema.createIndex('outbox_status_next').on('outbox').columns(['status', 'next_attempt_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('outbox').execute();
  for (const column of ['invitation_sequence', 'location', 'duration_minutes', 'start_time']) {
    await db.schema.alterTable('meetings').dropColumn(column).execute();
  }
}
