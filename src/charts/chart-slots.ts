/**
 * Charts spliced into a rendered page as bytes. A page of twelve charts is ~120 kB, nearly all of it
 * chart markup; handed to Handlebars as strings, every request copies all of it again when the
 * template output is joined and trimmed (twice: view and layout) and encoded to UTF-8, and V8 does
 * that slowly for strings with characters beyond Latin-1 (Danish text has "–" and "−"). With slots
 * the template holds a short marker per chart, and the cached UTF-8 bytes of each chart go into the
 * response as they are.
 *
 * The marker is an HTML comment: text from users is always escaped (`<` becomes `&lt;`), so a marker
 * can only come from `add()`, and one that were never filled would still be harmless markup.
 */
const PREFIX = '<!--chart-slot:';
const SUFFIX = '-->';
const PREFIX_BYTES = Buffer.from(PREFIX);
const SUFFIX_BYTES = Buffer.from(SUFFIX);

export class ChartSlots {
  private readonly charts: Buffer[] = [];

  /** Keeps the chart and returns the marker to put in the page, e.g. with {{{chart}}}. */
  add(bytes: Buffer): string {
    this.charts.push(bytes);
    return `${PREFIX}${this.charts.length - 1}${SUFFIX}`;
  }

  /** The page as UTF-8 bytes, with every marker replaced by its chart. */
  fill(html: string): Buffer {
    // Encoded once and searched as bytes: cheaper than cutting the string and encoding the pieces.
    const page = Buffer.from(html);
    if (!this.charts.length) return page;
    const parts: Buffer[] = [];
    let copied = 0;
    let search = 0;
    for (let at = page.indexOf(PREFIX_BYTES, search); at !== -1; at = page.indexOf(PREFIX_BYTES, search)) {
      const end = page.indexOf(SUFFIX_BYTES, at + PREFIX_BYTES.length);
      if (end === -1) break;
      const chart = this.charts[Number(page.toString('latin1', at + PREFIX_BYTES.length, end))];
      search = end + SUFFIX_BYTES.length;
      if (!chart) continue;
      parts.push(page.subarray(copied, at), chart);
      copied = search;
    }
    if (copied === 0) return page;
    parts.push(page.subarray(copied));
    return Buffer.concat(parts);
  }
}
