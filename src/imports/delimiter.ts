export type Delimiter = ';' | ',' | '\t';

export const DELIMITER_LABELS: Record<Delimiter, string> = {
  ';': 'semikolon',
  ',': 'komma',
  '\t': 'tabulator',
};

// Tie order: Excel's "Unicode-tekst" uses tabs, Danish Excel uses semicolons, and a comma
// is the one most likely to also occur inside names and decimal numbers.
const CANDIDATES: readonly Delimiter[] = ['\t', ';', ','];

const SAMPLE_LINES = 50;
// Enough for any real header plus sample lines; an unclosed quote must not make us scan gigabytes.
const SCAN_LIMIT = 256 * 1024;

type Counts = Record<Delimiter, number>;

/** Delimiter counts per logical line (quoted newlines stay inside their line), blank lines skipped. */
function countPerLine(text: string, maxLines: number): Counts[] {
  const lines: Counts[] = [];
  let counts: Counts = { '\t': 0, ';': 0, ',': 0 };
  let inQuotes = false;
  let blank = true;
  const end = Math.min(text.length, SCAN_LIMIT);
  for (let i = 0; i < end && lines.length < maxLines; i++) {
    const c = text[i];
    if (c === '"') {
      inQuotes = !inQuotes;
      blank = false;
    } else if (!inQuotes && (c === '\n' || c === '\r')) {
      if (!blank) lines.push(counts);
      counts = { '\t': 0, ';': 0, ',': 0 };
      blank = true;
    } else if (!inQuotes && (c === ';' || c === ',' || c === '\t')) {
      counts[c]++;
      blank = false;
    } else if (c !== undefined && c.trim() !== '') {
      blank = false;
    }
  }
  if (!blank && lines.length < maxLines) lines.push(counts);
  return lines;
}

/**
 * Reads the delimiter from the header line (the first non-blank line), counting only
 * outside quotes. When the header holds more than one candidate ("Kvartal;Sygefravær, pct."),
 * the lines below decide: the real delimiter splits them into as many cells as the header.
 */
export function detectDelimiter(text: string): Delimiter {
  const [header, ...rows] = countPerLine(text, SAMPLE_LINES + 1);
  if (!header) return ';';
  let best: Delimiter = ';';
  let bestScore = -1;
  let bestCount = 0;
  for (const candidate of CANDIDATES) {
    const count = header[candidate];
    if (count === 0) continue;
    const score = rows.filter((row) => row[candidate] === count).length;
    if (score > bestScore || (score === bestScore && count > bestCount)) {
      best = candidate;
      bestScore = score;
      bestCount = count;
    }
  }
  return best;
}

/** Excel honours a first line "sep=;" and some exports write one; it names the delimiter and is not data. */
export function readSepDirective(text: string): Delimiter | undefined {
  const m = /^[ \t]*sep=(.)[ \t]*(?:\r\n|\n|\r|$)/i.exec(text);
  const found = m?.[1];
  return found === ';' || found === ',' || found === '\t' ? found : undefined;
}
