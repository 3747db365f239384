import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import { configFromEnv } from '../config.js';
import { describeDatabase, migrateToLatest, openDatabase } from '../db/connection.js';
import { hashPassword, PASSWORD_MIN_LENGTH } from '../auth/password.js';
import { findUserByEmail, insertUser } from '../auth/user-queries.js';
import { recordAudit } from '../audit/audit-queries.js';

/** npm run create-admin -- --email a@b.dk --name "Navn" [--password …]; asks for what is missing. */
const { values } = parseArgs({
  options: { email: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' } },
});

const rl = createInterface({ input: process.stdin, output: process.stdout });
const email = values.email ?? (await rl.question('E-mail: '));
const name = values.name ?? (await rl.question('Navn: '));
const password = values.password ?? (await rl.question(`Adgangskode (mindst ${PASSWORD_MIN_LENGTH} tegn): `));
rl.close();

if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email.trim())) {
  console.error('Fejl: e-mailadressen er ikke gyldig.');
  process.exit(1);
}
if (!name.trim()) {
  console.error('Fejl: skriv et navn.');
  process.exit(1);
}
if (password.length < PASSWORD_MIN_LENGTH) {
  console.error(`Fejl: adgangskoden skal være mindst ${PASSWORD_MIN_LENGTH} tegn.`);
  process.exit(1);
}

const config = configFromEnv();
const db = openDatabase(config);
await migrateToLatest(db);
if (await findUserByEmail(db, email)) {
  console.error(`Fejl: der findes allerede en bruger med e-mailen ${email.trim().toLowerCase()}.`);
  await db.destroy();
  process.exit(1);
}
const user = await insertUser(db, { email, name, passwordHash: await hashPassword(password), isAdmin: true });
await recordAudit(db, {
  groupId: null,
  userId: null,
  entityType: 'user',
  entityId: user.id,
  action: 'create',
  summary: `Oprettede administratoren ${user.name} fra kommandolinjen`,
});
console.log(`Administratoren ${user.name} (${user.email}) er oprettet i ${describeDatabase(config)}.`);
await db.destroy();
