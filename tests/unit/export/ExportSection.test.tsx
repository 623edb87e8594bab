import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ExportSection } from '@/components/export/ExportSection';
import { getDatabase } from '@/utils/db/database';
import { createExportApi } from '@/entrypoints/dashboard/export-api';
import { readExportFile } from '@/utils/import/read-file';
import { loadSettings } from '@/utils/settings/store';
import { buildExport, exportToJson } from '@/utils/export/json';
import { readTables } from '@/utils/export/read-tables';
import { canonical } from '@/utils/import/row-keys';
import { fillDatabase, sampleTables } from './sample-data';

const db = getDatabase();
let saved: { name: string; blob: Blob }[];

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  saved = [];
  let lastBlob: Blob | undefined;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    lastBlob = blob as Blob;
    return 'blob:insyn/1';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, blob: lastBlob! });
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function choose(label: RegExp, file: File) {
  const input = screen.getByLabelText(label) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('the Export section', () => {
  it('saves the contact log as CSV through a download link, with a spoken confirmation', async () => {
    await fillDatabase(db);
    render(<ExportSection api={createExportApi(db)} />);
    fireEvent.click(screen.getByRole('button', { name: 'Kontaktlogg (CSV)' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toMatch(/^insyn-kontakter-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await saved[0]!.blob.text();
    expect(text).toContain('Åke Andersson (pappa)');
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Sparade insyn-kontakter/));
  });

  it('starts pseudonymised when the settings say so (a school may), and the teacher may untick it for one file', async () => {
    await fillDatabase(db);
    await fakeBrowser.storage.managed.set({ pseudonymiseExports: true });
    render(<ExportSection api={createExportApi(db)} />);
    const box = screen.getByLabelText(/pseudonymisera/) as HTMLInputElement;
    await waitFor(() => expect(box.checked).toBe(true));
    const json = screen.getByRole('button', { name: 'Exportera allt (JSON)' }) as HTMLButtonElement;
    await waitFor(() => expect(json.disabled).toBe(false));
    fireEvent.click(json);
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(JSON.parse(await saved[0]!.blob.text())).toMatchObject({ pseudonymised: true });
    fireEvent.click(box);
    expect(box.checked).toBe(false);
    fireEvent.click(json);
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(JSON.parse(await saved[1]!.blob.text())).toMatchObject({ pseudonymised: false });
  });

  it('pseudonymises the JSON export when asked', async () => {
    await fillDatabase(db);
    render(<ExportSection api={createExportApi(db)} />);
    fireEvent.click(screen.getByLabelText(/pseudonymisera/));
    const json = screen.getByRole('button', { name: 'Exportera allt (JSON)' }) as HTMLButtonElement;
    await waitFor(() => expect(json.disabled).toBe(false));
    fireEvent.click(json);
    await waitFor(() => expect(saved).toHaveLength(1));
    const text = await saved[0]!.blob.text();
    expect(JSON.parse(text).pseudonymised).toBe(true);
    expect(text).not.toContain('Alva');
  });

  it('shows what an import will change, and imports only after confirmation', async () => {
    render(<ExportSection api={createExportApi(db)} />);
    const file = new File(
      [exportToJson(buildExport(sampleTables(), { teacher: 'Lena', school: 'Ängsskolan', appVersion: '1', exportedAt: Date.now() }))],
      'lena.json',
    );
    choose(/Välj en Insyn-fil/, file);
    const preview = await screen.findByRole('region', { name: /Det här ändras om du importerar lena.json/ });
    const contactsRow = within(preview).getByRole('row', { name: /Kontakter/ });
    expect(contactsRow.textContent).toContain('Kontakter200');
    expect(await db.contacts.count()).toBe(0);
    fireEvent.click(within(preview).getByRole('button', { name: 'Importera' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Importen är klar: \d+ nya och 0 ändrade/));
    expect(await db.contacts.count()).toBe(2);
  });

  it('Escape closes the preview without importing', async () => {
    render(<ExportSection api={createExportApi(db)} />);
    choose(
      /Välj en Insyn-fil/,
      new File(
        [exportToJson(buildExport(sampleTables(), { teacher: 'L', school: 'S', appVersion: '1', exportedAt: Date.now() }))],
        'x.json',
      ),
    );
    const preview = await screen.findByRole('region', { name: /Det här ändras/ });
    fireEvent.keyDown(within(preview).getByRole('button', { name: 'Avbryt' }), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('region', { name: /Det här ändras/ })).toBeNull());
    expect(await db.pupils.count()).toBe(0);
  });

  it('refuses a damaged file with the reason, and nothing changes', async () => {
    await fillDatabase(db);
    const before = canonical(await readTables(db));
    render(<ExportSection api={createExportApi(db)} />);
    const broken = JSON.parse(
      exportToJson(buildExport(sampleTables(), { teacher: 'L', school: 'S', appVersion: '1', exportedAt: Date.now() })),
    );
    broken.version = 'ett';
    choose(/Återställ från säkerhetskopia/, new File([JSON.stringify(broken)], 'backup.json'));
    expect((await screen.findByRole('alert')).textContent).toContain('Rad version: otillåtet värde');
    expect(screen.getByRole('status').textContent).toContain('backup.json lästes inte in. Ingenting i Insyn har ändrats.');
    expect(canonical(await readTables(db))).toBe(before);
  });

  it('a backup with one damaged row names the row and offers to restore the rest', async () => {
    await fillDatabase(db);
    render(<ExportSection api={createExportApi(db)} />);
    const broken = JSON.parse(
      exportToJson(buildExport(sampleTables(), { teacher: 'L', school: 'S', appVersion: '1', exportedAt: Date.now() })),
    );
    broken.tables.contacts[1].at = 'i går';
    choose(/Återställ från säkerhetskopia/, new File([JSON.stringify(broken)], 'backup.json'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('1 skadade rader hoppas över');
    expect(alert.textContent).toContain('Rad contacts[1].at: inte ett datum');
    expect(await screen.findByRole('button', { name: 'Återställ och ersätt allt' })).toBeTruthy();
  });

  it('the print view shows the checklist and contact log as tables, names as text', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    await fillDatabase(db);
    render(<ExportSection api={createExportApi(db)} />);
    fireEvent.click(screen.getByRole('button', { name: 'Utskrift' }));
    const checklist = await screen.findByRole('table', { name: 'Checklista' });
    expect(
      screen.getByRole('heading', { name: /^Checklista och kontaktlogg · Lena Lärare · Ängsskolan · \d{4}-\d{2}-\d{2}$/ }),
    ).toBeTruthy();
    expect(within(checklist).getAllByRole('row')).toHaveLength(4);
    const contacts = screen.getByRole('table', { name: 'Kontaktlogg' });
    expect(contacts.textContent).toContain('Andersson, Alva');
    expect(print).toHaveBeenCalledTimes(1);
    expect(document.querySelector('.print-view b')).toBeNull();
    vi.unstubAllGlobals();
  });

  it("asks for the teacher's name and school at the export itself, saves them, and the file then imports", async () => {
    render(<ExportSection api={createExportApi(db)} />);
    const json = screen.getByRole('button', { name: 'Exportera allt (JSON)' }) as HTMLButtonElement;
    await waitFor(() => expect(json.disabled).toBe(false));
    fireEvent.click(json);
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Filen sparades inte: skriv ditt namn och skolans namn/));
    const name = screen.getByLabelText('Ditt namn') as HTMLInputElement;
    const school = screen.getByLabelText('Skola') as HTMLInputElement;
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(school.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(name);
    expect(document.getElementById(name.getAttribute('aria-describedby')!)!.textContent).toContain('Skriv ditt namn.');
    expect(saved).toHaveLength(0);

    fireEvent.input(name, { target: { value: 'Lena Lärare' } });
    fireEvent.input(school, { target: { value: 'Ängsskolan' } });
    fireEvent.click(screen.getByRole('button', { name: 'Exportera allt (JSON)' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const parsed = await readExportFile(saved[0]!.blob);
    expect(parsed.ok && [parsed.data.teacher, parsed.data.school]).toEqual(['Lena Lärare', 'Ängsskolan']);
    expect(name.getAttribute('aria-invalid')).toBeNull();
    const settings = await loadSettings(db);
    expect([settings.teacherName, settings.school]).toEqual(['Lena Lärare', 'Ängsskolan']);
  });

  it('fills the name and school from the settings', async () => {
    await fillDatabase(db);
    render(<ExportSection api={createExportApi(db)} />);
    await waitFor(() => expect((screen.getByLabelText('Ditt namn') as HTMLInputElement).value).toBe('Lena Lärare'));
    expect((screen.getByLabelText('Skola') as HTMLInputElement).value).toBe('Ängsskolan');
  });
});
