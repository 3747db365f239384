import { createHash } from 'node:crypto';

/**
 * Charts spliced into a rendered page as bytes. A page of twelve charts is ~120 kB, nearly all of it
 * chart markup; handed to Handlebars as strings, every request copies all of it again when the
 * template output is joined and trimmed (twice: view and layout) and encoded to UTF-8, and V8 does
 * that slowly for strings with characters beyond Latin-1 (Danish text has "–" and "−"). With slots
 * the template holds a short marker per chart, and the cached UTF-8 bytes of each chart go into the
 * response as they are. The ETag is likewise built from the page around the charts and a digest
 * kept with each chart, instead of hashing all 120 kB on every request.
 *
 * The marker is an HTML comment: text from users is always escaped (`<` becomes `&lt;`), so a marker
 * can only come from `add()`, and one that were never filled would still be harmless markup.
 */
const PREFIX = '<!--chart-slot:';
const SUFFIX = '-->';
const PREFIX_BYTES = Buffer.from(PREFIX);
const SUFFIX_BYTES = Buffer.from(SUFFIX);

// Chart buffers come from the chart cache and live as long as their entry there.
const digests = new WeakMap<Buffer, Buffer>();

function digestOf(chart: Buffer): Buffer {
  let digest = digests.get(chart);
  if (!digest) digests.set(chart, (digest = createHash('sha1').update(chart).digest()));
  return digest;
}

export interface FilledPage {
  body: Buffer;
  /** A weak ETag that changes whenever any byte of the body does. */
  etag: string;
}

export class ChartSlots {
  private readonly charts: Buffer[] = [];

  /** Keeps the chart and returns the marker to put in the page, e.g. with {{{chart}}}. */
  add(bytes: Buffer): string {
    this.charts.push(bytes);
    return `${PREFIX}${this.charts.length - 1}${SUFFIX}`;
  }

  /** The page as UTF-8 bytes, with every marker replaced by its chart. */
  fill(html: string): FilledPage {
    // Encoded once and searched as bytes: cheaper than cutting the string and encoding the pieces.
    const page = Buffer.from(html);
    const hash = createHash('sha1');
    const parts: Buffer[] = [];
    let copied = 0;
    let search = 0;
    for (let at = page.indexOf(PREFIX_BYTES, search); at !== -1; at = page.indexOf(PREFIX_BYTES, search)) {
      const end = page.indexOf(SUFFIX_BYTES, at + PREFIX_BYTES.length);
      if (end === -1) break;
      const chart = this.charts[Number(page.toString('latin1', at + PREFIX_BYTES.length, end))];
      search = end + SUFFIX_BYTES.length;
      if (!chart) continue;
      const before = page.subarray(copied, at);
      parts.push(before, chart);
      // Length-prefixed, so the same bytes split differently between page and charts hash differently.
      hash.update(`${before.length}:`).update(before).update(digestOf(chart));
      copied = search;
    }
    const rest = page.subarray(copied);
    hash.update(`${rest.length}:`).update(rest);
    const body = copied === 0 ? page : Buffer.concat([...parts, rest]);
    return { body, etag: `W/"${body.length.toString(16)}-${hash.digest('base64').slice(0, 27)}"` };
  }
}
