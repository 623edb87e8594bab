/**
 * The kinds of checklist items. Each rule in utils/checklist/rules/ adds its kind to `ChecklistKinds`
 * (TypeScript declaration merging), so the type grows with the rules without a list here; the runtime
 * list is the rule registry's (`CHECKLIST_KINDS` in utils/checklist/registry.ts).
 */
export interface ChecklistKinds {}
export type ChecklistKind = keyof ChecklistKinds & string;
