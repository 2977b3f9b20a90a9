/** What a stable error code means and the HTTP status it always answers with. */
export interface ErrorCodeSpec {
  status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 423 | 429 | 500 | 503;
  /** Chinese, for the reader of the API description: when the code is given. */
  meaning: string;
}

/**
 * A business rule refuses the request (a lifecycle step out of order, a frequency cap, a missing
 * prerequisite): always 422, with `fields[0].path` naming the rule or the field and the message saying
 * what the user can do. One status for every rule's refusal across the API.
 */
export const refusal = (meaning: string): ErrorCodeSpec => ({ status: 422, meaning });
