// "Import Flashcards…" and "Import Flashcards from Clipboard": read the input
// (refused with one message when it is not text, empty or too big), show the
// preview until the student imports or cancels, then write the note: into the
// remembered folder (default flashcards/ in the first workspace folder), under
// a name no file has, with a create-only edit so nothing is ever overwritten;
// with no workspace open, where the save dialog says. Nothing is written
// before Import, and nothing at all on Escape or Cancel.

import vscode = require('vscode');
import type { ContentIndex } from '../../core/content/contentIndex';
import { checkImportBytes, checkImportText, ImportInput } from '../../core/import/importInput';
import { ImportFormat, MAX_IMPORT_BYTES } from '../../core/import/importModel';
import { Commands, WorkspaceStateKeys } from '../../vscode/constants';
import { baseName, clipboardTitle, ImportChoices, ImportCore, importedMessage, ImportPlan, isEmptyPlan, localDate, planImport, realCore } from './importPlan';
import type { ImportExportDeps } from './index';
import { FolderChoice, folderLabel, folderOfPath, resolveFolder, WorkspaceRoot } from './noteFolder';
import type { ImportOutcome } from './outcomes';
import { askText, pickChoice, showPreview } from './previewPick';
import { fieldSeparatorChoices, formatChoices, parseCustomSeparator, PreviewAction, PreviewChoice, previewRows, previewTitle, rowSeparatorChoices } from './previewRows';

/** Files far past the limit are refused from their size alone, before a byte of them is read. */
const READ_LIMIT = 8 * MAX_IMPORT_BYTES;
/** How long "Study Now" waits for the notes index to pick the new note up. */
const STUDY_WAIT_MS = 5000;

interface Source {
  /** What the note's opening line and the messages call the input: "week3.txt", "the clipboard". */
  origin: string;
  fallbackTitle: string;
  /** Where the save dialog opens when no workspace is open (the set's own folder). */
  near?: vscode.Uri;
}

export async function importFromFile(deps: ImportExportDeps, source: unknown, token: vscode.CancellationToken, core: ImportCore = realCore): Promise<ImportOutcome> {
  const uri = toUri(source) ?? (await vscode.window.showOpenDialog({
    canSelectMany: false,
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
    filters: { [vscode.l10n.t('Flashcard sets')]: ['txt', 'csv', 'tsv'], [vscode.l10n.t('All files')]: ['*'] },
    openLabel: vscode.l10n.t('Import'),
    title: vscode.l10n.t('Import Flashcards'),
  }))?.[0];
  if (!uri) return { kind: 'cancelled' };
  const name = fileNameOf(uri);
  const input = await readInput(uri, name);
  if ('problem' in input) return refuse(deps, input.problem);
  return importText(deps, input.text, { origin: name, fallbackTitle: baseName(name), near: vscode.Uri.joinPath(uri, '..') }, token, core);
}

export async function importFromClipboard(deps: ImportExportDeps, token: vscode.CancellationToken, core: ImportCore = realCore): Promise<ImportOutcome> {
  const origin = vscode.l10n.t('the clipboard');
  let text: string;
  try {
    text = await vscode.env.clipboard.readText();
  } catch (error) {
    return refuse(deps, vscode.l10n.t('Could not read the clipboard: {0}', errorText(error)));
  }
  const input = checkImportText(origin, text);
  if ('problem' in input) return refuse(deps, input.problem);
  const editor = vscode.window.activeTextEditor?.document.uri;
  const near = editor && editor.scheme !== 'untitled' ? vscode.Uri.joinPath(editor, '..') : undefined;
  return importText(deps, input.text, { origin, fallbackTitle: clipboardTitle(localDate(new Date())), near }, token, core);
}

/** A URI, an absolute path (a task's ${file}), a workspace-relative path, or a URI string; anything else: none. */
function toUri(source: unknown): vscode.Uri | undefined {
  if (source instanceof vscode.Uri) return source;
  if (typeof source !== 'string' || !source.trim()) return undefined;
  const text = source.trim();
  if (/^[a-zA-Z][\w+.-]+:\/\//.test(text)) return vscode.Uri.parse(text);
  if (/^([/\\]|[a-zA-Z]:[/\\])/.test(text)) return vscode.Uri.file(text);
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder ? vscode.Uri.joinPath(folder, text) : vscode.Uri.file(text);
}

function fileNameOf(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();
}

async function readInput(uri: vscode.Uri, name: string): Promise<ImportInput> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.type & vscode.FileType.Directory) return { problem: vscode.l10n.t('{0} is a folder: pick a flashcard set file (.txt, .csv or .tsv) to import.', name) };
    if (stat.size > READ_LIMIT) {
      const mb = (bytes: number) => Math.round(bytes / (1024 * 1024));
      return { problem: vscode.l10n.t('{0} is {1} MB; a flashcard set to import must be at most {2} MB. Nothing was imported.', name, mb(stat.size), mb(MAX_IMPORT_BYTES)) };
    }
    return checkImportBytes(name, await vscode.workspace.fs.readFile(uri));
  } catch (error) {
    return { problem: vscode.l10n.t('Could not read {0}: {1}', name, errorText(error)) };
  }
}

function refuse(deps: ImportExportDeps, message: string): ImportOutcome {
  deps.output.appendLine(`Import: ${message}`);
  void vscode.window.showErrorMessage(message);
  return { kind: 'refused', message };
}

function workspaceRoots(): { roots: WorkspaceRoot[]; folders: readonly vscode.WorkspaceFolder[] } {
  const folders = vscode.workspace.workspaceFolders ?? [];
  return { folders, roots: folders.map((f) => ({ name: f.name, path: f.uri.path })) };
}

/** The preview, over and over with the student's changes, until Import writes the note or Escape/Cancel ends it. */
async function importText(deps: ImportExportDeps, text: string, source: Source, token: vscode.CancellationToken, core: ImportCore): Promise<ImportOutcome> {
  const { roots, folders } = workspaceRoots();
  const multiRoot = folders.length > 1;
  let folder: FolderChoice | undefined = folders.length ? resolveFolder(deps.workspaceState.get(WorkspaceStateKeys.importFolder), roots) : undefined;
  const dirOf = (choice: FolderChoice) => (choice.relative ? vscode.Uri.joinPath(folders[choice.root].uri, ...choice.relative.split('/')) : folders[choice.root].uri);
  let taken = folder ? await namesIn(dirOf(folder)) : new Set<string>();
  const choices: ImportChoices = {};
  // Separators the student set belong to the format they were set for: keep reading it as that.
  let separatorsFor: ImportFormat | undefined;
  let active: PreviewAction = 'import';
  const date = localDate(new Date());

  for (;;) {
    if (token.isCancellationRequested) return { kind: 'cancelled' };
    let plan: ImportPlan;
    try {
      plan = planImport({
        text,
        choices: { ...choices, format: choices.format ?? separatorsFor },
        fallbackTitle: source.fallbackTitle,
        origin: source.origin,
        date,
        taken: (name) => taken.has(name.toLowerCase()),
        fileOf: (name) => {
          const uri = folder ? vscode.Uri.joinPath(dirOf(folder), name) : vscode.Uri.joinPath(source.near ?? vscode.Uri.file('/'), name);
          return { file: folder ? vscode.workspace.asRelativePath(uri, multiRoot) : name, uri: uri.toString() };
        },
      }, core);
    } catch (error) {
      return refuse(deps, vscode.l10n.t('Could not read {0} as flashcards: {1}', source.origin, errorText(error)));
    }
    const { set, guess } = plan.read;
    const rows = previewRows({
      preview: plan.preview,
      format: set.format,
      settings: set.settings,
      guess,
      formatChosen: choices.format !== undefined,
      folder: folder && folderLabel(folder, roots),
      fileName: plan.fileName,
    });
    const action = await showPreview(previewTitle(plan.title), rows, active, deps.probe, token);
    if (!action || action === 'cancel') return { kind: 'cancelled' };
    active = action;
    switch (action) {
      case 'import': {
        if (isEmptyPlan(plan)) {
          void vscode.window.showWarningMessage(vscode.l10n.t('Nothing to import: no cards were found in {0}. Try another format or other separators.', source.origin));
          continue;
        }
        let uri: vscode.Uri | undefined;
        try {
          uri = folder ? await createNote(dirOf(folder), plan, core) : await saveNoteAs(plan, source);
        } catch (error) {
          return refuse(deps, vscode.l10n.t('Could not write the note for {0}: {1}. Nothing was imported.', source.origin, errorText(error)));
        }
        if (!uri) continue; // the save dialog was closed: back to the preview
        if (folder) await deps.workspaceState.update(WorkspaceStateKeys.importFolder, folderLabel(folder, roots));
        const cards = plan.preview.cards.length;
        const concepts = plan.preview.concepts;
        announce(deps.content, uri, importedMessage(cards, concepts, folders.length ? vscode.workspace.asRelativePath(uri, multiRoot) : fileNameOf(uri)), token);
        deps.output.appendLine(`Import: ${source.origin} → ${uri.toString(true)} (${cards} cards, ${concepts} concepts, ${set.format})`);
        return { kind: 'imported', uri: uri.toString(), cards, concepts };
      }
      case 'format': {
        const picked = await pickChoice(vscode.l10n.t('Import Flashcards: format'), vscode.l10n.t('How is {0} written?', source.origin), formatChoices(guess, set.format));
        if (!picked?.value) continue;
        // The detected format again: back to detection ("detected: …"), with its own separators.
        choices.format = picked.value === guess.format ? undefined : picked.value;
        choices.fieldSeparator = choices.rowSeparator = undefined;
        separatorsFor = undefined;
        continue;
      }
      case 'title': {
        const title = await askText({
          title: vscode.l10n.t('Import Flashcards: title'),
          prompt: vscode.l10n.t('The note\'s title; it names the file too'),
          value: plan.title,
          validate: (value) => (value.trim() ? undefined : vscode.l10n.t('Type a title: it names the note and its file.')),
        });
        if (title?.trim()) choices.title = title.trim();
        continue;
      }
      case 'folder': {
        if (!folder) continue;
        const picked = await pickFolder(dirOf(folder), folders[folder.root].uri);
        if (!picked) continue;
        const chosen = picked.scheme === folders[0].uri.scheme && picked.authority === folders[0].uri.authority ? folderOfPath(picked.path, roots) : undefined;
        if (!chosen) {
          void vscode.window.showWarningMessage(vscode.l10n.t('Pick a folder inside the workspace: only notes in the workspace\'s folders become flashcards.'));
          continue;
        }
        folder = chosen;
        taken = await namesIn(dirOf(folder));
        continue;
      }
      case 'separators': {
        const field = await pickSeparator(
          vscode.l10n.t('Import Flashcards: separators'),
          set.format === 'csv' ? vscode.l10n.t('Between fields') : vscode.l10n.t('Between a term and its definition'),
          fieldSeparatorChoices(set.settings.fieldSeparator),
        );
        if (field === undefined) continue;
        if (set.format === 'quizlet') {
          const row = await pickSeparator(vscode.l10n.t('Import Flashcards: separators'), vscode.l10n.t('Between cards'), rowSeparatorChoices(set.settings.rowSeparator));
          if (row === undefined) continue;
          choices.rowSeparator = row;
        }
        choices.fieldSeparator = field;
        separatorsFor = set.format;
        continue;
      }
    }
  }
}

async function pickSeparator(title: string, placeholder: string, options: PreviewChoice<string>[]): Promise<string | undefined> {
  const picked = await pickChoice(title, placeholder, options);
  if (!picked) return undefined;
  if (picked.value !== undefined) return picked.value;
  const typed = await askText({
    title,
    prompt: vscode.l10n.t('{0}: type the separator (\\t for a tab, \\n for a new line)', placeholder),
    value: '',
    validate: (value) => (value ? undefined : vscode.l10n.t('Type at least one character.')),
  });
  return typed ? parseCustomSeparator(typed) : undefined;
}

async function pickFolder(current: vscode.Uri, root: vscode.Uri): Promise<vscode.Uri | undefined> {
  const exists = await vscode.workspace.fs.stat(current).then(() => true, () => false);
  const picked = await vscode.window.showOpenDialog({
    canSelectFiles: false,
    canSelectFolders: true,
    canSelectMany: false,
    defaultUri: exists ? current : root,
    openLabel: vscode.l10n.t('Import Here'),
    title: vscode.l10n.t('Folder for the imported note'),
  });
  return picked?.[0];
}

/** The names in a folder, lower-cased (Windows and macOS compare names without case); none when it does not exist yet. */
async function namesIn(dir: vscode.Uri): Promise<Set<string>> {
  try {
    // Asked first: reading a folder that is not there yet logs an error in the extension host.
    await vscode.workspace.fs.stat(dir);
    return new Set((await vscode.workspace.fs.readDirectory(dir)).map(([name]) => name.toLowerCase()));
  } catch {
    return new Set();
  }
}

/**
 * Writes the note under the first free name, with a create-only edit: if a
 * file of that name appeared since the folder was listed, the edit fails
 * instead of overwriting it, and the next free name is tried.
 */
async function createNote(dir: vscode.Uri, plan: ImportPlan, core: ImportCore): Promise<vscode.Uri> {
  const contents = new TextEncoder().encode(plan.preview.noteText);
  await vscode.workspace.fs.createDirectory(dir);
  for (let attempt = 0; attempt < 5; attempt++) {
    const names = await namesIn(dir);
    const uri = vscode.Uri.joinPath(dir, core.freeFileName(core.noteFileName(plan.title), (name) => names.has(name.toLowerCase())));
    const edit = new vscode.WorkspaceEdit();
    edit.createFile(uri, { overwrite: false, ignoreIfExists: false, contents });
    if (await vscode.workspace.applyEdit(edit)) return uri;
  }
  throw new Error(vscode.l10n.t('files kept appearing under its name in {0}', vscode.workspace.asRelativePath(dir)));
}

/** No workspace: the student says where (the save dialog asks before replacing a file). */
async function saveNoteAs(plan: ImportPlan, source: Source): Promise<vscode.Uri | undefined> {
  const uri = await vscode.window.showSaveDialog({
    defaultUri: source.near ? vscode.Uri.joinPath(source.near, plan.fileName) : undefined,
    filters: { [vscode.l10n.t('Markdown notes')]: ['md'] },
    saveLabel: vscode.l10n.t('Import'),
    title: vscode.l10n.t('Save the imported note'),
  });
  if (!uri) return undefined;
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(plan.preview.noteText));
  return uri;
}

/** "Imported … into …." with Study Now (once the notes index has the note) and Open Note. */
function announce(content: ContentIndex, uri: vscode.Uri, message: string, token: vscode.CancellationToken): void {
  const study = vscode.l10n.t('Study Now');
  const open = vscode.l10n.t('Open Note');
  void vscode.window.showInformationMessage(message, study, open).then(async (choice) => {
    if (choice === open) {
      await vscode.window.showTextDocument(uri);
    } else if (choice === study) {
      const topicId = await noteTopic(content, uri.toString(), STUDY_WAIT_MS, token);
      if (topicId) {
        await vscode.commands.executeCommand(Commands.openFlashcards, topicId);
      } else if (!token.isCancellationRequested) {
        void vscode.window.showWarningMessage(vscode.l10n.t('{0} is not among your notes yet; if its folder is excluded (crmStudy.notes.exclude, files.exclude or a .gitignore), its cards are not studied. Opening the note instead.', vscode.workspace.asRelativePath(uri)));
        await vscode.window.showTextDocument(uri);
      }
    }
  });
}

/** The note's group (its deck or its file) once the notes index has it; undefined after `ms`. */
export function noteTopic(content: ContentIndex, key: string, ms: number, token: vscode.CancellationToken): Promise<string | undefined> {
  const now = content.note(key);
  if (now) return Promise.resolve(now.topic.id);
  return new Promise((resolve) => {
    const done = (topicId: string | undefined) => {
      clearTimeout(timer);
      listening.dispose();
      cancelled.dispose();
      resolve(topicId);
    };
    const timer = setTimeout(() => done(undefined), ms);
    const listening = content.onDidChange(() => {
      const note = content.note(key);
      if (note) done(note.topic.id);
    });
    const cancelled = token.onCancellationRequested(() => done(undefined));
  });
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
