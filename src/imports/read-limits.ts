/**
 * Caps on what one cell may hold. Nothing longer is kept, shown or sent back: a 19 MB file that is
 * one quoted cell must give one short message, not a 179 MB preview. Labels and comments follow
 * the limits of the forms that make indicators (name 150) and values (comment 500).
 */
export const CELL_LIMITS = { header: 200, cell: 1000, label: 150, comment: 500 } as const;

const count = (n: number): string => n.toLocaleString('da-DK');

export const capMessages = {
  header: (n: number) =>
    `Overskriften har ${count(n)} tegn, men en kolonneoverskrift må højst have ${count(CELL_LIMITS.header)} tegn. ` +
    'Er første linje virkelig kolonnernes navne? Ret filen, og prøv igen.',
  cell: (n: number) => `Cellen har ${count(n)} tegn, men en celle må højst have ${count(CELL_LIMITS.cell)} tegn. Rækken er ikke læst.`,
  label: (n: number) => `Indikatorens navn har ${count(n)} tegn, men må højst have ${count(CELL_LIMITS.label)} tegn. Rækken er ikke læst.`,
  comment: (n: number) => `Bemærkningen har ${count(n)} tegn, men må højst have ${count(CELL_LIMITS.comment)} tegn. Rækken er ikke læst.`,
};

export function longestOver(cells: readonly string[], limit: number): number {
  for (let i = 0; i < cells.length; i++) if ((cells[i]?.length ?? 0) > limit) return i;
  return -1;
}
