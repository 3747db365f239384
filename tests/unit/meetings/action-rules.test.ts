import { describe, expect, it } from 'vitest';
import { isOverdue, messages, validateAction, validateStatusChange } from '../../../src/meetings/action.js';

const members = [
  { userId: 7, name: 'Mette Holm' },
  { userId: 9, name: 'Jens Lund' },
];
const base = { whatAndWhy: 'Faste makkerpar', howAndWho: 'Teamlederne', dueDate: '2027-03-31' };

describe('who is responsible for an action', () => {
  it.each([
    [{ responsibleUserId: '7' }, { responsible: 'Mette Holm', responsibleUserId: 7 }],
    [{ responsibleUserId: 'other', responsible: 'Karen Ekstern' }, { responsible: 'Karen Ekstern', responsibleUserId: null }],
    // A name written without a choice (older forms, the API) is someone outside the group.
    [{ responsible: 'Karen Ekstern' }, { responsible: 'Karen Ekstern', responsibleUserId: null }],
    // A member chosen wins over a name left in the other field.
    [{ responsibleUserId: '9', responsible: 'Karen Ekstern' }, { responsible: 'Jens Lund', responsibleUserId: 9 }],
  ])('%o gives %o', (form, expected) => {
    const result = validateAction({ ...base, ...form }, undefined, members);
    expect(result.ok && { responsible: result.value.responsible, responsibleUserId: result.value.responsibleUserId }).toEqual(expected);
  });

  it.each([
    [{}, 'responsibleUserId', messages.responsibleRequired],
    [{ responsibleUserId: 'other' }, 'responsible', messages.responsibleNameRequired],
    [{ responsibleUserId: '8' }, 'responsibleUserId', messages.responsibleNotMember],
    [{ responsibleUserId: 'x' }, 'responsibleUserId', messages.responsibleNotMember],
  ])('%o is refused on %s', (form, field, message) => {
    const result = validateAction({ ...base, ...form }, undefined, members);
    expect(result.ok ? [] : result.errors).toEqual([{ field, message }]);
  });
});

describe('a status change', () => {
  it.each([
    [{ status: 'in-progress' }, 'open', { status: 'in-progress', comment: '' }],
    [{ status: 'open', comment: ' Venter på HR ' }, 'open', { status: 'open', comment: 'Venter på HR' }],
  ])('%o from %s is %o', (form, current, value) => {
    expect(validateStatusChange(form, current as 'open')).toEqual({ ok: true, value });
  });

  it.each([
    [{ status: 'open' }, messages.nothingChanged],
    [{ status: 'ukendt' }, messages.statusInvalid],
    [{ status: 'done', comment: 'x'.repeat(2001) }, messages.commentTooLong],
  ])('%o is refused', (form, message) => {
    const result = validateStatusChange(form, 'open');
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual([message]);
  });
});

describe('overdue', () => {
  it.each([
    ['open', '2027-01-31', '2027-02-01', true],
    ['in-progress', '2027-01-31', '2027-02-01', true],
    ['open', '2027-01-31', '2027-01-31', false],
    ['done', '2027-01-31', '2027-02-01', false],
    ['abandoned', '2027-01-31', '2027-02-01', false],
  ])('%s due %s is overdue on %s: %s', (status, dueDate, today, overdue) => {
    expect(isOverdue({ status: status as 'open', dueDate }, today)).toBe(overdue);
  });
});
