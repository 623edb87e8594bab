import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Panel } from '@/components/page/Panel';
import { formsSlot } from '@/components/page/FormsSlot';
import panelCss from '@/components/page/panel.css?inline';
import badgeCss from '@/components/page/badge.css?inline';
import { send } from '@/utils/messaging/client';
import { applyStoredLanguage, watchLanguageChoice } from '@/utils/i18n/language-store';
import { loadPanelPlace, savePanelPlace, type PanelPlace } from '@/utils/content/panel-place';
import { BADGE_ATTRIBUTE, createBadges } from '@/utils/content/badges';
import { copyText } from '@/utils/content/clipboard';
import { createContactFlow, type ContactFlow } from '@/utils/content/contact-flow';
import { createOwedFlow } from '@/utils/content/owed-flow';
import { quietPageOf } from '@/utils/infomentor/quiet-pages';
import { startPageSession } from '@/utils/content/page-session';
import { afterLoad } from '@/utils/content/after-load';
import { markStarted } from '@/utils/content/started';
import { createPanelHost, type PanelHost } from '@/utils/content/panel-host';
import { frameHostsPanel, linkFrames, showPupil } from '@/utils/content/frame-link';
import { isRendered } from '@/utils/content/rendered';
import { lendPageTools } from '@/utils/content/page-tools';
import { STARTED_BY_BACKGROUND } from '@/utils/content/started-by-background';
import { readWithRecipes, type RecipeUse } from '@/utils/recipes/apply';
import type { PageRecipe } from '@/utils/recipes/types';
import { DEFAULT_RISK_RULES, type RiskRules } from '@/utils/domain/risk-rules';
import { t } from '@/utils/i18n';

// Keys typed in Insyn's panel are Insyn's: InfoMentor's own shortcuts must not see them.
const KEY_EVENTS = ['keydown', 'keyup', 'keypress'];

/** What this frame's Insyn holds while the page lives. */
interface InPage {
  flow: ContactFlow;
  /** One panel per tab (utils/content/frame-link.ts); a frame reads its page, keeps its badges and tells the panel. */
  link: { hostsPanel: boolean; flow: ContactFlow; send: typeof send };
  shadowRoot?: ShadowRoot;
  container?: HTMLElement;
  /** The teacher's recipes for this address (utils/recipes): they read the page before the built-in readers. */
  recipes: readonly PageRecipe[];
  recipeUse?: RecipeUse;
  /** The teacher's risk rules from the settings; the defaults until the background answers. */
  rules: RiskRules;
  /** Where the teacher keeps the panel: in the page's flow until they choose otherwise. */
  place: PanelPlace;
  paint(): void;
}

export default defineContentScript({
  // Started by the background once the tab has loaded and shows something to read.
  ...STARTED_BY_BACKGROUND,
  main(ctx) {
    markStarted();
    // Nothing here may throw into InfoMentor's page: every step is guarded and failures go to the popup.
    const page = createInPage();
    // Everything below waits until InfoMentor has loaded and is idle: nothing Insyn does delays the page.
    const loaded = new Promise<void>((done) => afterLoad(done));
    void Promise.all([loaded.then(() => createPanel(page)), loaded.then(() => loadChoices(page))])
      .then(([panel]) => {
        if (ctx.isInvalid || !document.body) return;
        showPanel(ctx, panel);
        // Insyn's own panel and badges: never read as the page, never written into a page sample.
        const isInsyn = (node: Node) =>
          panel?.shadowHost.contains(node) === true || (node instanceof Element && node.hasAttribute(BADGE_ATTRIBUTE));
        const reread = readThePage(ctx, page, isInsyn);
        // The teach window and the sample page ask the tab's page: the panel's frame answers, never each frame.
        if (page.link.hostsPanel) ctx.onInvalidated(lendPageTools({ shadowRoot: () => page.shadowRoot, reread, isInsyn }));
      })
      .catch(() => {});
  },
});

function createInPage(): InPage {
  // What is owed on the page (the checklist) is asked for once the background has stored each reading.
  const owed = createOwedFlow({ send, quietPage: () => quietPageOf(document, location.href, isRendered) });
  const flow = createContactFlow({ send: owed.watch(send) });
  const now = () => new Date();
  const Forms = startedForms();
  const page: InPage = {
    flow,
    link: { hostsPanel: frameHostsPanel(), flow, send },
    recipes: [],
    rules: DEFAULT_RISK_RULES,
    place: 'page',
    paint() {
      const { container, shadowRoot: root } = page;
      if (!container || !root) return;
      render(
        <Panel
          state={flow.getState()}
          flow={flow}
          now={now}
          copy={(text) => copyText(text, root)}
          Forms={Forms}
          recipe={page.recipeUse}
          onTeach={() => openTool(page, 'teach/open', 'panelTeachFailed')}
          onSample={() => openTool(page, 'sample/open', 'panelSampleFailed')}
          place={page.place}
          onPlace={(chosen) => {
            page.place = chosen;
            page.paint();
            void savePanelPlace(chosen).catch(() => undefined);
          }}
          owed={{ state: owed.getState(), flow: owed }}
        />,
        container,
      );
    },
  };
  flow.subscribe(page.paint);
  owed.subscribe(page.paint);
  return page;
}

/** The panel's forms: a script of their own, started the first time one opens; a failed start is tried again at the next. */
function startedForms() {
  let starting: Promise<boolean> | undefined;
  return formsSlot(() => {
    const start = (starting ??= send('page/forms', {}).then(
      ({ started }) => started,
      () => false,
    ));
    void start.then((started) => {
      if (!started && starting === start) starting = undefined;
    });
    return start;
  });
}

function openTool(page: InPage, type: 'teach/open' | 'sample/open', failed: 'panelTeachFailed' | 'panelSampleFailed'): void {
  void send(type, {}).then(
    ({ opened }) => opened || page.flow.announce(t(failed)),
    () => page.flow.announce(t(failed)),
  );
}

const loadRecipes = (page: InPage) =>
  send('recipes/for-page', { url: location.href }).then(
    (found) => void (page.recipes = found),
    () => void (page.recipes = []),
  );

/** The teacher's language, recipes, rules and panel place, each in its own time; a failure keeps the default. */
function loadChoices(page: InPage): Promise<unknown> {
  return Promise.all([
    applyStoredLanguage().catch(() => undefined),
    loadRecipes(page),
    send('rules/get', {}).then(
      (chosen) => void (page.rules = chosen),
      () => undefined,
    ),
    loadPanelPlace().then(
      (stored) => void (page.place = stored),
      () => undefined,
    ),
  ]);
}

/** The panel's host in a closed shadow root, in the frame that shows the tab's panel only. */
function createPanel(page: InPage): PanelHost | undefined {
  if (!page.link.hostsPanel) return undefined;
  return createPanelHost({
    name: 'insyn-panel',
    css: panelCss,
    onMount(container, shadow) {
      for (const type of KEY_EVENTS) shadow.addEventListener(type, (event) => event.stopPropagation());
      page.shadowRoot = shadow;
      page.container = container;
      page.paint();
    },
    onRemove() {
      if (page.container) render(null, page.container);
      page.container = undefined;
    },
  });
}

function showPanel(ctx: ContentScriptContext, panel: PanelHost | undefined): void {
  panel?.mount();
  ctx.onInvalidated(() => panel?.remove());
  // Where the Navigation API exists (Chromium) WXT does not poll the URL, and then nothing notices that
  // Insyn was reloaded or updated under this page: ask once a second, so the orphaned panel leaves.
  const alive = setInterval(() => {
    if (ctx.isInvalid) clearInterval(alive);
  }, 1000);
}

/** Reads the page now and after each change, navigation and language switch; returns "fetch the recipes and read again". */
function readThePage(ctx: ContentScriptContext, page: InPage, isInsyn: (node: Node) => boolean): () => void {
  const controller = new AbortController();
  ctx.onInvalidated(() => controller.abort());
  const { readSoon, relabel } = startPageSession({
    document,
    flow: page.flow,
    badges: createBadges({ css: badgeCss, onActivate: (key) => showPupil(page.link, key) }),
    read: (root, url) => {
      const reading = readWithRecipes(root, url, page.recipes, page.rules, { isRendered });
      page.recipeUse = reading.recipe;
      page.paint();
      return reading;
    },
    isOurs: isInsyn,
    onFailure: (url, cause) => void send('page/failed', { url, cause }).catch(() => {}),
    signal: controller.signal,
  });
  const reread = () => void loadRecipes(page).then(readSoon);
  ctx.addEventListener(window, 'wxt:locationchange', reread);
  // A language chosen in Insyn's settings applies here at once, panel and badges, without a reload or a read.
  ctx.onInvalidated(
    watchLanguageChoice(() => {
      page.paint();
      relabel();
    }),
  );
  ctx.onInvalidated(linkFrames({ ...page.link, readSoon }));
  return reread;
}
