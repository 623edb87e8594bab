import { cleanup, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { InsynDatabase } from '@/utils/db/database';
import { getLanguage } from '@/utils/i18n';
import { DEFAULT_SETTINGS } from '@/utils/settings/schema';
import { loadSettings, loadTeacherSettings } from '@/utils/settings/store';
import { saveSettings } from '@/utils/store/settings';
import { freshDatabase } from '../queries/seed';
import { renderDashboard } from './render-dashboard';

let db: InsynDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(cleanup);

async function openSettings(override = {}) {
  const view = renderDashboard(db, 'settings', override);
  await screen.findByRole('button', { name: 'Spara inställningarna' });
  return view;
}

describe('Inställningar', () => {
  it('saves the teacher, the school and changed rules', async () => {
    await openSettings();
    await userEvent.type(screen.getByLabelText('Ditt namn'), 'Lena Larsson');
    await userEvent.type(screen.getByLabelText('Skola'), 'Ekskolan');
    const days = screen.getByLabelText(/Kontakt med vårdnadshavare inom/);
    await userEvent.clear(days);
    await userEvent.type(days, '3');
    await userEvent.click(screen.getByLabelText('Utvecklingssamtal i checklistan varje termin'));
    await userEvent.click(screen.getByLabelText('Streck (–): underlag för betyg saknas på grund av frånvaro'));
    await userEvent.click(screen.getByRole('button', { name: 'Spara inställningarna' }));

    await screen.findByText('Inställningarna är sparade.');
    const saved = await loadSettings(db);
    expect(saved).toMatchObject({ teacherName: 'Lena Larsson', school: 'Ekskolan' });
    expect(saved.rules.guardianContact.withinSchoolDays).toBe(3);
    // On by default: the click switched it off.
    expect(saved.rules.progressMeeting).toBe(false);
    expect(saved.risk.gradeDash).toBe(!DEFAULT_SETTINGS.risk.gradeDash);
  });

  it('shows each validation error at its field and in a summary, and saves nothing', async () => {
    await openSettings();
    const htStart = screen.getByLabelText('Höstterminen börjar (MM-DD)');
    await userEvent.clear(htStart);
    await userEvent.type(htStart, '08-32');
    const retention = screen.getByLabelText(/Ta bort avslutade punkter/);
    await userEvent.clear(retention);
    await userEvent.type(retention, 'tretton');
    await userEvent.type(screen.getByLabelText('Ditt namn'), 'Lena');
    await userEvent.click(screen.getByRole('button', { name: 'Spara inställningarna' }));

    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Inställningarna sparades inte. Rätta 2 fel');
    expect(htStart.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(htStart.getAttribute('aria-describedby')!.split(' ').at(-1)!)?.textContent).toContain(
      'MM-DD, t.ex. 08-15',
    );
    expect(retention.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Ditt namn').getAttribute('aria-invalid')).toBeNull();
    expect(await db.settings.count()).toBe(0);
  });

  it('explains a term that ends before it starts', async () => {
    await openSettings();
    const vtEnd = screen.getByLabelText('Vårterminen slutar (MM-DD)');
    await userEvent.clear(vtEnd);
    await userEvent.type(vtEnd, '01-02');
    await userEvent.click(screen.getByRole('button', { name: 'Spara inställningarna' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Terminen måste sluta efter att den börjar.');
  });

  it('switches the whole dashboard to English at once and keeps the choice', async () => {
    await openSettings();
    await userEvent.selectOptions(screen.getByLabelText('Språk i Insyn'), 'en');

    await screen.findByRole('heading', { level: 2, name: 'Settings' });
    expect(getLanguage()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(within(screen.getByRole('navigation', { name: /./ })).getByRole('link', { name: 'Contact log' })).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Save the settings' })).toBeTruthy();
    expect((await fakeBrowser.storage.local.get('insyn.language'))['insyn.language']).toBe('en');
    expect((await loadSettings(db)).language).toBe('en');
    expect((screen.getByLabelText("Insyn's language") as HTMLSelectElement).value).toBe('en');

    await userEvent.selectOptions(screen.getByLabelText("Insyn's language"), 'sv');
    await screen.findByRole('heading', { level: 2, name: 'Inställningar' });
  });

  it('asks for the notifications permission from the click, and stays off when refused', async () => {
    const requestNotifications = vi.fn(() => Promise.resolve(false));
    await openSettings({ requestNotifications });
    const box = screen.getByLabelText(/Påminn mig med en avisering/) as HTMLInputElement;
    await userEvent.click(box);
    expect(requestNotifications).toHaveBeenCalledOnce();
    await screen.findByText('Webbläsaren gav inte Insyn lov att visa aviseringar.');
    expect(box.checked).toBe(false);

    requestNotifications.mockImplementation(() => Promise.resolve(true));
    await userEvent.click(box);
    await waitFor(() => expect(box.checked).toBe(true));
    await userEvent.click(screen.getByRole('button', { name: 'Spara inställningarna' }));
    await screen.findByText('Inställningarna är sparade.');
    expect((await loadSettings(db)).notifications).toBe(true);
  });

  it('shows what the school set locked, "Satt av skolan", and saves the teacher’s own fields without it', async () => {
    await saveSettings(db, { school: 'Min skola' });
    await fakeBrowser.storage.managed.set({ school: 'Ekskolan', terms: { ht: { start: '08-18' } }, risk: { gradeDash: false } });
    await openSettings();
    const school = screen.getByLabelText('Skola') as HTMLInputElement;
    expect(school.value).toBe('Ekskolan');
    expect(school.readOnly).toBe(true);
    const lockNote = document.getElementById(school.getAttribute('aria-describedby')!);
    expect(lockNote?.textContent).toContain('Satt av skolan');
    expect((screen.getByLabelText('Höstterminen börjar (MM-DD)') as HTMLInputElement).readOnly).toBe(true);
    expect((screen.getByLabelText('Höstterminen slutar (MM-DD)') as HTMLInputElement).readOnly).toBe(false);
    expect((screen.getByLabelText('Streck (–): underlag för betyg saknas på grund av frånvaro') as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByRole('note').textContent).toContain('Din skola har satt en del av inställningarna.');
    // "⚠ " once: an error's marker is written in one place only.
    expect(document.body.textContent).not.toContain('⚠ ⚠');

    await userEvent.type(screen.getByLabelText('Ditt namn'), 'Lena');
    await userEvent.click(screen.getByRole('button', { name: 'Spara inställningarna' }));
    await screen.findByText('Inställningarna är sparade.');
    expect(await loadTeacherSettings(db)).toMatchObject({ teacherName: 'Lena', school: 'Min skola', terms: { ht: { start: '08-15' } } });
    expect((await loadTeacherSettings(db)).risk.gradeDash).toBe(true);
    expect(await loadSettings(db)).toMatchObject({ teacherName: 'Lena', school: 'Ekskolan' });
  });

  it('saves the teacher’s municipality, routine and export default, and locks each when the school sets it', async () => {
    await openSettings();
    await userEvent.type(screen.getByLabelText('Kommun'), 'Exby kommun');
    await userEvent.type(screen.getByLabelText('Skolans rutin'), 'Prata med rektor först.');
    await userEvent.click(screen.getByLabelText('Ersätt elevernas namn med koder från början'));
    await userEvent.click(screen.getByRole('button', { name: 'Spara inställningarna' }));
    await screen.findByText('Inställningarna är sparade.');
    expect(await loadTeacherSettings(db)).toMatchObject({
      municipality: 'Exby kommun',
      protectedDataRoutine: 'Prata med rektor först.',
      pseudonymiseExports: true,
    });
    cleanup();

    await fakeBrowser.storage.managed.set({
      municipality: 'Ekby kommun',
      protectedDataRoutine: 'Expeditionen skickar brevet.',
      pseudonymiseExports: false,
    });
    await openSettings();
    const municipality = screen.getByLabelText('Kommun') as HTMLInputElement;
    const routine = screen.getByLabelText('Skolans rutin') as HTMLTextAreaElement;
    const pseudonymise = screen.getByLabelText('Ersätt elevernas namn med koder från början') as HTMLInputElement;
    expect([municipality.value, municipality.readOnly]).toEqual(['Ekby kommun', true]);
    expect([routine.value, routine.readOnly]).toEqual(['Expeditionen skickar brevet.', true]);
    expect([pseudonymise.checked, pseudonymise.disabled]).toEqual([false, true]);
    for (const control of [municipality, routine, pseudonymise]) {
      expect(document.getElementById(`${control.id}-locked`)?.textContent).toContain('Satt av skolan');
      expect(control.getAttribute('aria-describedby')).toContain(`${control.id}-locked`);
    }
    await userEvent.click(screen.getByRole('button', { name: 'Spara inställningarna' }));
    await screen.findByText('Inställningarna är sparade.');
    // The school's values were never saved as hers.
    expect(await loadTeacherSettings(db)).toMatchObject({ municipality: 'Exby kommun', pseudonymiseExports: true });
  });

  it('says which of the school’s settings it could not use, and works on with the rest', async () => {
    await fakeBrowser.storage.managed.set({ school: 'Ekskolan', retentionMonths: 500, gradingScale: 'A-F' });
    await openSettings();
    const notice = screen.getByRole('note');
    expect(notice.textContent).toContain('Skolans inställning retentionMonths används inte: värdet är fel. Säg till skolans IT.');
    expect(notice.textContent).toContain('Skolans inställning gradingScale används inte: Insyn har ingen sådan inställning.');
    expect((screen.getByLabelText(/Ta bort avslutade punkter/) as HTMLInputElement).value).toBe('13');
    expect((screen.getByLabelText(/Ta bort avslutade punkter/) as HTMLInputElement).readOnly).toBe(false);
    expect((screen.getByLabelText('Skola') as HTMLInputElement).readOnly).toBe(true);
  });
});
