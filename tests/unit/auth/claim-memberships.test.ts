import { describe, expect, it } from 'vitest';
import { planClaimMemberships } from '../../../src/auth/claim-memberships.js';
import type { ClaimGroupMapping } from '../../../src/config.js';

const map: ClaimGroupMapping[] = [
  { claimValue: 'leaders', groupId: 1, role: 'editor' },
  { claimValue: 'staff', groupId: 1, role: 'reader' },
  { claimValue: 'DayCare', groupId: 2, role: 'reader' },
];
const byClaim = (groupId: number, role: 'editor' | 'reader') => ({ groupId, role, grantedByClaim: true });
const byHand = (groupId: number, role: 'editor' | 'reader') => ({ groupId, role, grantedByClaim: false });

describe('memberships from the groups claim', () => {
  it.each([
    ['grants what the claim maps to', ['leaders'], [], { grant: [{ groupId: 1, role: 'editor' }], revoke: [] }],
    ['gives editor when two values map to one group', ['staff', 'leaders'], [], { grant: [{ groupId: 1, role: 'editor' }], revoke: [] }],
    ['matches values without case', ['daycare'], [], { grant: [{ groupId: 2, role: 'reader' }], revoke: [] }],
    ['changes the role of a membership it granted', ['staff'], [byClaim(1, 'editor')], { grant: [{ groupId: 1, role: 'reader', before: 'editor' }], revoke: [] }],
    ['does nothing when all is as the claim says', ['staff'], [byClaim(1, 'reader')], { grant: [], revoke: [] }],
    ['takes away a membership it granted when the value is gone', [], [byClaim(2, 'reader')], { grant: [], revoke: [{ groupId: 2, role: 'reader' }] }],
    ['never touches a membership an administrator gave', ['staff'], [byHand(1, 'editor'), byHand(2, 'reader')], { grant: [], revoke: [] }],
    ['ignores values the map does not know', ['unknown'], [], { grant: [], revoke: [] }],
  ])('%s', (_title, values, current, want) => {
    expect(planClaimMemberships(values, map, current)).toEqual(want);
  });
});
