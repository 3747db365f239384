import type { Db } from '../db/connection.js';
import { hashPassword, PASSWORD_MIN_LENGTH, verifyPassword } from './password.js';
import { endSessionsOfUser } from './session-queries.js';
import { findCredentials, setPasswordHash } from './user-queries.js';
import type { User } from './user.js';
import type { FieldError } from '../shared/errors.js';

export const messages = {
  wrongCredentials: 'E-mail eller adgangskode er forkert. Prøv igen.',
  emailRequired: 'Skriv din e-mailadresse.',
  passwordRequired: 'Skriv din adgangskode.',
  currentWrong: 'Den nuværende adgangskode er forkert.',
  tooShort: `Den nye adgangskode skal være mindst ${PASSWORD_MIN_LENGTH} tegn.`,
  tooLong: 'Den nye adgangskode må højst være 200 tegn.',
  mismatch: 'De to nye adgangskoder er ikke ens.',
  sameAsOld: 'Den nye adgangskode skal være en anden end den nuværende.',
};

// A fixed hash to verify against when the email is unknown, so response time does not reveal which emails exist.
let dummyHash: Promise<string> | undefined;

export async function authenticate(db: Db, email: string, password: string): Promise<User | undefined> {
  const found = await findCredentials(db, email);
  if (!found) {
    dummyHash ??= hashPassword('not-a-real-password');
    await verifyPassword(password, await dummyHash);
    return undefined;
  }
  const ok = await verifyPassword(password, found.passwordHash);
  return ok && found.user.active ? found.user : undefined;
}

export function validateNewPassword(password: string, repeat: string): FieldError[] {
  if (password.length < PASSWORD_MIN_LENGTH) return [{ field: 'newPassword', message: messages.tooShort }];
  if (password.length > 200) return [{ field: 'newPassword', message: messages.tooLong }];
  if (password !== repeat) return [{ field: 'repeatPassword', message: messages.mismatch }];
  return [];
}

/** Changing the password ends the user's other sessions: a stolen session does not outlive the change. */
export async function changePassword(
  db: Db,
  user: User,
  input: { currentPassword: string; newPassword: string; repeatPassword: string },
): Promise<FieldError[]> {
  const found = await findCredentials(db, user.email);
  if (!found || !(await verifyPassword(input.currentPassword, found.passwordHash))) {
    return [{ field: 'currentPassword', message: messages.currentWrong }];
  }
  const errors = validateNewPassword(input.newPassword, input.repeatPassword);
  if (errors.length) return errors;
  if (input.newPassword === input.currentPassword) return [{ field: 'newPassword', message: messages.sameAsOld }];
  await setPasswordHash(db, user.id, await hashPassword(input.newPassword));
  await endSessionsOfUser(db, user.id);
  return [];
}
