import { dateFieldParts, isoDateParts, type DateParts } from '../../periods/calendar-date.js';

/**
 * The day, month and year to show in a date input named `field`: what the form posted
 * (`field-day` …) after an error, or else the stored ISO date in `values[field]`.
 * Usage: {{#with (dateParts values "date") as |parts|}}…{{parts.day}}…{{/with}}
 */
export function dateParts(values: unknown, field: unknown): DateParts {
  const raw = values && typeof values === 'object' ? (values as Record<string, unknown>) : {};
  const name = String(field);
  if ([`${name}-day`, `${name}-month`, `${name}-year`].some((k) => k in raw)) return dateFieldParts(raw, name);
  return isoDateParts(raw[name]);
}
