export * from './frequency';
export * from './merge';
export * from './random-draw';
export * from './types';
