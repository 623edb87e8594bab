import { STARTED_BY_BACKGROUND } from '@/utils/content/started-by-background';
import { lendPanelForms } from '@/utils/content/page-tools';
import { drawForms } from '@/components/page/forms-drawing';

export default defineContentScript({
  // Started by the background in the panel's frame the first time the panel opens a form (draft, log,
  // "Inte i risk"), so the forms' code is parsed only where a teacher writes or logs (issue 20).
  ...STARTED_BY_BACKGROUND,
  main(ctx) {
    ctx.onInvalidated(lendPanelForms({ draw: drawForms }));
  },
});
