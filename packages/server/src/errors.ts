/**
 * One error type with stable, namespaced codes. The HTTP status of each code is decided in one place
 * (STATUS_OF_CODE); the error handler in app.ts owns the mapping.
 */
export type FieldError = { path: string; message: string };

export const STATUS_OF_CODE = {
  VALIDATION: 422,
  'AUTH.REQUIRED': 401,
  'AUTH.BAD_CREDENTIALS': 401,
  'AUTH.LOCKED': 423,
  'AUTH.FORBIDDEN': 403,
  'AUTH.PASSWORD_EXPIRED': 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  'CONFLICT.VERSION': 409,
  'CONFLICT.DUPLICATE': 409,
  /** A business rule refuses the request (frequency caps…): the fields name the rule. */
  'RULE.REFUSED': 422,
  'UPLOAD.TOO_LARGE': 413,
  'UPLOAD.UNSUPPORTED_TYPE': 415,
  'DB.BUSY': 503,
  INTERNAL: 500,
} as const;
export type ErrorCode = keyof typeof STATUS_OF_CODE;

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
    return STATUS_OF_CODE[this.code];
  }
}

/** 422 for one or more fields, the message naming the first. */
export function validationError(fields: FieldError[]): AppError {
  const first = fields[0];
  const message = first ? `${first.path}：${first.message}` : '输入有误';
  return new AppError('VALIDATION', message, fields);
}

/** The uniform 404 for a record that does not exist or lies outside the caller's scope. */
export function notFound(what = '记录'): AppError {
  return new AppError('NOT_FOUND', `${what}不存在或无权访问`);
}
