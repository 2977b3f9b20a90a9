export * from './uscc/uscc';
export * from './access/access';
export * from './privacy/mask';
export * from './reference';
export * from './synthetic/entity-generator';
