import { describe, expect, it } from 'vitest';
import en from '@/public/_locales/en/messages.json';
import sv from '@/public/_locales/sv/messages.json';
import { isInPageMessage } from '@/utils/content/in-page-messages';
import { CHECKLIST_KINDS } from '@/utils/checklist/registry';
import { CHECKLIST_STATUSES, CLOSED_BY } from '@/utils/domain/checklist-statuses';
import { CONTACT_CHANNELS } from '@/utils/domain/contact-channels';
import { CONTACT_OUTCOMES } from '@/utils/domain/contact-outcomes';
import { GUARDIAN_EXEMPTIONS } from '@/utils/domain/guardians';
import { labelKey } from '@/utils/domain/labels';
import { RISK_STATUSES } from '@/utils/domain/risk-statuses';
import { DECISION_TYPES } from '@/utils/domain/document-types';
import { ADAPTATION_OUTCOMES, CHAIN_STEPS, FOLLOW_UP_OUTCOMES } from '@/utils/domain/support-steps';

/** Every stored code has its label, named by the one rule, in both languages. */
const LABELLED: Record<string, readonly string[]> = {
  channel: CONTACT_CHANNELS,
  outcome: CONTACT_OUTCOMES,
  riskStatus: RISK_STATUSES,
  checklistStatus: CHECKLIST_STATUSES,
  closedBy: CLOSED_BY,
  chainStep: CHAIN_STEPS,
  adaptationOutcome: ADAPTATION_OUTCOMES,
  followUpOutcome: FOLLOW_UP_OUTCOMES,
  decisionType: DECISION_TYPES,
  checklistRule: CHECKLIST_KINDS,
  guardianExemption: GUARDIAN_EXEMPTIONS,
};

describe('labels of stored codes', () => {
  it('are named by the rule: vocabulary, underscore, code with hyphens as underscores', () => {
    expect(labelKey('channel', 'e-post')).toBe('channel_e_post');
    expect(labelKey('pageKind', 'group-assessment')).toBe('pageKind_group_assessment');
  });

  it.each(Object.entries(LABELLED))('exist for every %s in sv and en', (vocabulary, codes) => {
    for (const catalogue of [sv, en] as Record<string, { message: string }>[]) {
      const missing = codes.map((code) => labelKey(vocabulary, code)).filter((key) => !catalogue[key]?.message);
      expect(missing).toEqual([]);
    }
  });

  it('of channels and outcomes travel with the content script (the log form shows them)', () => {
    const keys = [...CONTACT_CHANNELS.map((c) => labelKey('channel', c)), ...CONTACT_OUTCOMES.map((o) => labelKey('outcome', o))];
    expect(keys.filter((key) => !isInPageMessage(key))).toEqual([]);
  });
});
