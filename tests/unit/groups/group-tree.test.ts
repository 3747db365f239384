import { describe, expect, it } from 'vitest';
import { ancestorsOf, treeOrder, wouldMakeLoop, type GroupLink } from '../../../src/groups/group-tree.js';

// Direktion → (Ældre og Sundhed → Hjemmeplejen, Dagtilbud); Åben rådgivning stands alone.
const links: GroupLink[] = [
  { id: 1, name: 'Direktionen', parentId: null },
  { id: 2, name: 'Ældre og Sundhed', parentId: 1 },
  { id: 3, name: 'Dagtilbud', parentId: 1 },
  { id: 4, name: 'Hjemmeplejen', parentId: 2 },
  { id: 5, name: 'Åben rådgivning', parentId: null },
  { id: 6, name: 'Børn og unge', parentId: 99 },
];

describe('the organisation tree', () => {
  it('lists the groups parent before children, siblings by Danish alphabet (Æ and Å after Z), with their depth', () => {
    expect(treeOrder(links).map((g) => [g.name, g.depth])).toEqual([
      ['Børn og unge', 0],
      ['Direktionen', 0],
      ['Dagtilbud', 1],
      ['Ældre og Sundhed', 1],
      ['Hjemmeplejen', 2],
      ['Åben rådgivning', 0],
    ]);
  });

  it.each([
    [1, ['Dagtilbud', 'Ældre og Sundhed', 'Hjemmeplejen']],
    [2, ['Hjemmeplejen']],
    [4, []],
  ])('below group %i: %j', (groupId, names) => {
    expect(treeOrder(links, groupId).map((g) => g.name)).toEqual(names);
  });

  it('finds the groups above, nearest first, and refuses a loop', () => {
    expect(ancestorsOf(links, 4).map((g) => g.name)).toEqual(['Ældre og Sundhed', 'Direktionen']);
    expect(wouldMakeLoop(links, 1, 4)).toBe(true);
    expect(wouldMakeLoop(links, 4, 3)).toBe(false);
  });
});
