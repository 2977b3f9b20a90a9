export * from './joint-rate';
