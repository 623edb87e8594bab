import { render } from 'preact';
import { Panel } from '@/components/page/Panel';
import panelCss from '@/components/page/panel.css?inline';
import badgeCss from '@/components/page/badge.css?inline';
import { readPage } from '@/utils/infomentor/analyse';
import { send } from '@/utils/messaging/client';
import { applyStoredLanguage } from '@/utils/i18n/language-store';
import { BADGE_ATTRIBUTE, createBadges } from '@/utils/content/badges';
import { copyText } from '@/utils/content/clipboard';
import { createContactFlow } from '@/utils/content/contact-flow';
import { startPageSession } from '@/utils/content/page-session';
import { printLetter } from '@/utils/content/print-letter';
import { afterLoad } from '@/utils/content/after-load';
import { INFOMENTOR_MATCHES } from '@/utils/infomentor/hosts';

// Keys typed in Insyn's panel are Insyn's: InfoMentor's own shortcuts must not see them.
const KEY_EVENTS = ['keydown', 'keyup', 'keypress'];

export default defineContentScript({
  matches: INFOMENTOR_MATCHES,
  runAt: 'document_idle',
  // Styles are inlined into the shadow roots: fetching a CSS file would sit on the page's load path.
  cssInjectionMode: 'manual',
  main(ctx) {
    // Nothing here may throw into InfoMentor's page: every step is guarded and failures go to the popup.
    const flow = createContactFlow({ send });
    const now = () => new Date();
    let shadowRoot: ShadowRoot | undefined;
    let container: HTMLElement | undefined;
    const paint = () => {
      if (!container || !shadowRoot) return;
      const root = shadowRoot;
      render(
        <Panel state={flow.getState()} flow={flow} now={now} copy={(text) => copyText(text, root)} print={(letter) => printLetter(root, letter)} />,
        container,
      );
    };
    flow.subscribe(paint);

    // Everything below waits until InfoMentor has loaded and is idle: nothing Insyn does delays the page.
    const loaded = new Promise<void>((done) => afterLoad(done));
    const ui = loaded.then(() =>
      createShadowRootUi(ctx, {
        name: 'insyn-panel',
        position: 'inline',
        anchor: 'body',
        append: 'last',
        onMount(uiContainer, shadow) {
          const style = document.createElement('style');
          style.textContent = panelCss;
          shadow.prepend(style);
          for (const type of KEY_EVENTS) shadow.addEventListener(type, (event) => event.stopPropagation());
          shadowRoot = shadow;
          container = uiContainer;
          paint();
        },
        onRemove() {
          if (container) render(null, container);
          container = undefined;
        },
      }),
    );

    void Promise.all([ui, loaded.then(applyStoredLanguage).catch(() => undefined)])
      .then(([mounted]) => {
        if (ctx.isInvalid || !document.body) return;
        mounted.mount();
        const controller = new AbortController();
        ctx.onInvalidated(() => {
          controller.abort();
          mounted.remove();
        });
        // Where the Navigation API exists (Chromium) WXT does not poll the URL, and then nothing notices that
        // Insyn was reloaded or updated under this page: ask once a second, so the orphaned panel leaves.
        const alive = setInterval(() => {
          if (ctx.isInvalid) clearInterval(alive);
        }, 1000);
        const host = mounted.shadowHost;
        const { readSoon } = startPageSession({
          document,
          flow,
          badges: createBadges({ css: badgeCss, onActivate: (key) => flow.showPupil(key) }),
          read: readPage,
          isOurs: (node) => host.contains(node) || (node instanceof Element && node.hasAttribute(BADGE_ATTRIBUTE)),
          onFailure: (url, message) => void send('page/failed', { url, message }).catch(() => {}),
          signal: controller.signal,
        });
        ctx.addEventListener(window, 'wxt:locationchange', readSoon);
      })
      .catch(() => {});
  },
});
