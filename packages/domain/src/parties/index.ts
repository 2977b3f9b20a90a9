export * from './id-number';
