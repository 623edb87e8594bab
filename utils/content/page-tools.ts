/**
 * What is needed only on some pages or after a click is in scripts of their own, which the background
 * starts on demand (utils/background/inject-content.ts): the page tools (the teach window's and the page
 * sample's side in the page, entrypoints/infomentor-tools.content/), started when the teacher opens one,
 * and the panel's forms (entrypoints/infomentor-forms.content/), started when the panel first opens one.
 * The reader's script, in every InfoMentor frame, carries none of their code (issue 20). The scripts share
 * Insyn's isolated world, never the page's, and lend each other what only they have under these names.
 */
export const PAGE_TOOLS_LOAN = 'insynPageTools';
export const PANEL_FORMS_LOAN = 'insynPanelForms';

export interface PageToolsLoan {
  /** The panel's shadow root, where the teach window's outline is drawn. */
  shadowRoot(): ShadowRoot | undefined;
  /** Fetches this address's recipes again and reads the page with them. */
  reread(): void;
  /** Insyn's own panel and badges: never written into a page sample. */
  isInsyn(node: Node): boolean;
}

/** The forms script's side: it draws the open form into a slot of the panel, or clears the slot. */
export interface PanelFormsLoan<Shown> {
  draw(slot: HTMLElement, shown: Shown | undefined): void;
}

type Scope = Record<string, unknown>;

/** Lends `loan` under `name`; the returned function takes it back (the lending script invalidated). */
function lend(name: string, loan: object, scope: object): () => void {
  (scope as Scope)[name] = loan;
  return () => {
    if ((scope as Scope)[name] === loan) delete (scope as Scope)[name];
  };
}

/** Lends the tools the reader's parts. */
export function lendPageTools(loan: PageToolsLoan, scope: object = globalThis): () => void {
  return lend(PAGE_TOOLS_LOAN, loan, scope);
}

/** What the reader's script lent, if it runs in this frame and has a panel here. */
export function borrowPageTools(scope: object = globalThis): PageToolsLoan | undefined {
  return (scope as Scope)[PAGE_TOOLS_LOAN] as PageToolsLoan | undefined;
}

/** Lends the panel the forms script's drawing. */
export function lendPanelForms<Shown>(loan: PanelFormsLoan<Shown>, scope: object = globalThis): () => void {
  return lend(PANEL_FORMS_LOAN, loan, scope);
}

/** The forms script's drawing, once it has started in this frame. */
export function borrowPanelForms<Shown>(scope: object = globalThis): PanelFormsLoan<Shown> | undefined {
  return (scope as Scope)[PANEL_FORMS_LOAN] as PanelFormsLoan<Shown> | undefined;
}
