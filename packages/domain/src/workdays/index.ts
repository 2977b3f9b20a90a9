export * from './arrangements-cn';
export * from './workdays';
