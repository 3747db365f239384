import type { Kysely } from 'kysely';

// Frozen: never import app code here, and never edit after release; add a new migration instead.

/**
 * What each remembered mapping came from, so a group can see its learned mappings and an undone
 * import can forget what it taught:
 * - label: the file's label as it was written (source_label is its normalised key);
 * - user_id: who taught it;
 * - upload_id: the upload in preview when it was taught (uploads are deleted after use: no key);
 * - import_id: the import that used it first, set when that upload is imported.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('import_mappings').addColumn('label', 'text').execute();
  await db.schema
    .alterTable('import_mappings')
    .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  await db.schema.alterTable('import_mappings').addColumn('upload_id', 'integer').execute();
  await db.schema
    .alterTable('import_mappings')
    .addColumn('import_id', 'integer', (c) => c.references('imports.id').onDelete('set null'))
    .execute();
  await db.schema.createIndex('import_mappings_import_id').on('import_mappings').column('import_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('import_mappings_import_id').execute();
  for (const column of ['import_id', 'upload_id', 'user_id', 'label']) {
    await db.schema.alterTable('import_mappings').dropColumn(column).execute();
  }
}
