// The notes index saved in workspace storage (context.storageUri, one folder
// per workspace; none in a window without a folder), so a window reload
// re-parses only the notes that changed meanwhile. Written through
// vscode.workspace.fs a little after changes settle, never per keystroke.
// The file wraps NotesIndex.toCache() with what makes it stale: another
// extension build (a different parser) or another display-path mode (a
// multi-root workspace names notes "folder/…"). Anything unreadable is ignored
// and overwritten by the next write.

import vscode = require('vscode');

const FORMAT = 1;
const FILE_NAME = 'notes-index.json';
export const CACHE_WRITE_DELAY_MS = 2000;

interface CacheFile {
  format: typeof FORMAT;
  /** The extension build that wrote it. */
  build: string;
  multiRoot: boolean;
  index: unknown;
}

export class NotesCache implements vscode.Disposable {
  readonly uri: vscode.Uri;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pending: (() => void) | undefined;
  private writing: Promise<void> = Promise.resolve();
  private disposed = false;

  constructor(
    private readonly storage: vscode.Uri,
    /** Which build of the extension this is (its version and bundle stamp), known after activation. */
    private readonly build: () => Promise<string>,
    private readonly log: (line: string) => void,
  ) {
    this.uri = vscode.Uri.joinPath(storage, FILE_NAME);
  }

  /** The saved index data for NotesIndex.restore, or undefined when there is none that fits. */
  async read(multiRoot: boolean): Promise<unknown> {
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(this.uri);
    } catch {
      return undefined; // first run in this workspace
    }
    try {
      const file = JSON.parse(new TextDecoder().decode(bytes)) as Partial<CacheFile>;
      if (!file || file.format !== FORMAT || file.build !== (await this.build()) || file.multiRoot !== multiRoot) return undefined;
      return file.index;
    } catch (error) {
      this.log(`Notes: the saved notes index could not be read (${error instanceof Error ? error.message : String(error)}); every note is read again and the index saved anew.`);
      return undefined;
    }
  }

  /** Saves `data()` once changes have settled for a while. */
  schedule(data: () => unknown, multiRoot: () => boolean): void {
    if (this.disposed) return;
    clearTimeout(this.timer);
    this.pending = () => void this.write(data(), multiRoot());
    this.timer = setTimeout(() => this.pending?.(), CACHE_WRITE_DELAY_MS);
  }

  /** Saves now (tests, and what a pending save does at shutdown). */
  write(index: unknown, multiRoot: boolean): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = undefined;
    this.writing = this.writing.then(async () => {
      try {
        const file: CacheFile = { format: FORMAT, build: await this.build(), multiRoot, index };
        await vscode.workspace.fs.createDirectory(this.storage);
        await vscode.workspace.fs.writeFile(this.uri, new TextEncoder().encode(JSON.stringify(file)));
      } catch (error) {
        this.log(`Notes: could not save the notes index (${error instanceof Error ? error.message : String(error)}); the next window reads every note again.`);
      }
    });
    return this.writing;
  }

  /** A save still waiting is made now: the window may be closing. */
  dispose(): void {
    this.pending?.();
    this.disposed = true;
  }
}
