export * from './uscc/uscc';
export * from './access/access';
export * from './privacy/mask';
