// Due counts per topic for the Concepts view and the status bar, recomputed
// when progress changes, when the student's notes bring or take cards, and once a minute (learning cards come due within the
// hour, reviews at midnight), with each topic's readiness (mean predicted
// recall, whole percentages) beside them; listeners hear only about real changes. The
// counting itself is core/study/dueCounts.ts.

import vscode = require('vscode');
import { ContentIndex } from '../../core/content/contentIndex';
import { countDueCards, DueProgress, DueSnapshot, followContentChange, readinessOf, sameDueCounts } from '../../core/study/dueCounts';
import { ProgressStore } from '../../core/study/progressStore';
import type { DailyPlan, ExamPlan } from '../../core/study/examPlan';

export interface DueCounts {
  /** Reviews due now among the topic's cards (new cards not counted). */
  dueCount(topicId: string): number;
  /** Mean predicted recall (FSRS) of the topic's cards now, new cards as 0; 0..1, undefined for an unknown topic. */
  readiness(topicId: string): number | undefined;
  onDidChangeDue: vscode.Event<void>;
}

const TICK_MS = 60_000;

export class DueTracker implements DueCounts, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeDue = this.emitter.event;
  private counts: DueSnapshot;
  private readonly timer: ReturnType<typeof setInterval>;
  private readonly subscriptions: Array<{ dispose(): void }>;

  constructor(
    private readonly pack: ContentIndex,
    private readonly store: ProgressStore,
    private readonly newPerDay: () => number,
    /** With an exam date: dues by the exam rule, and the plan's new cards for today. */
    private readonly exam: (now: number) => ExamPlan | undefined = () => undefined,
  ) {
    this.counts = this.compute();
    this.subscriptions = [
      store.onDidChange(() => this.refresh()),
      // A saved note recounts only the groups it touched.
      pack.onDidChange((change) => {
        const next = followContentChange(this.counts, change, pack, this.progress(), Date.now());
        if (!next) return;
        const before = this.counts;
        this.counts = next;
        if (!sameDueCounts(before, next)) this.emitter.fire();
      }),
    ];
    this.timer = setInterval(() => this.refresh(), TICK_MS);
  }

  dueCount = (topicId: string): number => this.counts.byTopic.get(topicId) ?? 0;

  readiness = (topicId: string): number | undefined => readinessOf(this.counts, topicId);

  get due(): number {
    return this.counts.due;
  }

  /** New cards a due-mode session would still introduce today. */
  get fresh(): number {
    return this.counts.fresh;
  }

  /** With an exam date: today's plan (as of the last count). */
  get daily(): { plan: ExamPlan; daily: DailyPlan } | undefined {
    const { exam, daily } = this.counts;
    return exam && daily ? { plan: exam, daily } : undefined;
  }

  /** New cards allowed today: the limit, or with an exam date the plan's min(needed, limit). */
  get plannedNewPerDay(): number {
    return this.counts.newPerDay;
  }

  /** The counts under a given plan as of `now` (Set Exam Date's confirmation, before the setting's change is seen). */
  snapshotFor(plan: ExamPlan, now: number): DueSnapshot {
    return countDueCards(this.pack, this.progress(), now, this.newPerDay(), plan);
  }

  /** Recomputes; fires onDidChangeDue only if a count changed. */
  refresh(): void {
    const before = this.counts;
    this.counts = this.compute();
    if (!sameDueCounts(before, this.counts)) this.emitter.fire();
  }

  dispose(): void {
    clearInterval(this.timer);
    for (const s of this.subscriptions) s.dispose();
    this.emitter.dispose();
  }

  private compute(): DueSnapshot {
    const now = Date.now();
    return countDueCards(this.pack, this.progress(), now, this.newPerDay(), this.exam(now));
  }

  private progress(): DueProgress {
    return { lookup: (id: string) => this.store.get(id), records: () => this.store.records() };
  }
}
