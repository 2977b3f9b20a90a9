import { shanghaiToday } from '@rouxing/domain';
import type { AppContext } from '../context';

/** The day of a step on a case: Asia/Shanghai, by the context's clock. */
export const today = (ctx: AppContext): string => shanghaiToday(ctx.now());
