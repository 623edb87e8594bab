import { EXPORT_LIMITS } from '../export/schema';
import { parseExport, type ParseResult } from './parse';

/** Reads a chosen file; one that is too large is refused before it is read into memory. */
export async function readExportFile(file: Blob): Promise<ParseResult> {
  if (file.size > EXPORT_LIMITS.maxBytes) return { ok: false, problems: [{ path: '', code: 'tooLarge' }] };
  return parseExport(await file.text());
}
