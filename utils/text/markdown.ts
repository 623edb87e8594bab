/**
 * The little Markdown the privacy policy is written in (docs/privacy-policy.*.md), as data: headings,
 * paragraphs, lists, and inline emphasis, strong text, code and links. The extension's privacy page renders
 * the very files of docs/ from this, as text nodes only, so the page and the documents cannot drift apart.
 */
export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'em' | 'strong'; children: Inline[] }
  | { kind: 'code'; text: string }
  | { kind: 'link'; children: Inline[]; href: string };

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; children: Inline[] }
  | { kind: 'paragraph'; children: Inline[] }
  | { kind: 'list'; items: Inline[][] };

const INLINE = /\*\*(.+?)\*\*|\*(.+?)\*|`([^`]+)`|\[([^\]]+)\]\(([^)]+)\)/s;

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let rest = text;
  for (let match = INLINE.exec(rest); match; match = INLINE.exec(rest)) {
    if (match.index > 0) out.push({ kind: 'text', text: rest.slice(0, match.index) });
    const [, strong, em, code, linkText, href] = match;
    if (strong !== undefined) out.push({ kind: 'strong', children: parseInline(strong) });
    else if (em !== undefined) out.push({ kind: 'em', children: parseInline(em) });
    else if (code !== undefined) out.push({ kind: 'code', text: code });
    else out.push({ kind: 'link', children: parseInline(linkText!), href: href! });
    rest = rest.slice(match.index + match[0].length);
  }
  if (rest) out.push({ kind: 'text', text: rest });
  return out;
}

/** Blocks are separated by blank lines; a list may follow its lead-in line directly; an item's further lines are indented. */
export function parseMarkdown(source: string): Block[] {
  return source
    .split(/\r?\n\s*\r?\n/)
    .map((chunk) => chunk.replace(/^\s*\n|\s+$/g, ''))
    .filter(Boolean)
    .flatMap(parseChunk);
}

function parseChunk(chunk: string): Block[] {
  const heading = /^(#{1,3}) (.*)$/s.exec(chunk);
  if (heading) return [{ kind: 'heading', level: heading[1]!.length as 1 | 2 | 3, children: parseInline(heading[2]!) }];
  const lines = chunk.split(/\r?\n/);
  const first = lines.findIndex((line) => line.startsWith('- '));
  if (first < 0) return [{ kind: 'paragraph', children: parseInline(joined(lines)) }];
  const items: string[][] = [];
  for (const line of lines.slice(first)) {
    if (line.startsWith('- ')) items.push([line.slice(2)]);
    else items.at(-1)!.push(line);
  }
  const lead: Block[] = first > 0 ? [{ kind: 'paragraph', children: parseInline(joined(lines.slice(0, first))) }] : [];
  return [...lead, { kind: 'list', items: items.map((item) => parseInline(joined(item))) }];
}

const joined = (lines: string[]) => lines.map((line) => line.trim()).join(' ');
