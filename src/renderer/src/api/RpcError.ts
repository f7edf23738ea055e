// The error every failed call throws: the server's error body, typed, so screens can read code, reason and field issues.
import type { ErrorBody, ErrorCode, FieldIssue } from '../../../shared/contract/errors';

export class RpcError extends Error {
  readonly code: ErrorCode;
  readonly reason?: string;
  readonly params?: Record<string, string | number>;
  readonly issues?: FieldIssue[];
  readonly procedure: string;

  constructor(procedure: string, body: ErrorBody) {
    super(body.message);
    this.name = 'RpcError';
    this.procedure = procedure;
    this.code = body.code;
    this.reason = body.reason;
    this.params = body.params;
    this.issues = body.issues;
  }
}

export function isRpcError(error: unknown): error is RpcError {
  return error instanceof RpcError;
}
