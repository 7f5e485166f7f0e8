import ExcelJS from 'exceljs';

/** `2026-11-29 14:00` in Asia/Shanghai (fixed +08:00, no daylight saving). */
export const dateTimeText = (ms: number): string => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

/** One worksheet to write: Chinese column titles, plain rows, and blank rows between sections. */
export interface Sheet {
  name: string;
  columns: ReadonlyArray<{ header: string; width: number }>;
  rows: ReadonlyArray<ReadonlyArray<string | number | null>>;
  /** How many of `rows` are records (a monthly report's rows are section lines, not records). */
  records: number;
  /** More records matched than one file holds. */
  truncated: boolean;
}

/** The .xlsx bytes: a bold, frozen header row and the columns sized for Chinese text. */
export const workbookOf = async (sheet: Sheet): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '暖新';
  const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.columns = sheet.columns.map((column) => ({ header: column.header, width: column.width }));
  worksheet.getRow(1).font = { bold: true };
  for (const row of sheet.rows) worksheet.addRow([...row]);
  if (sheet.truncated) worksheet.addRow(['（记录太多，只导出了前面部分，请按工会或月份分开导出）']);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};
