/**
 * True when any argument is truthy (Handlebars passes an options object last, which is ignored).
 * Usage: {{#if (or hint error)}}aria-describedby="…"{{/if}}
 */
export function or(...args: unknown[]): boolean {
  return args.slice(0, -1).some(Boolean);
}
