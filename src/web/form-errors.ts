import { fieldErrorMap, type FieldError } from '../shared/errors.js';

/**
 * What a form template needs to show failed input: the list for DKFDS's error summary and the
 * message per field. Usage: `res.status(errors ? 400 : 200).render(view, { ...formErrors(errors) })`.
 */
export function formErrors(errors?: FieldError[]): { errors?: FieldError[]; fieldErrors?: Record<string, string> } {
  return errors ? { errors, fieldErrors: fieldErrorMap(errors) } : {};
}
