export * from './archive';
export * from './document-number';
export * from './lifecycle';
export * from './measures';
export * from './refusal';
export * from './types';
