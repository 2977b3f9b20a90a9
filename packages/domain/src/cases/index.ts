export * from './archive';
export * from './document-number';
export * from './interviews';
export * from './lifecycle';
export * from './measures';
export * from './refusal';
export * from './types';
