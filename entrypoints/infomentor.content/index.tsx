import { render } from 'preact';
import { Panel } from '@/components/page/Panel';
import panelCss from '@/components/page/panel.css?inline';
import badgeCss from '@/components/page/badge.css?inline';
import { send } from '@/utils/messaging/client';
import { applyStoredLanguage, watchLanguageChoice } from '@/utils/i18n/language-store';
import { loadPanelPlace, savePanelPlace, type PanelPlace } from '@/utils/content/panel-place';
import { BADGE_ATTRIBUTE, createBadges } from '@/utils/content/badges';
import { copyText } from '@/utils/content/clipboard';
import { createContactFlow } from '@/utils/content/contact-flow';
import { createOwedFlow } from '@/utils/content/owed-flow';
import { quietPageOf } from '@/utils/infomentor/quiet-pages';
import { startPageSession } from '@/utils/content/page-session';
import { printLetter } from '@/utils/content/print-letter';
import { afterLoad } from '@/utils/content/after-load';
import { markStarted } from '@/utils/content/started';
import { createPanelHost } from '@/utils/content/panel-host';
import { frameHostsPanel, linkFrames, showPupil } from '@/utils/content/frame-link';
import { isRendered } from '@/utils/content/rendered';
import { INFOMENTOR_MATCHES } from '@/utils/infomentor/hosts';
import { answerTeach, createOutline } from '@/utils/content/teach-bridge';
import { answerSample } from '@/utils/content/sample-bridge';
import { readWithRecipes, type RecipeUse } from '@/utils/recipes/apply';
import type { PageRecipe } from '@/utils/recipes/types';
import { DEFAULT_RISK_RULES, type RiskRules } from '@/utils/domain/risk-rules';
import { t } from '@/utils/i18n';

// Keys typed in Insyn's panel are Insyn's: InfoMentor's own shortcuts must not see them.
const KEY_EVENTS = ['keydown', 'keyup', 'keypress'];

export default defineContentScript({
  // Not in the manifest: the background starts this script in every InfoMentor frame of a tab once the
  // tab has loaded (utils/background/inject-content.ts), so nothing of Insyn's is parsed before `load`.
  // WXT adds the matches to the host permissions, which are InfoMentor's already.
  registration: 'runtime',
  matches: INFOMENTOR_MATCHES,
  // Styles are inlined into the shadow roots: fetching a CSS file would sit on the page's load path.
  cssInjectionMode: 'manual',
  // WXT's context would otherwise announce its start to every script of the page (window.postMessage):
  // InfoMentor's scripts would learn that Insyn is installed. Its start event on `document` stays: it is
  // how an updated script retires the old one, and the page would have to know Insyn's id to name it.
  noScriptStartedPostMessage: true,
  main(ctx) {
    markStarted();
    // Nothing here may throw into InfoMentor's page: every step is guarded and failures go to the popup.
    // What is owed on the page (the checklist) is asked for once the background has stored each reading.
    const owed = createOwedFlow({ send, quietPage: () => quietPageOf(document, location.href, isRendered) });
    const flow = createContactFlow({ send: owed.watch(send) });
    // One panel per tab (utils/content/frame-link.ts); a frame reads its page, keeps its badges and tells the panel.
    const link = { hostsPanel: frameHostsPanel(), flow, send };
    const now = () => new Date();
    let shadowRoot: ShadowRoot | undefined;
    let container: HTMLElement | undefined;
    // The teacher's recipes for this address (utils/recipes): they read the page before the built-in readers.
    let recipes: readonly PageRecipe[] = [];
    let recipeUse: RecipeUse | undefined;
    // The teacher's risk rules from the settings; the defaults until the background answers.
    let rules: RiskRules = DEFAULT_RISK_RULES;
    // Where the teacher keeps the panel: in the page's flow until they choose otherwise.
    let place: PanelPlace = 'page';
    const choosePlace = (chosen: PanelPlace) => {
      place = chosen;
      paint();
      void savePanelPlace(chosen).catch(() => undefined);
    };
    const loadRules = () =>
      send('rules/get', {}).then(
        (chosen) => void (rules = chosen),
        () => undefined,
      );
    const loadRecipes = () =>
      send('recipes/for-page', { url: location.href }).then(
        (found) => void (recipes = found),
        () => void (recipes = []),
      );
    const teach = () =>
      void send('teach/open', {}).then(
        ({ opened }) => opened || flow.announce(t('panelTeachFailed')),
        () => flow.announce(t('panelTeachFailed')),
      );
    const sample = () =>
      void send('sample/open', {}).then(
        ({ opened }) => opened || flow.announce(t('panelSampleFailed')),
        () => flow.announce(t('panelSampleFailed')),
      );
    const paint = () => {
      if (!container || !shadowRoot) return;
      const root = shadowRoot;
      render(
        <Panel
          state={flow.getState()}
          flow={flow}
          now={now}
          copy={(text) => copyText(text, root)}
          print={(letter) => printLetter(root, letter)}
          recipe={recipeUse}
          onTeach={teach}
          onSample={sample}
          place={place}
          onPlace={choosePlace}
          owed={{ state: owed.getState(), flow: owed }}
        />,
        container,
      );
    };
    flow.subscribe(paint);
    owed.subscribe(paint);

    // Everything below waits until InfoMentor has loaded and is idle: nothing Insyn does delays the page.
    const loaded = new Promise<void>((done) => afterLoad(done));
    const ui = loaded.then(() =>
      !link.hostsPanel
        ? undefined
        : createPanelHost({
            name: 'insyn-panel',
            css: panelCss,
            onMount(uiContainer, shadow) {
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

    const loadPlace = () =>
      loadPanelPlace().then(
        (stored) => void (place = stored),
        () => undefined,
      );
    void Promise.all([
      ui,
      loaded.then(applyStoredLanguage).catch(() => undefined),
      loaded.then(loadRecipes),
      loaded.then(loadRules),
      loaded.then(loadPlace),
    ])
      .then(([mounted]) => {
        if (ctx.isInvalid || !document.body) return;
        mounted?.mount();
        const controller = new AbortController();
        ctx.onInvalidated(() => {
          controller.abort();
          mounted?.remove();
        });
        // Where the Navigation API exists (Chromium) WXT does not poll the URL, and then nothing notices that
        // Insyn was reloaded or updated under this page: ask once a second, so the orphaned panel leaves.
        const alive = setInterval(() => {
          if (ctx.isInvalid) clearInterval(alive);
        }, 1000);
        const host = mounted?.shadowHost;
        // Insyn's own panel and badges: never read as the page, never written into a page sample.
        const isInsyn = (node: Node) => host?.contains(node) === true || (node instanceof Element && node.hasAttribute(BADGE_ATTRIBUTE));
        const { readSoon } = startPageSession({
          document,
          flow,
          badges: createBadges({ css: badgeCss, onActivate: (key) => showPupil(link, key) }),
          read: (root, url) => {
            const reading = readWithRecipes(root, url, recipes, rules, { isRendered });
            recipeUse = reading.recipe;
            paint();
            return reading;
          },
          isOurs: isInsyn,
          onFailure: (url, cause) => void send('page/failed', { url, cause }).catch(() => {}),
          signal: controller.signal,
        });
        ctx.addEventListener(window, 'wxt:locationchange', () => void loadRecipes().then(readSoon));
        // A language chosen in Insyn's settings applies here at once, panel and badges, without a reload.
        ctx.onInvalidated(
          watchLanguageChoice(() => {
            paint();
            readSoon();
          }),
        );
        ctx.onInvalidated(linkFrames({ ...link, readSoon }));
        // The teach window and the sample page ask the tab's page: the panel's frame answers, never each frame.
        if (!link.hostsPanel) return;
        // The teach page (utils/recipes/open-teach.ts) and the sample page (utils/background/open-sample.ts)
        // ask about this page; only Insyn's own pages are answered.
        const outline = createOutline(() => shadowRoot);
        const onPageMessage = (message: unknown, sender: { id?: string; url?: string }, sendResponse: (answer: unknown) => void) => {
          if (sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL('/'))) return;
          const answer =
            answerTeach(message, { document, outline, reread: () => void loadRecipes().then(readSoon) }) ??
            answerSample(message, document, isInsyn);
          if (answer !== undefined) sendResponse(answer);
        };
        browser.runtime.onMessage.addListener(onPageMessage);
        ctx.onInvalidated(() => {
          outline(undefined, '');
          browser.runtime.onMessage.removeListener(onPageMessage);
        });
      })
      .catch(() => {});
  },
});
