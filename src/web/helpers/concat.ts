/**
 * Joins strings in a template, for building a path from parts.
 * Usage: {{> action-row actionBase=(concat groupBase "/handlinger")}}
 */
export function concat(...args: unknown[]): string {
  return args.slice(0, -1).map((a) => (a === undefined || a === null ? '' : String(a))).join('');
}
