/**
 * Every page the web router serves without login (packages/web/src/app/router.tsx), for the scans of issue 14
 * (raw identifiers, axe). `/public/credit/:uscc` is reached from the list; `/v/:token` with a code that does not verify.
 */
export const PUBLIC_PAGES = [
  '/login',
  '/public/no-penalty-lists',
  '/public/complaints',
  '/public/surveys',
  '/public/random-draws',
  '/public/guiding-cases',
  '/public/service-offset-rules',
  '/public/credit',
  '/v/not-a-real-code',
];
