/**
 * One error type with stable, namespaced codes. The codes, their HTTP statuses and meanings are one table
 * in contracts (`ERROR_CODES`, `packages/contracts/src/errors/`); the error handler (http/error-handler.ts) answers
 * with that status.
 */
import { ERROR_CODES, type ErrorCode } from '@rouxing/contracts';

export type { ErrorCode } from '@rouxing/contracts';
export type FieldError = { path: string; message: string };

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldError[],
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return ERROR_CODES[this.code].status;
  }
}

/** 422 for one or more fields, the message naming the first. */
export function validationError(fields: FieldError[]): AppError {
  const first = fields[0];
  const message = first ? `${first.path}：${first.message}` : '输入有误';
  return new AppError('VALIDATION', message, fields);
}

/**
 * A business rule refuses the request: 422 with the rule's stable code, the Chinese sentence saying why and
 * what to do, and `path` naming the rule or field (nothing is written).
 */
export function refused(code: ErrorCode, message: string, path: string): AppError {
  return new AppError(code, message, [{ path, message }]);
}

/** 403: the actor's role does not allow the action (the message says who may). */
export function forbidden(message: string): AppError {
  return new AppError('AUTH.FORBIDDEN', message);
}

/** The uniform 404 for a record that does not exist or lies outside the caller's scope. */
export function notFound(what = '记录'): AppError {
  return new AppError('NOT_FOUND', `${what}不存在或无权访问`);
}

/** One problem of a request: a field, why, and the code of the rule that refuses it (`VALIDATION` for a field's own check). */
export type CodedProblem = FieldError & { code: ErrorCode };

/**
 * Every problem of a request in one reply, each field listed: the code and sentence of the first rule that
 * refuses it, else `VALIDATION`. Null when there is none.
 */
export function problemsError(problems: readonly CodedProblem[]): AppError | null {
  if (problems.length === 0) {
    return null;
  }
  const fields = problems.map(({ path, message }) => ({ path, message }));
  const rule = problems.find((p) => p.code !== 'VALIDATION');
  return rule ? new AppError(rule.code, rule.message, fields) : validationError(fields);
}
