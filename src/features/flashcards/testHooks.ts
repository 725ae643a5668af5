// What the integration tests may reach of the flashcards, and only when VS Code
// runs the extension in Test mode (src/extension.ts builds this object then and
// only then): the live progress store, a store re-read from globalState, and the
// open panel, driven with the messages its webview would send. Production code
// knows it only as the optional probe it reports into.

import vscode = require('vscode');
import { ProgressStore } from '../../core/study/progressStore';
import type { ReviewLog } from '../../core/study/reviewLogStore';
import type { LazyReviewLog } from './lazyReviewLog';
import { CardView, FromWebview, PanelState, ToWebview } from '../../shared/flashcardsProtocol';
import type { DueCounts } from './dueTracker';
import type { Flashcards } from './index';
import type { FlashcardsPanel, PanelProbe } from './panel';

export interface FlashcardsPanelTestHooks {
  /** The card the webview was last sent (undefined on the summary). */
  currentCardId(): string | undefined;
  /** That card as the webview got it (its options in the order shown; undefined on the summary); a new object each time one is sent. */
  currentCard(): CardView | undefined;
  /** Handles `message` as if the webview had sent it; resolves once handled. */
  send(message: FromWebview): Promise<void>;
  /** Resolves with the id of the next card the webview reports as painted. */
  nextRendered(): Promise<string>;
  /** Milliseconds from the command to the panel's first card painted, once known. */
  readonly firstCardMs: number | undefined;
  readonly panelState: PanelState;
}

export interface FlashcardsTestHooks {
  /** The live progress store. */
  readonly store: ProgressStore;
  /** The live review log (loaded on first use). */
  readonly reviewLog: ReviewLog;
  /** A second store read afresh from the same globalState: what a window reload would see. */
  reopenStore(): ProgressStore;
  /** The open panel, if any. */
  readonly panel: FlashcardsPanelTestHooks | undefined;
  queueForReview(cardIds: readonly string[]): Promise<number>;
  readonly dueCounts: DueCounts;
}

/** What registerFlashcards reports into when it is given a probe. */
export interface FlashcardsProbe extends PanelProbe {
  storeOpened(store: ProgressStore): void;
  reviewLogOpened(reviewLog: LazyReviewLog): void;
  /** The panel now open, or undefined once it closed. */
  panelChanged(panel: FlashcardsPanel | undefined): void;
}

export class FlashcardsTestProbe implements FlashcardsProbe {
  private store: ProgressStore | undefined;
  private reviewLog: LazyReviewLog | undefined;
  private panel: FlashcardsPanel | undefined;
  private currentCard: string | undefined;
  private currentView: CardView | undefined;
  private firstCardMs: number | undefined;
  private readonly renderedListeners = new Set<(cardId: string) => void>();

  constructor(private readonly globalState: vscode.Memento, private readonly progressKey: string) {}

  storeOpened(store: ProgressStore): void {
    this.store = store;
  }

  reviewLogOpened(reviewLog: LazyReviewLog): void {
    this.reviewLog = reviewLog;
  }

  panelChanged(panel: FlashcardsPanel | undefined): void {
    this.panel = panel;
    if (!panel) {
      this.currentCard = undefined;
      this.currentView = undefined;
      this.firstCardMs = undefined;
    }
  }

  posted(message: ToWebview): void {
    if (message.type === 'card') {
      this.currentCard = message.card.id;
      this.currentView = message.card;
    } else if (message.type === 'summary') {
      this.currentCard = undefined;
      this.currentView = undefined;
    }
  }

  painted(cardId: string, firstCardMs: number | undefined): void {
    if (firstCardMs !== undefined) this.firstCardMs = firstCardMs;
    for (const listener of [...this.renderedListeners]) listener(cardId);
  }

  /** The hooks the tests get, over the feature registerFlashcards returned. */
  hooks(feature: Flashcards): FlashcardsTestHooks {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the getters below have a `this` of their own
    const probe = this;
    return {
      get store() {
        if (!probe.store) throw new Error('the flashcards opened no store');
        return probe.store;
      },
      get reviewLog() {
        if (!probe.reviewLog) throw new Error('the flashcards opened no review log');
        return probe.reviewLog.loaded;
      },
      reopenStore: () => ProgressStore.open(this.globalState, this.progressKey),
      get panel() {
        const panel = probe.panel;
        return panel && {
          currentCardId: () => probe.currentCard,
          currentCard: () => probe.currentView,
          send: (message: FromWebview) => panel.handle(message),
          nextRendered: () => new Promise<string>((resolve) => {
            const listener = (cardId: string) => {
              probe.renderedListeners.delete(listener);
              resolve(cardId);
            };
            probe.renderedListeners.add(listener);
          }),
          get firstCardMs() {
            return probe.firstCardMs;
          },
          get panelState() {
            return panel.panelState;
          },
        };
      },
      queueForReview: (cardIds) => feature.queueForReview(cardIds),
      dueCounts: feature.dueCounts,
    };
  }
}
