import { z } from 'zod';
import type { FieldError } from '../shared/errors.js';
import type { Role } from '../shared/actor.js';
import { cprFieldErrors } from '../shared/cpr.js';

export type { Role };

export interface Group {
  id: number;
  name: string;
  description: string;
  coreTask: string;
  /** The group this one sits under in the organisation; null at the top. */
  parentId: number | null;
}

export interface GroupMembership {
  group: Group;
  role: Role;
}

/** A group as the menu and the access check know it: by name, without its texts. */
export type GroupName = Pick<Group, 'id' | 'name' | 'parentId'>;

/** The signed-in user's membership of a group, as read on every request. */
export interface MembershipName {
  group: GroupName;
  role: Role;
}

export interface Member {
  userId: number;
  name: string;
  email: string;
  role: Role;
  active: boolean;
}

export const ROLE_LABELS: Record<Role, string> = { editor: 'Redaktør', reader: 'Læser' };

const messages = {
  nameRequired: 'Skriv gruppens navn.',
  nameTooLong: 'Navnet må højst være 120 tegn.',
  descriptionTooLong: 'Beskrivelsen må højst være 1000 tegn.',
  coreTaskRequired: 'Beskriv gruppens kerneopgave: for hvem, og hvilken værdi I skaber.',
  coreTaskTooLong: 'Kerneopgaven må højst være 2000 tegn.',
};

const groupInput = z.object({
  name: z.string().trim().min(1, messages.nameRequired).max(120, messages.nameTooLong),
  description: z.string().trim().max(1000, messages.descriptionTooLong),
  coreTask: z.string().trim().min(1, messages.coreTaskRequired).max(2000, messages.coreTaskTooLong),
});

export type GroupInput = z.infer<typeof groupInput>;

export function validateGroup(raw: Record<string, unknown>): { ok: true; value: GroupInput } | { ok: false; errors: FieldError[] } {
  const parsed = groupInput.safeParse({
    name: String(raw.name ?? ''),
    description: String(raw.description ?? ''),
    coreTask: String(raw.coreTask ?? ''),
  });
  const cpr = parsed.success ? cprFieldErrors(parsed.data) : [];
  if (parsed.success && !cpr.length) return { ok: true, value: parsed.data };
  if (parsed.success) return { ok: false, errors: cpr };
  return { ok: false, errors: parsed.error.issues.map((i) => ({ field: String(i.path[0]), message: i.message })) };
}
