export * from './frequency';
export * from './types';
