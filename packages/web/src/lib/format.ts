import dayjs from 'dayjs';

export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD HH:mm:ss') : '—';
}

export function formatDate(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD') : '—';
}

/** Groups digits the way both locales write them: 99,000. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

export function dash(v: string | null | undefined): string {
  return v === null || v === undefined || v === '' ? '—' : v;
}
