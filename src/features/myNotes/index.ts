// My notes as study material: keeps the shared ContentIndex filled with what
// the student's own Markdown notes hold (through the NotesIndex), puts what is
// wrong in them in the Problems panel, and offers their quick fixes and "Pin
// card id". This module ships as dist/myNotes.js and is loaded only when the
// notes index starts, after activation (see register.ts): activation pays
// neither its code nor the parser's. The first index shows in the window's
// progress indicator only when it takes over a second.
//
// A window without a folder indexes the Markdown files open in editors (while
// they are open); a workspace indexes every *.md of every folder that the
// exclude settings and .gitignore files let in, and open files outside the
// folders too.

import vscode = require('vscode');
import { ContentIndex } from '../../core/content/contentIndex';
import { NotesIndex } from '../../core/notes/notesIndex';
import { useTranslator } from '../../core/util/l10n';
import { EXTENSION_ID, Settings } from '../../vscode/constants';
import { registerNoteCodeActions } from './codeActions';
import { enabledGlobs } from './excludeSettings';
import { NotesCache } from './notesCache';
import { NoteSync, ScanReport } from './noteSync';
import { excludeMatcher as coreExcludeMatcher, ExcludeMatcherFactory } from './pathMatcher';
import { registerProblems } from './problems';
import { summaryLine } from './summary';
import type { MyNotesTestHooks } from './testHooks';

export type { MyNotesTestHooks } from './testHooks';

/** The first index shows in the window's progress indicator once it has taken this long. */
const PROGRESS_AFTER_MS = 1000;

export interface MyNotesDeps {
  /** The shared content (activate's `pack`): the notes' concepts, cards and topics go in beside the pack's. */
  content: ContentIndex;
  output: vscode.OutputChannel;
  /** context.storageUri: where the index is saved across reloads (undefined without a folder: no saving). */
  storageUri: vscode.Uri | undefined;
  extensionUri: vscode.Uri;
  /** Which paths a folder's notes skip (core's glob and .gitignore matcher unless a test gives another). */
  excludeMatcher?: ExcludeMatcherFactory;
  /** Test mode: keep the output lines for the test hooks. */
  testMode?: boolean;
}

export interface MyNotesRunning extends vscode.Disposable {
  /** Only in Test mode (activate asks for them then). */
  testHooks(): MyNotesTestHooks;
}

/** Starts the notes index now: registers its listeners and providers and queues the first index. */
export function startMyNotes(deps: MyNotesDeps): MyNotesRunning {
  // This bundle has its own copy of core's l10n port: the parser's messages go through VS Code's too.
  useTranslator(vscode.l10n.t);
  const index = new NotesIndex(deps.content);
  const lines: string[] = [];
  const log = (line: string) => {
    deps.output.appendLine(line);
    if (deps.testMode) lines.push(line);
  };
  const excludeMatcher = deps.excludeMatcher ?? coreExcludeMatcher;
  const build = once(() => buildStamp(deps.extensionUri));
  const cache = deps.storageUri && new NotesCache(deps.storageUri, build, log);
  const makeSync = (target: NotesIndex, writesCache: boolean, logTo: (line: string) => void) =>
    new NoteSync({ index: target, log: logTo, excludeMatcher, excludeGlobs, cache, writesCache });

  const sync = makeSync(index, true, log);
  const running = vscode.Disposable.from(
    sync,
    registerProblems(index),
    registerNoteCodeActions(index, (uri) => sync.flushEditor(uri)),
    sync.listen(),
    ...(cache ? [cache] : []),
  );
  void sync.run(async () => {
    const report = await withLateProgress(sync, sync.firstIndex());
    log(
      summaryLine({
        ...report,
        withContent: [...deps.content.noteKeys()].length,
        concepts: deps.content.noteConcepts.length,
        cards: deps.content.noteCards.length,
      }),
    );
  });

  const idle = () => sync.idle();
  return {
    testHooks: () => ({
      index,
      idle,
      output: lines,
      cacheUri: cache?.uri,
      saveCache: async () => {
        await idle();
        await cache?.write(index.toCache(), (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
      },
      coldStart: async () => {
        await idle();
        const content = new ContentIndex({ version: 1, topics: [], concepts: [], cards: [] });
        const fresh = makeSync(new NotesIndex(content), false, () => undefined);
        try {
          const report: ScanReport = await fresh.firstIndex();
          return { ...report, cards: content.noteCards.length };
        } finally {
          fresh.dispose();
        }
      },
    }),
    dispose: () => running.dispose(),
  };
}

/** files.exclude, search.exclude and crmStudy.notes.exclude as they apply in `folder`. */
function excludeGlobs(folder: vscode.WorkspaceFolder): string[] {
  return [
    ...enabledGlobs(vscode.workspace.getConfiguration('files', folder.uri).get('exclude')),
    ...enabledGlobs(vscode.workspace.getConfiguration('search', folder.uri).get('exclude')),
    ...enabledGlobs(vscode.workspace.getConfiguration(Settings.section, folder.uri).get(Settings.notesExclude)),
  ];
}

/** Shows the first index in the window's progress indicator, but only once it has run for a second. */
function withLateProgress<T>(sync: NoteSync, work: Promise<T>): Promise<T> {
  const timer = setTimeout(() => {
    void vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Indexing notes') }, (progress) => {
      sync.onProgress = (done, total) => progress.report({ message: `${done}/${total}` });
      return work.then(
        () => undefined,
        () => undefined,
      );
    });
  }, PROGRESS_AFTER_MS);
  return work.finally(() => {
    clearTimeout(timer);
    sync.onProgress = undefined;
  });
}

/** The extension's version and its bundle's stamp: a saved index from another build (another parser) is not used. */
async function buildStamp(extensionUri: vscode.Uri): Promise<string> {
  const version = String(vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON?.version ?? '');
  for (const bundle of ['dist/extension.js', 'dist/web/extension.js']) {
    try {
      const stat = await vscode.workspace.fs.stat(vscode.Uri.joinPath(extensionUri, bundle));
      return `${version}:${stat.mtime}:${stat.size}`;
    } catch {
      // not this build's bundle
    }
  }
  return version;
}

function once<T>(make: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= make());
}
