import { delimiterName, type ImportSettings } from '../../imports/import-settings.js';

/** Where the import flow lives: the upload and preview under /import, the history under /importer. */
export function importHref(groupId: number): string {
  return `/grupper/${groupId}/import`;
}

export function importHistoryHref(groupId: number): string {
  return `/grupper/${groupId}/importer`;
}

/** The labels imports have learned to map, where they can be seen and forgotten. */
export function mappingsHref(groupId: number): string {
  return `/grupper/${groupId}/tilknytninger`;
}

/** The overrides as form or query fields, in the words `parseImportSettings` reads back. */
export function settingsFields(settings: ImportSettings): Record<string, string> {
  const out: Record<string, string> = {};
  if (settings.delimiter) out.delimiter = delimiterName(settings.delimiter);
  if (settings.layout) out.layout = settings.layout;
  if (settings.numberStyle) out.numberStyle = settings.numberStyle;
  return out;
}

export function settingsQuery(settings: ImportSettings): string {
  const text = new URLSearchParams(Object.entries(settingsFields(settings))).toString();
  return text ? `?${text}` : '';
}
