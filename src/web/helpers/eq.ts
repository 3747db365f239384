/**
 * Strict equality for templates.
 * Usage: {{#if (eq role "editor")}}…{{/if}}  or  <option {{#if (eq value current)}}selected{{/if}}>
 */
export function eq(a: unknown, b: unknown): boolean {
  return String(a) === String(b);
}
