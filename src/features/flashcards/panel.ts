// The flashcards webview panel on the host side: owns one review session,
// turns it into messages for the webview and handles what the webview sends,
// one at a time (a grade's store write never races the next key press).
//
// The page carries its first card (PanelSetup.first), so the webview paints it
// without a round trip; fresh topic counts follow once the webview says "ready".
// The student's notes are scopes beside the pack's topics ("My notes" and each
// group): the filter list follows them as groups come and go, and a card a
// note no longer holds leaves the session (an edited one is shown as it is now).

import vscode = require('vscode');
import { ContentIndex } from '../../core/content/contentIndex';
import { toCardView } from '../../core/study/flashcardView';
import { Card, isNoteTopic, MY_NOTES } from '../../core/content/model';
import { myNotesTitle, noteGroupTitle, scopeTitle, yourNoteLabel } from '../../core/notes/noteLabels';
import { ProgressStore } from '../../core/study/progressStore';
import { matchesFilter } from '../../core/study/reviewQueue';
import { ReviewSession, ReviewSink } from '../../core/study/reviewSession';
import type { ExamPlan } from '../../core/study/examPlan';
import { describeDue } from '../../core/study/time';
import { isNewRecord, Scheduler } from '../../core/study/scheduler';
import { newSeed } from '../../core/util/rng';
import { SerialQueue } from '../../core/util/serialQueue';
import { Commands, WebviewTypes } from '../../vscode/constants';
import {
  CardMessage, FromWebview, GRADE_ORDER, isFromWebview, reviewDuration, PanelAction, PanelState, Showing, SummaryMessage, SummaryView, TopicOption,
  ToWebview,
} from '../../shared/flashcardsProtocol';
import { StudyTarget } from '../../core/content/model';
import type { DueTracker } from './dueTracker';
import { pageHtml, webviewOptions } from './html';

export const FLASHCARDS_VIEW_TYPE = WebviewTypes.flashcards;
export const PANEL_TITLE = vscode.l10n.t('Flashcards');
/** More than the session's undo steps, which drop their oldest first, as this list does. */
const MAX_KEPT_SHOWINGS = 200;

export interface PanelDeps {
  pack: ContentIndex;
  store: ProgressStore;
  extensionUri: vscode.Uri;
  scheduler: () => Scheduler;
  newPerDay: () => number;
  /** The exam plan as of `now`, if an exam date is set. */
  exam?: (now: number) => ExamPlan | undefined;
  /** The per-topic due counts the status bar and the Concepts view show. */
  due: Pick<DueTracker, 'refresh' | 'dueCount'>;
  log: (line: string) => void;
  /** The review log every grade goes to. */
  history?: ReviewSink;
  /** Test mode only: sees what the panel sends and what the webview painted (testHooks.ts). */
  probe?: PanelProbe;
}

/** What the test hooks see of a panel (testHooks.ts); production passes none. */
export interface PanelProbe {
  /** Every card, summary and state the webview gets, the one inlined in the page included. */
  posted(message: ToWebview): void;
  /** The webview painted `cardId`; `firstCardMs` is set for the panel's first card. */
  painted(cardId: string, firstCardMs: number | undefined): void;
}

/** When and how the panel came to be, for the "First card painted" line in the output. */
export interface PanelOpening {
  /** Date.now() when the command (or the restore) started. */
  at: number;
  /** "opened cold" (the window's first panel), "opened warm", "restored". */
  how: string;
}

export class FlashcardsPanel implements vscode.Disposable {
  private session: ReviewSession<Card>;
  private disposed = false;
  private readonly disposables: vscode.Disposable[] = [];
  /** Messages are handled one at a time, so fast key presses never race a write. */
  private readonly queue = new SerialQueue();
  /** Until the first card is painted; then the time is logged and this cleared. */
  private opening: (PanelOpening & { pageMs?: number; readyMs?: number }) | undefined;
  /** True while the webview shows what the page inlined and nothing newer was posted. */
  private pageIsCurrent = true;
  /**
   * The multiple choice card on screen and the seed its options are shown in:
   * a new one for each showing, the same while it stays on screen (a reload of
   * the page, a restored panel). An undo brings back the graded card's.
   */
  private showing: Showing | undefined;
  /** The showings of the cards graded so far, for undo (the session's undo steps, in step). */
  private readonly gradedShowings: Array<Showing | undefined> = [];

  constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly deps: PanelDeps,
    private state: PanelState,
    private readonly onDispose: () => void,
    opening?: PanelOpening,
  ) {
    this.opening = opening;
    const { showing, ...rest } = state;
    this.state = rest;
    this.showing = showing;
    this.session = this.newSession();
    panel.webview.options = webviewOptions(deps.extensionUri);
    // Nothing the first paint can do without waits here: the tracker's last
    // counts are good enough for the toolbar, and fresh ones follow on "ready".
    const first = this.currentMessage();
    panel.webview.html = pageHtml(panel.webview, deps.extensionUri, {
      topics: this.topics(false),
      state: this.panelState,
      filterLabel: this.filterLabel(),
      first,
    });
    deps.probe?.posted(first);
    if (this.opening) this.opening.pageMs = Date.now() - this.opening.at;
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: unknown) => void this.handle(message)),
      deps.pack.onDidChange((change) => {
        const cards = change.addedCards.length > 0 || change.removedCards.length > 0;
        if (!cards && !change.topicsChanged) return;
        // After any message being handled, like the webview's own: never between a grade and its write.
        void this.queue.push(async () => this.followContent(cards, change.topicsChanged)).catch((error) => {
          this.deps.log(`Flashcards: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
        });
      }),
    );
  }

  /**
   * Handles a message from the webview (the test hooks send theirs here too),
   * after the ones before it. Resolves once handled; a failure is logged and
   * shown in the panel, and the messages after it still run.
   */
  handle(message: unknown): Promise<void> {
    if (!isFromWebview(message)) return Promise.resolve();
    return this.queue.push(() => this.receive(message)).catch((error) => {
      this.deps.log(`Flashcards: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      this.post({ type: 'error', message: vscode.l10n.t('Something went wrong; your progress so far is saved.') });
    });
  }

  /** A keybinding's command (Space, 1-4, Z): the webview applies it as its own buttons would. */
  runAction(action: PanelAction): void {
    this.post({ type: 'action', action });
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

  get panelState(): PanelState {
    return { ...this.state, stats: this.session.stats(), ...(this.showing ? { showing: this.showing } : {}) };
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
    this.deps.probe?.posted(message);
    void this.panel.webview.postMessage(message);
  }

  private async receive(message: FromWebview): Promise<void> {
    if (this.disposed) return;
    switch (message.type) {
      case 'ready':
        if (this.opening) this.opening.readyMs = Date.now() - this.opening.at;
        this.postState();
        // The page's own card is still the one to show, unless something was
        // posted since or the webview was loaded again (hidden, then shown).
        if (this.pageIsCurrent) this.pageIsCurrent = false;
        else this.postCurrent();
        return;
      case 'rendered': {
        const opening = this.opening;
        this.opening = undefined;
        const ms = opening && Date.now() - opening.at;
        if (opening) {
          const steps = [`page set after ${opening.pageMs ?? '?'} ms`];
          if (opening.readyMs !== undefined) steps.push(`webview running after ${opening.readyMs} ms`);
          this.deps.log(`First card painted in ${ms} ms (panel ${opening.how}; ${steps.join(', ')})`);
        }
        this.deps.probe?.painted(message.cardId, ms);
        return;
      }
      case 'grade':
        // A grade for a card no longer on screen (a double key press) is ignored.
        if (message.cardId !== this.session.current()?.id) return;
        await this.session.grade(message.grade, reviewDuration(message.durationMs));
        this.gradedShowings.push(this.showing);
        if (this.gradedShowings.length > MAX_KEPT_SHOWINGS) this.gradedShowings.shift();
        // Shown again later (Again, or a learning step), the card is a new showing with an order of its own.
        this.showing = undefined;
        this.postCurrent();
        return;
      case 'undo': {
        const back = await this.session.undo();
        if (!back) return;
        const showing = this.gradedShowings.pop();
        this.showing = showing?.cardId === back.id ? showing : undefined;
        this.postCurrent();
        return;
      }
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
      case 'openNote': {
        const card = this.deps.pack.card(message.cardId);
        if (card?.uri) await vscode.commands.executeCommand(Commands.openNote, card.uri, card.line).then(undefined, () => undefined);
        return;
      }
      default: {
        const unreachable: never = message;
        return unreachable;
      }
    }
  }

  /** A note changed: the filter list shows the groups there are now; the session keeps only cards that still exist. */
  private followContent(cards: boolean, topics: boolean): void {
    if (this.disposed) return;
    if (topics) this.postState();
    if (cards && this.session.refreshCards((id) => this.deps.pack.card(id))) this.postCurrent();
  }

  private restart(): void {
    this.state = { ...this.state, seed: newSeed() };
    this.showing = undefined;
    this.gradedShowings.length = 0;
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
      exam: this.deps.exam?.(Date.now()),
      stats: this.state.stats,
      history: this.deps.history,
    });
  }

  /** `fresh`: counts as of now, not of the tracker's last minute tick. The pack's topics, then My notes and its groups. */
  private topics(fresh = true): TopicOption[] {
    if (fresh) this.deps.due.refresh();
    const { pack, due } = this.deps;
    const options: TopicOption[] = pack.packTopics.map((t) => ({ id: t.id, title: t.title, due: due.dueCount(t.id) }));
    const groups = pack.noteTopics;
    if (groups.length > 0) {
      options.push({ id: MY_NOTES, title: myNotesTitle(), due: due.dueCount(MY_NOTES) });
      for (const t of groups) options.push({ id: t.id, title: t.title, due: due.dueCount(t.id), level: 1 });
    }
    return options;
  }

  private filterLabel(): string {
    const { pack } = this.deps;
    if (this.state.conceptId) return pack.concept(this.state.conceptId)?.term ?? this.state.conceptId;
    if (this.state.topicId && isNoteTopic(this.state.topicId) && this.state.topicId !== MY_NOTES) {
      const group = pack.topic(this.state.topicId);
      return group ? noteGroupTitle(group) : this.state.topicId;
    }
    if (this.state.topicId) return scopeTitle(this.state.topicId, (id) => pack.topic(id));
    return vscode.l10n.t('All topics');
  }

  private postState(): void {
    this.post({ type: 'state', state: this.panelState, topics: this.topics(), filterLabel: this.filterLabel() });
  }

  private postCurrent(): void {
    this.pageIsCurrent = false;
    this.post(this.currentMessage());
  }

  /** The card on screen now (or the summary once the session is done), as the webview takes it. */
  private currentMessage(): CardMessage | SummaryMessage {
    const card = this.session.current();
    const progress = this.session.progress();
    const stats = this.session.stats();
    if (!card) {
      return { type: 'summary', summary: this.summary(), progress, canUndo: this.session.canUndo, stats };
    }
    const intervals = this.session.intervals();
    if (card.kind !== 'multipleChoice') this.showing = undefined;
    else if (this.showing?.cardId !== card.id) this.showing = { cardId: card.id, seed: newSeed() };
    return {
      type: 'card',
      card: toCardView(card, {
        concept: card.conceptId ? this.deps.pack.concept(card.conceptId) : undefined,
        topic: this.deps.pack.topic(card.topic),
        isNew: this.session.mode === 'due' && isNewRecord(this.deps.store.get(card.id)),
        noteLabel: card.uri ? yourNoteLabel(card) : undefined,
        choiceSeed: this.showing?.seed,
      }),
      intervals: intervals
        ? (Object.fromEntries(GRADE_ORDER.map((g) => [g, intervals[g].label])) as Record<(typeof GRADE_ORDER)[number], string>)
        : null,
      progress,
      canUndo: this.session.canUndo,
      stats,
    };
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
      summary.emptyReason = hasCards && this.session.mode === 'due' && this.session.options.exam
        ? vscode.l10n.t("Nothing is due in {0} and the new cards your exam plan sets for today are done. Cram to review anyway; it will not change your schedule.", this.filterLabel())
        : hasCards && this.session.mode === 'due'
        ? vscode.l10n.t("Nothing is due in {0} and today's new cards are done. Cram to review anyway; it will not change your schedule.", this.filterLabel())
        : vscode.l10n.t('There are no cards for {0}.', this.filterLabel());
    }
    return summary;
  }
}
