import type { Kysely } from 'kysely';

// Frozen: never import app code here, and never edit after release; add a new migration instead.

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter.constructor.name.startsWith('Postgres');
}

export async function up(db: Kysely<any>): Promise<void> {
  const table = isPostgres(db)
    ? db.schema.createTable('external_identities').addColumn('id', 'serial', (c) => c.primaryKey())
    : db.schema.createTable('external_identities').addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());

  // One row per account at a sign-in provider. issuer_key is the issuer, or "entra:<tenant id>" for
  // Entra ID, whose object id stays the same across its v1 and v2 issuers.
  await table
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('issuer_key', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_login_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('external_identities_issuer_subject', ['issuer_key', 'subject'])
    .execute();
  await db.schema.createIndex('external_identities_user_id').on('external_identities').column('user_id').execute();

  // Memberships the provider's groups claim granted may be taken away when the claim no longer
  // grants them; memberships an administrator gave (0) never are.
  await db.schema
    .alterTable('memberships')
    .addColumn('granted_by_claim', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('memberships').dropColumn('granted_by_claim').execute();
  await db.schema.dropTable('external_identities').execute();
}
