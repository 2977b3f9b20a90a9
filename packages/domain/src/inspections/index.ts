export * from './frequency';
export * from './merge';
export * from './types';
