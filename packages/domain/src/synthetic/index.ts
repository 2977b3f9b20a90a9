export * from './entity-generator';
