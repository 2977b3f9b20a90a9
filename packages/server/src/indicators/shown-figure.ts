/** An indicator's figure as the documents show it: a rate in %, hours with 学时, a count as is; '—' for none. */
export function shownFigure(unit: string, v: number | null): string {
  if (v === null) {
    return '—';
  }
  if (unit === 'rate') {
    return `${(v * 100).toFixed(1)}%`;
  }
  return unit === 'hours' ? `${v}学时` : String(v);
}
