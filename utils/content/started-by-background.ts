import { INFOMENTOR_MATCHES } from '../infomentor/hosts';

/**
 * The options all of Insyn's content scripts share (spread into each `defineContentScript`). None is in
 * the manifest: the background starts each one (utils/background/inject-content.ts): the reader once a
 * tab has loaded and shows something to read, so nothing of Insyn's is parsed before `load`; the page
 * tools and the panel's forms on demand. WXT adds the matches to the host permissions, which are
 * InfoMentor's already.
 */
export const STARTED_BY_BACKGROUND = {
  registration: 'runtime',
  matches: INFOMENTOR_MATCHES,
  // Styles are inlined into the shadow roots: fetching a CSS file would sit on the page's load path.
  cssInjectionMode: 'manual',
  // WXT's context would otherwise announce its start to every script of the page (window.postMessage):
  // InfoMentor's scripts would learn that Insyn is installed. Its start event on `document` stays: it is
  // how an updated script retires the old one, and the page would have to know Insyn's id to name it.
  noScriptStartedPostMessage: true,
} as const;
