import { anonymiseAddress } from './address';
import { anonymiseAttribute } from './attributes';
import { Placeholders } from './placeholders';
import { anonymiseText } from './text';

/**
 * "Spara ett anonymt sidprov": a page as an HTML file that keeps its structure and the words Insyn and
 * InfoMentor use, with every other text a placeholder of the same shape (see text.ts, attributes.ts).
 * Pure: Document in, text out. The file is written here, escaped piece by piece, never by the browser's
 * serialiser: nothing of the page reaches the file unless a rule here let it through. Scripts, styles
 * and comments (Knockout's `<!-- ko -->` among them) are left out; what the teacher typed or ticked is
 * written as the page shows it now, so the sample reads as the page reads.
 */
export const SAMPLE_META = 'insyn-sample';
export const SAMPLE_ADDRESS_META = 'insyn-sample-address';

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  'param',
  'keygen',
]);
/** Their content is code or a page of its own: the element stays, empty. */
const EMPTIED = new Set(['script', 'style', 'noscript', 'iframe', 'frame', 'object', 'xmp', 'noembed', 'noframes', 'plaintext']);
const TAG_NAME = /^[a-z][a-z0-9._:-]*$/i;
const ATTRIBUTE_NAME = /^[^\s"'>/=\p{C}]+$/u;
const CHOICE_TYPES = new Set(['checkbox', 'radio']);
const TYPED_TYPES = new Set(['text', 'search', 'email', 'tel', 'url', 'number', 'date', '']);
/** Deeper than any real page: beyond it a hostile page's nesting is cut rather than followed. */
const MAX_DEPTH = 400;

export function makeSample(document: Document, url: string): string {
  const placeholders = new Placeholders();
  const address = anonymiseAddress(url, placeholders);
  const head = `\n<meta name="${SAMPLE_META}" content="1">\n<meta name="${SAMPLE_ADDRESS_META}" content="${escapeAttribute(address)}">`;
  const writer = new SampleWriter(placeholders, head);
  const root = document.documentElement;
  return `<!DOCTYPE html>\n${root ? writer.element(root, 0) : ''}\n`;
}

class SampleWriter {
  constructor(
    private readonly placeholders: Placeholders,
    /** Says in the file that it is a sample, and from which (anonymised) address. */
    private readonly head: string,
  ) {}

  element(element: Element, depth: number): string {
    const name = element.localName;
    if (!TAG_NAME.test(name) || depth > MAX_DEPTH) return '';
    const open = `<${name}${this.attributes(element)}>`;
    if (VOID.has(name)) return open;
    if (EMPTIED.has(name)) return `${open}</${name}>`;
    const prefix = name === 'head' ? this.head : '';
    if (name === 'textarea')
      return `${open}${escapeText(anonymiseText((element as HTMLTextAreaElement).value ?? '', this.placeholders))}</${name}>`;
    const content = name === 'template' ? (element as HTMLTemplateElement).content : element;
    return `${open}${prefix}${this.children(content, depth)}</${name}>`;
  }

  private children(parent: ParentNode, depth: number): string {
    let out = '';
    for (const node of parent.childNodes) {
      if (node.nodeType === 1) out += this.element(node as Element, depth + 1);
      else if (node.nodeType === 3) out += escapeText(anonymiseText(node.nodeValue ?? '', this.placeholders));
    }
    return out;
  }

  private attributes(element: Element): string {
    let out = '';
    for (const [name, value] of stateful(element)) {
      if (!ATTRIBUTE_NAME.test(name)) continue;
      const written = anonymiseAttribute(element, name, value, this.placeholders);
      if (written !== undefined) out += written === '' && isBoolean(name) ? ` ${name}` : ` ${name}="${escapeAttribute(written)}"`;
    }
    return out;
  }
}

const isBoolean = (name: string) => name === 'checked' || name === 'selected' || name === 'hidden' || name === 'disabled';

/** The element's attributes, with checked, selected and typed values as the page shows them now. */
function stateful(element: Element): [string, string][] {
  const attributes = [...element.attributes].map((attribute): [string, string] => [attribute.name.toLowerCase(), attribute.value]);
  const set = (name: string, value: string | undefined) => {
    const rest = attributes.filter(([own]) => own !== name);
    if (value !== undefined) rest.push([name, value]);
    attributes.splice(0, attributes.length, ...rest);
  };
  if (element.localName === 'input') {
    const input = element as HTMLInputElement;
    if (CHOICE_TYPES.has(input.type)) set('checked', input.checked ? '' : undefined);
    else if (TYPED_TYPES.has(input.getAttribute('type') ?? '')) set('value', input.value);
  } else if (element.localName === 'option') set('selected', (element as HTMLOptionElement).selected ? '' : undefined);
  return attributes;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
