export * from './exemptions';
export * from './lifecycle';
