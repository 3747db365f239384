/** Small typed errors thrown by domain code; the one error handler maps them to a status and a Danish page. */
export class NotFoundError extends Error {
  readonly status = 404;
  constructor(what = 'Siden') {
    super(`${what} findes ikke`);
  }
}

export class ForbiddenError extends Error {
  readonly status = 403;
  constructor(message = 'Du har ikke adgang til at gøre dette.') {
    super(message);
  }
}

export class BadRequestError extends Error {
  readonly status = 400;
}

export interface FieldError {
  field: string;
  message: string;
}

/** Input that fails domain rules; routes re-render the form with these messages. */
export class ValidationError extends Error {
  readonly status = 400;
  constructor(readonly errors: FieldError[]) {
    super(errors.map((e) => e.message).join(' '));
  }
}

export function fieldErrorMap(errors: FieldError[]): Record<string, string> {
  return Object.fromEntries(errors.map((e) => [e.field, e.message]));
}

/** Runs a domain action and hands validation failures back as data, so a route can re-render its form. */
export async function attempt<T>(action: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; errors: FieldError[] }> {
  try {
    return { ok: true, value: await action() };
  } catch (err) {
    if (err instanceof ValidationError) return { ok: false, errors: err.errors };
    throw err;
  }
}
