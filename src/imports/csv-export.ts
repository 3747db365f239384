export type CsvFormat = 'excel-dk' | 'plain';

export type CsvCell = string | number | null;

interface FormatRules {
  bom: string;
  delimiter: string;
  newline: string;
  decimal: string;
}

// excel-dk is what Danish Excel opens correctly with a double-click: BOM for UTF-8, ";" because
// "," is its decimal mark. plain is for scripts and other programs.
const RULES: Record<CsvFormat, FormatRules> = {
  'excel-dk': { bom: '\uFEFF', delimiter: ';', newline: '\r\n', decimal: ',' },
  plain: { bom: '', delimiter: ',', newline: '\n', decimal: '.' },
};

// A spreadsheet runs a cell starting with one of these as a formula (OWASP "CSV injection"). A
// text that already starts with apostrophes before one gets one more, so that the import can take
// exactly one off and every text comes back as it was.
const NEEDS_GUARD = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

/** The text the export guarded, as it was before: one leading apostrophe off, and only there. */
export function undoFormulaGuard(text: string): string {
  return GUARDED.test(text) ? text.slice(1) : text;
}

/** Plain digits, never exponent notation or grouping, so the number reads back exactly. */
function numberText(value: number, decimal: string): string {
  if (!Number.isFinite(value)) return '';
  // Object.is catches -0, which would otherwise be written "-0".
  const n = Object.is(value, -0) ? 0 : value;
  const text = /e/i.test(String(n))
    ? n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 })
    : String(n);
  return text.replace('.', decimal);
}

function textCell(value: string, delimiter: string): string {
  const safe = NEEDS_GUARD.test(value) ? `'${value}` : value;
  const needsQuotes = safe.includes(delimiter) || safe.includes('"') || safe.includes('\n') || safe.includes('\r');
  return needsQuotes ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Rows as CSV text. Text cells that a spreadsheet would run as a formula get a leading "'". */
export function toCsv(rows: readonly (readonly CsvCell[])[], format: CsvFormat): string {
  const rules = RULES[format];
  const lines = rows.map((row) =>
    row
      .map((cell) => {
        if (cell === null) return '';
        if (typeof cell === 'number') return numberText(cell, rules.decimal);
        return textCell(cell, rules.delimiter);
      })
      .join(rules.delimiter),
  );
  return rules.bom + lines.map((line) => line + rules.newline).join('');
}
