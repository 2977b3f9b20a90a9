import type { ErrorBody } from '@rouxing/contracts';

export const API_BASE = '/api/v1';

export type FieldError = { path: string; message: string };

/** An HTTP error from the API, carrying the server's Chinese message and field errors. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

type Query = Record<string, string | number | boolean | null | undefined>;

/** `?a=1&b=2` without the empty values; '' when nothing is left. */
export function queryString(query?: Query): string {
  if (!query) {
    return '';
  }
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined && v !== null && v !== '') {
      params.set(k, String(v));
    }
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

export function apiUrl(path: string, query?: Query): string {
  return `${API_BASE}${path}${queryString(query)}`;
}

/** Turns a non-2xx response into an ApiError, using the `{ error: { code, message, fields } }` body when present. */
export async function errorFromResponse(res: Response): Promise<ApiError> {
  const text = await res.text().catch(() => '');
  return errorFromBody(res.status, text, res.statusText);
}

export function errorFromBody(status: number, text: string, statusText = ''): ApiError {
  try {
    const body = JSON.parse(text) as Partial<ErrorBody>;
    if (body?.error && typeof body.error.message === 'string') {
      return new ApiError(status, body.error.code ?? 'UNKNOWN', body.error.message, body.error.fields ?? []);
    }
  } catch {
    // not JSON: fall through to a generic error
  }
  return new ApiError(status, 'HTTP', statusText || `HTTP ${status}`);
}

type Options = { method?: string; body?: unknown; query?: Query; signal?: AbortSignal };

/** How long after its answer a submission sent again (a second click) is still the same submission. */
const REPEAT_WINDOW_MS = 10_000;
/** How long a submission whose answer never arrived keeps its key for the retry. */
const RETRY_WINDOW_MS = 10 * 60_000;
/** The Idempotency-Key of each submission in flight or just answered, by method, path and body. */
const submissions = new Map<string, { key: string; until: number }>();

function newKey(): string {
  // getRandomValues, unlike randomUUID, works on a plain-HTTP intranet address too.
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The Idempotency-Key of a submission (docs/decisions/0018-idempotent-forms.md): generated once, and sent again
 * with the same request while it is in flight, after a lost answer, or a few seconds after its answer — so a
 * double click or a retry gets the first answer from the server instead of writing twice.
 */
export function submissionKey(id: string, now = Date.now()): { key: string; settle: (outcome: 'ok' | 'refused' | 'lost') => void } {
  for (const [k, v] of submissions) {
    if (v.until < now) {
      submissions.delete(k);
    }
  }
  const entry = submissions.get(id) ?? { key: newKey(), until: Number.POSITIVE_INFINITY };
  submissions.set(id, entry);
  return {
    key: entry.key,
    settle: (outcome) => {
      if (outcome === 'refused') {
        // Nothing was written: the corrected submission is a new one.
        submissions.delete(id);
      } else {
        entry.until = Date.now() + (outcome === 'ok' ? REPEAT_WINDOW_MS : RETRY_WINDOW_MS);
      }
    },
  };
}

/** Calls the API with the session cookie; returns the parsed JSON (undefined for 204). */
export async function api<T>(path: string, { method = 'GET', body, query, signal }: Options = {}): Promise<T> {
  const url = apiUrl(path, query);
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (payload !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  // Every creating request is one submission, sent with its Idempotency-Key (not the session's own requests).
  const submission = method === 'GET' || path.startsWith('/auth/') ? null : submissionKey(`${method} ${url} ${payload ?? ''}`);
  if (submission) {
    headers['Idempotency-Key'] = submission.key;
  }
  let res: Response;
  try {
    res = await fetch(url, { method, credentials: 'same-origin', headers, body: payload, signal });
  } catch (e) {
    submission?.settle('lost');
    if ((e as Error).name === 'AbortError') {
      throw e;
    }
    throw new ApiError(0, 'NETWORK', '');
  }
  submission?.settle(res.ok ? 'ok' : res.status >= 500 || res.status === 409 ? 'lost' : 'refused');
  if (!res.ok) {
    throw await errorFromResponse(res);
  }
  if (res.status === 204) {
    return undefined as T;
  }
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Sends a file as multipart/form-data (field `file`) with upload progress, as fetch cannot report it. */
export function uploadFile<T>(path: string, file: File, onProgress?: (percent: number) => void): Promise<T> {
  return uploadForm<T>(path, {}, file, onProgress);
}

/** Sends text fields and one file (field `file`, after the fields) as multipart/form-data, with upload progress. */
export function uploadForm<T>(
  path: string,
  fields: Record<string, string>,
  file: File,
  onProgress?: (percent: number) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', apiUrl(path));
    xhr.withCredentials = false;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && onProgress) {
        onProgress(Math.round((e.loaded / e.total) * 100));
      }
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK', ''));
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(JSON.parse(xhr.responseText) as T);
        } catch {
          reject(new ApiError(xhr.status, 'HTTP', 'Invalid JSON'));
        }
        return;
      }
      reject(errorFromBody(xhr.status, xhr.responseText, xhr.statusText));
    };
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) {
      form.append(k, v);
    }
    form.append('file', file, file.name);
    xhr.send(form);
  });
}
