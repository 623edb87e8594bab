import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { Panel } from '@/components/page/Panel';
import { InlineForms } from '../page/inline-forms';
import { createContactFlow } from '@/utils/content/contact-flow';
import { setLanguage } from '@/utils/i18n';
import type { RecipeUse } from '@/utils/recipes/apply';
import { fakeBackground } from '../page/fakes';

afterEach(cleanup);
setLanguage('sv');

const UNKNOWN = { kind: 'unknown' as const, context: {}, pupils: [], atRisk: [], documents: [] };

async function panel(recipe?: RecipeUse) {
  const flow = createContactFlow({ send: fakeBackground().send, now: () => new Date(2025, 10, 21) });
  await flow.pageRead(UNKNOWN, 'https://skola.infomentor.se/x', 'x');
  const onTeach = vi.fn();
  render(
    <Panel
      state={flow.getState()}
      flow={flow}
      copy={async () => true}
      Forms={InlineForms}
      now={() => new Date()}
      recipe={recipe}
      onTeach={onTeach}
    />,
  );
  return onTeach;
}

describe('the panel and page recipes', () => {
  it('offers "Lär Insyn den här sidan" on a page Insyn does not recognise', async () => {
    const onTeach = await panel();
    fireEvent.click(screen.getByRole('button', { name: 'Lär Insyn den här sidan' }));
    expect(onTeach).toHaveBeenCalledOnce();
  });

  it('says when a recipe no longer fits the page, in words, and offers to teach it again', async () => {
    await panel({ id: 'r', name: 'Lägesbedömning', status: 'stale' });
    const said = screen.getByText(/passar inte längre sidan/);
    expect(said.textContent).toBe('Receptet ”Lägesbedömning” passar inte längre sidan. Lär Insyn sidan igen.');
    expect(said.getAttribute('data-insyn-recipe')).toBe('stale');
    expect(screen.getByRole('button', { name: 'Lär Insyn den här sidan' })).toBeTruthy();
  });

  it('names the recipe that read the page', async () => {
    await panel({ id: 'r', name: 'Lägesbedömning', status: 'applied' });
    expect(screen.getByText('Läst med receptet ”Lägesbedömning”.')).toBeTruthy();
  });
});
