export * from './archive';
export * from './document-number';
export * from './measures';
export * from './types';
