import { render } from 'preact';
import { Panel, type PanelState } from '@/components/page/Panel';
import { analysePage } from '@/utils/infomentor/analyse';
import { send } from '@/utils/messaging/client';
import { watchPage } from '@/utils/content/watch-page';
import panelCss from '@/components/page/panel.css?inline';
import { INFOMENTOR_MATCHES } from '@/utils/infomentor/hosts';

export default defineContentScript({
  matches: INFOMENTOR_MATCHES,
  runAt: 'document_idle',
  // Styles are inlined into the shadow root: fetching a CSS file would sit on the page's load path.
  cssInjectionMode: 'manual',
  main(ctx) {
    // Nothing here may throw into InfoMentor's page: every step is guarded and failures go to the popup.
    let state: PanelState = { phase: 'reading' };
    let container: HTMLElement | undefined;
    const paint = () => container && render(<Panel state={state} />, container);

    const ui = createShadowRootUi(ctx, {
      name: 'insyn-panel',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount(uiContainer, shadow) {
        const style = document.createElement('style');
        style.textContent = panelCss;
        shadow.prepend(style);
        container = uiContainer;
        paint();
      },
      onRemove() {
        if (container) render(null, container);
        container = undefined;
      },
    });

    const readNow = () => {
      if (ctx.isInvalid || !document.body) return;
      const url = location.href;
      try {
        const analysis = analysePage(document, url);
        state = { phase: 'read', analysis };
        paint();
        send('page/read', { url, title: document.title.slice(0, 500), analysis }).catch(() => {});
      } catch (error) {
        state = { phase: 'failed' };
        paint();
        const message = error instanceof Error ? error.message : String(error);
        send('page/failed', { url, message: message.slice(0, 500) }).catch(() => {});
      }
    };

    void ui.then((mounted) => {
      if (ctx.isInvalid || !document.body) return;
      mounted.mount();
      const controller = new AbortController();
      ctx.onInvalidated(() => {
        controller.abort();
        mounted.remove();
      });
      const host = mounted.shadowHost;
      const { readSoon } = watchPage({
        root: document.body,
        read: readNow,
        ignore: (node) => host.contains(node),
        signal: controller.signal,
      });
      ctx.addEventListener(window, 'wxt:locationchange', readSoon);
    }).catch(() => {});
  },
});
