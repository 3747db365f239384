import type { Selectable } from 'kysely';
import type { Db } from '../db/connection.js';
import type { UserTable } from '../db/schema.js';
import { nowIso } from '../shared/clock.js';
import { normaliseEmail, type User } from './user.js';

type UserRow = Pick<Selectable<UserTable>, 'id' | 'email' | 'name' | 'is_admin' | 'deactivated_at'>;
const userColumns = ['id', 'email', 'name', 'is_admin', 'deactivated_at'] as const;

function toUser(row: UserRow): User {
  return { id: row.id, email: row.email, name: row.name, isAdmin: row.is_admin === 1, active: row.deactivated_at === null };
}

export async function findUser(db: Db, id: number): Promise<User | undefined> {
  const row = await db.selectFrom('users').select(userColumns).where('id', '=', id).executeTakeFirst();
  return row && toUser(row);
}


/** The password hash never leaves this module except to the login check. */
export async function findCredentials(db: Db, email: string): Promise<{ user: User; passwordHash: string } | undefined> {
  const row = await db
    .selectFrom('users')
    .select([...userColumns, 'password_hash'])
    .where('email', '=', normaliseEmail(email))
    .executeTakeFirst();
  return row && { user: toUser(row), passwordHash: row.password_hash };
}

export async function findUserByEmail(db: Db, email: string): Promise<User | undefined> {
  const row = await db.selectFrom('users').select(userColumns).where('email', '=', normaliseEmail(email)).executeTakeFirst();
  return row && toUser(row);
}

export async function listUsers(db: Db): Promise<User[]> {
  const rows = await db.selectFrom('users').select(userColumns).orderBy('name').execute();
  return rows.map(toUser);
}

export async function insertUser(
  db: Db,
  user: { email: string; name: string; passwordHash: string; isAdmin: boolean },
): Promise<User> {
  const now = nowIso();
  const row = await db
    .insertInto('users')
    .values({
      email: normaliseEmail(user.email),
      name: user.name.trim(),
      password_hash: user.passwordHash,
      is_admin: user.isAdmin ? 1 : 0,
      created_at: now,
      updated_at: now,
    })
    .returning(userColumns)
    .executeTakeFirstOrThrow();
  return toUser(row);
}

export async function updateUser(db: Db, id: number, changes: { name?: string; isAdmin?: boolean }): Promise<void> {
  await db
    .updateTable('users')
    .set({
      ...(changes.name !== undefined && { name: changes.name.trim() }),
      ...(changes.isAdmin !== undefined && { is_admin: changes.isAdmin ? 1 : 0 }),
      updated_at: nowIso(),
    })
    .where('id', '=', id)
    .execute();
}

export async function setPasswordHash(db: Db, id: number, passwordHash: string): Promise<void> {
  await db.updateTable('users').set({ password_hash: passwordHash, updated_at: nowIso() }).where('id', '=', id).execute();
}

export async function setUserActive(db: Db, id: number, active: boolean): Promise<void> {
  const now = nowIso();
  await db
    .updateTable('users')
    .set({ deactivated_at: active ? null : now, updated_at: now })
    .where('id', '=', id)
    .execute();
}

export async function countUsers(db: Db): Promise<number> {
  const row = await db.selectFrom('users').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
