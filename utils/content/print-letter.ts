/**
 * A printable letter to guardians, for families who do not read messages. Built in an about:blank
 * iframe inside Insyn's shadow root (same origin, so no page is loaded and nothing leaves the computer)
 * with DOM calls and textContent only: the pupil's name and the teacher's edits are never markup.
 */
export interface Letter {
  /** BCP 47 language of the letter (the template's). */
  lang: string;
  date: string;
  school: string;
  /** The frame's title; the body carries its own greeting. */
  heading: string;
  body: string;
  teacher: string;
}

const LETTER_CSS = `
@page { margin: 25mm 22mm; }
body { font: 12pt/1.5 Georgia, "Times New Roman", serif; color: #000; background: #fff; margin: 0; }
.meta { display: flex; justify-content: space-between; margin-bottom: 18mm; }
h1 { font-size: 13pt; margin: 0 0 6mm; }
p { margin: 0 0 4mm; white-space: pre-wrap; }
.line { border-top: 1px solid #000; width: 70mm; margin: 16mm 0 2mm; }
`;

export function buildLetter(doc: Document, letter: Letter): void {
  doc.documentElement.lang = letter.lang;
  const style = doc.createElement('style');
  style.textContent = LETTER_CSS;
  doc.head.replaceChildren(style);
  const title = doc.createElement('title');
  title.textContent = letter.heading;
  doc.head.append(title);

  const element = (tag: string, text: string, className?: string) => {
    const node = doc.createElement(tag);
    node.textContent = text;
    if (className) node.className = className;
    return node;
  };
  const meta = doc.createElement('div');
  meta.className = 'meta';
  meta.append(element('span', letter.school), element('span', letter.date));
  const paragraphs = letter.body
    .split(/\n\s*\n/)
    .map((text) => text.trim())
    .filter(Boolean);
  // The signature line goes above the teacher's name where the body signs off with it, else at the end.
  const last = paragraphs.at(-1)?.split('\n') ?? [];
  const nameLine = letter.teacher.trim() ? last.findIndex((line) => line.trim() === letter.teacher.trim()) : -1;
  const nodes = (nameLine >= 0 ? paragraphs.slice(0, -1) : paragraphs).map((text) => element('p', text));
  if (nameLine >= 0) {
    if (nameLine > 0) nodes.push(element('p', last.slice(0, nameLine).join('\n')));
    nodes.push(element('div', '', 'line'), element('p', last.slice(nameLine).join('\n')));
  } else {
    nodes.push(element('div', '', 'line'), element('p', letter.teacher));
  }
  doc.body.replaceChildren(meta, ...nodes);
}

/** Prints the letter from a hidden frame; the frame goes when printing is done (or the next letter comes). */
export function printLetter(root: ShadowRoot, letter: Letter): void {
  root.querySelector('iframe[data-insyn-letter]')?.remove();
  const frame = document.createElement('iframe');
  frame.setAttribute('data-insyn-letter', '');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0;';
  root.append(frame);
  const win = frame.contentWindow;
  const doc = frame.contentDocument;
  if (!win || !doc) {
    frame.remove();
    throw new Error('No frame to print from');
  }
  buildLetter(doc, letter);
  win.addEventListener('afterprint', () => frame.remove(), { once: true });
  win.focus();
  win.print();
}
