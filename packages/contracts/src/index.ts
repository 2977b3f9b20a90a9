export * from './common';
export * from './auth';
export * from './entities';
export * from './audit';
export * from './reference';
export * from './users';
