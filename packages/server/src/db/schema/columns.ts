import { customType, timestamp } from 'drizzle-orm/pg-core';

/** bytea (drizzle has no built-in column for it). */
export const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

/** timestamptz as an ISO string. */
export const tstz = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });
