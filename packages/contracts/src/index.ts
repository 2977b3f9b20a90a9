export * from './audit';
export * from './auth';
export * from './common';
export * from './entities';
export * from './reference';
export * from './users';
