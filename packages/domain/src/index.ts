export * from './access/access';
export * from './dates/calendar';
export * from './decision';
export * from './privacy/mask';
export * from './publicity/publicity';
export * from './reference';
export * from './synthetic/entity-generator';
export * from './uscc/uscc';
