import { describe, expect, it } from 'vitest';
import { summaryLines } from '@/utils/content/status-text';
import type { PupilAtRisk } from '@/utils/content/page-risks';

/** The panel's one line per subject, on a page whose risks of two subjects come interleaved, as a big page gives them. */
const pupil = (name: string, subjects: string[]): PupilAtRisk => ({
  key: `name:${name}`,
  pupil: name,
  risks: subjects.map((subject) => ({ pupil: name, subject, reasons: ['Otillräckliga kunskaper'] })),
});

describe('summaryLines', () => {
  it('counts each subject’s risks once, in the order the subjects first appear', () => {
    const pupils = Array.from({ length: 300 }, (_, i) => pupil(`Elev ${i}`, i % 3 === 0 ? ['Matematik', 'Svenska'] : ['Matematik']));
    expect(summaryLines(pupils, 'group-assessment')).toEqual([
      '300 elever riskerar att inte nå godtagbara kunskaper i matematik — vårdnadshavare ej kontaktade',
      '100 elever riskerar att inte nå godtagbara kunskaper i svenska — vårdnadshavare ej kontaktade',
    ]);
  });
});
