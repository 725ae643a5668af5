// The flashcards webview panel on the host side: owns one review session,
// turns it into messages for the webview and handles what the webview sends.
// One typed post() that does nothing after dispose; one exhaustive switch.

import vscode = require('vscode');
import { ContentIndex } from '../../core/content/contentIndex';
import { toCardView } from '../../core/study/flashcardView';
import { Card } from '../../core/content/model';
import { ProgressStore } from '../../core/study/progressStore';
import { matchesFilter } from '../../core/study/reviewQueue';
import { ReviewSession } from '../../core/study/reviewSession';
import { describeDue } from '../../core/study/time';
import { isNewRecord, Scheduler } from '../../core/study/scheduler';
import { newSeed } from '../../core/util/rng';
import { Commands, WebviewTypes } from '../../vscode/constants';
import {
  FromWebview, GRADE_ORDER, isFromWebview, PanelSetup, PanelState, SummaryView, TopicOption, ToWebview,
} from '../../shared/flashcardsProtocol';
import { StudyTarget } from '../../vscode/commandArgs';
import type { DueTracker } from './dueTracker';
import { pageHtml, webviewOptions } from './html';

export const FLASHCARDS_VIEW_TYPE = WebviewTypes.flashcards;
export const PANEL_TITLE = 'Flashcards';

export interface PanelDeps {
  pack: ContentIndex;
  store: ProgressStore;
  extensionUri: vscode.Uri;
  scheduler: () => Scheduler;
  newPerDay: () => number;
  /** The per-topic due counts the status bar and the Concepts view show. */
  due: Pick<DueTracker, 'refresh' | 'dueCount'>;
  log: (line: string) => void;
}

export class FlashcardsPanel implements vscode.Disposable {
  private session: ReviewSession<Card>;
  private disposed = false;
  private readonly disposables: vscode.Disposable[] = [];
  /** Messages are handled one at a time, so fast key presses never race a write. */
  private queue: Promise<void> = Promise.resolve();
  private openedAt: number | undefined;
  private readonly renderedListeners = new Set<(cardId: string) => void>();
  /** Milliseconds from "open" to the first card on screen, once known. */
  firstCardMs: number | undefined;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly deps: PanelDeps,
    private state: PanelState,
    private readonly onDispose: () => void,
    openedAt?: number,
  ) {
    this.openedAt = openedAt;
    this.session = this.newSession();
    panel.webview.options = webviewOptions(deps.extensionUri);
    panel.webview.html = pageHtml(panel.webview, deps.extensionUri, this.setup());
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: unknown) => {
        if (!isFromWebview(message)) return;
        this.queue = this.queue.then(() => this.receive(message)).catch((error) => {
          this.deps.log(`Flashcards: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
          this.post({ type: 'error', message: 'Something went wrong; your progress so far is saved.' });
        });
      }),
    );
  }

  /** Applies a new filter (from a command argument); keeps mode and shuffle. */
  apply(target: StudyTarget): void {
    this.state = { ...this.state, topicId: target.topicId, conceptId: target.conceptId, stats: undefined };
    this.restart();
  }

  /** The status bar's "N due": Due mode over every topic (a session already like that carries on). */
  showAllDue(): void {
    if (this.state.mode === 'due' && !this.state.topicId && !this.state.conceptId) return;
    this.state = { ...this.state, mode: 'due', topicId: undefined, conceptId: undefined, stats: undefined };
    this.restart();
  }

  reveal(): void {
    this.panel.reveal();
  }

  /** The card on screen (integration tests and the API). */
  currentCardId(): string | undefined {
    return this.session.current()?.id;
  }

  /** Handles a message exactly as if the webview had sent it; resolves when handled. */
  send(message: FromWebview): Promise<void> {
    this.queue = this.queue.then(() => this.receive(message));
    return this.queue;
  }

  /** Resolves with the id of the next card the webview reports as rendered. */
  nextRendered(): Promise<string> {
    return new Promise((resolve) => {
      const listener = (id: string) => {
        this.renderedListeners.delete(listener);
        resolve(id);
      };
      this.renderedListeners.add(listener);
    });
  }

  get panelState(): PanelState {
    return { ...this.state, stats: this.session.stats() };
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.onDispose();
    this.panel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }

  private post(message: ToWebview): void {
    if (this.disposed) return;
    void this.panel.webview.postMessage(message);
  }

  private async receive(message: FromWebview): Promise<void> {
    if (this.disposed) return;
    switch (message.type) {
      case 'ready':
        this.postState();
        this.postCurrent();
        return;
      case 'rendered':
        if (this.openedAt !== undefined) {
          this.firstCardMs = Date.now() - this.openedAt;
          this.openedAt = undefined;
          this.deps.log(`Flashcards: first card shown ${this.firstCardMs} ms after opening`);
        }
        for (const listener of [...this.renderedListeners]) listener(message.cardId);
        return;
      case 'grade':
        // A grade for a card no longer on screen (a double key press) is ignored.
        if (message.cardId !== this.session.current()?.id) return;
        await this.session.grade(message.grade);
        this.postCurrent();
        return;
      case 'undo':
        if (await this.session.undo()) this.postCurrent();
        return;
      case 'configure':
        this.state = {
          ...this.state,
          mode: message.mode,
          topicId: message.topicId || undefined,
          conceptId: message.conceptId || undefined,
          shuffle: message.shuffle,
          stats: undefined,
        };
        this.restart();
        return;
      case 'restart':
        this.state = { ...this.state, stats: undefined };
        this.restart();
        return;
      case 'showConcept':
        await vscode.commands.executeCommand(Commands.showConcept, message.conceptId).then(undefined, () => undefined);
        return;
      default: {
        const unreachable: never = message;
        return unreachable;
      }
    }
  }

  private restart(): void {
    this.state = { ...this.state, seed: newSeed() };
    this.session = this.newSession();
    this.postState();
    this.postCurrent();
  }

  private newSession(): ReviewSession<Card> {
    return new ReviewSession(this.deps.pack.cards, this.deps.store, this.deps.scheduler(), {
      mode: this.state.mode,
      topicId: this.state.topicId,
      conceptId: this.state.conceptId,
      shuffle: this.state.shuffle,
      seed: this.state.seed,
      newPerDay: this.deps.newPerDay(),
      stats: this.state.stats,
    });
  }

  private setup(): PanelSetup {
    return { topics: this.topics(), state: this.panelState };
  }

  private topics(): TopicOption[] {
    this.deps.due.refresh(); // counts as of now, not of the tracker's last minute tick
    return this.deps.pack.topics.map((t) => ({ id: t.id, title: t.title, due: this.deps.due.dueCount(t.id) }));
  }

  private filterLabel(): string {
    if (this.state.conceptId) return this.deps.pack.concept(this.state.conceptId)?.term ?? this.state.conceptId;
    if (this.state.topicId) return this.deps.pack.topic(this.state.topicId)?.title ?? this.state.topicId;
    return 'All topics';
  }

  private postState(): void {
    this.post({ type: 'state', state: this.panelState, topics: this.topics(), filterLabel: this.filterLabel() });
  }

  private postCurrent(): void {
    const card = this.session.current();
    const progress = this.session.progress();
    const stats = this.session.stats();
    if (!card) {
      this.post({ type: 'summary', summary: this.summary(), progress, canUndo: this.session.canUndo, stats });
      return;
    }
    const intervals = this.session.intervals();
    this.post({
      type: 'card',
      card: toCardView(card, {
        concept: this.deps.pack.concept(card.conceptId),
        topic: this.deps.pack.topic(card.topic),
        isNew: this.session.mode === 'due' && isNewRecord(this.deps.store.get(card.id)),
      }),
      intervals: intervals
        ? (Object.fromEntries(GRADE_ORDER.map((g) => [g, intervals[g].label])) as Record<(typeof GRADE_ORDER)[number], string>)
        : null,
      progress,
      canUndo: this.session.canUndo,
      stats,
    });
  }

  private summary(): SummaryView {
    const stats = this.session.stats();
    const now = Date.now();
    const { nextDue, dueTomorrow } = this.session.outlook();
    const summary: SummaryView = {
      reviewed: stats.reviewed,
      accuracy: stats.reviewed ? (stats.reviewed - stats.again) / stats.reviewed : null,
      dueTomorrow,
      canCram: this.session.mode === 'due',
    };
    if (nextDue !== undefined) summary.nextDue = describeDue(nextDue, now);
    if (this.session.startedWith === 0) {
      const hasCards = this.deps.pack.cards.some((c) => matchesFilter(c, this.state));
      summary.emptyReason = !hasCards
        ? `There are no cards for ${this.filterLabel()}.`
        : this.session.mode === 'due'
          ? `Nothing is due in ${this.filterLabel()} and today's new cards are done. Cram to review anyway; it will not change your schedule.`
          : `There are no cards for ${this.filterLabel()}.`;
    }
    return summary;
  }
}
