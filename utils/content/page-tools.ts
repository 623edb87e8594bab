/**
 * The page tools (the teach window's and the page sample's side in the page, entrypoints/infomentor-tools.content/)
 * are a script of their own, which the background starts only when the teacher asks for one
 * (utils/background/inject-content.ts): the reader's script, in every InfoMentor frame, carries none of
 * their code (issue 20). The two scripts share Insyn's isolated world, never the page's: the reader's
 * script lends the tools what only it has, its panel's closed root and its reading, under this name.
 */
export const PAGE_TOOLS_LOAN = 'insynPageTools';

export interface PageToolsLoan {
  /** The panel's shadow root, where the teach window's outline is drawn. */
  shadowRoot(): ShadowRoot | undefined;
  /** Fetches this address's recipes again and reads the page with them. */
  reread(): void;
  /** Insyn's own panel and badges: never written into a page sample. */
  isInsyn(node: Node): boolean;
}

type Scope = Record<string, unknown>;

/** Lends the tools the reader's parts; the returned function takes them back (the script invalidated). */
export function lendPageTools(loan: PageToolsLoan, scope: object = globalThis): () => void {
  (scope as Scope)[PAGE_TOOLS_LOAN] = loan;
  return () => {
    if ((scope as Scope)[PAGE_TOOLS_LOAN] === loan) delete (scope as Scope)[PAGE_TOOLS_LOAN];
  };
}

/** What the reader's script lent, if it runs in this frame and has a panel here. */
export function borrowPageTools(scope: object = globalThis): PageToolsLoan | undefined {
  return (scope as Scope)[PAGE_TOOLS_LOAN] as PageToolsLoan | undefined;
}
