import { fieldErrorMap, type FieldError } from '../shared/errors.js';

/**
 * What a form template needs to show failed input: the list for DKFDS's error summary and the
 * message per field. Usage: `res.status(errors ? 400 : 200).render(view, { ...formErrors(errors) })`.
 */
export function formErrors(errors?: FieldError[]): { errors?: FieldError[]; fieldErrors?: Record<string, string>; fieldAnchors?: Record<string, string> } {
  if (!errors) return {};
  // Where a field's error points inside a group of inputs (a date's day, month or year).
  const fieldAnchors = Object.fromEntries(errors.flatMap((e) => (e.anchor ? [[e.field, e.anchor]] : [])));
  return { errors, fieldErrors: fieldErrorMap(errors), fieldAnchors };
}
