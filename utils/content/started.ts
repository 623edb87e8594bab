/**
 * The mark a running content script leaves in its own isolated world (never in the page's DOM or
 * globals, which InfoMentor's scripts could see). The background asks for it before it starts the
 * content script in a frame (utils/background/inject-content.ts), so a document gets one copy.
 */
export const STARTED_FLAG = 'insynContentStarted';

export function markStarted(scope: object = globalThis): void {
  (scope as Record<string, unknown>)[STARTED_FLAG] = true;
}
