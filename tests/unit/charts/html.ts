import { DOMParser, parseHTML } from 'linkedom';

/** Parses a rendered fragment the way a browser would, to query it instead of pattern-matching strings. */
export function parseFragment(html: string): Document {
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as unknown as Document;
}

export function parseSvgXml(svg: string): Document {
  return new DOMParser().parseFromString(svg, 'image/svg+xml') as unknown as Document;
}

/**
 * linkedom's XML parser is lenient, so well-formedness is also checked by hand: balanced tags,
 * no raw `<` in attribute values, and no `&` that does not start an XML entity.
 */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/g;
  let position = 0;
  for (let match = tag.exec(xml); match; match = tag.exec(xml)) {
    const between = xml.slice(position, match.index);
    if (between.includes('<') || between.includes('>')) problems.push(`stray markup near ${JSON.stringify(between.slice(0, 40))}`);
    position = tag.lastIndex;
    const [, closing, name = '', , selfClosing] = match;
    if (closing) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open ?? 'nothing'}>`);
    } else if (!selfClosing) {
      stack.push(name);
    }
  }
  if (xml.slice(position).trim() !== '') problems.push('text after the root element');
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(', ')}`);
  const badAmpersand = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.exec(xml);
  if (badAmpersand) problems.push(`bare & at ${badAmpersand.index}`);
  return problems;
}

/** Rounds every decimal number to one decimal so float noise in coordinates does not churn snapshots. */
export function normaliseSnapshot(html: string): string {
  return html
    .replace(/-?\d+\.\d+/g, (n) => {
      const rounded = Number(n).toFixed(1);
      return rounded === '-0.0' ? '0.0' : rounded;
    })
    .replace(/></g, '>\n<');
}
