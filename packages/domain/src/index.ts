export * from './uscc/uscc';
export * from './access/access';
