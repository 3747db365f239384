import { describe, expect, it } from 'vitest';
import { mayUseLocalPassword } from '../../../src/auth/local-login-policy.js';

describe('who may use a local password', () => {
  it.each([
    [true, undefined, 'ellen@kommune.dk', true],
    [false, undefined, 'ellen@kommune.dk', false],
    [false, 'ada@kommune.dk', 'ellen@kommune.dk', false],
    [false, 'ada@kommune.dk', ' Ada@Kommune.DK ', true],
  ])('LOCAL_LOGIN on=%j, break-glass %j: %j may? %j', (localLogin, breakGlassAdmin, email, want) => {
    expect(mayUseLocalPassword({ localLogin, breakGlassAdmin }, email)).toBe(want);
  });
});
