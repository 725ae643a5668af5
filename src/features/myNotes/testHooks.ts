// What the integration tests may reach of the notes index, only in Test mode
// (src/extension.ts asks for it then and only then).

import type { Uri } from 'vscode';
import type { NotesIndex } from '../../core/notes/notesIndex';
import type { ScanReport } from './noteSync';

export interface MyNotesTestHooks {
  /** The live notes index (the ContentIndex it feeds is the hooks' `pack`). */
  readonly index: NotesIndex;
  /** Resolves once the first index, every file event, editor debounce and queued update has been applied. */
  idle(): Promise<void>;
  /** The lines the notes index wrote to the "CRM Study" output channel. */
  readonly output: readonly string[];
  /** Where the index is saved (undefined in a window without a folder). */
  readonly cacheUri: Uri | undefined;
  /** Saves the index to workspace storage now, as it does a little after changes settle. */
  saveCache(): Promise<void>;
  /**
   * A first index as after a window reload: into a fresh index, from the saved
   * one and the files. `read` says how many files it had to read; the live
   * index is untouched. `cards`: how many cards the fresh index holds.
   */
  coldStart(): Promise<ScanReport & { cards: number }>;
}
