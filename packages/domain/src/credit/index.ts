export * from './correction';
export * from './matrix';
export * from './recheck';
export * from './repair';
export * from './self-inspection';
export * from './severity';
