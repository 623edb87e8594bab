import { describe, expect, it } from 'vitest';
import { act, screen } from '@testing-library/preact';
import type { PageAnalysis } from '@/utils/infomentor/analysis';
import { setLanguage } from '@/utils/i18n';
import { analysisWith } from './fakes';
import { renderPanel } from './render-panel';

/** The panel's summary on a page about one pupil: it names the pupil and counts their subjects at risk. */
const URL = 'https://hub.infomentor.se/#/assessmentv2/summaryAssessment';
const onePupil = (subjects: string[]): PageAnalysis => ({
  kind: 'pupil-assessment',
  context: {},
  pupils: [{ name: 'Ek, Maja' }],
  atRisk: subjects.map((subject) => ({
    pupil: 'Ek, Maja',
    subject,
    source: 'assessment',
    reasons: ['Ämnesomdöme: otillräckliga kunskaper'],
  })),
  documents: [],
});
const pupilLine = () => document.querySelector('[data-insyn-about]')?.textContent ?? null;

describe('the panel on a one-pupil page', () => {
  it('names the pupil and counts the subjects at risk, in Swedish and English', async () => {
    setLanguage('sv');
    const { flow } = renderPanel();
    await act(() => flow.pageRead(onePupil(['Matematik', 'Engelska']), URL, ''));
    expect(pupilLine()).toBe('Ek, Maja: 2 ämnen i risk');
    await act(() => flow.pageRead(onePupil(['Matematik']), URL, ''));
    expect(pupilLine()).toBe('Ek, Maja: 1 ämne i risk');
    await act(() => flow.pageRead(onePupil([]), URL, ''));
    expect(pupilLine()).toBe('Ek, Maja: inget ämne i risk');
    setLanguage('en');
    await act(() => flow.pageRead(onePupil(['Matematik', 'Engelska']), URL, ''));
    expect(pupilLine()).toBe('Ek, Maja: 2 subjects at risk');
    setLanguage('sv');
  });

  it('names no pupil on a page of several pupils, even with one at risk', async () => {
    const { flow } = renderPanel();
    const group = { ...analysisWith([{ pupil: 'Ek, Maja' }]), pupils: [{ name: 'Ek, Maja' }, { name: 'Lund, Ella' }] };
    await act(() => flow.pageRead(group, URL, ''));
    expect(screen.getByText('Kunskapssammanställning')).toBeTruthy();
    expect(pupilLine()).toBeNull();
  });
});
