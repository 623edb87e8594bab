import { render } from 'preact';
import { z } from 'zod';
import { TeachFlow } from '@/components/teach/TeachFlow';
import {
  askTeach,
  TeachAnswerError,
  type TeachAnswers,
  type TeachRequest,
  type TeachTables,
  type TeachType,
} from '@/utils/messaging/teach-protocol';
import { applyStoredLanguage } from '@/utils/i18n/language-store';
import { send } from '@/utils/messaging/client';
import { askUntilAnswered } from '@/utils/messaging/ask-until-answered';
import { checkRecipe } from '@/utils/recipes/check';
import { newRecipeId } from '@/utils/recipes/draft';
import type { PageRecipe } from '@/utils/recipes/types';

z.config({ jitless: true });

/**
 * The teach page, opened beside one InfoMentor tab (teach.html?tab=<id>): asks that tab's content script
 * about the page, previews, and saves through the background, which checks the recipe again.
 */
const requested = new URLSearchParams(location.search).get('tab');
const tabId = requested && /^\d{1,15}$/.test(requested) ? Number(requested) : undefined;

function ask<K extends TeachType>(request: Extract<TeachRequest, { type: K }>): Promise<TeachAnswers[K]> {
  if (tabId === undefined) return Promise.reject(new Error('no tab'));
  const tab = tabId;
  return askTeach(request, (message) => browser.tabs.sendMessage(tab, message));
}

async function saveRecipe(recipe: PageRecipe): Promise<string | undefined> {
  const check = checkRecipe(recipe);
  if (!check.ok) return check.problem;
  await send('recipes/save', { recipe: check.recipe });
  await ask({ type: 'teach/reread' }).catch(() => undefined);
  return undefined;
}

function close() {
  void ask({ type: 'teach/highlight', index: null }).catch(() => undefined);
  window.close();
}

function paint(page: TeachTables | null | 'not-understood' | undefined) {
  render(
    <TeachFlow
      page={page}
      newId={newRecipeId}
      onLook={(index) => void ask({ type: 'teach/highlight', index }).catch(() => undefined)}
      onPreview={(recipe) => ask({ type: 'teach/preview', recipe })}
      onSave={saveRecipe}
      onClose={close}
    />,
    document.getElementById('app')!,
  );
}

void applyStoredLanguage().then(async () => {
  paint(undefined);
  paint(await pageTables());
});

/**
 * The page's tables; the content script may still be starting (a page just loaded): ask until it answers.
 * An answer that is there but malformed is final.
 */
async function pageTables(): Promise<TeachTables | null | 'not-understood'> {
  // The page's side of teaching is started only now (utils/background/inject-content.ts).
  if (tabId !== undefined) await send('page/tools', { tabId }).catch(() => undefined);
  const page = await askUntilAnswered(() =>
    ask({ type: 'teach/tables' }).catch((error: unknown) => (error instanceof TeachAnswerError ? ('not-understood' as const) : undefined)),
  );
  return page ?? null;
}

// Escape closes the window, as it closes every Insyn dialog.
window.addEventListener('keydown', (event) => event.key === 'Escape' && !event.defaultPrevented && close());
window.addEventListener('pagehide', () => void ask({ type: 'teach/highlight', index: null }).catch(() => undefined));
