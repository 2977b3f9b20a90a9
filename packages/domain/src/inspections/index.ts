export * from './code-state';
export * from './frequency';
export * from './merge';
export * from './officer-certificate';
export * from './officer-draw';
export * from './plan-lifecycle';
export * from './random-draw';
export * from './types';
