// The messages between the concept page panel (webview) and the extension host.
// Plain data only: no vscode and no DOM imports.

/** What the page's buttons ask for; each maps to the command of the same meaning. */
export type ConceptPageAction = 'study' | 'quiz' | 'insert' | 'copy' | 'reveal';

export const CONCEPT_PAGE_ACTIONS: readonly ConceptPageAction[] = ['study', 'quiz', 'insert', 'copy', 'reveal'];

export type FromConceptPage =
  | { type: 'openConcept'; conceptId: string }
  | { type: 'action'; action: ConceptPageAction; conceptId: string }
  /** A student's own concept: open the note it is written in, at its line. */
  | { type: 'openNote'; conceptId: string };

/** The first paint's data, in <body data-setup> (src/vscode/webviewShell.ts). */
export interface ConceptPageSetup {
  conceptId: string;
  /** Open the page at its Parts (a part was chosen in the Concepts view) rather than at the title. */
  atParts: boolean;
  /** For a student's own concept: the "Open note" button's label and title ("Your note · week3.md:12"). */
  note?: { label: string; title: string };
}

/** Saved with the webview (setState) so the panel comes back after a reload. */
export interface ConceptPageState {
  conceptId: string;
}

export function isFromConceptPage(value: unknown): value is FromConceptPage {
  if (!value || typeof value !== 'object') return false;
  const m = value as { type?: unknown; conceptId?: unknown; action?: unknown };
  if (typeof m.conceptId !== 'string') return false;
  if (m.type === 'openConcept' || m.type === 'openNote') return true;
  return m.type === 'action' && CONCEPT_PAGE_ACTIONS.includes(m.action as ConceptPageAction);
}
