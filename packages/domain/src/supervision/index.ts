export * from './task-lifecycle';
