/**
 * The floor for reading a page: visit every row and read its text, nothing more. Self-contained (no
 * imports, no closures) so the same function runs in Node and, bundled, in Chromium.
 */
export function bareScan(root: ParentNode): number {
  let characters = 0;
  for (const row of root.querySelectorAll('tr, [role="row"]')) characters += row.textContent?.length ?? 0;
  return characters;
}
