import { describe, expect, it } from 'vitest';
import { seedTemplates } from '@/utils/store/templates';
import { DEFAULT_TEMPLATES } from '@/utils/templates/defaults';
import { SUPPORT_TEMPLATES } from '@/utils/templates/support-templates';
import { PLACEHOLDERS } from '@/utils/templates/render';
import { freshDb } from './test-db';

const KNOWN = PLACEHOLDERS.map((name) => `{${name}}`);
// Every message names pupil, subject, term, teacher and school, and offers a meeting (left out without a time).
const REQUIRED = ['{pupil}', '{subject}', '{teacher}', '{school}', '{term}', '{meeting}'];

describe('default templates', () => {
  it('offers at least three Swedish and two English messages, one of them a letter to post', () => {
    expect(DEFAULT_TEMPLATES.filter((t) => t.lang === 'sv').length).toBeGreaterThanOrEqual(3);
    expect(DEFAULT_TEMPLATES.filter((t) => t.lang === 'en').length).toBeGreaterThanOrEqual(2);
    expect(DEFAULT_TEMPLATES.some((t) => t.lang === 'sv' && /brev|per post/i.test(t.name))).toBe(true);
    expect(new Set(DEFAULT_TEMPLATES.map((t) => t.id)).size).toBe(DEFAULT_TEMPLATES.length);
  });

  // The support chain's messages have their own test (tests/unit/templates/support-templates.test.ts).
  const riskMessages = DEFAULT_TEMPLATES.filter((t) => !SUPPORT_TEMPLATES.includes(t));
  it.each(riskMessages.map((t) => [t.id, t] as const))('%s says what a good guardian message says', (_id, template) => {
    for (const placeholder of REQUIRED) expect(template.body).toContain(placeholder);
    const unknown = [...`${template.subject} ${template.body}`.matchAll(/\{(\w+)\}/g)].map((m) => m[0]).filter((p) => !KNOWN.includes(p));
    expect(unknown).toEqual([]);
    // Why: the reasons in words for parents, or, in the messages about absence ("–"), the missing basis for a grade.
    expect(template.body).toMatch(/\{reasons\}|underlag för att bedöma|enough to assess/);
    // The subject line of an e-mail preview says nothing about the pupil or the risk.
    expect(template.name.includes('Brev') || template.name.includes('Letter') || !template.subject.includes('{pupil}')).toBe(true);
    expect(template.subject).not.toMatch(/risk|betyg|grade/i);
    // Short enough for a phone screen or two.
    expect(template.body.length).toBeLessThan(1000);
    expect(template.builtIn).toBe(true);
  });

  it('does not speak of diagnoses or health', () => {
    for (const t of DEFAULT_TEMPLATES) expect(t.body).not.toMatch(/\b(diagnos|adhd|medicin|sjuk|illness|disorder)/i);
  });
});

describe('seedTemplates', () => {
  it('adds the built-in templates once', async () => {
    const db = freshDb();
    expect(await seedTemplates(db)).toHaveLength(DEFAULT_TEMPLATES.length);
    expect(await seedTemplates(db)).toEqual([]);
    expect(await db.templates.count()).toBe(DEFAULT_TEMPLATES.length);
  });

  it('never overwrites a teacher’s edit nor revives a deleted template', async () => {
    const db = freshDb();
    await seedTemplates(db);
    const [first, second] = DEFAULT_TEMPLATES;
    await db.templates.update(first!.id, { body: 'Min egen text {pupil}' });
    await db.templates.delete(second!.id);
    await seedTemplates(db);
    expect((await db.templates.get(first!.id))?.body).toBe('Min egen text {pupil}');
    expect(await db.templates.get(second!.id)).toBeUndefined();
  });
});
