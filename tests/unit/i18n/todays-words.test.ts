import { describe, expect, it } from 'vitest';
import en from '@/public/_locales/en/messages.json';
import sv from '@/public/_locales/sv/messages.json';
import { DEFAULT_TEMPLATES } from '@/utils/templates/defaults';
import { REASONS } from '@/utils/risk/reasons';

/**
 * Today's terms (Lgr22 and the Education Act as it reads now), in every message and built-in template:
 * docs/wording-changes.md lists what was changed and why.
 */
const RETIRED_SV = [/kunskapskrav/i, /skriftligt omdöme krävs/i, /gallring/i, /årskurs 0/i, /årskurs 0[–-]10/i];
const RETIRED_EN = [/knowledge requirement/i, /\bretention\b/i, /year 0[–-]10/i];

const texts = (catalogue: Record<string, { message: string }>) =>
  Object.entries(catalogue).map(([key, { message }]) => `${key}: ${message}`);
const reasonTexts = [REASONS.level({ level: 'insufficient', curriculum: 'Lgr11' }), REASONS.gradeDash, REASONS.fInFinishedSubject];

describe("today's words", () => {
  it('the Swedish catalogue, templates and reasons use no retired term', () => {
    const all = [
      ...texts(sv),
      ...DEFAULT_TEMPLATES.filter((tpl) => tpl.lang === 'sv').map((tpl) => `${tpl.subject}\n${tpl.body}`),
      ...reasonTexts,
    ];
    for (const retired of RETIRED_SV) expect(all.filter((text) => retired.test(text))).toEqual([]);
  });

  it('the English catalogue and templates use no retired term', () => {
    const all = [...texts(en), ...DEFAULT_TEMPLATES.filter((tpl) => tpl.lang === 'en').map((tpl) => `${tpl.subject}\n${tpl.body}`)];
    for (const retired of RETIRED_EN) expect(all.filter((text) => retired.test(text))).toEqual([]);
  });

  it('the Swedish retention heading is the one the data-protection documents use', () => {
    expect(sv.privacyRetentionHeading.message).toBe('Automatisk radering');
  });
});
