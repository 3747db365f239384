import { STYLE, type ChartGeometry } from './chart-style.js';
import { escapeHtml } from './escape.js';

export interface SvgIdentity {
  className: string;
  geometry: ChartGeometry;
  /** The element naming the chart and the one describing it (the caption), by id. */
  labelledBy?: string;
  describedBy?: string;
}

/**
 * Makes Plot's output fit the app's rules:
 * - CSP `style-src 'self'` blocks Plot's <style> element and style attributes, so they go,
 *   and what they did is redone with presentation attributes and src/web/static/chart.css.
 * - axe rejects aria-label on a plain <g>, and Plot's labels ("line", "y-axis tick") are
 *   English noise to a screen reader; the whole chart is one role="img", named by a short title and
 *   described by its caption through ids, so a screen reader hears the caption once, not twice.
 */
export function cleanPlotSvg(svg: SVGSVGElement, identity: SvgIdentity): void {
  for (const style of Array.from(svg.querySelectorAll('style'))) style.remove();
  for (const element of Array.from(svg.querySelectorAll('[style]'))) element.removeAttribute('style');
  for (const element of Array.from(svg.querySelectorAll('[aria-label]'))) element.removeAttribute('aria-label');
  svg.removeAttribute('style');
  svg.setAttribute('class', identity.className);
  svg.setAttribute('role', 'img');
  if (identity.labelledBy) svg.setAttribute('aria-labelledby', identity.labelledBy);
  if (identity.describedBy) svg.setAttribute('aria-describedby', identity.describedBy);
  svg.setAttribute('font-family', STYLE.fontFamily);
  svg.setAttribute('font-size', String(identity.geometry.fontSize));
  svg.setAttribute('fill', STYLE.text);
}

/** A file opened on its own needs namespaces; linkedom does not write them. Its <title> and <desc> name and describe it. */
export function makeStandalone(svg: SVGSVGElement, title: string, description: string): void {
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  svg.setAttribute('xmlns:xlink', 'http://www.w3.org/1999/xlink');
  const document = svg.ownerDocument;
  const titleElement = document.createElementNS('http://www.w3.org/2000/svg', 'title');
  titleElement.textContent = title;
  const descElement = document.createElementNS('http://www.w3.org/2000/svg', 'desc');
  descElement.textContent = description;
  svg.insertBefore(descElement, svg.firstChild);
  svg.insertBefore(titleElement, descElement);
}

/** Coordinates to one decimal: Plot writes up to sixteen, which only adds bytes. Only inside tags, never in text. */
export function roundCoordinates(markup: string): string {
  return markup.replace(/<[^>]+>/g, (tag) => tag.replace(/(-?\d+)\.(\d{2,})/g, (n) => String(Math.round(Number(n) * 10) / 10)));
}

/**
 * linkedom does not escape `&`, `<` or `>` in attribute values of an HTML document, so a
 * title such as "R&amp;D" would come back as "R&D" and a downloaded .svg would not be
 * well-formed XML. The root tag is therefore written here; the children carry user text only as
 * text content, which linkedom escapes fully. `back` and `front` are markup drawn outside Plot
 * (grid, rules, symbols, labels), already escaped by their makers, behind and in front of Plot's.
 */
export function serializeSvg(svg: SVGSVGElement, back = '', front = ''): string {
  const attributes = Array.from(svg.attributes, (a) => `${a.name}="${escapeHtml(a.value)}"`).join(' ');
  const inner = roundCoordinates(svg.innerHTML);
  // A standalone file's <title> and <desc> must stay the first children.
  const heading = /^<title>.*?<\/title><desc>.*?<\/desc>/s.exec(inner)?.[0] ?? '';
  return `<svg ${attributes}>${heading}${back}${inner.slice(heading.length)}${front}</svg>`;
}
