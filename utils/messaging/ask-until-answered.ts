/** How often, and how far apart, Insyn's own pages ask a tab that may still be starting: ten seconds in all. */
const ATTEMPTS = 20;
const PAUSE_MS = 500;

/**
 * Asks until an answer comes (undefined or null: none yet; a rejection counts as none), for at most ten
 * seconds: the teach window and the sample page have just had the background start the content script and
 * its page tools in the tab (utils/background/inject-content.ts), which on a busy computer takes a while.
 */
export async function askUntilAnswered<T>(ask: () => Promise<T | null | undefined>): Promise<T | undefined> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const answer = await ask().catch(() => undefined);
    if (answer !== undefined && answer !== null) return answer;
    await new Promise((wait) => setTimeout(wait, PAUSE_MS));
  }
  return undefined;
}
