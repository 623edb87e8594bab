import { describe, expect, it } from 'vitest';
import { PLACEHOLDERS } from '@/utils/templates/render';
import { DEFAULT_TEMPLATES } from '@/utils/templates/defaults';
import { SUPPORT_TEMPLATES } from '@/utils/templates/support-templates';

describe("the support chain's guardian messages", () => {
  it('are built in: seeded with the others, in Swedish and English for each step', () => {
    for (const template of SUPPORT_TEMPLATES) expect(DEFAULT_TEMPLATES).toContain(template);
    const steps = (lang: string) => SUPPORT_TEMPLATES.filter((t) => t.lang === lang).length;
    expect([steps('sv'), steps('en')]).toEqual([3, 3]);
  });

  it.each(SUPPORT_TEMPLATES.map((t) => [t.id, t] as const))('%s names pupil, teacher and school and only known placeholders', (_id, t) => {
    for (const placeholder of ['{pupil}', '{teacher}', '{school}']) expect(t.body).toContain(placeholder);
    const known = PLACEHOLDERS.map((name) => `{${name}}`);
    expect([...`${t.subject} ${t.body}`.matchAll(/\{(\w+)\}/g)].map((m) => m[0]).filter((p) => !known.includes(p))).toEqual([]);
    expect(t.body.length).toBeLessThan(1000);
    expect(t.body).not.toMatch(/\b(diagnos|adhd|medicin|sjuk|illness|disorder|kunskapskrav)/i);
  });

  it('the decision says the appeal instructions come with it and that the three weeks run from receipt', () => {
    const decisions = SUPPORT_TEMPLATES.filter((t) => /beslut|decision/i.test(t.id));
    expect(decisions.map((t) => t.lang).sort()).toEqual(['en', 'sv']);
    for (const t of decisions)
      expect(t.body).toMatch(
        t.lang === 'sv'
          ? /överklagandehänvisning[\s\S]*tre veckor från den dag ni fick/
          : /appeal instructions[\s\S]*three weeks of the day you received/,
      );
  });
});
