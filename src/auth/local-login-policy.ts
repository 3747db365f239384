import type { SignInConfig } from '../config.js';
import { normaliseEmail } from './user.js';

/**
 * Whether a local password may be tried for this e-mail address. With LOCAL_LOGIN off only the
 * break-glass administrator may, so the app can still be reached when the provider is down or misconfigured.
 */
export function mayUseLocalPassword(config: Pick<SignInConfig, 'localLogin' | 'breakGlassAdmin'>, email: string): boolean {
  if (config.localLogin) return true;
  return config.breakGlassAdmin !== undefined && normaliseEmail(email) === config.breakGlassAdmin;
}
