#!/usr/bin/env node
// Entry point of the `rouxing` command. It runs the TypeScript sources directly through tsx,
// so that `npx rouxing …` works right after `npm ci`, with no build step (docs/decisions/0002).
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
