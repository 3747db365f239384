import { parseDanishNumber } from '../numbers/danish-number.js';
import type { Frequency } from '../periods/period.js';
import type { FieldError } from '../shared/errors.js';
import { STANDARD_UNITS, type Direction, type IndicatorInput } from './indicator.js';
import { cprFieldErrors } from '../shared/cpr.js';

export const messages = {
  nameRequired: 'Skriv indikatorens navn.',
  nameTooLong: 'Navnet må højst være 150 tegn.',
  definitionRequired: 'Beskriv, hvad der måles, og hvordan.',
  whyRequired: 'Skriv, hvorfor indikatoren er vigtig for jeres kerneopgave. Ingen indikator uden et hvorfor.',
  unitRequired: 'Vælg en enhed.',
  unitOtherRequired: 'Skriv jeres egen enhed, eller vælg en af de faste.',
  unitTooLong: 'Enheden må højst være 30 tegn.',
  decimalsInvalid: 'Antal decimaler skal være et helt tal fra 0 til 4.',
  directionRequired: 'Vælg, hvilken retning der er god: om et højere eller et lavere tal er bedst, eller om tallet skal holdes inden for grænser.',
  rangeMinRequired: 'Skriv den nedre grænse, når tallet skal holdes inden for grænser.',
  rangeMaxRequired: 'Skriv den øvre grænse, når tallet skal holdes inden for grænser.',
  rangeOrder: 'Den nedre grænse skal være mindre end den øvre.',
  frequencyRequired: 'Vælg, hvor ofte indikatoren måles.',
  codeInvalid: 'Koden må kun indeholde bogstaver, tal, bindestreg og understregning (højst 30 tegn).',
  textTooLong: (label: string, max: number) => `${label} må højst være ${max} tegn.`,
};

const directions: Direction[] = ['up', 'down', 'range'];
const frequencies: Frequency[] = ['quarter', 'month', 'year'];

export type IndicatorValidation = { ok: true; value: IndicatorInput } | { ok: false; errors: FieldError[] };

function text(raw: Record<string, unknown>, key: string): string {
  const value = raw[key];
  return typeof value === 'string' ? value.trim() : '';
}

/** Validates the indicator form; field names match the form's input ids so errors can link to them. */
export function validateIndicator(raw: Record<string, unknown>): IndicatorValidation {
  const errors: FieldError[] = [];
  const fail = (field: string, message: string) => errors.push({ field, message });

  const name = text(raw, 'name');
  if (!name) fail('name', messages.nameRequired);
  else if (name.length > 150) fail('name', messages.nameTooLong);

  const definition = text(raw, 'definition');
  if (!definition) fail('definition', messages.definitionRequired);
  else if (definition.length > 2000) fail('definition', messages.textTooLong('Definitionen', 2000));

  const whyItMatters = text(raw, 'whyItMatters');
  if (!whyItMatters) fail('whyItMatters', messages.whyRequired);
  else if (whyItMatters.length > 2000) fail('whyItMatters', messages.textTooLong('Begrundelsen', 2000));

  const unitChoice = text(raw, 'unitChoice');
  let unit = '';
  if (unitChoice === 'other') {
    unit = text(raw, 'unitOther');
    if (!unit) fail('unitOther', messages.unitOtherRequired);
    else if (unit.length > 30) fail('unitOther', messages.unitTooLong);
  } else if ((STANDARD_UNITS as readonly string[]).includes(unitChoice)) {
    unit = unitChoice;
  } else {
    fail('unitChoice', messages.unitRequired);
  }

  const decimalsText = text(raw, 'decimals');
  const decimals = Number(decimalsText);
  if (!/^[0-4]$/.test(decimalsText)) fail('decimals', messages.decimalsInvalid);

  const direction = text(raw, 'direction') as Direction;
  if (!directions.includes(direction)) fail('direction', messages.directionRequired);

  let rangeMin: number | null = null;
  let rangeMax: number | null = null;
  if (direction === 'range') {
    const min = text(raw, 'rangeMin');
    const max = text(raw, 'rangeMax');
    if (!min) fail('rangeMin', messages.rangeMinRequired);
    else {
      const parsed = parseDanishNumber(min);
      if (parsed.ok) rangeMin = parsed.value;
      else fail('rangeMin', parsed.message);
    }
    if (!max) fail('rangeMax', messages.rangeMaxRequired);
    else {
      const parsed = parseDanishNumber(max);
      if (parsed.ok) rangeMax = parsed.value;
      else fail('rangeMax', parsed.message);
    }
    if (rangeMin !== null && rangeMax !== null && rangeMin >= rangeMax) fail('rangeMax', messages.rangeOrder);
  }

  const frequency = (text(raw, 'frequency') || 'quarter') as Frequency;
  if (!frequencies.includes(frequency)) fail('frequency', messages.frequencyRequired);

  const dataSource = text(raw, 'dataSource');
  if (dataSource.length > 300) fail('dataSource', messages.textTooLong('Datakilden', 300));
  const deliveredBy = text(raw, 'deliveredBy');
  if (deliveredBy.length > 300) fail('deliveredBy', messages.textTooLong('Leverandøren', 300));

  const codeText = text(raw, 'code');
  if (codeText && !/^[\p{L}\p{N}_-]{1,30}$/u.test(codeText)) fail('code', messages.codeInvalid);
  errors.push(...cprFieldErrors({ name, definition, whyItMatters, dataSource, deliveredBy }));

  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    value: {
      code: codeText ? codeText.toUpperCase() : null,
      name,
      definition,
      whyItMatters,
      unit,
      decimals,
      direction,
      rangeMin,
      rangeMax,
      frequency,
      dataSource,
      deliveredBy,
    },
  };
}
