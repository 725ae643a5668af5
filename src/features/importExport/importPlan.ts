// One import as the preview shows it and the writer will write it: the set
// read with the student's choices, its title (the set's own, else the file's
// name, else "Pasted flashcards <date>"), the free file name in the chosen
// folder, and the note read back through the notes parser. No vscode import:
// the core functions come in through ImportCore, so the flow is unit-tested
// with fakes while the readers are built, and with the real ones after.

import { freeFileName, noteFileName } from '../../core/import/fileNames';
import { readImport, ReadImport } from '../../core/import/importer';
import type { ImportFormat, ImportOptions } from '../../core/import/importModel';
import { ImportPreview, previewImport } from '../../core/import/importPreview';
import { l10n } from '../../core/util/l10n';

export interface ImportCore {
  readImport: typeof readImport;
  noteFileName: typeof noteFileName;
  freeFileName: typeof freeFileName;
  previewImport: typeof previewImport;
}

export const realCore: ImportCore = { readImport, noteFileName, freeFileName, previewImport };

/** What the student set in the preview; anything unset is the reader's own. */
export interface ImportChoices {
  /** Picked in the Format row. */
  format?: ImportFormat;
  title?: string;
  fieldSeparator?: string;
  rowSeparator?: string;
}

export interface PlanInput {
  text: string;
  choices: ImportChoices;
  /** The title when the set has none. */
  fallbackTitle: string;
  /** For the note's opening line: "week3.txt", "the clipboard". */
  origin: string;
  /** YYYY-MM-DD. */
  date: string;
  /** Whether a name is taken in the target folder. */
  taken(fileName: string): boolean;
  /** The note's workspace-relative path and URI for a file name (the preview's diagnostics name them). */
  fileOf(fileName: string): { file: string; uri: string };
}

export interface ImportPlan {
  read: ReadImport;
  title: string;
  fileName: string;
  preview: ImportPreview;
}

export function planImport(input: PlanInput, core: ImportCore = realCore): ImportPlan {
  const { choices } = input;
  const options: ImportOptions = {};
  if (choices.title?.trim()) options.title = choices.title.trim();
  if (choices.fieldSeparator !== undefined) options.fieldSeparator = choices.fieldSeparator;
  if (choices.rowSeparator !== undefined) options.rowSeparator = choices.rowSeparator;
  if (choices.format) options.format = choices.format;
  const read = core.readImport(input.text, options);
  const title = read.set.title.trim() || input.fallbackTitle;
  const set = title === read.set.title ? read.set : { ...read.set, title };
  const fileName = core.freeFileName(core.noteFileName(title), input.taken);
  const preview = core.previewImport(set, { origin: input.origin, date: input.date, ...input.fileOf(fileName) });
  return { read: { ...read, set }, title, fileName, preview };
}

/** "week3-set.txt" → "week3-set"; a name that is all extension stays as it is. */
export function baseName(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(0, dot) : fileName;
}

export function clipboardTitle(date: string): string {
  return l10n.t('Pasted flashcards {0}', date);
}

/** The local calendar day as YYYY-MM-DD. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Nothing in it to import: no card and no concept. */
export function isEmptyPlan(plan: ImportPlan): boolean {
  return plan.preview.cards.length === 0 && plan.preview.concepts === 0;
}

/** "Imported 12 cards and 8 concepts into flashcards/Week 3.md." */
export function importedMessage(cards: number, concepts: number, where: string): string {
  const what = cards === 1 ? l10n.t('1 card') : l10n.t('{0} cards', cards);
  const and = concepts === 1 ? l10n.t('1 concept') : l10n.t('{0} concepts', concepts);
  return l10n.t('Imported {0} and {1} into {2}.', what, and, where);
}
