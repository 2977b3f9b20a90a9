export * from './correction';
export * from './matrix';
export * from './repair';
export * from './self-inspection';
export * from './severity';
