// Turns what a concept command was given (a concept id, a Concepts tree node, a
// concept page URI, or nothing from the palette) into one concept, asking with a
// QuickPick when nothing was given. Reading the id out of the argument is
// conceptIdOf's job (src/vscode/commandArgs.ts); this adds the pack and the picker.

import vscode = require('vscode');
import { ContentIndex } from '../../core/content/contentIndex';
import { Concept } from '../../core/content/model';
import { conceptIdOf } from '../../vscode/commandArgs';
import { plainText } from '../../core/markdown/plainText';
import { inMyNotes } from '../../core/notes/noteLabels';

export function conceptFromArg(index: ContentIndex, arg: unknown): Concept | undefined {
  const id = conceptIdOf(arg);
  return id === undefined ? undefined : index.concept(id);
}

interface ConceptItem extends vscode.QuickPickItem {
  concept: Concept;
}

/** The concept named by `arg`; with no argument, the one the student picks; undefined (after saying why) otherwise. */
export async function resolveConcept(index: ContentIndex, arg: unknown, placeHolder: string): Promise<Concept | undefined> {
  if (arg === undefined || arg === null) return pickConcept(index, placeHolder);
  const concept = conceptFromArg(index, arg);
  if (!concept) {
    void vscode.window.showWarningMessage(vscode.l10n.t('CRM Study: there is no concept "{0}" in the course pack.', conceptIdOf(arg) ?? ''));
  }
  return concept;
}

async function pickConcept(index: ContentIndex, placeHolder: string): Promise<Concept | undefined> {
  if (index.concepts.length === 0) {
    void vscode.window.showWarningMessage(vscode.l10n.t('CRM Study: the course pack has no concepts (see "CRM Study: Show Course Pack Info").'));
    return undefined;
  }
  const items: ConceptItem[] = index.concepts.map((concept) => ({
    concept,
    label: concept.term,
    // The student's own concepts say so, as in search.
    description: [concept.acronyms.join(', '), concept.uri ? inMyNotes(concept.file) : index.topic(concept.topic)?.title].filter(Boolean).join(' · '),
    detail: plainText(concept.definition),
  }));
  const picked = await vscode.window.showQuickPick(items, { placeHolder, matchOnDescription: true, matchOnDetail: false });
  return picked?.concept;
}
