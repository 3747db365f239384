import type { Frequency } from '../periods/period.js';

export type ColumnRole = 'indicator' | 'period' | 'value' | 'comment' | 'unit' | 'series';

/** Lower case, æ/ø/å spelled out and other accents dropped, so "Værdi", "VAERDI" and "værdi " match. */
export function normalizeHeader(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'oe')
    .replaceAll('å', 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ');
}

// Within a role the order is the preference when a file has several matches, e.g. a BI
// export with both "name" and "code": the name is what a person recognises when mapping.
const SYNONYMS: Record<ColumnRole, readonly string[]> = {
  // "Område" last: Statistikbanken's long CSV names its rows there ("Hele landet").
  indicator: ['indikator', 'indicator', 'noegletal', 'maaling', 'name', 'navn', 'kode', 'code', 'omraade'],
  period: ['periode', 'period', 'kvartal', 'quarter', 'maaned', 'month', 'aar', 'year', 'tid', 'time', 'dato', 'date'],
  value: ['vaerdi', 'value', 'tal', 'antal', 'resultat', 'indhold'],
  comment: ['bemaerkning', 'kommentar', 'comment', 'note', 'notes'],
  unit: ['enhed', 'unit'],
  // A reference series in a long file: "Hele landet" beside the group's own (empty) rows.
  series: ['serie', 'series', 'sammenligning', 'sammenligningsserie'],
};

/** What a user would recognise in "Forventede en kolonne som …". */
export const ROLE_EXAMPLES: Record<ColumnRole, readonly [string, string]> = {
  indicator: ['Indikator', 'Nøgletal'],
  period: ['Kvartal', 'Periode'],
  value: ['Værdi', 'Antal'],
  comment: ['Bemærkning', 'Kommentar'],
  unit: ['Enhed', 'Unit'],
  series: ['Serie', 'Sammenligning'],
};

const FREQUENCY_WORDS: Readonly<Record<string, Frequency>> = {
  kvartal: 'quarter',
  quarter: 'quarter',
  maaned: 'month',
  month: 'month',
  aar: 'year',
  year: 'year',
};

/**
 * The synonym a header stands for, or undefined. A trailing parenthesis is allowed
 * ("Værdi (%)"), a trailing word is not: "Antal borgere" names an indicator, not the value column.
 */
export function headerSynonym(name: string): string | undefined {
  const normalized = normalizeHeader(name).replace(/\s*\(.*\)$/, '');
  for (const synonyms of Object.values(SYNONYMS)) {
    if (synonyms.includes(normalized)) return normalized;
  }
  return undefined;
}

/** 0-based position of the best column for `role`, or undefined. */
export function findRoleColumn(header: readonly string[], role: ColumnRole): number | undefined {
  const synonyms = header.map(headerSynonym);
  for (const synonym of SYNONYMS[role]) {
    const index = synonyms.indexOf(synonym);
    if (index >= 0) return index;
  }
  return undefined;
}


/** "Kvartal" says the data is quarterly; "Periode" says nothing. */
export function frequencyFromHeader(name: string): Frequency | undefined {
  const synonym = headerSynonym(name);
  return synonym === undefined ? undefined : FREQUENCY_WORDS[synonym];
}
