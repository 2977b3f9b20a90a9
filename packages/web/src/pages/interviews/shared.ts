import dayjs from 'dayjs';

export const STATE_COLOR: Record<string, string> = { scheduled: 'blue', held: 'gold', minuted: 'orange', signed: 'green' };
export const FOLLOW_UP_COLOR: Record<string, string> = { open: 'blue', overdue: 'red', done: 'green' };

/** A time as the officer reads it (the browser's zone: the county's). */
export const formatTime = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm');
