/**
 * Copies text for pasting into an InfoMentor message. The async clipboard API can be refused (no user
 * activation, a policy, an older browser); the fallback selects the text in a hidden textarea inside
 * Insyn's own shadow root and uses the copy command, so the page's selection is left alone.
 */
export async function copyText(text: string, scratch: ShadowRoot | HTMLElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyWithCommand(text, scratch);
  }
}

function copyWithCommand(text: string, scratch: ShadowRoot | HTMLElement): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0;';
  scratch.appendChild(area);
  try {
    area.select();
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
