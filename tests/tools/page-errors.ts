/** One thing a page reported as going wrong: an uncaught exception or a console error. */
export interface PageError {
  kind: 'pageerror' | 'console';
  text: string;
  /** Where it came from, when the browser says (for console errors: the script or resource URL). */
  url?: string;
}

const INFOMENTOR = /^https:\/\/([a-z0-9-]+\.)*infomentor\.se\//;

/**
 * The errors that could be Insyn's. The fixture pages link InfoMentor styles and scripts that the
 * fixture server does not have; the page's own failed loads of those are left out, nothing else.
 */
export function errorsFromInsyn(errors: PageError[]): string[] {
  return errors
    .filter((error) => !(error.kind === 'console' && /Failed to load resource/.test(error.text) && INFOMENTOR.test(error.url ?? '')))
    .map((error) => `${error.kind}: ${error.text}${error.url ? ` (${error.url})` : ''}`);
}
