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
const MARKER = /<!--chart-slot:(\d+)-->/g;

export class ChartSlots {
  private readonly charts: Buffer[] = [];

  /** Keeps the chart and returns the marker to put in the page, e.g. with {{{chart}}}. */
  add(bytes: Buffer): string {
    this.charts.push(bytes);
    return `<!--chart-slot:${this.charts.length - 1}-->`;
  }

  /** The page as UTF-8 bytes, with every marker replaced by its chart. */
  fill(html: string): Buffer {
    const parts: Buffer[] = [];
    let last = 0;
    for (const match of html.matchAll(MARKER)) {
      const chart = this.charts[Number(match[1])];
      if (!chart) continue;
      parts.push(Buffer.from(html.slice(last, match.index)), chart);
      last = match.index + match[0].length;
    }
    parts.push(Buffer.from(html.slice(last)));
    return Buffer.concat(parts);
  }
}
