export { fieldsOfZodError } from '@rouxing/contracts';
