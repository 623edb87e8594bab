import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECKLIST_KINDS, CHECKLIST_RULES, CHECKLIST_SETTING_FIELDS, checklistKindWhy } from '@/utils/checklist/registry';
import { checklistSheet } from '@/utils/export/sheets';
import { InsynExportSchema } from '@/utils/export/schema';
import { setLanguage } from '@/utils/i18n';
import { DEFAULT_SETTINGS } from '@/utils/settings/schema';

/**
 * A checklist rule is one file in utils/checklist/rules/: this test fails when one is not registered, or
 * lacks its labels (sv, en), its settings, its export column value or its documentation line.
 */
const RULE_FILES = readdirSync('utils/checklist/rules').filter((name) => name.endsWith('.ts'));

describe('the checklist rule registry', () => {
  it('lists every file of utils/checklist/rules/, each kind once', () => {
    expect(CHECKLIST_RULES.map((rule) => `${rule.kind}.ts`).sort()).toEqual(RULE_FILES.sort());
    expect(new Set(CHECKLIST_KINDS).size).toBe(CHECKLIST_KINDS.length);
  });

  describe.each(CHECKLIST_RULES.map((rule) => [rule.kind, rule] as const))('%s', (kind, rule) => {
    it('has its labels in Swedish and English', () => {
      for (const lang of ['sv', 'en'] as const) {
        expect(rule.labels[lang].item.trim()).not.toBe('');
        expect(rule.labels[lang].sheet.trim()).not.toBe('');
      }
    });

    it('has settings with defaults and at least one field in the form, each labelled in both languages', () => {
      expect(DEFAULT_SETTINGS.rules).toHaveProperty(rule.settings.key);
      expect(rule.settings.schema.safeParse(undefined).success).toBe(true);
      expect(rule.settings.fields.length).toBeGreaterThan(0);
      for (const field of rule.settings.fields) if ('label' in field) expect(field.label.sv && field.label.en).toBeTruthy();
      const own = CHECKLIST_SETTING_FIELDS.filter((field) => 'path' in field && field.path.startsWith(`rules.${rule.settings.key}`));
      expect(own.length).toBeGreaterThan(0);
    });

    it('is a value of the exported checklist sheet and of the backup format', () => {
      setLanguage('sv');
      const item = { id: `${kind}|p`, pupilId: 'p', kind, term: 'Ht 2025', due: '2025-12-01', status: 'open' as const };
      expect(checklistSheet([item], new Map()).rows[0]?.[3]).toBe(rule.labels.sv.sheet);
      const tables = {
        pupils: [],
        risks: [],
        documents: [],
        contacts: [],
        checklist: [item],
        templates: [],
        recipes: [],
        settings: [],
        events: [],
      };
      const file = {
        format: 'insyn-export',
        version: 1,
        exportedAt: Date.UTC(2025, 10, 1),
        appVersion: '0',
        teacher: '',
        school: '',
        pseudonymised: false,
        tables,
      };
      expect(InsynExportSchema.safeParse(file).success).toBe(true);
    });

    it('has its documentation line: one sentence on what is owed and what closes it', () => {
      expect(rule.documentation).toMatch(/^[A-Z].{40,}\.$/);
    });
  });

  // The two duties every teacher has, whatever her role: each item of theirs says why it is owed.
  it.each(['guardian-contact', 'written-assessment'] as const)('%s says why, in both languages', (kind) => {
    setLanguage('sv');
    const why = checklistKindWhy(kind);
    expect(why?.rule).toMatch(/^[A-ZÅÄÖ].{30,}\.$/);
    expect(why?.basis.trim()).not.toBe('');
    setLanguage('en');
    expect(checklistKindWhy(kind)?.rule).not.toBe(why?.rule);
    setLanguage('sv');
  });
});
