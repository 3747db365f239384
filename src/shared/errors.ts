/**
 * Small typed errors thrown by domain code. They say what went wrong in the domain's words;
 * the web layer's one error handler decides which HTTP status and page each one becomes.
 */
export class NotFoundError extends Error {
  constructor(what = 'Siden') {
    super(`${what} findes ikke`);
    this.name = 'NotFoundError';
  }
}

export class ForbiddenError extends Error {
  constructor(message = 'Du har ikke adgang til at gøre dette.') {
    super(message);
    this.name = 'ForbiddenError';
  }
}

/** A request the domain cannot make sense of (a malformed upload, a missing file). */
export class BadRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BadRequestError';
  }
}

export interface FieldError {
  field: string;
  message: string;
  /** The id of the input to put the cursor in, when it is not `field` (a date's day, month or year). */
  anchor?: string;
}

/** Input that fails domain rules; pages re-render the form with these messages. */
export class ValidationError extends Error {
  constructor(readonly errors: FieldError[]) {
    super(errors.map((e) => e.message).join(' '));
    this.name = 'ValidationError';
  }
}

export function fieldErrorMap(errors: FieldError[]): Record<string, string> {
  return Object.fromEntries(errors.map((e) => [e.field, e.message]));
}

/** Runs a domain action and hands validation failures back as data, so a page can re-render its form. */
export async function attempt<T>(action: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; errors: FieldError[] }> {
  try {
    return { ok: true, value: await action() };
  } catch (err) {
    if (err instanceof ValidationError) return { ok: false, errors: err.errors };
    throw err;
  }
}

/** `value`, or a NotFoundError naming `what` ("Mødet findes ikke") when a find came back empty. */
export function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new NotFoundError(what);
  return value;
}
