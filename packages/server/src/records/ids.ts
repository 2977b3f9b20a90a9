import { v7 } from 'uuid';

/** UUIDv7, made by the application (PG 15 has no uuidv7()). */
export const newId = (): string => v7();
