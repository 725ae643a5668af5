// Flashcards with spaced repetition: the "Open Flashcards" panel (restored after
// a reload) and its keybindings, the "N due" status bar item, progress
// export/import/reset, due counts for the Concepts view and queueForReview for
// the quiz.
//
// Progress lives in globalState under StateKeys.progress, synced with Settings
// Sync, and is written after every grade. Every grade also goes to the review
// log (core/study/reviewLog.ts) in the global storage folder, not synced.

import vscode = require('vscode');
import { ContentIndex } from '../../core/content/contentIndex';
import { ProgressStore } from '../../core/study/progressStore';
import { newRecord, ReviewRecord, Scheduler } from '../../core/study/scheduler';
import { newSeed } from '../../core/util/rng';
import { Commands, StateKeys } from '../../vscode/constants';
import { emptyStats, PanelAction, PanelState, toPanelState } from '../../shared/flashcardsProtocol';
import { toStudyTarget } from '../../vscode/commandArgs';
import { DueCounts, DueTracker } from './dueTracker';
import { webviewOptions } from './html';
import { FLASHCARDS_VIEW_TYPE, FlashcardsPanel, PANEL_TITLE, PanelDeps, PanelOpening } from './panel';
import { LazyReviewLog } from './lazyReviewLog';
import { workspaceLogFiles } from './logFiles';
import { registerProgressCommands } from './progressCommands';
import { reviewSettings } from './settings';
import { dailyPlan } from '../../core/study/examPlan';
import { examDate, registerSetExamDate } from './examDate';
import { ALL_DUE, registerDueStatusBar } from './statusBar';
import type { FlashcardsProbe } from './testHooks';
import type { StudyProgress } from './studyProgress';

export { DueCounts } from './dueTracker';
export { FLASHCARDS_VIEW_TYPE } from './panel';

export interface FlashcardsDeps {
  pack: ContentIndex;
  /** globalState: where progress lives (activate registers its key for Settings Sync). */
  globalState: vscode.Memento;
  extensionUri: vscode.Uri;
  /** The extension's global storage folder: the review log's files go in its `review-log` folder (read on first use). */
  globalStorageUri: vscode.Uri;
  output: vscode.OutputChannel;
  /** Test mode only: the test hooks (testHooks.ts) see the store and the panel through it. */
  probe?: FlashcardsProbe;
}

export interface Flashcards extends vscode.Disposable {
  /** For the Concepts view: registerConceptTree(index, flashcards.dueCounts). */
  readonly dueCounts: DueCounts;
  /** Makes the given cards due now (the quiz's "Add misses to flashcards"); resolves with how many were queued. */
  queueForReview(cardIds: readonly string[]): Promise<number>;
  /** For the dashboard and the Concepts view's readiness. */
  readonly progress: StudyProgress;
}

/** The panel's keybindings (package.json keybindings): each command posts its action to the open panel. */
const PANEL_ACTIONS: ReadonlyArray<readonly [string, PanelAction]> = [
  [Commands.flashcardsShowAnswer, { do: 'showAnswer' }],
  [Commands.flashcardsGradeAgain, { do: 'grade', grade: 'again' }],
  [Commands.flashcardsGradeHard, { do: 'grade', grade: 'hard' }],
  [Commands.flashcardsGradeGood, { do: 'grade', grade: 'good' }],
  [Commands.flashcardsGradeEasy, { do: 'grade', grade: 'easy' }],
  [Commands.flashcardsUndo, { do: 'undo' }],
];

export function registerFlashcards(deps: FlashcardsDeps): Flashcards {
  const log = (line: string) => deps.output.appendLine(line);
  const store = ProgressStore.open(deps.globalState, StateKeys.progress);
  deps.probe?.storeOpened(store);
  if (store.loadProblems.length > 0) {
    for (const problem of store.loadProblems) log(`Flashcard progress: ${problem}`);
    log(`Flashcard progress: what could not be read was set aside under "${StateKeys.progress}.dropped"; everything else was kept.`);
    void vscode.window.showWarningMessage(
      vscode.l10n.t('CRM Study: {0} problem(s) reading your flashcard progress; the unreadable part was set aside and the rest kept.', store.loadProblems.length),
      vscode.l10n.t('Show Details'),
    ).then((choice) => choice && deps.output.show(true));
  }

  // Every grade, kept in the global storage folder (not synced); nothing is read until the log is first needed.
  let warnedLog = false;
  const reviewLog = new LazyReviewLog(workspaceLogFiles(vscode.Uri.joinPath(deps.globalStorageUri, 'review-log')), {
    report: (problem) => {
      log(`Review log: ${problem}`);
      if (warnedLog) return;
      warnedLog = true;
      void vscode.window.showWarningMessage(
        vscode.l10n.t('CRM Study: a problem reading your review log; what could not be read was set aside and the rest kept.'),
        vscode.l10n.t('Show Details'),
      ).then((choice) => choice && deps.output.show(true));
    },
  });
  deps.probe?.reviewLogOpened(reviewLog);

  const settings = reviewSettings();
  let scheduler = new Scheduler({ retention: settings.retention.get() });
  const exam = examDate(settings.examDate, (message) => {
    log(message);
    void vscode.window.showWarningMessage(message);
  });
  const tracker = new DueTracker(deps.pack, store, settings.newPerDay.get, exam.plan);
  const panelDeps: PanelDeps = {
    pack: deps.pack,
    store,
    extensionUri: deps.extensionUri,
    scheduler: () => scheduler,
    // With an exam date, a due session introduces the plan's new cards for today (counted afresh).
    newPerDay: () => {
      tracker.refresh();
      return tracker.plannedNewPerDay;
    },
    exam: exam.plan,
    due: tracker,
    log,
    history: reviewLog,
    probe: deps.probe,
  };

  let panel: FlashcardsPanel | undefined;
  /** Panels made in this window so far: the first one pays for loading what the others reuse. */
  let made = 0;
  const adopt = (webviewPanel: vscode.WebviewPanel, state: PanelState, opening: PanelOpening) => {
    made++;
    panel = new FlashcardsPanel(webviewPanel, panelDeps, state, () => {
      panel = undefined;
      deps.probe?.panelChanged(undefined);
    }, opening);
    deps.probe?.panelChanged(panel);
    return panel;
  };

  const open = (arg?: unknown) => {
    const openedAt = Date.now();
    const hasTarget = arg !== undefined && arg !== null;
    const allDue = (arg as Partial<typeof ALL_DUE> | undefined)?.allDue === true;
    const target = toStudyTarget(arg, (id) => deps.pack.topic(id) !== undefined);
    if (panel) {
      if (allDue) panel.showAllDue();
      else if (hasTarget) panel.apply(target);
      panel.reveal();
      return;
    }
    const how = made === 0 ? 'opened cold' : 'opened warm';
    const webviewPanel = vscode.window.createWebviewPanel(FLASHCARDS_VIEW_TYPE, PANEL_TITLE, vscode.ViewColumn.Active, webviewOptions(deps.extensionUri));
    adopt(webviewPanel, { mode: 'due', shuffle: false, seed: newSeed(), stats: emptyStats(), ...target }, { at: openedAt, how });
  };

  const queueForReview = async (cardIds: readonly string[]): Promise<number> => {
    const now = Date.now();
    const records: Array<[string, ReviewRecord]> = [];
    for (const id of new Set(cardIds)) {
      if (!deps.pack.card(id)) continue;
      const record = store.get(id);
      records.push([id, record ? { ...record, due: Math.min(record.due, now) } : newRecord(now)]);
    }
    await store.setMany(records);
    return records.length;
  };

  const disposable = vscode.Disposable.from(
    settings,
    tracker,
    registerDueStatusBar(tracker),
    vscode.commands.registerCommand(Commands.openFlashcards, open),
    ...PANEL_ACTIONS.map(([command, action]) => vscode.commands.registerCommand(command, () => panel?.runAction(action))),
    registerProgressCommands(store, reviewLog, log),
    vscode.window.registerWebviewPanelSerializer(FLASHCARDS_VIEW_TYPE, {
      deserializeWebviewPanel: async (webviewPanel, state) => {
        const at = Date.now();
        if (panel) {
          // Only one flashcards panel at a time.
          webviewPanel.dispose();
          return;
        }
        adopt(webviewPanel, toPanelState(state), { at, how: 'restored' });
      },
    }),
    // A session already open keeps the scheduler it started with; the next one takes the new retention.
    settings.retention.onDidChange((retention) => {
      scheduler = new Scheduler({ retention });
    }),
    settings.newPerDay.onDidChange(() => tracker.refresh()),
    settings.examDate.onDidChange(() => tracker.refresh()),
    registerSetExamDate(settings.examDate, (plan) => {
      const now = Date.now();
      const counts = tracker.snapshotFor(plan, now);
      return dailyPlan({ plan, now, unstudied: counts.unstudied, newPerDay: settings.newPerDay.get(), newToday: counts.newToday, reviewsToday: counts.due });
    }),
    // Settings Sync may have brought progress from another machine while we were away.
    vscode.window.onDidChangeWindowState((state) => {
      if (state.focused) {
        store.refresh();
        // Another window may have logged grades meanwhile (nothing happens before the log was first read).
        void reviewLog.refresh().catch((error) => log(`Review log: ${error instanceof Error ? error.message : String(error)}`));
      }
    }),
    { dispose: () => panel?.dispose() },
    // Last, after the panel: what is still waiting for the debounced write goes now.
    { dispose: () => void reviewLog.dispose() },
  );

  const changed = new vscode.EventEmitter<void>();
  const progress: StudyProgress = {
    store,
    history: reviewLog,
    retention: settings.retention.get,
    newPerDay: settings.newPerDay.get,
    exam: exam.plan,
    onDidChange: (listener) => changed.event(listener),
  };
  const followers = vscode.Disposable.from(
    changed,
    store.onDidChange(() => changed.fire()),
    reviewLog.onDidChange(() => changed.fire()),
    settings.retention.onDidChange(() => changed.fire()),
    settings.newPerDay.onDidChange(() => changed.fire()),
    settings.examDate.onDidChange(() => changed.fire()),
  );

  return {
    dueCounts: { dueCount: tracker.dueCount, readiness: tracker.readiness, onDidChangeDue: tracker.onDidChangeDue },
    queueForReview,
    progress,
    dispose: () => {
      followers.dispose();
      disposable.dispose();
    },
  };
}
