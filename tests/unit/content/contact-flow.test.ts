import { describe, expect, it } from 'vitest';
import { createContactFlow, isExpanded } from '@/utils/content/contact-flow';
import { tomorrowMorning } from '@/utils/content/prompt-rules';
import { analysisWith, fakeBackground } from '../page/fakes';

const URL = 'https://skola.infomentor.se/kunskapssammanstallning';
const now = new Date(2025, 10, 21, 14, 30);
const page = analysisWith([
  { pupil: 'Carlsson, Maja', pupilId: '4102' },
  { pupil: 'Lund, Ella', pupilId: '4109' },
  { pupil: 'Olsson, Nils', pupilId: '4112', reasons: ['Kommentar: riskerar att inte nå godtagbara kunskaper'] },
]);
const promptedNames = (flow: ReturnType<typeof createContactFlow>) => flow.getState().prompt.map((p) => p.pupil);

function setUp(options?: Parameters<typeof fakeBackground>[0]) {
  const background = fakeBackground(options);
  const flow = createContactFlow({ send: background.send, now: () => now });
  return { background, flow };
}

describe('contact flow: the prompt', () => {
  it('prompts for the page risks the background flags, and opens itself when the page has risks', async () => {
    const { flow } = setUp();
    expect(isExpanded(flow.getState())).toBe(false);
    await flow.pageRead(page, URL, 'Kunskapssammanställning');
    expect(promptedNames(flow)).toEqual(['Carlsson, Maja', 'Lund, Ella', 'Olsson, Nils']);
    expect(flow.getState().statusKnown).toBe(true);
    expect(isExpanded(flow.getState())).toBe(true);
  });

  it('shows the page’s risks without a status, and offers no action, when the background stored nothing (over a budget)', async () => {
    const flow = createContactFlow({
      send: async (type) => (type === 'page/read' ? { stored: false, risks: [] } : Promise.reject(new Error(type))) as never,
      now: () => now,
    });
    await flow.pageRead(page, URL, '');
    expect(flow.getState().pupils).toHaveLength(3);
    expect(flow.getState().statusKnown).toBe(false);
    expect(promptedNames(flow)).toEqual([]);
  });

  it('does not prompt when the background says not to, and then stays folded', async () => {
    const { flow } = setUp({ prompt: false });
    await flow.pageRead(page, URL, '');
    expect(flow.getState().pupils).toHaveLength(3);
    expect(promptedNames(flow)).toEqual([]);
    expect(isExpanded(flow.getState())).toBe(false);
  });

  it('"Påminn mig i morgon" postpones to 07:00 tomorrow and the prompt stays away on the next read', async () => {
    const { flow, background } = setUp();
    await flow.pageRead(page, URL, '');
    const keys = flow.getState().prompt.map((p) => p.key);
    expect(await flow.postpone(keys)).toEqual({ ok: true });
    const [request] = background.callsOf('risk/postpone');
    expect(request).toEqual({
      riskIds: ['4102|Matematik|Ht 2025', '4109|Matematik|Ht 2025', '4112|Matematik|Ht 2025'],
      until: new Date(2025, 10, 22, 7, 0).getTime(),
    });
    expect(promptedNames(flow)).toEqual([]);
    expect(flow.getState().announcement.text).toBe('Insyn påminner dig i morgon.');
    await flow.pageRead(page, URL, '');
    expect(promptedNames(flow)).toEqual([]);
  });

  it('"Inte i risk" sends the reason; that pupil is not prompted again and shows the decision', async () => {
    const { flow, background } = setUp();
    await flow.pageRead(page, URL, '');
    const maja = flow.getState().pupils[0]!;
    expect(await flow.dismiss([maja.key], 'Har visat godtagbart på senaste provet')).toEqual({ ok: true });
    expect(background.callsOf('risk/dismiss')).toEqual([
      { riskIds: ['4102|Matematik|Ht 2025'], reason: 'Har visat godtagbart på senaste provet' },
    ]);
    expect(promptedNames(flow)).toEqual(['Lund, Ella', 'Olsson, Nils']);
    expect(flow.getState().pupils[0]!.risks[0]!.view).toMatchObject({
      status: 'dismissed',
      statusReason: 'Har visat godtagbart på senaste provet',
    });
    await flow.pageRead(page, URL, '');
    expect(promptedNames(flow)).toEqual(['Lund, Ella', 'Olsson, Nils']);
  });

  it('a closed prompt is not shown again in this page session, even if the background still flags it', async () => {
    const { flow, background } = setUp();
    await flow.pageRead(page, URL, '');
    flow.closePrompt();
    expect(promptedNames(flow)).toEqual([]);
    expect(background.callsOf('risk/postpone')).toEqual([]);
    await flow.pageRead(page, URL, '');
    expect(background.risks.get('4102|Matematik|Ht 2025')?.prompt).toBe(true);
    expect(promptedNames(flow)).toEqual([]);
  });

  it('a new risk appearing later is still prompted after an earlier one was closed', async () => {
    const { flow } = setUp();
    await flow.pageRead(analysisWith([{ pupil: 'Lund, Ella', pupilId: '4109' }]), URL, '');
    flow.closePrompt();
    await flow.pageRead(page, URL, '');
    expect(promptedNames(flow)).toEqual(['Carlsson, Maja', 'Olsson, Nils']);
  });

  it('tomorrowMorning crosses month ends', () => {
    expect(tomorrowMorning(new Date(2025, 10, 30, 23, 59))).toBe(new Date(2025, 11, 1, 7, 0).getTime());
  });
});

describe('contact flow: logging and failures', () => {
  it('logs a contact for all of a pupil’s page risks; the status follows from the reply', async () => {
    const { flow, background } = setUp();
    await flow.pageRead(page, URL, '');
    const nils = flow.getState().pupils[2]!;
    const at = new Date(2025, 10, 21, 14, 0).getTime();
    const result = await flow.logContact(nils.key, {
      at,
      channel: 'telefon',
      withWhom: 'Mamma',
      summary: 'Möte bokat',
      outcome: 'mote-bokat',
      followUp: '2025-12-03',
    });
    expect(result).toEqual({ ok: true });
    expect(background.callsOf('contact/log')[0]).toMatchObject({ riskIds: ['4112|Matematik|Ht 2025'], channel: 'telefon', at });
    const view = flow.getState().pupils[2]!.risks[0]!.view!;
    expect(view).toMatchObject({ status: 'contacted', followUp: '2025-12-03', lastContact: { at, channel: 'telefon' } });
    expect(promptedNames(flow)).toEqual(['Carlsson, Maja', 'Lund, Ella']);
    expect(flow.getState().announcement.text).toBe('Kontakt loggad');
  });

  it('when the background cannot answer, the page still lists its risks, with status unknown and nothing to log', async () => {
    const { flow } = setUp({ failing: ['page/read'] });
    await flow.pageRead(page, URL, '');
    expect(flow.getState().pupils.map((p) => p.pupil)).toEqual(['Carlsson, Maja', 'Lund, Ella', 'Olsson, Nils']);
    expect(flow.getState().statusKnown).toBe(false);
    expect(promptedNames(flow)).toEqual([]);
    const result = await flow.logContact(flow.getState().pupils[0]!.key, {
      at: 1,
      channel: 'brev',
      withWhom: '',
      summary: '',
      outcome: 'nadd',
    });
    expect(result.ok).toBe(false);
  });

  it('a refused log keeps the form open and says why', async () => {
    const { flow } = setUp({ failing: ['contact/log'] });
    await flow.pageRead(page, URL, '');
    const key = flow.getState().pupils[0]!.key;
    flow.openForm({ kind: 'log', pupilKeys: [key] });
    const result = await flow.logContact(key, { at: 1, channel: 'brev', withWhom: '', summary: '', outcome: 'nadd' });
    expect(result).toEqual({ ok: false, error: 'Insyn kunde inte spara: database closed. Det du skrivit finns kvar.' });
    expect(flow.getState().form).toEqual({ kind: 'log', pupilKeys: [key] });
    expect(flow.getState().pupils[0]!.risks[0]!.view!.status).toBe('open');
  });

  it('keeps the last known status while a re-read waits for the background', async () => {
    const { flow, background } = setUp();
    await flow.pageRead(page, URL, '');
    let release!: () => void;
    background.spy.mockImplementationOnce(() => new Promise((resolve) => (release = () => resolve({ stored: true, risks: [] }))));
    const pending = flow.pageRead(page, URL, '');
    expect(flow.getState().pupils[0]!.risks[0]!.view?.status).toBe('open');
    expect(flow.getState().statusKnown).toBe(true);
    release();
    await pending;
  });

  it('loads templates once for drafting', async () => {
    const { flow, background } = setUp();
    await flow.pageRead(page, URL, '');
    flow.openForm({ kind: 'draft', pupilKeys: [flow.getState().pupils[0]!.key] });
    await expect.poll(() => flow.getState().drafting.status).toBe('ready');
    flow.closeForm();
    flow.openForm({ kind: 'draft', pupilKeys: [flow.getState().pupils[1]!.key] });
    expect(background.callsOf('drafting/get')).toHaveLength(1);
  });
});
