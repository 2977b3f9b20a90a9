export * from './uscc/uscc';
