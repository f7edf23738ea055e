// The few, stable error codes every transport answers with, and the error services throw.

export const errorCodes = [
  'VALIDATION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_TRANSITION',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** One field problem: the path into the input and a message already in the caller's language. */
export interface FieldIssue {
  path: (string | number)[];
  message: string;
}

/**
 * `reason` names the specific rule that refused the call (an i18n key under `errors.`), so the
 * screen can say more than the code; `params` fills its placeholders.
 */
export interface ErrorBody {
  code: ErrorCode;
  message: string;
  reason?: string;
  params?: Record<string, string | number>;
  issues?: FieldIssue[];
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly reason?: string;
  readonly params?: Record<string, string | number>;
  readonly issues?: FieldIssue[];

  constructor(
    code: ErrorCode,
    message: string,
    options: { reason?: string; params?: Record<string, string | number>; issues?: FieldIssue[] } = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.reason = options.reason;
    this.params = options.params;
    this.issues = options.issues;
  }

  toBody(): ErrorBody {
    const body: ErrorBody = { code: this.code, message: this.message };
    if (this.reason) body.reason = this.reason;
    if (this.params) body.params = this.params;
    if (this.issues) body.issues = this.issues;
    return body;
  }
}

export const httpStatusOf: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_TRANSITION: 409,
  INTERNAL: 500,
};
