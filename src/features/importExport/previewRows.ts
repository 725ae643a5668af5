// The rows of the import preview, as words: what the QuickPick shows before
// anything is written (the Import row with where the note goes, the format,
// title, folder and separators the student may change, then every problem,
// every decision the reader made and every card). No vscode import, so the
// exact strings (which the UI tests look for) are unit-tested in plain Node;
// previewPick.ts only turns these rows into QuickPick items.

import type { CardKind } from '../../core/content/model';
import { CARD_KINDS } from '../../core/content/model';
import type { ImportPreview } from '../../core/import/importPreview';
import type { FormatGuess, ImportFormat, ImportSettings, ImportSeverity } from '../../core/import/importModel';
import { l10n } from '../../core/util/l10n';

/** What choosing a row does; rows without one (problems, decisions, cards) do nothing. */
export type PreviewAction = 'import' | 'format' | 'title' | 'folder' | 'separators' | 'cancel';

export interface PreviewRow {
  label: string;
  description?: string;
  detail?: string;
  /** A heading between groups of rows. */
  separator?: boolean;
  action?: PreviewAction;
}

export interface PreviewRowsInput {
  preview: ImportPreview;
  /** The format the set was read as, and the separators the reader used. */
  format: ImportFormat;
  settings: ImportSettings;
  guess: FormatGuess;
  /** True when the student picked the format (else it was detected). */
  formatChosen: boolean;
  /** Where the note goes, as the student sees the folder ("flashcards", "" for the folder's root); undefined: no workspace, asked on import. */
  folder: string | undefined;
  /** "Week 3.md". */
  fileName: string;
}

export const FORMATS: readonly ImportFormat[] = ['copyPaste', 'quizlet', 'anki', 'csv'];

export function previewTitle(title: string): string {
  return l10n.t('Import Flashcards: {0}', title);
}

export function formatInWords(format: ImportFormat): string {
  switch (format) {
    case 'quizlet':
      return l10n.t('Quizlet export');
    case 'copyPaste':
      return l10n.t('Set copied from a study website');
    case 'anki':
      return l10n.t('Anki notes in plain text');
    case 'csv':
      return l10n.t('CSV or TSV with a header row');
  }
}

/** What each format is, for the format picker. */
export function formatExplained(format: ImportFormat): string {
  switch (format) {
    case 'quizlet':
      return l10n.t('Term, separator, definition; one card per row');
    case 'copyPaste':
      return l10n.t('A title line, then prompt and answer lines; "-" lines belong to the answer');
    case 'anki':
      return l10n.t('File > Export > Notes in Plain Text, with its # headers');
    case 'csv':
      return l10n.t('Columns named in the first row (front, back, type, choices, tags, ...)');
  }
}

/** "tab", "comma", "new line", or the separator itself in quotes. */
export function separatorInWords(separator: string): string {
  switch (separator) {
    case '\t':
      return l10n.t('tab');
    case ',':
      return l10n.t('comma');
    case ';':
      return l10n.t('semicolon');
    case '\n':
    case '\r\n':
      return l10n.t('new line');
    default:
      // JSON shows a space, a tab or a stray quote for what it is.
      return JSON.stringify(separator);
  }
}

/** The formats that have separators the student may change. */
export function hasSeparators(format: ImportFormat): boolean {
  return format === 'quizlet' || format === 'csv';
}

export function separatorsInWords(format: ImportFormat, settings: ImportSettings): string {
  const field = separatorInWords(settings.fieldSeparator ?? (format === 'csv' ? ',' : '\t'));
  if (format === 'csv') return l10n.t('{0} between fields', field);
  return l10n.t('{0} between term and definition, {1} between cards', field, separatorInWords(settings.rowSeparator ?? '\n'));
}

export function cardKindInWords(kind: CardKind): string {
  switch (kind) {
    case 'basic':
      return l10n.t('basic');
    case 'cloze':
      return l10n.t('cloze');
    case 'multipleChoice':
      return l10n.t('multiple choice');
    case 'listRecall':
      return l10n.t('list');
    case 'essay':
      return l10n.t('essay');
  }
}

export function cardsInWords(count: number): string {
  return count === 1 ? l10n.t('1 card') : l10n.t('{0} cards', count);
}

export function conceptsInWords(count: number): string {
  return count === 1 ? l10n.t('1 concept') : l10n.t('{0} concepts', count);
}

/** "12 cards: 10 basic, 2 cloze · 8 concepts". */
export function cardsHeading(preview: Pick<ImportPreview, 'cards' | 'byKind' | 'concepts'>): string {
  const kinds = CARD_KINDS.filter((kind) => (preview.byKind[kind] ?? 0) > 0).map((kind) => `${preview.byKind[kind]} ${cardKindInWords(kind)}`);
  const cards = kinds.length ? `${cardsInWords(preview.cards.length)}: ${kinds.join(', ')}` : cardsInWords(preview.cards.length);
  return `${cards} · ${conceptsInWords(preview.concepts)}`;
}

const SEVERITY_ICON: Record<ImportSeverity, string> = { error: '$(error)', warning: '$(warning)', info: '$(info)' };

/** Where the note goes: "flashcards/Week 3.md" (a folder's root: "Week 3.md"). */
export function notePath(folder: string, fileName: string): string {
  return folder ? `${folder}/${fileName}` : fileName;
}

export function previewRows(input: PreviewRowsInput): PreviewRow[] {
  const { preview, format, settings, guess } = input;
  const count = preview.cards.length;
  const rows: PreviewRow[] = [
    {
      label: count === 1 ? l10n.t('$(check) Import 1 card') : l10n.t('$(check) Import {0} cards', count),
      description: input.folder === undefined
        ? l10n.t('into {0}, in a folder you pick next', input.fileName)
        : l10n.t('into {0}', notePath(input.folder, input.fileName)),
      action: 'import',
    },
    {
      label: l10n.t('$(symbol-enum) Format: {0}', formatInWords(format)),
      description: input.formatChosen ? l10n.t('chosen') : l10n.t('detected: {0}', guess.reason),
      action: 'format',
    },
    { label: l10n.t('$(edit) Title: {0}', preview.title), action: 'title' },
  ];
  if (input.folder !== undefined) rows.push({ label: l10n.t('$(folder) Folder: {0}/', input.folder || '.'), action: 'folder' });
  if (hasSeparators(format)) rows.push({ label: l10n.t('$(split-horizontal) Separators: {0}', separatorsInWords(format, settings)), action: 'separators' });
  rows.push({ label: l10n.t('$(close) Cancel'), action: 'cancel' });

  if (preview.problems.length) {
    rows.push({ label: l10n.t('Problems ({0})', preview.problems.length), separator: true });
    for (const problem of preview.problems) {
      const icon = SEVERITY_ICON[problem.severity];
      rows.push(
        problem.inputLine !== undefined
          ? { label: l10n.t('{0} line {1}: {2}', icon, problem.inputLine, problem.message) }
          : { label: `${icon} ${problem.message}` },
      );
      // In the note too: the Problems panel will show it there once it is written.
      if (problem.noteLine !== undefined) rows[rows.length - 1].description = l10n.t('note line {0}', problem.noteLine);
    }
  }
  if (preview.decisions.length) {
    rows.push({ label: l10n.t('How the set was read ({0})', preview.decisions.length), separator: true });
    for (const decision of preview.decisions) rows.push({ label: l10n.t('$(info) line {0}: {1}', decision.line, decision.message) });
  }
  if (count) {
    rows.push({ label: cardsHeading(preview), separator: true });
    for (const card of preview.cards) {
      rows.push({ label: card.firstLine, description: cardKindInWords(card.kind), detail: l10n.t('line {0}', card.inputLine) });
    }
  }
  return rows;
}

/** The rows of the format picker: the four formats, the detected one and the current one marked. */
export function formatChoices(guess: FormatGuess, current: ImportFormat): PreviewChoice<ImportFormat>[] {
  return FORMATS.map((format) => ({
    label: formatInWords(format),
    description: [format === guess.format ? l10n.t('detected') : '', format === current ? l10n.t('current') : ''].filter(Boolean).join(', ') || undefined,
    detail: formatExplained(format),
    value: format,
    current: format === current,
  }));
}

export interface PreviewChoice<T> {
  label: string;
  description?: string;
  detail?: string;
  /** undefined: "Custom…", asked for in an input box. */
  value: T | undefined;
  /** What the set is read with now: the picker opens on it. */
  current?: boolean;
}

/** Between a term and its definition (Quizlet) or between fields (CSV). */
export function fieldSeparatorChoices(current: string | undefined): PreviewChoice<string>[] {
  return markCurrent([
    { label: l10n.t('Tab'), value: '\t' },
    { label: l10n.t('Comma'), value: ',' },
    { label: l10n.t('Semicolon'), value: ';' },
    { label: l10n.t('Custom…'), value: undefined },
  ], current);
}

/** Between cards (Quizlet). */
export function rowSeparatorChoices(current: string | undefined): PreviewChoice<string>[] {
  return markCurrent([
    { label: l10n.t('New line'), value: '\n' },
    { label: l10n.t('Semicolon'), value: ';' },
    { label: l10n.t('Custom…'), value: undefined },
  ], current);
}

/** Marks the choice the set is read with now; a separator of its own marks "Custom…" and says what it is. */
function markCurrent(choices: PreviewChoice<string>[], current: string | undefined): PreviewChoice<string>[] {
  if (current === undefined) return choices;
  const known = choices.some((c) => c.value === current);
  return choices.map((c) => {
    if (known ? c.value !== current : c.value !== undefined) return c;
    return { ...c, current: true, description: known ? l10n.t('current') : l10n.t('current: {0}', separatorInWords(current)) };
  });
}

/** A custom separator as typed: `\t` and `\n` may be written as escapes. */
export function parseCustomSeparator(typed: string): string {
  return typed.replace(/\\t/g, '\t').replace(/\\n/g, '\n');
}
