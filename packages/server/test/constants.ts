/** Fixed values of the test environment (the template database is seeded with them). */
export const TEST_DEMO_PASSWORD = 'Rouxing@2026';
export const TEST_FIELD_KEY = Buffer.alloc(32, 7);
/** The seed's clock: the day the demo data was "entered". */
export const TEST_NOW = new Date('2026-11-20T02:00:00.000Z');
