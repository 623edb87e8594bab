import { describe, expect, it, vi } from 'vitest';
import { act, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { buildLetter } from '@/utils/content/print-letter';
import { defaultTemplate, displayName, draftFor, letterFor, MAX_MAILTO, mailtoUrl } from '@/utils/content/draft';
import type { Letter } from '@/utils/content/print-letter';
import { analysisWith, drafting, fakeBackground } from './fakes';
import { renderPanel } from './render-panel';

const HOSTILE = ['<img src=x onerror="alert(1)">, Elev', '=HYPERLINK("http://example.invalid/x","klicka"), Test', 'الحسن, ليلى'];
const page = analysisWith(
  HOSTILE.map((pupil) => ({ pupil })),
  'Historia',
);
const body = () => screen.getByLabelText('Meddelande (du kan ändra texten)') as HTMLTextAreaElement;

/** "Skriv till vårdnadshavare för alla" (offered when no prompt is showing). */
async function openDraftForAll(options: Parameters<typeof renderPanel>[0] = {}) {
  const view = renderPanel({ background: fakeBackground({ prompt: false }), ...options });
  await act(() => view.flow.pageRead(page, 'https://skola.infomentor.se/x', ''));
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: 'Visa Insyn' }));
  await user.click(screen.getByRole('button', { name: 'Skriv till vårdnadshavare för alla 3 ej kontaktade' }));
  await screen.findByLabelText('Mall');
  return { ...view, user };
}

describe('drafting a guardian message', () => {
  it('fills the template with hostile names as literal text: no element is ever made from them', async () => {
    const { container, user } = await openDraftForAll();
    for (const [index, pupil] of HOSTILE.entries()) {
      expect(screen.getByText(`Elev ${index + 1} av 3`)).toBeTruthy();
      expect(body().value).toContain(displayName(pupil));
      // The reason in words for parents, the subject inside a sentence, not Insyn's shorthand.
      expect(body().value).toContain(' ännu inte har visat godtagbara kunskaper i historia.');
      expect(body().value).not.toContain('Ämnesomdöme');
      expect(body().value).toContain('Lena Lärare');
      // The page's term as people say it, not today's (the drafting context says Vt 2026).
      expect(body().value).toContain('under höstterminen 2025');
      if (index < 2) await user.click(screen.getByRole('button', { name: 'Nästa elev' }));
    }
    expect(body().value).toContain('ليلى الحسن');
    expect(container.querySelector('img, script, a[href^="http"], iframe')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
  });

  it('a formula name stays a plain string in the preview and the mailto link', async () => {
    const { user } = await openDraftForAll();
    await user.click(screen.getByRole('button', { name: 'Nästa elev' }));
    expect(body().value).toContain(displayName(HOSTILE[1]!));
    expect(body().value).toContain('=HYPERLINK("http://example.invalid/x","klicka")');
    const link = screen.getByRole('link', { name: 'Öppna e-post' }) as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe(
      mailtoUrl({ subject: (screen.getByLabelText('Rubrik') as HTMLInputElement).value, body: body().value }),
    );
    expect(decodeURIComponent(link.getAttribute('href')!.split('&body=')[1]!)).toContain('=HYPERLINK(');
  });

  it('switches to an English template and fills the proposed meeting time in its language', async () => {
    const { user } = await openDraftForAll();
    // No time chosen: no meeting sentence, and nothing to fill in about it.
    expect(body().value).not.toContain('Passar');
    expect(body().value).not.toContain('{meeting}');
    await user.selectOptions(screen.getByLabelText('Mall'), 'builtin-en-message');
    expect(body().value).toMatch(/^Hello,/);
    const meeting = screen.getByLabelText('Föreslagen mötestid') as HTMLInputElement;
    await act(() => {
      meeting.value = '2025-12-03T15:00';
      meeting.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(body().value).toContain('Would Wednesday 3 December');
    expect(body().value).not.toContain('{meeting}');
  });

  it('keeps each pupil’s edits while stepping back and forth', async () => {
    const { user } = await openDraftForAll();
    await user.clear(body());
    await user.type(body(), 'Egen text');
    await user.click(screen.getByRole('button', { name: 'Nästa elev' }));
    expect(body().value).not.toBe('Egen text');
    await user.click(screen.getByRole('button', { name: 'Föregående elev' }));
    expect(body().value).toBe('Egen text');
  });

  it('"Kopiera" copies the message and says "Kopierat" in the live region', async () => {
    const copy = vi.fn(async () => true);
    const { user } = await openDraftForAll({ copy });
    await user.click(screen.getByRole('button', { name: 'Kopiera' }));
    expect(copy).toHaveBeenCalledWith(body().value);
    expect(screen.getByRole('status').textContent).toBe('Kopierat');
  });

  it('offers a text too long for a mailto: link to copy for an e-mail, never a link that would lose its end', async () => {
    const copy = vi.fn(async () => true);
    const { user } = await openDraftForAll({ copy });
    expect(screen.getByRole('link', { name: 'Öppna e-post' }).getAttribute('href')!.length).toBeLessThanOrEqual(MAX_MAILTO);
    expect(screen.queryByRole('button', { name: 'Kopiera för e-post' })).toBeNull();
    await user.click(body());
    // Å encodes as six characters: 300 of them make a link of over 1,800.
    await user.paste(' Å'.repeat(150));
    expect(mailtoUrl({ subject: '', body: body().value }).length).toBeGreaterThan(MAX_MAILTO);
    expect(screen.queryByRole('link', { name: 'Öppna e-post' })).toBeNull();
    expect(screen.getByText(/för lång för att öppnas säkert i e-postprogrammet/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Kopiera för e-post' }));
    expect(copy).toHaveBeenCalledWith(body().value);
    await user.click(screen.getByRole('button', { name: 'Logga kontakt' }));
    expect((screen.getByLabelText('Kanal') as HTMLSelectElement).value).toBe('e-post');
  });

  it('tells the teacher when copying failed', async () => {
    const { user } = await openDraftForAll({ copy: async () => false });
    await user.click(screen.getByRole('button', { name: 'Kopiera' }));
    expect(screen.getByRole('status').textContent).toBe('Kunde inte kopiera. Markera texten och kopiera själv.');
  });

  it('"Skriv ut brev" prints a letter of today, from the school, with the edited text', async () => {
    const print = vi.fn<(letter: Letter) => void>();
    const { user } = await openDraftForAll({ print });
    await user.click(screen.getByRole('button', { name: 'Skriv ut brev' }));
    expect(print).toHaveBeenCalledTimes(1);
    expect(print.mock.calls[0]![0]).toMatchObject({
      lang: 'sv',
      date: '21 november 2025',
      school: 'Björkskolan',
      teacher: 'Lena Lärare',
      body: body().value,
    });
  });

  it('names the municipality beside the school on the letter when the settings have one, and only the school without', () => {
    const draft = { subject: 'Om skolarbetet', body: 'Hej!' };
    const today = new Date(2025, 10, 21, 12);
    expect(letterFor(draft, 'sv', { ...drafting, municipality: 'Exby kommun' }, today).school).toBe('Björkskolan, Exby kommun');
    expect(letterFor(draft, 'sv', drafting, today).school).toBe('Björkskolan');
  });

  it('Escape closes the draft and gives focus back to the button that opened it', async () => {
    const { user } = await openDraftForAll();
    const opener = screen.getByRole('button', { name: 'Skriv till vårdnadshavare för <img src=x onerror="alert(1)">, Elev' });
    await user.keyboard('{Escape}');
    expect(screen.queryByLabelText('Mall')).toBeNull();
    await user.click(opener);
    expect(screen.getByLabelText('Mall')).toBe(document.activeElement);
    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe(opener);
  });

  it('without templates the teacher can still write the message', async () => {
    const view = renderPanel({ background: fakeBackground({ failing: ['drafting/get'] }) });
    await act(() => view.flow.pageRead(page, 'https://skola.infomentor.se/x', ''));
    await userEvent.setup().click(screen.getAllByRole('button', { name: /^Skriv till vårdnadshavare för / })[0]!);
    expect(await screen.findByText('Mallarna kunde inte hämtas. Skriv meddelandet själv.')).toBeTruthy();
    expect(body().value).toBe('');
  });
});

describe('the printed letter', () => {
  it('is built from text nodes only, with the signature line above the teacher’s name', () => {
    const doc = document.implementation.createHTMLDocument('');
    const pupil = analysisWith([{ pupil: HOSTILE[0]! }]);
    const template = drafting.templates.find((tpl) => tpl.id === 'builtin-sv-brev')!;
    const draft = draftFor(template, { key: 'k', pupil: HOSTILE[0]!, risks: [{ ...pupil.atRisk[0]!, view: undefined }] }, drafting, '');
    buildLetter(doc, {
      lang: 'sv',
      date: '21 november 2025',
      school: 'Björkskolan',
      heading: draft.subject,
      body: draft.body,
      teacher: 'Lena Lärare',
    });
    expect(doc.querySelector('img, script')).toBeNull();
    expect(doc.body.textContent).toContain('Till vårdnadshavare för Elev <img src=x onerror="alert(1)">');
    // The heading names the subject, not the pupil or the risk.
    expect(doc.title).toBe('Om skolarbetet i matematik');
    const blocks = [...doc.body.children].map((el) => (el.className === 'line' ? '____' : el.textContent));
    expect(blocks[0]).toBe('Björkskolan21 november 2025');
    expect(blocks.slice(-3)).toEqual(['Med vänliga hälsningar', '____', 'Lena Lärare\nBjörkskolan']);
    expect(doc.documentElement.lang).toBe('sv');
  });
});

describe('the template offered first', () => {
  const sorted = [...drafting.templates].sort((a, b) => a.lang.localeCompare(b.lang) || a.name.localeCompare(b.name, 'sv'));
  it('is Insyn’s message for the school years, not the letter that sorts first', () => {
    expect(sorted.find((tpl) => tpl.lang === 'sv')!.name).toMatch(/^Brev /);
    expect(defaultTemplate(sorted, 'sv')!.id).toBe('builtin-sv-meddelande-1-5');
    expect(defaultTemplate(sorted, 'sv', true)!.id).toBe('builtin-sv-meddelande-6-9');
    expect(defaultTemplate(sorted, 'en')!.id).toBe('builtin-en-message');
  });
  it('falls back to the teacher’s language, then to any template', () => {
    const own = [{ id: 'x', name: 'Egen', lang: 'en' as const, subject: '', body: '' }];
    expect(defaultTemplate(own, 'sv')!.id).toBe('x');
    expect(defaultTemplate([], 'sv')).toBeUndefined();
  });
});
