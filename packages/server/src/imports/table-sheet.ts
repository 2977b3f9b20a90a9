/**
 * A worksheet laid out as a table: its columns (header and width) and the header row in bold — the layout of
 * the .xlsx files the platform exports (年度考评, 督导考评总览, 问卷结果).
 */
import type { Workbook, Worksheet } from 'exceljs';

export function addTableSheet(wb: Workbook, name: string, columns: { header: string; width: number }[]): Worksheet {
  const ws = wb.addWorksheet(name);
  ws.columns = columns;
  ws.getRow(1).font = { bold: true };
  return ws;
}
