export * from './decision-generator';
export * from './entity-generator';
