export * from './assessment';
export * from './joint-rate';
export * from './registry';
