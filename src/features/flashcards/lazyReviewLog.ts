// The review log as the flashcards feature holds it from activation: a thin
// stand-in that loads the real one (core/study/reviewLogStore.ts, shipped as
// dist/reviewLog.js, through ../../vscode/lazyBundles.ts) on the first grade,
// read or export, so activation pays neither its code nor a file read.
// Listeners given before that are kept and passed on. The first use is
// synchronous, so the browser build has it in dist/web/extension.js itself.

import type { LogFiles, ReviewEvent, ReviewHistory } from '../../core/study/reviewLog';
import type { ReviewLog, ReviewLogOptions } from '../../core/study/reviewLogStore';
import type { ReviewSink } from '../../core/study/reviewSession';
import { bundles } from '../../vscode/lazyBundles';

type Bundle = typeof import('../../core/study/reviewLogStore');

export class LazyReviewLog implements ReviewHistory, ReviewSink {
  private log: ReviewLog | undefined;
  private bundle: Bundle | undefined;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly files: LogFiles, private readonly options: ReviewLogOptions, private readonly load: () => Bundle = () => bundles.load('reviewLog')) {}

  private real(): ReviewLog {
    if (!this.log) {
      this.bundle = this.load();
      this.log = new this.bundle.ReviewLog(this.files, this.options);
      this.log.onDidChange(() => {
        for (const listener of [...this.listeners]) listener();
      });
    }
    return this.log;
  }

  /** The real log, loading it now (the test hooks reach it through this). */
  get loaded(): ReviewLog {
    return this.real();
  }

  append(event: ReviewEvent): void {
    this.real().append(event);
  }

  remove(cardId: string, at: number): void {
    this.real().remove(cardId, at);
  }

  events(): Promise<readonly ReviewEvent[]> {
    return this.real().events();
  }

  onDidChange(listener: () => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  /** Every grade as the FSRS optimizer's CSV, and how many rows it has (cram grades left out). */
  async csv(): Promise<{ text: string; rows: number }> {
    const log = this.real();
    await log.flush().catch(() => undefined);
    const events = await log.events();
    return { text: this.bundle!.reviewLogCsv(events), rows: this.bundle!.reviewLogCsvRows(events) };
  }

  clear(): Promise<void> {
    return this.real().clear();
  }

  /** Nothing to re-read before the log was first used. */
  refresh(): Promise<boolean> {
    return this.log ? this.log.refresh() : Promise.resolve(false);
  }

  flush(): Promise<void> {
    return this.log ? this.log.flush() : Promise.resolve();
  }

  dispose(): Promise<void> {
    return this.log ? this.log.dispose() : Promise.resolve();
  }
}
