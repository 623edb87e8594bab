import type { ChecklistFilter, ChecklistRow } from '@/utils/db/queries/checklist';
import type { LockApi } from '@/components/lock/lock-api';
import type { ContactFilter, ContactRow } from '@/utils/db/queries/contacts';
import type { Overview } from '@/utils/db/queries/overview';
import type { ThisWeek } from '@/utils/db/queries/this-week';
import type { PageRequest, PageResult } from '@/utils/db/queries/page';
import type { RiskFilter, RiskRow } from '@/utils/db/queries/risks';
import type { ChecklistRecord, ContactRecord, PupilRecord, TemplateRecord } from '@/utils/db/records';
import type { RecipeChange, StoredRecipe } from '@/utils/recipes/store';
import type { PageRecipe } from '@/utils/recipes/types';
import type { LanguageChoice } from '@/utils/i18n/language-store';
import type { ManagedSettings } from '@/utils/settings/managed';
import type { RiskView } from '@/utils/messaging/protocol';
import type { ContactPatch, PupilFactsPatch } from '@/utils/store/contacts';
import type { Settings, SettingsPatch } from '@/utils/settings/schema';
import type { SupportApi } from './support-api';
import type { ExportApi } from '@/components/export/export-api';
import type { PrincipalApi } from '@/components/principal/principal-api';
import type { PrivacyApi } from '@/components/privacy/privacy-api';

/** A field the settings form must show an error for: its path in Settings ("terms.ht") and the rule broken. */
export interface FieldProblem {
  path: string;
  message: string;
}

export type SaveSettingsResult = { ok: true; settings: Settings } | { ok: false; problems: FieldProblem[] };

/** What a deleted contact takes with it, to be put back exactly by undo. */
export interface DeletedContact {
  contact: ContactRecord;
  restore: () => Promise<void>;
}

export type TemplateInput = Pick<TemplateRecord, 'name' | 'lang' | 'subject' | 'body'> & { id?: string };

/**
 * Everything the dashboard's sections read and change. Sections get this as a prop: they hold no
 * database code, and tests give them one bound to a fake database.
 */
export interface DashboardApi {
  /** Today's ISO date (the teacher's local day). */
  today(): string;
  overview(): Promise<Overview>;
  groups(): Promise<string[]>;
  pupils(): Promise<PupilRecord[]>;
  subjects(): Promise<string[]>;

  /** Reads a long list into memory ahead of the teacher's first filter (see utils/db/queries/snapshot.ts). */
  warm(list: 'contacts' | 'checklist'): void;

  listRisks(filter: RiskFilter, page: PageRequest): Promise<PageResult<RiskRow>>;
  /** Where telling the guardians stands for these risks: outcome, who is informed, the retry. */
  riskViews(ids: string[]): Promise<RiskView[]>;
  /** The teacher's facts about a pupil: guardians, protected personal data, interpreter. */
  updatePupilFacts(id: string, patch: PupilFactsPatch): Promise<PupilRecord>;
  dismissRisks(ids: string[], reason: string): Promise<number>;
  resolveRisks(ids: string[], reason: string): Promise<number>;

  listContacts(filter: ContactFilter, page: PageRequest): Promise<PageResult<ContactRow>>;
  updateContact(id: string, patch: ContactPatch): Promise<ContactRecord>;
  deleteContact(id: string): Promise<DeletedContact | undefined>;

  listChecklist(filter: ChecklistFilter, page: PageRequest): Promise<PageResult<ChecklistRow>>;
  /** `outside`: "Redan gjort", done before Insyn or outside it. */
  confirmItems(ids: string[], date: string, outside?: boolean): Promise<ChecklistRecord[]>;
  thisWeek(): Promise<ThisWeek>;
  restoreItems(previous: ChecklistRecord[]): Promise<void>;

  /** The support chain (extra anpassningar, anmälan till rektor and what followed). */
  support: SupportApi;

  listTemplates(): Promise<TemplateRecord[]>;
  saveTemplate(input: TemplateInput): Promise<{ ok: true; template: TemplateRecord } | { ok: false; problems: FieldProblem[] }>;
  deleteTemplate(id: string): Promise<TemplateRecord | undefined>;
  restoreTemplate(template: TemplateRecord): Promise<void>;

  listRecipes(): Promise<StoredRecipe[]>;
  renameRecipe(id: string, name: string): Promise<RecipeChange>;
  deleteRecipe(id: string): Promise<void>;
  /** How many of `recipes` would replace stored ones (the same id). */
  recipesReplaced(recipes: readonly PageRecipe[]): Promise<number>;
  importRecipes(recipes: readonly PageRecipe[]): Promise<number>;

  /** The settings in force, with what the school's policy set and locked. */
  loadManagedSettings(): Promise<ManagedSettings>;
  saveSettings(patch: SettingsPatch): Promise<SaveSettingsResult>;
  loadLanguage(): Promise<LanguageChoice>;
  /** Saves and applies the language; the caller re-renders. */
  saveLanguage(choice: LanguageChoice): Promise<void>;
  /**
   * Asks the browser for the optional notifications permission. Must be called straight from the click
   * handler (before any await): browsers only grant permissions during a user action.
   */
  requestNotifications(): Promise<boolean>;

  /** The Export, principal and privacy sections' own parts (loaded with their sections). */
  exports: ExportApi;
  principal: PrincipalApi;
  privacy: PrivacyApi;
  /** The lock for shared computers (components/lock/); absent, the dashboard shows no lock. */
  lock?: LockApi;
}
