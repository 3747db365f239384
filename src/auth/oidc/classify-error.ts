import { ClientError, ResponseBodyError } from 'openid-client';
import { SignInError, type SignInFailure } from './sign-in-error.js';

/** openid-client wraps oauth4webapi's error, whose own `cause` says which claim or check failed. */
function check(err: ClientError): Record<string, unknown> {
  const inner = (err.cause as { cause?: unknown } | undefined)?.cause;
  return typeof inner === 'object' && inner !== null ? (inner as Record<string, unknown>) : {};
}

const byClaim: Record<string, SignInFailure> = { nonce: 'nonce-mismatch', iss: 'issuer-unknown', aud: 'audience-wrong', azp: 'audience-wrong' };

function fromClientError(err: ClientError): SignInFailure {
  switch (err.code) {
    case 'OAUTH_JWT_TIMESTAMP_CHECK_FAILED':
      return 'token-expired';
    case 'OAUTH_JWT_CLAIM_COMPARISON_FAILED':
      return byClaim[String(check(err).claim)] ?? 'token-invalid';
    case 'OAUTH_KEY_SELECTION_FAILED':
      return 'token-signature';
    case 'OAUTH_INVALID_RESPONSE': {
      const failed = check(err);
      // A failed signature carries the signature; an unexpected algorithm carries the JWT header.
      return 'signature' in failed || 'header' in failed ? 'token-signature' : 'token-invalid';
    }
    case 'OAUTH_TIMEOUT':
    case 'OAUTH_ABORT':
    case 'OAUTH_RESPONSE_IS_NOT_CONFORM':
    case 'OAUTH_RESPONSE_IS_NOT_JSON':
      return 'provider-unreachable';
    default:
      return 'provider-error';
  }
}

function fromResponseBody(err: ResponseBodyError): SignInFailure {
  if (err.status >= 500) return 'provider-unreachable';
  if (err.error === 'invalid_grant') return 'code-rejected';
  if (err.error === 'invalid_client' || err.error === 'unauthorized_client') return 'client-rejected';
  return 'provider-error';
}

/** Node's fetch reports a refused connection or an unknown host as a TypeError with a network cause. */
function isNetworkFailure(err: unknown): boolean {
  return err instanceof TypeError && err.message === 'fetch failed';
}

/** Turns whatever openid-client threw into a sign-in failure the person can be told about. */
export function classifyClientError(err: unknown): SignInError {
  if (err instanceof SignInError) return err;
  const reason: SignInFailure =
    err instanceof ResponseBodyError
      ? fromResponseBody(err)
      : err instanceof ClientError
        ? fromClientError(err)
        : isNetworkFailure(err)
          ? 'provider-unreachable'
          : 'provider-error';
  const detail = err instanceof Error ? [err.message, (err.cause as Error | undefined)?.message].filter(Boolean).join(': ') : String(err);
  return new SignInError(reason, detail, { cause: err });
}
