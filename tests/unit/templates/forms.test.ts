import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TEMPLATES,
  GUARDIAN_TEMPLATE_FORMS,
  GUARDIAN_TEMPLATE_KINDS,
  GUARDIAN_TEMPLATE_LANGUAGES,
  GUARDIAN_TEMPLATES,
  type TemplateAbout,
} from '@/utils/templates/defaults';

/**
 * A family that reads neither InfoMentor nor e-mail gets a letter: so every kind of guardian template Insyn has
 * (about a risk, about attendance) comes as a message and as a letter in every language it is written in,
 * lätt svenska included.
 */
const languagesOf = (kind: TemplateAbout['kind']) =>
  new Set(GUARDIAN_TEMPLATES.filter((g) => g.about.kind === kind).map((g) => g.about.language));
const find = (about: TemplateAbout) =>
  GUARDIAN_TEMPLATES.filter((g) => g.about.kind === about.kind && g.about.language === about.language && g.about.form === about.form);

const LETTER_GREETING = { sv: 'Till vårdnadshavare för {pupil}\n', en: 'To the guardians of {pupil}\n' };

describe('the built-in guardian templates', () => {
  const cases = GUARDIAN_TEMPLATE_KINDS.flatMap((kind) =>
    [...languagesOf(kind)].flatMap((language) => GUARDIAN_TEMPLATE_FORMS.map((form): TemplateAbout => ({ kind, language, form }))),
  );

  it('exist for every kind in Swedish and English, and in lätt svenska', () => {
    for (const kind of GUARDIAN_TEMPLATE_KINDS) expect([...languagesOf(kind)]).toEqual(expect.arrayContaining(['sv', 'en']));
    expect(languagesOf('risk').has('sv-easy')).toBe(true);
  });

  it.each(cases.map((about) => [`${about.kind} · ${about.language} · ${about.form}`, about] as const))('%s exists', (_name, about) => {
    const found = find(about);
    expect(found.length).toBeGreaterThan(0);
    for (const { template } of found) {
      expect(template.lang).toBe(GUARDIAN_TEMPLATE_LANGUAGES[about.language]);
      // A letter is addressed on paper and named so in the template list; a message greets in the conversation.
      const greeting = LETTER_GREETING[template.lang];
      if (about.form === 'letter') {
        expect(template.body.startsWith(greeting)).toBe(true);
        expect(template.name).toMatch(/^(Brev|Letter)\b/);
      } else {
        expect(template.body.startsWith(greeting)).toBe(false);
        expect(template.name).not.toMatch(/^(Brev|Letter)\b/);
      }
    }
  });

  it('about attendance explain the dash (–), and never list the grade reasons; about a risk they do', () => {
    for (const { about, template } of GUARDIAN_TEMPLATES) {
      if (about.kind === 'attendance') {
        expect(template.body).toContain('(–)');
        expect(template.body).not.toContain('{reasons}');
      } else {
        expect(template.body).toContain('{reasons}');
      }
    }
  });

  it('are all among the templates Insyn seeds, each once', () => {
    const ids = GUARDIAN_TEMPLATES.map((g) => g.template.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(DEFAULT_TEMPLATES.filter((t) => ids.includes(t.id))).toEqual(GUARDIAN_TEMPLATES.map((g) => g.template));
  });
});
