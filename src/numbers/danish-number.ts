export type NumberStyle = 'da' | 'en';

export type NumberResult = { ok: true; value: number } | { ok: false; message: string };

const MINUS = '\u2212';

// Em dash and the typographic minus are included because Word and PDF exports
// turn a lone '-' into them; all of these mean "no value", never zero.
const MISSING_MARKERS: ReadonlySet<string> = new Set(['', '..', '.', '-', '–', '—', MINUS, 'na', 'n/a', 'n.a.', 'null']);

export function isMissingValue(input: string): boolean {
  return MISSING_MARKERS.has(input.trim().toLowerCase());
}

interface Affixes {
  /** Trimmed input, as shown back to the user in messages. */
  shown: string;
  negative: boolean;
  /** Digits and separators only; every space-like character is normalised to ' '. */
  body: string;
}

type AffixResult = { ok: true; affixes: Affixes } | { ok: false; message: string };

function fail(message: string): { ok: false; message: string } {
  return { ok: false, message };
}

function invalid(shown: string, reason: string): { ok: false; message: string } {
  return fail(`„${shown}“ er ikke et gyldigt tal: ${reason}.`);
}

function splitAffixes(input: string): AffixResult {
  const shown = input.trim();
  if (shown === '') return fail('Feltet er tomt. Skriv et tal.');
  if (isMissingValue(shown)) {
    return fail(`„${shown}“ betyder, at værdien mangler – det er ikke et tal.`);
  }
  let rest = shown;
  // A percent sign only tells the reader the unit; "12 %" is stored as 12.
  if (rest.endsWith('%')) rest = rest.slice(0, -1).trimEnd();
  else if (rest.startsWith('%')) rest = rest.slice(1).trimStart();
  let negative = false;
  const first = rest.charAt(0);
  if (first === '-' || first === MINUS || first === '+') {
    negative = first !== '+';
    rest = rest.slice(1).trimStart();
  }
  const body = rest.replace(/[\u00A0\u2007\u2009\u202F]/g, ' ');
  const stray = /[^0-9., ]/.exec(body);
  if (stray) {
    return invalid(shown, `tegnet „${stray[0]}“ hører ikke hjemme i et tal`);
  }
  if (!/[0-9]/.test(body)) return invalid(shown, 'der er ingen cifre');
  return { ok: true, affixes: { shown, negative, body } };
}

interface StyleWords {
  decimal: string;
  thousands: string;
  decimalNoun: string;
  decimalDefinite: string;
  thousandsNoun: string;
}

const STYLE_WORDS: Record<NumberStyle, StyleWords> = {
  da: {
    decimal: ',',
    thousands: '.',
    decimalNoun: 'decimalkomma',
    decimalDefinite: 'decimalkommaet',
    thousandsNoun: 'tusindtalspunktum',
  },
  en: {
    decimal: '.',
    thousands: ',',
    decimalNoun: 'decimalpunktum',
    decimalDefinite: 'decimalpunktummet',
    thousandsNoun: 'tusindtalskomma',
  },
};

function parseBody(affixes: Affixes, style: NumberStyle): NumberResult {
  const { shown, body, negative } = affixes;
  const words = STYLE_WORDS[style];
  const parts = body.split(words.decimal);
  if (parts.length > 2) return invalid(shown, `der må kun være ét ${words.decimalNoun}`);
  const intText = parts[0] ?? '';
  const fracText = parts[1];
  if (fracText !== undefined) {
    if (fracText === '') return invalid(shown, `der mangler cifre efter ${words.decimalDefinite}`);
    if (!/^[0-9]+$/.test(fracText)) return invalid(shown, `der må kun stå cifre efter ${words.decimalDefinite}`);
  }
  let intDigits = intText;
  if (!/^[0-9]*$/.test(intText)) {
    const usesMark = intText.includes(words.thousands);
    const usesSpace = intText.includes(' ');
    if (usesMark && usesSpace) {
      return invalid(shown, 'der er brugt to slags tusindtalsadskillere');
    }
    const separator = usesMark ? words.thousands : ' ';
    const groups = intText.split(separator);
    // A leading zero group ("0.500") is never how anyone writes a thousands-grouped number.
    const wellGrouped = /^[1-9][0-9]{0,2}$/.test(groups[0] ?? '') && groups.slice(1).every((g) => /^[0-9]{3}$/.test(g));
    if (!wellGrouped) {
      const example = `1${separator}234${separator}567`;
      const name = usesMark ? words.thousandsNoun : 'mellemrum';
      return invalid(shown, `${name} skal adskille grupper på tre cifre (fx ${example})`);
    }
    intDigits = groups.join('');
  }
  const value = Number(`${intDigits === '' ? '0' : intDigits}.${fracText ?? '0'}`);
  if (!Number.isFinite(value)) return invalid(shown, 'tallet er for stort');
  // Normalising -0 keeps "−0" from ever being stored or shown.
  return { ok: true, value: negative && value !== 0 ? -value : value };
}

/** For a file whose number style is already settled. */
export function parseNumber(input: string, style: NumberStyle): NumberResult {
  const split = splitAffixes(input);
  return split.ok ? parseBody(split.affixes, style) : split;
}

/** For hand entry in a form: Danish style, but refuses to guess when the user may have meant English. */
export function parseDanishNumber(input: string): NumberResult {
  const split = splitAffixes(input);
  if (!split.ok) return split;
  const { shown, body, negative } = split.affixes;
  const ambiguous = /^([1-9][0-9]{0,2})\.([0-9]{3})$/.exec(body);
  if (ambiguous) {
    const sign = negative ? shown.match(/[-\u2212]/)?.[0] ?? '-' : '';
    const whole = `${sign}${ambiguous[1]}${ambiguous[2]}`;
    const decimal = `${sign}${ambiguous[1]},${ambiguous[2]}`;
    return fail(`„${shown}“ kan betyde både ${whole} og ${decimal}. Skriv ${whole} eller ${decimal}.`);
  }
  const danish = parseBody(split.affixes, 'da');
  if (danish.ok) return danish;
  // Only when the English reading is valid is it safe to suggest a rewrite; otherwise
  // the Danish explanation is the more useful one.
  if (parseBody(split.affixes, 'en').ok) {
    if (body.includes('.')) {
      const suggestion = shown
        .replaceAll(',', '')
        .replaceAll('.', ',')
        .replace(/^([-+\u2212]?\s*),/, (_, prefix: string) => `${prefix}0,`);
      return fail(`Brug komma som decimaltegn: skriv ${suggestion}.`);
    }
    return fail(`Brug punktum som tusindtalsadskiller: skriv ${shown.replaceAll(',', '.')}.`);
  }
  return danish;
}

type Reading = 'da' | 'en' | 'ambiguous' | 'none';

function readStyle(sample: string): Reading | undefined {
  if (isMissingValue(sample)) return undefined;
  const split = splitAffixes(sample);
  if (!split.ok) return undefined;
  if (!/[.,]/.test(split.affixes.body)) return 'none';
  const da = parseBody(split.affixes, 'da').ok;
  const en = parseBody(split.affixes, 'en').ok;
  if (da && en) return 'ambiguous';
  if (da) return 'da';
  if (en) return 'en';
  return undefined;
}

function describeEvidence(sample: string, style: NumberStyle): string {
  const hasComma = sample.includes(',');
  const hasDot = sample.includes('.');
  const label =
    style === 'da'
      ? hasComma && hasDot
        ? 'tusindtalspunktum og decimalkomma'
        : hasComma
          ? 'decimalkomma'
          : 'tusindtalspunktum'
      : hasComma && hasDot
        ? 'tusindtalskomma og decimalpunktum'
        : hasDot
          ? 'decimalpunktum'
          : 'tusindtalskomma';
  return `${label} (fx „${sample}“)`;
}

/**
 * Decides how one file writes its numbers. Values that read validly in both styles
 * ("1.234") are not evidence; values valid in only one style are.
 */
export function detectNumberStyle(samples: Iterable<string>): {
  style: NumberStyle | undefined;
  ambiguous: boolean;
  evidence: string;
} {
  const first: Partial<Record<Reading, string>> = {};
  for (const raw of samples) {
    const reading = readStyle(raw);
    if (reading !== undefined && first[reading] === undefined) first[reading] = raw.trim();
    if (first.da !== undefined && first.en !== undefined) break;
  }
  if (first.da !== undefined && first.en !== undefined) {
    return {
      style: undefined,
      ambiguous: true,
      evidence: `både ${describeEvidence(first.da, 'da')} og ${describeEvidence(first.en, 'en')}`,
    };
  }
  if (first.da !== undefined) return { style: 'da', ambiguous: false, evidence: describeEvidence(first.da, 'da') };
  if (first.en !== undefined) return { style: 'en', ambiguous: false, evidence: describeEvidence(first.en, 'en') };
  if (first.ambiguous !== undefined) {
    return {
      style: undefined,
      ambiguous: true,
      evidence: `kun tal som „${first.ambiguous}“, der kan læses både med dansk og engelsk talformat`,
    };
  }
  return { style: undefined, ambiguous: false, evidence: 'ingen tal med komma eller punktum' };
}

/** Absolute value scaled by 10^decimals and rounded half away from zero. */
function scaledMagnitude(value: number, decimals: number): bigint {
  if (!Number.isFinite(value)) throw new RangeError(`Cannot format ${value}`);
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new RangeError(`decimals must be an integer 0–20, got ${decimals}`);
  }
  const abs = Math.abs(value);
  const text = String(abs);
  // Shifting the decimal point in the shortest round-trip text avoids binary
  // artefacts: 1.005 * 100 is 100.49999…, but Number('1.005e2') is exactly 100.5.
  const scaled = text.includes('e') ? Math.round(abs * 10 ** decimals) : Math.round(Number(`${text}e${decimals}`));
  return BigInt(scaled);
}

function formatMagnitude(scaled: bigint, decimals: number): string {
  const digits = scaled.toString().padStart(decimals + 1, '0');
  const intPart = digits.slice(0, digits.length - decimals);
  const fracPart = digits.slice(digits.length - decimals);
  const grouped = intPart.replace(/\B(?=(\d{3})+$)/g, '.');
  return decimals > 0 ? `${grouped},${fracPart}` : grouped;
}

/** Danish display: '1.234,5', '−3,0'. Never prints '−0'. */
export function formatNumber(value: number, decimals: number): string {
  const scaled = scaledMagnitude(value, decimals);
  const sign = value < 0 && scaled !== 0n ? MINUS : '';
  return sign + formatMagnitude(scaled, decimals);
}

/** Signed change: '+0,3', '−0,3', and '0,0' when it rounds to nothing. */
export function formatChange(delta: number, decimals: number): string {
  const scaled = scaledMagnitude(delta, decimals);
  const sign = scaled === 0n ? '' : delta < 0 ? MINUS : '+';
  return sign + formatMagnitude(scaled, decimals);
}
