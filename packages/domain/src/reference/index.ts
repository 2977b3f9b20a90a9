export * from './industries';
export * from './regions';
