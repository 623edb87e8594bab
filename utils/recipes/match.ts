import type { RecipeMatch } from './types';

/**
 * Whether a recipe's address pattern fits a page address. Patterns are globs, never regular
 * expressions: a recipe comes from a file anyone can write, and a glob cannot be made to backtrack.
 * The path pattern is matched against the path followed by the fragment, since InfoMentor's pages are
 * routed in the fragment (`/Assessment/#/group/42`).
 */
export function addressMatches(match: RecipeMatch, url: string): boolean {
  let address: URL;
  try {
    address = new URL(url);
  } catch {
    return false;
  }
  return hostMatches(match.host, address.hostname.toLowerCase()) && globMatches(match.path, `${address.pathname}${address.hash}`);
}

function hostMatches(pattern: string, host: string): boolean {
  if (!pattern.startsWith('*.')) return host === pattern;
  const domain = pattern.slice(2);
  return host === domain || host.endsWith(`.${domain}`);
}

/** `*` stands for any run of characters; everything else is literal. Linear: each part is found once. */
export function globMatches(pattern: string, text: string): boolean {
  const parts = pattern.split('*');
  const first = parts[0] ?? '';
  if (parts.length === 1) return text === pattern;
  if (!text.startsWith(first)) return false;
  const last = parts[parts.length - 1] ?? '';
  let at = first.length;
  for (let i = 1; i < parts.length - 1; i++) {
    const part = parts[i] ?? '';
    const found = text.indexOf(part, at);
    if (found < 0) return false;
    at = found + part.length;
  }
  return text.length - last.length >= at && text.endsWith(last);
}

/** The pattern the teach page suggests for an address: this host, this path, any fragment below it. */
export function suggestMatch(url: string): RecipeMatch | undefined {
  try {
    const address = new URL(url);
    const hash = address.hash.replace(/[?].*$/, '').replace(/\/\d+(?=\/|$)/g, '/*');
    return { host: address.hostname.toLowerCase(), path: `${address.pathname}${hash}${hash.endsWith('*') ? '' : '*'}` };
  } catch {
    return undefined;
  }
}
