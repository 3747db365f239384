import type { NumberStyle } from '../numbers/danish-number.js';
import type { Delimiter } from './delimiter.js';
import type { Layout } from './layout.js';

/** The user's overrides of what was detected; empty means "as detected". */
export interface ImportSettings {
  delimiter?: Delimiter;
  layout?: Layout;
  numberStyle?: NumberStyle;
}

const delimiters: Record<string, Delimiter> = { semikolon: ';', komma: ',', tabulator: '\t', ';': ';', ',': ',', tab: '\t', '\t': '\t' };
const layouts: Layout[] = ['long', 'wide-periods-in-rows', 'wide-periods-in-columns'];
const styles: NumberStyle[] = ['da', 'en'];

/** Reads overrides from a form or a query string; anything unknown falls back to detection. */
export function parseImportSettings(raw: Record<string, unknown>): ImportSettings {
  const settings: ImportSettings = {};
  const delimiter = delimiters[String(raw.delimiter ?? '')];
  if (delimiter) settings.delimiter = delimiter;
  const layout = String(raw.layout ?? '') as Layout;
  if (layouts.includes(layout)) settings.layout = layout;
  const style = String(raw.numberStyle ?? '') as NumberStyle;
  if (styles.includes(style)) settings.numberStyle = style;
  return settings;
}

export function delimiterName(delimiter: Delimiter): string {
  return delimiter === ';' ? 'semikolon' : delimiter === ',' ? 'komma' : 'tabulator';
}
