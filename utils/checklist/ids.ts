import type { ChecklistKind } from '../domain/checklist-kinds';

/** Deterministic item ids: the same duty always gets the same id, so generating again adds nothing. */
export const guardianContactId = (riskId: string) => itemId('guardian-contact', riskId);
export const itemId = (kind: ChecklistKind, ...parts: string[]) => [kind, ...parts].join('|');
