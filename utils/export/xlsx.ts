import type { Sheet } from './sheets';

/**
 * A workbook with one worksheet per sheet (see ./spreadsheetml for what is in it). The writer and its zip
 * library are loaded only when a teacher asks for XLSX in the dashboard, so the content script, the popup
 * and the background never carry them.
 */
export async function sheetsToXlsx(sheets: readonly Sheet[]): Promise<Uint8Array> {
  const { workbookZip } = await import('./spreadsheetml');
  return workbookZip(sheets);
}
