// Keeps the NotesIndex (and through it the shared ContentIndex) in step with
// the student's Markdown notes: the first index of every workspace folder (from
// the saved index where files did not change), then every change on its own:
// files created, changed, deleted or renamed (inside VS Code or outside it),
// folders added to or removed from the workspace, exclude settings and
// .gitignore files changing, and the unsaved text of open editors.
//
// Ordering: everything that reads files runs one task at a time (SerialQueue),
// so a delete that arrives while a read of the same file is under way is
// applied after it. An editor's unsaved text is applied synchronously after a
// short debounce and then "owns" its note: file reads leave such a note alone
// until the editor is saved, reverted or closed. Every change is applied in an
// index batch, so the views hear one change per burst, not one per file.

import vscode = require('vscode');
import { NoteSource } from '../../core/notes/noteParser';
import { NoteStamp, NotesIndex } from '../../core/notes/notesIndex';
import { SerialQueue } from '../../core/util/serialQueue';
import { listNotes, readNote, ReadResult, readText, statNote } from './noteFiles';
import { NotesCache } from './notesCache';
import { sizeProblem } from '../../core/notes/noteText';
import { baseName, isMarkdownPath, isSameOrUnder, relativeToFolder } from './paths';
import { ExcludeMatcherFactory, GitignoreFile, PathExcluded } from './pathMatcher';
import { findFilesExclude } from './excludeSettings';
import { forEachLimited } from './pool';

/** Unsaved edits update their note this long after the last keystroke. */
export const EDIT_DEBOUNCE_MS = 300;
/** File events are gathered this long into one batch (a git checkout sends hundreds). */
const EVENT_DELAY_MS = 50;
// Each workspace.fs call is a round trip in the extension host (about 1 ms in
// code-server), so throughput grows with calls in flight: over 2,000 notes,
// stat took 2.2 s at 8 at a time, 0.42 s at 32, 0.21 s at 128; reads 1.9 s,
// 0.74 s, 0.50 s. Reads are at most 1 MB each (stat comes first).
const STAT_CONCURRENCY = 128;
const READ_CONCURRENCY = 64;
/** The first index tells the views what it has every this many notes, or this often. */
const CHUNK_NOTES = 250;
const CHUNK_MS = 200;
/** Created paths that may be folders (moved in from outside VS Code) are checked one by one up to this many; more, and the folder is listed again. */
const MAX_FOLDER_CHECKS = 64;

export interface ScanReport {
  /** Notes indexed (read now or unchanged since the saved index). */
  notes: number;
  /** Of those, taken from the saved index without reading. */
  fromCache: number;
  /** Files read (and parsed when the cheap first look found study content). */
  read: number;
  skipped: number;
  ms: number;
}

export interface NoteSyncDeps {
  index: NotesIndex;
  log(line: string): void;
  excludeMatcher: ExcludeMatcherFactory;
  /** The exclude globs in force in a folder: files.exclude, search.exclude and crmStudy.notes.exclude. */
  excludeGlobs(folder: vscode.WorkspaceFolder): string[];
  /** Where the index is saved across reloads (none in a window without a folder). */
  cache?: NotesCache;
  /** False for a second instance that only reads the saved index (the test hooks' cold start). */
  writesCache: boolean;
}

interface Scope {
  folder: vscode.WorkspaceFolder;
  findExclude: string | undefined;
  /** The globs alone: what a walk does not enter before the .gitignore files are known. */
  globsOnly: PathExcluded;
  excluded: PathExcluded;
}

interface FileEvent {
  uri: vscode.Uri;
  kind: 'refresh' | 'deleted';
}

type Op = () => void;

const EXCLUDE_SETTINGS = ['files.exclude', 'search.exclude', 'crmStudy.notes.exclude'];

export class NoteSync implements vscode.Disposable {
  private readonly index: NotesIndex;
  private readonly scopes = new Map<string, Scope>();
  /** Notes left out for their size or bytes, with the reason last logged. */
  private readonly skipped = new Map<string, string>();
  /** Notes whose index entry is an open editor's text rather than the file. */
  private readonly editorOwned = new Set<string>();
  private readonly editorTimers = new Map<string, { timer: ReturnType<typeof setTimeout>; doc: vscode.TextDocument }>();
  private pendingEvents = new Map<string, FileEvent>();
  private eventTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly queue = new SerialQueue();
  private busy = 0;
  private idleWaiters: Array<() => void> = [];
  private multiRoot = false;
  private disposed = false;
  /** Set while the window's progress indicator shows the first index. */
  onProgress: ((done: number, total: number) => void) | undefined;

  constructor(private readonly deps: NoteSyncDeps) {
    this.index = deps.index;
  }

  /** Resolves once every scan, file event, editor debounce and queued task has been applied. */
  idle(): Promise<void> {
    return this.busy === 0 ? Promise.resolve() : new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Runs a task that reads files after those queued before it; a failure is logged, never thrown. */
  run(task: () => Promise<unknown>): Promise<void> {
    this.hold();
    return this.queue
      .push(task)
      .then(
        () => undefined,
        (error: unknown) => this.deps.log(`Notes: ${error instanceof Error ? error.stack ?? error.message : String(error)}`),
      )
      .finally(() => this.release());
  }

  /** The first index: every folder, from the saved index where files did not change, then the open editors' unsaved text. */
  async firstIndex(): Promise<ScanReport> {
    this.multiRoot = multiRootNow();
    const folders = vscode.workspace.workspaceFolders ?? [];
    const cache = folders.length > 0 ? await this.deps.cache?.read(this.multiRoot) : undefined;
    const report = await this.scan(folders, { cache });
    this.saveSoon();
    return report;
  }

  /** Follows every change from now on. */
  listen(): vscode.Disposable {
    // `**/*`, not `**/*.md`: a deleted or moved folder comes as one event for the folder, none for its notes.
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    const onFile = (kind: FileEvent['kind'], everything: boolean) => (uri: vscode.Uri) => {
      if (everything || isMarkdownPath(uri.path) || baseName(uri.path) === '.gitignore') this.queueEvent(uri, kind);
    };
    return vscode.Disposable.from(
      watcher,
      watcher.onDidCreate(onFile('refresh', true)),
      watcher.onDidChange(onFile('refresh', false)),
      watcher.onDidDelete(onFile('deleted', true)),
      // The same operations done in VS Code (explorer, WorkspaceEdit) are told at once, before the watcher's events.
      vscode.workspace.onDidCreateFiles((e) => e.files.forEach((uri) => this.queueEvent(uri, 'refresh'))),
      vscode.workspace.onDidDeleteFiles((e) => e.files.forEach((uri) => this.queueEvent(uri, 'deleted'))),
      vscode.workspace.onDidRenameFiles((e) => void this.run(() => this.renamed(e.files))),
      // An event without content changes tells that the dirty state changed (a revert, a save): that matters too.
      vscode.workspace.onDidChangeTextDocument((e) => this.edited(e.document, e.contentChanges.length > 0)),
      vscode.workspace.onDidSaveTextDocument((doc) => this.saved(doc)),
      vscode.workspace.onDidOpenTextDocument((doc) => this.opened(doc)),
      vscode.workspace.onDidCloseTextDocument((doc) => this.closed(doc)),
      // A note outside the folders counts while a tab shows it (documents outlive their tabs by minutes).
      vscode.window.tabGroups.onDidChangeTabs((e) => this.tabsChanged(e)),
      vscode.workspace.onDidChangeWorkspaceFolders((e) => void this.run(() => this.foldersChanged(e))),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (EXCLUDE_SETTINGS.some((setting) => e.affectsConfiguration(setting))) void this.run(() => this.scan(vscode.workspace.workspaceFolders ?? [], {}));
      }),
    );
  }

  /** Applies a pending unsaved edit of `uri` now (a code action must see the lines the student sees). */
  flushEditor(uri: vscode.Uri): void {
    const pending = this.editorTimers.get(uri.toString());
    if (!pending) return;
    this.cancelEditor(uri.toString());
    this.applyEditor(pending.doc);
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.eventTimer);
    this.eventTimer = undefined;
    for (const key of [...this.editorTimers.keys()]) this.cancelEditor(key);
    this.pendingEvents.clear();
    this.busy = 0;
    this.flushIdle();
  }

  // ---- scanning -------------------------------------------------------------

  /**
   * Lists the folders, takes what the saved index has of unchanged files,
   * reads the rest (or all of them with `force`), and forgets what the
   * folders no longer hold. Notes an editor owns are left to the editor.
   */
  private async scan(folders: readonly vscode.WorkspaceFolder[], options: { cache?: unknown; force?: boolean }): Promise<ScanReport> {
    const started = Date.now();
    const files = (await Promise.all(folders.map((folder) => this.listFolder(folder)))).flat();
    const listed = new Set(files.map((uri) => uri.toString()));

    const stamps = new Map<string, NoteStamp>();
    const skips: Op[] = [];
    await forEachLimited(files, STAT_CONCURRENCY, async (uri) => {
      const stat = await statNote(uri);
      if (stat.kind === 'file') stamps.set(uri.toString(), stat.stamp);
      else if (stat.kind === 'skipped') skips.push(() => this.skip(uri, stat.reason));
    });
    let skipped = skips.length;
    const fromCache = options.cache !== undefined ? this.index.restore(options.cache, (uri) => (this.editorOwned.has(uri) ? undefined : stamps.get(uri))) : 0;
    this.apply(skips);

    const toRead = files.filter((uri) => {
      const key = uri.toString();
      const stamp = stamps.get(key);
      return stamp && !this.editorOwned.has(key) && (options.force || !this.index.isCurrent(key, stamp));
    });
    let done = files.length - toRead.length;
    let read = 0;
    const chunk: Op[] = [];
    let lastFlush = Date.now();
    const flush = () => {
      this.apply(chunk.splice(0));
      lastFlush = Date.now();
    };
    this.onProgress?.(done, files.length);
    await forEachLimited(toRead, READ_CONCURRENCY, async (uri) => {
      const result = await readNote(uri);
      const stamp = stamps.get(uri.toString())!;
      if (result.kind === 'text') read++;
      else if (result.kind === 'skipped') skipped++;
      chunk.push(() => this.applyRead(uri, result, stamp));
      this.onProgress?.(++done, files.length);
      if (chunk.length >= CHUNK_NOTES || Date.now() - lastFlush >= CHUNK_MS) flush();
    });
    flush();

    const folderKeys = folders.map((folder) => folder.uri.toString());
    const stale = [...this.index.uris(), ...this.skipped.keys()].filter(
      (key) => folderKeys.some((folder) => isSameOrUnder(folder, key)) && !listed.has(key) && !(this.editorOwned.has(key) && this.isIncluded(vscode.Uri.parse(key))),
    );
    this.apply(stale.map((key) => () => this.forget(key)));
    this.adoptOpenEditors(!!options.force);
    return { notes: files.filter((uri) => this.index.has(uri.toString())).length, fromCache, read, skipped, ms: Date.now() - started };
  }

  /** Lists a folder's notes that its excludes let in, and sets its exclude rules (from settings and its .gitignore files). */
  private async listFolder(folder: vscode.WorkspaceFolder): Promise<vscode.Uri[]> {
    const globs = this.deps.excludeGlobs(folder);
    const globsOnly = this.deps.excludeMatcher({ globs, gitignores: [] });
    const findExclude = findFilesExclude(globs);
    const listing = await listNotes(folder, folder.uri, findExclude, globsOnly);
    if (listing.walked) this.deps.log(`Notes: ${folder.name} was listed by walking its folders (${listing.walked}).`);
    const gitignores: GitignoreFile[] = [];
    await forEachLimited(listing.gitignores, READ_CONCURRENCY, async (uri) => {
      const relative = relativeToFolder(folder.uri.path, uri.path);
      if (relative === undefined || globsOnly(relative)) return;
      gitignores.push({ dir: relative.slice(0, Math.max(0, relative.lastIndexOf('/'))), text: (await readText(uri)) ?? '' });
    });
    const scope: Scope = { folder, findExclude, globsOnly, excluded: this.deps.excludeMatcher({ globs, gitignores }) };
    this.scopes.set(folder.uri.toString(), scope);
    return listing.notes.filter((uri) => {
      const relative = relativeToFolder(folder.uri.path, uri.path);
      return relative !== undefined && !scope.excluded(relative);
    });
  }

  // ---- file events ----------------------------------------------------------

  private queueEvent(uri: vscode.Uri, kind: FileEvent['kind']): void {
    if (this.disposed) return;
    this.pendingEvents.set(uri.toString(), { uri, kind });
    if (this.eventTimer) return;
    this.hold();
    this.eventTimer = setTimeout(() => {
      this.eventTimer = undefined;
      const events = [...this.pendingEvents.values()];
      this.pendingEvents = new Map();
      void this.run(() => this.filesChanged(events));
      this.release();
    }, EVENT_DELAY_MS);
  }

  private async filesChanged(events: readonly FileEvent[]): Promise<void> {
    const removals = new Set<string>();
    const deletedFolders: string[] = [];
    const refresh: vscode.Uri[] = [];
    const maybeFolders: vscode.Uri[] = [];
    const rescan = new Set<Scope>();
    for (const { uri, kind } of events) {
      const key = uri.toString();
      const scope = this.scopeOf(uri);
      if (baseName(uri.path) === '.gitignore') {
        if (scope) rescan.add(scope);
      } else if (kind === 'deleted') {
        if (this.index.has(key) || this.skipped.has(key)) removals.add(key);
        else if (!isMarkdownPath(uri.path)) deletedFolders.push(key);
      } else if (scope && !this.editorOwned.has(key)) {
        const relative = relativeToFolder(scope.folder.uri.path, uri.path);
        if (relative === undefined) continue;
        if (scope.excluded(relative)) {
          if (this.index.has(key) || this.skipped.has(key)) removals.add(key);
        } else (isMarkdownPath(uri.path) ? refresh : maybeFolders).push(uri);
      }
    }
    if (deletedFolders.length > 0) {
      for (const key of [...this.index.uris(), ...this.skipped.keys()]) {
        if (deletedFolders.some((folder) => isSameOrUnder(folder, key))) removals.add(key);
      }
    }
    if (maybeFolders.length > MAX_FOLDER_CHECKS) {
      for (const uri of maybeFolders) rescan.add(this.scopeOf(uri)!);
    } else {
      await forEachLimited(maybeFolders, READ_CONCURRENCY, async (uri) => {
        if ((await statNote(uri)).kind !== 'directory') return;
        const found = await this.notesUnder(uri);
        if (found === 'rescan') rescan.add(this.scopeOf(uri)!);
        else refresh.push(...found);
      });
    }
    const reads = await this.readAll(refresh);
    this.apply([...[...removals].map((key) => () => this.forget(key)), ...reads]);
    for (const scope of rescan) {
      if (this.scopes.get(scope.folder.uri.toString()) === scope) await this.scan([scope.folder], {});
    }
  }

  /** Renamed or moved files and folders: the old URIs go and the new ones come in one batch, so a card's id (which does not depend on the path) never leaves the views. */
  private async renamed(files: ReadonlyArray<{ readonly oldUri: vscode.Uri; readonly newUri: vscode.Uri }>): Promise<void> {
    const removals = new Set<string>();
    const additions: vscode.Uri[] = [];
    const rescan = new Set<Scope>();
    for (const { oldUri, newUri } of files) {
      const oldKey = oldUri.toString();
      for (const key of [...this.index.uris(), ...this.skipped.keys(), ...this.editorOwned]) {
        if (!isSameOrUnder(oldKey, key)) continue;
        removals.add(key);
        this.editorOwned.delete(key);
        this.cancelEditor(key);
      }
      const stat = await statNote(newUri);
      if (stat.kind === 'directory') {
        const found = await this.notesUnder(newUri);
        if (found === 'rescan') rescan.add(this.scopeOf(newUri)!);
        else additions.push(...found);
      } else if (stat.kind !== 'gone' && this.isIncluded(newUri)) additions.push(newUri);
    }
    const reads = await this.readAll(additions);
    this.apply([...[...removals].map((key) => () => this.forget(key)), ...reads]);
    for (const scope of rescan) await this.scan([scope.folder], {});
  }

  private async foldersChanged(e: vscode.WorkspaceFoldersChangeEvent): Promise<void> {
    for (const folder of e.removed) {
      const folderKey = folder.uri.toString();
      this.scopes.delete(folderKey);
      const gone = [...this.index.uris(), ...this.skipped.keys()].filter((key) => isSameOrUnder(folderKey, key));
      this.apply(gone.map((key) => () => this.forget(key)));
    }
    const multiRoot = multiRootNow();
    if (multiRoot !== this.multiRoot) {
      // Every display path changes ("week3.md" ↔ "folder/week3.md"): so do the notes' topics and diagnostics.
      this.multiRoot = multiRoot;
      await this.scan(vscode.workspace.workspaceFolders ?? [], { force: true });
    } else if (e.added.length > 0) await this.scan(e.added, {});
  }

  /** The notes a folder inside a workspace folder holds, or 'rescan' when it brings .gitignore files (the rules change). */
  private async notesUnder(dir: vscode.Uri): Promise<vscode.Uri[] | 'rescan'> {
    const scope = this.scopeOf(dir);
    if (!scope) return [];
    const listing = await listNotes(scope.folder, dir, scope.findExclude, scope.globsOnly);
    if (listing.gitignores.length > 0) return 'rescan';
    return listing.notes.filter((uri) => this.isIncluded(uri));
  }

  /** Stats and reads the files, skipping what is unchanged; returns what to apply. */
  private async readAll(uris: readonly vscode.Uri[]): Promise<Op[]> {
    const ops: Op[] = [];
    await forEachLimited(uris, READ_CONCURRENCY, async (uri) => {
      const key = uri.toString();
      const stat = await statNote(uri);
      if (stat.kind === 'file') {
        if (this.index.isCurrent(key, stat.stamp)) return;
        const result = await readNote(uri);
        ops.push(() => this.applyRead(uri, result, stat.stamp));
      } else if (stat.kind === 'skipped') ops.push(() => this.skip(uri, stat.reason));
      else if (stat.kind === 'gone') ops.push(() => this.forget(key));
    });
    return ops;
  }

  // ---- editors --------------------------------------------------------------

  private edited(doc: vscode.TextDocument, textChanged: boolean): void {
    const kind = this.documentKind(doc);
    if (!kind) return;
    const key = doc.uri.toString();
    if (kind === 'outside' && !this.editorOwned.has(key) && !hasTab(doc.uri)) return;
    if (kind === 'inside' && !doc.isDirty) {
      // Back to the saved text (undo, revert): the file is the note again.
      if (this.editorOwned.has(key) || this.editorTimers.has(key)) this.backToFile(doc);
      return;
    }
    if (textChanged || (kind === 'inside' && !this.editorOwned.has(key))) this.scheduleEditor(doc);
  }

  private saved(doc: vscode.TextDocument): void {
    const kind = this.documentKind(doc);
    if (kind === 'inside') this.backToFile(doc);
    else if (kind === 'outside') this.scheduleEditor(doc);
  }

  private opened(doc: vscode.TextDocument): void {
    // One inside may come back dirty (hot exit, a rename); one outside waits for its tab (tabsChanged).
    if (this.documentKind(doc) === 'inside' && doc.isDirty) this.scheduleEditor(doc);
  }

  private tabsChanged(e: vscode.TabChangeEvent): void {
    for (const tab of [...e.opened, ...e.changed]) {
      const uri = tabUri(tab);
      const doc = uri && vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      if (doc && this.documentKind(doc) === 'outside' && !this.editorOwned.has(doc.uri.toString())) this.scheduleEditor(doc);
    }
    for (const tab of e.closed) {
      const uri = tabUri(tab);
      if (!uri || vscode.workspace.getWorkspaceFolder(uri) || hasTab(uri)) continue;
      const key = uri.toString();
      this.cancelEditor(key);
      if (this.editorOwned.delete(key)) this.index.remove(key);
    }
  }

  private closed(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    this.cancelEditor(key);
    if (!this.editorOwned.delete(key)) return;
    // Closed without saving: the note is the file's content again (or gone with it).
    if (vscode.workspace.getWorkspaceFolder(doc.uri)) this.queueEvent(doc.uri, 'refresh');
    else this.index.remove(key);
  }

  private backToFile(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    this.cancelEditor(key);
    this.editorOwned.delete(key);
    // Read at once rather than wait for the watcher, whose event may come later (it then finds the note current).
    this.queueEvent(doc.uri, 'refresh');
  }

  private scheduleEditor(doc: vscode.TextDocument): void {
    if (this.disposed) return;
    const key = doc.uri.toString();
    const pending = this.editorTimers.get(key);
    if (pending) clearTimeout(pending.timer);
    else this.hold();
    const timer = setTimeout(() => {
      this.editorTimers.delete(key);
      try {
        this.applyEditor(doc);
      } finally {
        this.release();
      }
    }, EDIT_DEBOUNCE_MS);
    this.editorTimers.set(key, { timer, doc });
  }

  private cancelEditor(key: string): void {
    const pending = this.editorTimers.get(key);
    if (!pending) return;
    clearTimeout(pending.timer);
    this.editorTimers.delete(key);
    this.release();
  }

  private applyEditor(doc: vscode.TextDocument): void {
    if (this.disposed || doc.isClosed) return;
    const kind = this.documentKind(doc);
    if (!kind) return;
    if (kind === 'inside' && !doc.isDirty) {
      // Saved or reverted meanwhile: the file is the note.
      this.backToFile(doc);
      return;
    }
    const text = doc.getText();
    const tooBig = sizeProblem(text.length);
    if (tooBig) {
      this.skip(doc.uri, tooBig);
      return;
    }
    this.editorOwned.add(doc.uri.toString());
    this.skipped.delete(doc.uri.toString());
    this.index.update(this.noteSource(doc.uri), text);
  }

  /** Open editors whose text is the note: unsaved ones in the folders, every Markdown one shown in a tab outside them. */
  private adoptOpenEditors(all: boolean): void {
    for (const doc of vscode.workspace.textDocuments) {
      const kind = this.documentKind(doc);
      if (!kind || (!all && this.editorOwned.has(doc.uri.toString()))) continue;
      if ((kind === 'outside' && hasTab(doc.uri)) || (kind === 'inside' && doc.isDirty)) this.applyEditor(doc);
    }
  }

  /** 'inside' a workspace folder and not excluded, 'outside' every folder (indexed while open), or not a note. */
  private documentKind(doc: vscode.TextDocument): 'inside' | 'outside' | undefined {
    if (!isMarkdownPath(doc.uri.path)) return undefined;
    const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
    if (!folder) {
      const schemes = new Set(['file', ...(vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.scheme)]);
      return schemes.has(doc.uri.scheme) ? 'outside' : undefined;
    }
    return this.isIncluded(doc.uri) ? 'inside' : undefined;
  }

  // ---- applying -------------------------------------------------------------

  private apply(ops: readonly Op[]): void {
    if (ops.length === 0 || this.disposed) return;
    this.index.batch(() => {
      for (const op of ops) op();
    });
    this.saveSoon();
  }

  private applyRead(uri: vscode.Uri, result: ReadResult, stamp: NoteStamp): void {
    const key = uri.toString();
    if (this.editorOwned.has(key)) return;
    if (result.kind === 'text') {
      this.skipped.delete(key);
      this.index.update(this.noteSource(uri), result.text, stamp);
    } else if (result.kind === 'skipped') this.skip(uri, result.reason);
    else this.forget(key);
  }

  private skip(uri: vscode.Uri, reason: string): void {
    const key = uri.toString();
    if (this.skipped.get(key) !== reason) this.deps.log(`Notes: skipped ${this.noteSource(uri).file}: ${reason}`);
    this.skipped.set(key, reason);
    this.editorOwned.delete(key);
    this.index.remove(key);
  }

  private forget(key: string): void {
    this.skipped.delete(key);
    this.editorOwned.delete(key);
    this.index.remove(key);
  }

  private saveSoon(): void {
    if (this.deps.writesCache) this.deps.cache?.schedule(() => this.index.toCache(), () => this.multiRoot);
  }

  // ---- helpers --------------------------------------------------------------

  private scopeOf(uri: vscode.Uri): Scope | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder && this.scopes.get(folder.uri.toString());
  }

  private isIncluded(uri: vscode.Uri): boolean {
    const scope = this.scopeOf(uri);
    if (!scope || !isMarkdownPath(uri.path)) return false;
    const relative = relativeToFolder(scope.folder.uri.path, uri.path);
    return relative !== undefined && !scope.excluded(relative);
  }

  private noteSource(uri: vscode.Uri): NoteSource {
    return { uri: uri.toString(), file: vscode.workspace.asRelativePath(uri, this.multiRoot) };
  }

  private hold(): void {
    this.busy++;
  }

  private release(): void {
    if (this.busy > 0) this.busy--;
    if (this.busy === 0) this.flushIdle();
  }

  private flushIdle(): void {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}

function tabUri(tab: vscode.Tab): vscode.Uri | undefined {
  return tab.input instanceof vscode.TabInputText ? tab.input.uri : undefined;
}

function hasTab(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => tabUri(tab)?.toString() === key));
}

function multiRootNow(): boolean {
  return (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
}
