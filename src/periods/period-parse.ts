import { FREQUENCY_LABELS, monthFromName, yearProblem, type Frequency, type PeriodResult } from './period.js';

/** A period as people write it ("2024K1", "1. kvt. 2024", "2024-Q1", "januar 2024", "2024"), read with a Danish message when it cannot be. */

const FREQUENCY_DESCRIPTION: Record<Frequency, string> = {
  quarter: 'et kvartal',
  month: 'en måned',
  year: 'et helt år',
};

const SHORT_EXAMPLE: Record<Frequency, string> = {
  quarter: '2024K1',
  month: '2024-01',
  year: '2024',
};

const LONG_EXAMPLES: Record<Frequency, string> = {
  quarter: '2024K1, 1. kvt. 2024 eller 2024-Q1',
  month: '2024-01, januar 2024 eller 2024M01',
  year: '2024',
};

interface RawPeriod {
  frequency: Frequency;
  year: number;
  index: number;
}

type Matcher = (text: string) => RawPeriod | undefined;

const QUARTER_WORD = '(?:kvartal|kvt|kv)';

function quarter(year: string | undefined, index: string | undefined): RawPeriod {
  return { frequency: 'quarter', year: Number(year), index: Number(index) };
}

function month(year: string | undefined, index: string | undefined): RawPeriod {
  return { frequency: 'month', year: Number(year), index: Number(index) };
}

function matcher(pattern: RegExp, build: (m: RegExpExecArray) => RawPeriod | undefined): Matcher {
  return (text) => {
    const m = pattern.exec(text);
    return m ? build(m) : undefined;
  };
}

// Order matters: quarter forms are tried before the generic "word year" month form,
// so "kvt. 1 2024" is never looked up as a month name.
const MATCHERS: readonly Matcher[] = [
  matcher(/^(\d{4}) ?-? ?[kq] ?(\d{1,2})$/, (m) => quarter(m[1], m[2])),
  matcher(/^[kq] ?(\d{1,2}) ?[-/]? ?(\d{4})$/, (m) => quarter(m[2], m[1])),
  matcher(new RegExp(`^(\\d{1,2})\\.? ?${QUARTER_WORD}\\.? ?(\\d{4})$`), (m) => quarter(m[2], m[1])),
  matcher(new RegExp(`^${QUARTER_WORD}\\.? ?(\\d{1,2})\\.?,? ?(\\d{4})$`), (m) => quarter(m[2], m[1])),
  matcher(new RegExp(`^(\\d{4}),? (\\d{1,2})\\.? ?${QUARTER_WORD}\\.?$`), (m) => quarter(m[1], m[2])),
  matcher(/^(\d{4}) ?m ?(\d{1,2})$/, (m) => month(m[1], m[2])),
  matcher(/^(\d{4}) ?[-/] ?(\d{1,2})$/, (m) => month(m[1], m[2])),
  matcher(/^(\d{1,2}) ?[-/.] ?(\d{4})$/, (m) => month(m[2], m[1])),
  matcher(/^([a-zæøå]+)\.? ?-? ?(\d{4})$/, (m) => {
    const index = monthFromName(m[1] ?? '');
    return index === undefined ? undefined : { frequency: 'month', year: Number(m[2]), index };
  }),
  matcher(/^(\d{4})$/, (m) => ({ frequency: 'year', year: Number(m[1]), index: 1 })),
];

function normalize(input: string): string {
  // \s already covers NBSP and thin spaces; dashes are unified because Word and
  // Excel autocorrect a typed '-' into an en dash.
  return input
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function validate(raw: RawPeriod): PeriodResult {
  const yearMessage = yearProblem(raw.year);
  if (yearMessage) return { ok: false, message: yearMessage };
  if (raw.frequency === 'quarter' && (raw.index < 1 || raw.index > 4)) {
    return { ok: false, message: `Kvartalet skal være 1, 2, 3 eller 4 – ikke ${raw.index}.` };
  }
  if (raw.frequency === 'month' && (raw.index < 1 || raw.index > 12)) {
    return { ok: false, message: `Måneden skal være et tal fra 1 til 12 – ikke ${raw.index}.` };
  }
  return { ok: true, period: { frequency: raw.frequency, year: raw.year, index: raw.index } };
}

export function parsePeriod(input: string, frequency?: Frequency): PeriodResult {
  const shown = input.trim();
  const text = normalize(input);
  const examples = LONG_EXAMPLES[frequency ?? 'quarter'];
  if (text === '') {
    return { ok: false, message: `Skriv en periode, fx ${examples}.` };
  }
  let raw: RawPeriod | undefined;
  for (const match of MATCHERS) {
    raw = match(text);
    if (raw) break;
  }
  if (!raw) {
    return { ok: false, message: `„${shown}“ er ikke en periode, vi kan læse. Skriv fx ${examples}.` };
  }
  const result = validate(raw);
  if (result.ok && frequency !== undefined && result.period.frequency !== frequency) {
    return {
      ok: false,
      message:
        `${shown} er ${FREQUENCY_DESCRIPTION[result.period.frequency]}, ` +
        `men indikatoren måles pr. ${FREQUENCY_LABELS[frequency]}. Skriv fx ${SHORT_EXAMPLE[frequency]}.`,
    };
  }
  return result;
}
