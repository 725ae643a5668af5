// Due counts per topic for the Concepts view and the status bar, recomputed
// when progress changes and once a minute (learning cards come due within the
// hour, reviews at midnight); listeners hear only about real changes.

import vscode = require('vscode');
import { ContentIndex } from '../../core/content/contentIndex';
import { Card } from '../../core/content/model';
import { ProgressStore } from '../../core/study/progressStore';
import { countDue, newAvailable, newCardsIntroducedOn } from '../../core/study/reviewQueue';

export interface DueCounts {
  /** Reviews due now among the topic's cards (new cards not counted). */
  dueCount(topicId: string): number;
  onDidChangeDue: vscode.Event<void>;
}

const TICK_MS = 60_000;

export class DueTracker implements DueCounts, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeDue = this.emitter.event;
  private byTopic = new Map<string, number>();
  private totalDue = 0;
  private totalNew = 0;
  private readonly cardsByTopic = new Map<string, Card[]>();
  private readonly timer: ReturnType<typeof setInterval>;
  private readonly subscription: { dispose(): void };

  constructor(
    private readonly pack: ContentIndex,
    private readonly store: ProgressStore,
    private readonly newPerDay: () => number,
  ) {
    for (const card of pack.cards) {
      const list = this.cardsByTopic.get(card.topic);
      if (list) list.push(card);
      else this.cardsByTopic.set(card.topic, [card]);
    }
    this.compute();
    this.subscription = store.onDidChange(() => this.refresh());
    this.timer = setInterval(() => this.refresh(), TICK_MS);
  }

  dueCount = (topicId: string): number => this.byTopic.get(topicId) ?? 0;

  get due(): number {
    return this.totalDue;
  }

  /** New cards a due-mode session would still introduce today. */
  get fresh(): number {
    return this.totalNew;
  }

  /** Recomputes; fires onDidChangeDue only if a count changed. */
  refresh(): void {
    const before = this.signature();
    this.compute();
    if (this.signature() !== before) this.emitter.fire();
  }

  dispose(): void {
    clearInterval(this.timer);
    this.subscription.dispose();
    this.emitter.dispose();
  }

  private compute(): void {
    const now = Date.now();
    const lookup = (id: string) => this.store.get(id);
    const byTopic = new Map<string, number>();
    let total = 0;
    for (const [topic, cards] of this.cardsByTopic) {
      const n = countDue(cards, lookup, now);
      byTopic.set(topic, n);
      total += n;
    }
    this.byTopic = byTopic;
    this.totalDue = total;
    const newToday = newCardsIntroducedOn(this.store.records(), now);
    this.totalNew = newAvailable(this.pack.cards, lookup, this.newPerDay(), newToday);
  }

  private signature(): string {
    return `${this.totalDue}|${this.totalNew}|${[...this.byTopic.values()].join(',')}`;
  }
}
