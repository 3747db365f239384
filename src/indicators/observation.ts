import { parseDanishNumber } from '../numbers/danish-number.js';
import { type Period } from '../periods/period.js';
import { parsePeriod } from '../periods/period-parse.js';
import type { FieldError } from '../shared/errors.js';
import { possibleRange, type Indicator } from './indicator.js';
import { cprFieldErrors } from '../shared/cpr.js';

/** One value of an indicator for one period ("observation"). */
export interface Observation {
  indicatorId: number;
  period: Period;
  value: number;
  comment: string | null;
  importId: number | null;
  updatedAt: string;
}

export interface ObservationInput {
  period: Period;
  value: number;
  comment: string | null;
}

export const messages = {
  periodRequired: 'Skriv perioden, fx 2024K1 eller 1. kvt. 2024.',
  valueRequired: 'Skriv værdien.',
  outOfRange: (label: string) => `Værdien skal være ${label} for denne enhed.`,
  commentTooLong: 'Bemærkningen må højst være 500 tegn.',
};

/** The period a form's 'period' field names in the indicator's frequency; a missing or unreadable one is added to `errors`. */
export function readPeriodField(indicator: Pick<Indicator, 'frequency'>, periodText: string, errors: FieldError[]): Period | undefined {
  if (!periodText) {
    errors.push({ field: 'period', message: messages.periodRequired });
    return undefined;
  }
  const parsed = parsePeriod(periodText, indicator.frequency);
  if (parsed.ok) return parsed.period;
  errors.push({ field: 'period', message: parsed.message });
  return undefined;
}

export function validateObservation(
  indicator: Pick<Indicator, 'frequency' | 'unit'>,
  raw: Record<string, unknown>,
): { ok: true; value: ObservationInput } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const periodText = typeof raw.period === 'string' ? raw.period.trim() : '';
  const valueText = typeof raw.value === 'string' ? raw.value.trim() : '';
  const commentText = typeof raw.comment === 'string' ? raw.comment.trim() : '';

  const period = readPeriodField(indicator, periodText, errors);

  let value: number | undefined;
  if (!valueText) errors.push({ field: 'value', message: messages.valueRequired });
  else {
    const parsed = parseDanishNumber(valueText);
    if (!parsed.ok) errors.push({ field: 'value', message: parsed.message });
    else {
      const range = possibleRange(indicator.unit);
      const tooLow = range.min !== undefined && parsed.value < range.min;
      const tooHigh = range.max !== undefined && parsed.value > range.max;
      if ((tooLow || tooHigh) && range.label) errors.push({ field: 'value', message: messages.outOfRange(range.label) });
      else value = parsed.value;
    }
  }

  if (commentText.length > 500) errors.push({ field: 'comment', message: messages.commentTooLong });
  else errors.push(...cprFieldErrors({ comment: commentText }));

  if (errors.length || !period || value === undefined) return { ok: false, errors };
  return { ok: true, value: { period, value, comment: commentText || null } };
}
