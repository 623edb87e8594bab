import { isoDate } from '../domain/dates';
import { SAMPLE_ADDRESS_META } from './make-sample';

/** The saved sample's name: says what it is and when, nothing about the page or its pupils. */
export function sampleFileName(at: Date): string {
  const time = `${String(at.getHours()).padStart(2, '0')}${String(at.getMinutes()).padStart(2, '0')}`;
  return `insyn-sidprov-${isoDate(at)}-${time}.html`;
}

const ADDRESS = new RegExp(`<meta name="${SAMPLE_ADDRESS_META}" content="([^"]*)">`);
const ENTITIES: Readonly<Record<string, string>> = { '&amp;': '&', '&quot;': '"', '&lt;': '<', '&gt;': '>' };

/** The anonymised address a sample records (for `npm run analyze -- <file> --url <address>`). */
export function sampleAddress(html: string): string | undefined {
  const found = ADDRESS.exec(html)?.[1];
  return found === undefined ? undefined : found.replace(/&(?:amp|quot|lt|gt);/g, (entity) => ENTITIES[entity] ?? entity);
}
