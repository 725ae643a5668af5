// Flashcards with spaced repetition: the "Open Flashcards" panel (restored after
// a reload), the "N due" status bar item, progress export/import/reset, due
// counts for the Concepts view and queueForReview for the quiz.
//
// Progress lives in globalState under StateKeys.progress, synced with Settings
// Sync, and is written after every grade.

import vscode = require('vscode');
import { ContentIndex } from '../../core/content/contentIndex';
import { ProgressStore } from '../../core/study/progressStore';
import { DEFAULT_NEW_PER_DAY } from '../../core/study/reviewQueue';
import { DEFAULT_RETENTION, newRecord, ReviewRecord, Scheduler } from '../../core/study/scheduler';
import { newSeed } from '../../core/util/rng';
import { Commands, Settings, StateKeys } from '../../vscode/constants';
import { emptyStats, PanelState, toPanelState } from '../../shared/flashcardsProtocol';
import { toStudyTarget } from '../../vscode/commandArgs';
import { DueCounts, DueTracker } from './dueTracker';
import { webviewOptions } from './html';
import { FLASHCARDS_VIEW_TYPE, FlashcardsPanel, PANEL_TITLE, PanelDeps } from './panel';
import { registerProgressCommands } from './progressCommands';

export { DueCounts } from './dueTracker';
export { FLASHCARDS_VIEW_TYPE } from './panel';

export interface FlashcardsDeps {
  pack: ContentIndex;
  /** globalState: where progress lives (activate registers its key for Settings Sync). */
  globalState: vscode.Memento;
  extensionUri: vscode.Uri;
  output: vscode.OutputChannel;
}

export interface Flashcards extends vscode.Disposable {
  /** For the Concepts view: registerConceptTree(index, flashcards.dueCounts). */
  readonly dueCounts: DueCounts;
  /** Makes the given cards due now (the quiz's "Add misses to flashcards"); resolves with how many were queued. */
  queueForReview(cardIds: readonly string[]): Promise<number>;
  /** The live progress store (tests read it; features should not write to it). */
  readonly store: ProgressStore;
  /** A second store read afresh from the same globalState: what a window reload would see. */
  reopenStore(): ProgressStore;
  /** The open panel, if any (tests drive it with the messages the webview sends). */
  readonly panel: FlashcardsPanel | undefined;
}

function readSettings(): { retention: number; newPerDay: number } {
  const config = vscode.workspace.getConfiguration(Settings.section);
  const newPerDay = config.get<number>(Settings.newPerDay, DEFAULT_NEW_PER_DAY);
  return {
    retention: config.get<number>(Settings.retention, DEFAULT_RETENTION),
    newPerDay: Number.isFinite(newPerDay) && newPerDay >= 0 ? Math.floor(newPerDay) : DEFAULT_NEW_PER_DAY,
  };
}

/** The status bar item's argument: what is due, over all topics, even if the open panel was set to something else. */
const ALL_DUE = { allDue: true } as const;

export function registerFlashcards(deps: FlashcardsDeps): Flashcards {
  const log = (line: string) => deps.output.appendLine(line);
  const store = ProgressStore.open(deps.globalState, StateKeys.progress);
  if (store.loadProblems.length > 0) {
    for (const problem of store.loadProblems) log(`Flashcard progress: ${problem}`);
    log(`Flashcard progress: what could not be read was set aside under "${StateKeys.progress}.dropped"; everything else was kept.`);
    void vscode.window.showWarningMessage(
      `CRM Study: ${store.loadProblems.length} problem(s) reading your flashcard progress; the unreadable part was set aside and the rest kept.`,
      'Show Details',
    ).then((choice) => choice && deps.output.show(true));
  }

  let settings = readSettings();
  let scheduler = new Scheduler({ retention: settings.retention });
  const tracker = new DueTracker(deps.pack, store, () => settings.newPerDay);
  const panelDeps: PanelDeps = {
    pack: deps.pack,
    store,
    extensionUri: deps.extensionUri,
    scheduler: () => scheduler,
    newPerDay: () => settings.newPerDay,
    due: tracker,
    log,
  };

  let panel: FlashcardsPanel | undefined;
  const adopt = (webviewPanel: vscode.WebviewPanel, state: PanelState, openedAt?: number) => {
    panel = new FlashcardsPanel(webviewPanel, panelDeps, state, () => { panel = undefined; }, openedAt);
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
    const webviewPanel = vscode.window.createWebviewPanel(FLASHCARDS_VIEW_TYPE, PANEL_TITLE, vscode.ViewColumn.Active, webviewOptions(deps.extensionUri));
    adopt(webviewPanel, { mode: 'due', shuffle: false, seed: newSeed(), stats: emptyStats(), ...target }, openedAt);
  };

  const statusBar = vscode.window.createStatusBarItem('crmStudy.flashcardsDue', vscode.StatusBarAlignment.Left, 50);
  statusBar.name = 'CRM Study: Flashcards Due';
  statusBar.command = { command: Commands.openFlashcards, title: 'Open Flashcards', arguments: [ALL_DUE] };
  const updateStatusBar = () => {
    const { due, fresh } = tracker;
    if (due === 0 && fresh === 0) {
      // Nothing to study today: stay out of the way.
      statusBar.hide();
      return;
    }
    statusBar.text = due > 0 ? `$(mortar-board) ${due} due` : `$(mortar-board) ${fresh} new`;
    const parts = [];
    if (due > 0) parts.push(`${due} ${due === 1 ? 'card' : 'cards'} due for review`);
    if (fresh > 0) parts.push(`${fresh} new ${fresh === 1 ? 'card' : 'cards'} for today`);
    statusBar.tooltip = `CRM Study: ${parts.join(', ')}. Click to open the flashcards.`;
    statusBar.accessibilityInformation = { label: `CRM Study flashcards: ${parts.join(', ')}`, role: 'button' };
    statusBar.show();
  };
  updateStatusBar();

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
    tracker,
    statusBar,
    tracker.onDidChangeDue(updateStatusBar),
    vscode.commands.registerCommand(Commands.openFlashcards, open),
    registerProgressCommands(store, log),
    vscode.window.registerWebviewPanelSerializer(FLASHCARDS_VIEW_TYPE, {
      deserializeWebviewPanel: async (webviewPanel, state) => {
        if (panel) {
          // Only one flashcards panel at a time.
          webviewPanel.dispose();
          return;
        }
        adopt(webviewPanel, toPanelState(state));
      },
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration(Settings.section)) return;
      settings = readSettings();
      scheduler = new Scheduler({ retention: settings.retention });
      tracker.refresh();
    }),
    // Settings Sync may have brought progress from another machine while we were away.
    vscode.window.onDidChangeWindowState((state) => {
      if (state.focused) store.refresh();
    }),
    { dispose: () => panel?.dispose() },
  );

  return {
    dueCounts: { dueCount: tracker.dueCount, onDidChangeDue: tracker.onDidChangeDue },
    queueForReview,
    store,
    reopenStore: () => ProgressStore.open(deps.globalState, StateKeys.progress),
    get panel() {
      return panel;
    },
    dispose: () => disposable.dispose(),
  };
}
