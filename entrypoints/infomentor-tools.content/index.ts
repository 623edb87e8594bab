import { STARTED_BY_BACKGROUND } from '@/utils/content/started-by-background';
import { answerTeach, createOutline } from '@/utils/content/teach-bridge';
import { answerSample } from '@/utils/content/sample-bridge';
import { borrowPageTools } from '@/utils/content/page-tools';

export default defineContentScript({
  // Started by the background only when the teach window or the page sample is opened for the tab.
  ...STARTED_BY_BACKGROUND,
  // Started again in the same frame (each time a tool is opened), WXT's context retires the older copy first.
  main(ctx) {
    const outline = createOutline(() => borrowPageTools()?.shadowRoot());
    // The teach page (utils/recipes/open-teach.ts) and the sample page (utils/background/open-sample.ts) ask
    // about this page; only Insyn's own pages are answered, and only in the frame whose reader has the panel
    // (it lends its parts: utils/content/page-tools.ts). Until it has, no answer: those pages ask again.
    const onPageMessage = (message: unknown, sender: { id?: string; url?: string }, sendResponse: (answer: unknown) => void) => {
      if (sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL('/'))) return;
      const loan = borrowPageTools();
      if (!loan) return;
      const answer = answerTeach(message, { document, outline, reread: loan.reread }) ?? answerSample(message, document, loan.isInsyn);
      if (answer !== undefined) sendResponse(answer);
    };
    browser.runtime.onMessage.addListener(onPageMessage);
    ctx.onInvalidated(() => {
      outline(undefined, '');
      browser.runtime.onMessage.removeListener(onPageMessage);
    });
  },
});
