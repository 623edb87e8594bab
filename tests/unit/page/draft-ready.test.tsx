import { describe, expect, it } from 'vitest';
import { act, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { draftFor } from '@/utils/content/draft';
import type { PupilAtRisk } from '@/utils/content/page-risks';
import { REASONS } from '@/utils/risk/reasons';
import { blanksIn } from '@/utils/templates/render';
import { analysisWith, drafting, fakeBackground } from './fakes';
import { renderPanel } from './render-panel';

/** A draft ready to send: nothing left for the teacher but what only the teacher knows. */
const body = () => screen.getByLabelText('Meddelande (du kan ändra texten)') as HTMLTextAreaElement;
const LEVEL = REASONS.level({ level: 'insufficient', curriculum: 'Lgr22' });
const pupil = (reasons: string[], subject = 'Matematik'): PupilAtRisk => ({
  key: 'k',
  pupil: 'Holm, Selma',
  risks: [{ pupil: 'Holm, Selma', subject, reasons }],
});
const template = (id: string) => drafting.templates.find((tpl) => tpl.id === id)!;
const context = { ...drafting, term: 'Ht 2025' };

describe('a draft ready to send', () => {
  it('asks for the teacher’s name and school inside the draft, saves them and fills the open draft at once', async () => {
    const background = fakeBackground({ prompt: false, context: { ...drafting, teacher: '', school: '' } });
    const view = renderPanel({ background });
    await act(() =>
      view.flow.pageRead(analysisWith([{ pupil: 'Holm, Selma' }, { pupil: 'Lund, Ella' }]), 'https://skola.infomentor.se/x', ''),
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Visa Insyn' }));
    await user.click(screen.getByRole('button', { name: 'Skriv till vårdnadshavare för alla 2 ej kontaktade' }));
    await screen.findByLabelText('Mall');
    expect(body().value).toContain('{teacher}');
    // The second pupil's text, edited before the name is known, keeps the edit and gets the name too.
    await user.click(screen.getByRole('button', { name: 'Nästa elev' }));
    await user.type(body(), ' Tack!');
    await user.click(screen.getByRole('button', { name: 'Spara och fyll i' }));
    expect(await screen.findByText('Fyll i både ditt namn och skolans namn.')).toBeTruthy();
    await user.type(screen.getByLabelText('Ditt namn'), 'Lena Lärare');
    await user.type(screen.getByLabelText('Skolans namn'), 'Björkskolan');
    await user.click(screen.getByRole('button', { name: 'Spara och fyll i' }));
    expect(background.callsOf('drafting/sign')).toEqual([{ teacher: 'Lena Lärare', school: 'Björkskolan' }]);
    expect(body().value).toMatch(/Lena Lärare\nBjörkskolan Tack!$/);
    expect(screen.queryByLabelText('Ditt namn')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Föregående elev' }));
    expect(body().value).toMatch(/Lena Lärare\nBjörkskolan$/);
    expect(body().value).not.toMatch(/\{\w+\}/);
  });

  it('leaves no {placeholder} in any built-in template, with or without a meeting time', () => {
    for (const tpl of drafting.templates) {
      for (const meeting of ['', '2025-12-03T15:00']) {
        const draft = draftFor(tpl, pupil([LEVEL]), context, meeting);
        expect(
          blanksIn(`${draft.subject}\n${draft.body}`).filter((blank) => blank.startsWith('{')),
          `${tpl.id} ${meeting}`,
        ).toEqual([]);
        // A meeting sentence only with a time (the support chain's messages propose none).
        if (tpl.body.includes('{meeting}'))
          expect(/Passar|föreslår|Would|suggest|Kan ni komma/.test(draft.body), tpl.id).toBe(meeting !== '');
      }
    }
  });

  it('names the pupil a few times, not in every sentence, and keeps the risk out of the subject line', () => {
    for (const tpl of drafting.templates) {
      const draft = draftFor(tpl, pupil([LEVEL]), context, '2025-12-03T15:00');
      expect(draft.body.split('Selma Holm').length - 1, tpl.id).toBeLessThanOrEqual(2);
      expect(draft.subject, tpl.id).not.toMatch(/Selma|risk|betyg|grade|F\b/i);
    }
  });

  it('writes reasons for parents and the term as people say it', () => {
    const sv = draftFor(template('builtin-sv-meddelande-1-5'), pupil([LEVEL]), context, '');
    expect(sv.body).toContain(
      'under höstterminen 2025. Just nu ser jag att Selma Holm ännu inte har visat godtagbara kunskaper i matematik.',
    );
    const en = draftFor(template('builtin-en-message'), pupil([LEVEL]), context, '');
    expect(en.body).toContain('in the autumn term 2025. At the moment Selma Holm has not yet shown acceptable knowledge in Matematik.');
  });

  it('gives an F and a "–" different reasons; an F in a subject that ends is no sentence in the letter', () => {
    const f = draftFor(template('builtin-sv-brev'), pupil([REASONS.gradeF, REASONS.fInFinishedSubject]), context, '');
    expect(f.body).toContain('Selma Holm ännu inte har visat de kunskaper som krävs för betyget E i matematik.');
    expect(f.body).not.toMatch(/avslutas|skriftlig bedömning|Betyg: F/);
    const dash = draftFor(template('builtin-sv-brev'), pupil([REASONS.gradeDash], 'Musik'), context, '');
    expect(dash.body).toContain(
      'Selma Holm har varit borta så mycket att jag ännu inte har tillräckligt underlag för att sätta betyg i musik.',
    );
  });

  it('starts a pupil with only "–" on the message about attendance', async () => {
    const view = renderPanel({ background: fakeBackground({ prompt: false }) });
    const analysis = analysisWith([{ pupil: 'Holm, Selma', reasons: [REASONS.gradeDash], source: 'grade' }], 'Musik');
    await act(() => view.flow.pageRead({ ...analysis, kind: 'grades' }, 'https://skola.infomentor.se/x', ''));
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Visa Insyn' }));
    await user.click(screen.getByRole('button', { name: 'Skriv till vårdnadshavare för Holm, Selma' }));
    expect(((await screen.findByLabelText('Mall')) as HTMLSelectElement).value).toBe('builtin-sv-franvaro');
    expect(body().value).toContain('streck (–)');
  });

  it('offers an interpreter for the meeting when the pupil needs one, never the child', () => {
    const tpl = template('builtin-sv-meddelande-6-9');
    const needing = (language: string): PupilAtRisk => {
      const plain = pupil([REASONS.gradeF]);
      const view = { riskId: 'r', pupil: plain.pupil, subject: 'Matematik', status: 'open' as const, prompt: true, interpreter: language };
      return { ...plain, risks: plain.risks.map((risk) => ({ ...risk, view })) };
    };
    const withInterpreter = draftFor(tpl, needing('Arabiska'), context, '');
    expect(withInterpreter.body).toContain('Skolan bokar en tolk på arabiska till vårt samtal, så att ert barn inte behöver tolka.');
    expect(draftFor(tpl, pupil([REASONS.gradeF]), context, '').body).not.toContain('tolk');
    const en = draftFor(template('builtin-en-message'), needing('Arabic'), context, '');
    expect(en.body).toContain(
      'The school will book an interpreter (Arabic) for our meeting, so that your child does not have to interpret.',
    );
  });

  it('has templates in lätt svenska (a message and a letter) beside Swedish and English', () => {
    expect(drafting.templates.filter((tpl) => /lätt svenska/.test(tpl.name)).map((tpl) => [tpl.lang, tpl.name])).toEqual([
      ['sv', 'Meddelande på lätt svenska'],
      ['sv', 'Brev på lätt svenska'],
    ]);
    expect(new Set(drafting.templates.map((tpl) => tpl.lang))).toEqual(new Set(['sv', 'en']));
  });
});
