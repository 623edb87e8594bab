import type { ExportFile } from './actions';

/**
 * Saves a file the way a web page does, without any network: a Blob URL on an `<a download>` that is
 * clicked and then let go.
 */
export function downloadFile(file: ExportFile, doc: Document = document): void {
  const blob = new Blob([file.content as BlobPart], { type: file.type });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the URL only after the click's task has finished.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
