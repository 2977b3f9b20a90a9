export * from './joint-rate';
export * from './registry';
