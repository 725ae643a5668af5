// The progress dashboard's panel on the host side: computes DashboardData from
// the pack, the stored schedule, the review log and the quiz results, inlines
// the first figures in the page, posts fresh ones when progress changes
// (debounced) or the webview asks, and handles the page's buttons.

import vscode = require('vscode');
import { computeDashboard, DashboardInput } from '../../core/progress/dashboardData';
import { DashboardData, FromDashboard, isFromDashboard, ToDashboard } from '../../shared/dashboardProtocol';
import { escapeHtml } from '../../core/markdown/render';
import { Commands } from '../../vscode/constants';
import { webviewHtml, webviewOptions } from '../../vscode/webviewShell';
import type { DashboardDeps } from './index';

export const PANEL_TITLE = (): string => vscode.l10n.t('Progress');
/** Progress often changes in bursts (a grade writes the store, then the log): one recompute per burst. */
export const REFRESH_DEBOUNCE_MS = 300;

export interface PanelOpening {
  /** Date.now() when the command (or the restore) started. */
  at: number;
  how: string;
}

export class DashboardPanel implements vscode.Disposable {
  private disposed = false;
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private opening: (PanelOpening & { pageMs?: number }) | undefined;

  constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly deps: DashboardDeps,
    opening: PanelOpening,
    private readonly onDispose: () => void,
  ) {
    this.opening = opening;
    panel.title = PANEL_TITLE();
    panel.webview.options = webviewOptions(deps.extensionUri);
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: unknown) => void this.handle(message)),
      deps.progress.onDidChange(() => this.scheduleRefresh()),
      deps.progress.history.onDidChange(() => this.scheduleRefresh()),
      deps.pack.onDidChange((change) => {
        if (change.addedCards.length || change.removedCards.length || change.topicsChanged) this.scheduleRefresh();
      }),
    );
    void this.setPage();
  }

  reveal(): void {
    this.panel.reveal();
  }

  /** Handles a message from the webview (the test hooks send theirs here too); a failure is logged and shown in the page. */
  async handle(message: unknown): Promise<void> {
    if (this.disposed || !isFromDashboard(message)) return;
    try {
      await this.receive(message);
    } catch (error) {
      this.deps.output.appendLine(`Progress: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      this.post({ type: 'error', message: vscode.l10n.t('The figures could not be brought up to date; your progress is untouched.') });
    }
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.timer);
    this.onDispose();
    this.panel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }

  private async receive(message: FromDashboard): Promise<void> {
    switch (message.type) {
      case 'ready':
        return;
      case 'painted': {
        const opening = this.opening;
        this.opening = undefined;
        if (!opening) return;
        const ms = Date.now() - opening.at;
        this.deps.output.appendLine(`Progress painted in ${ms} ms (panel ${opening.how}; page set after ${opening.pageMs ?? '?'} ms)`);
        this.deps.probe?.painted.push(ms);
        return;
      }
      case 'refresh':
        this.post({ type: 'data', data: await this.data() });
        return;
      case 'study':
        await vscode.commands.executeCommand(Commands.openFlashcards, { conceptId: message.conceptId });
        return;
      case 'studyScope':
        // The overall scope ('') is every topic: the flashcards with no filter.
        await vscode.commands.executeCommand(Commands.openFlashcards, message.topicId ? { topicId: message.topicId } : undefined);
        return;
      case 'setExamDate':
        await vscode.commands.executeCommand(Commands.setExamDate);
        return;
      default: {
        const unreachable: never = message;
        return unreachable;
      }
    }
  }

  /** The page with the first figures inlined, so the webview draws without a round trip. */
  private async setPage(): Promise<void> {
    let data: DashboardData | undefined;
    try {
      data = await this.data();
    } catch (error) {
      this.deps.output.appendLine(`Progress: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    }
    if (this.disposed) return;
    this.panel.webview.html = webviewHtml(this.panel.webview, this.deps.extensionUri, {
      bundle: 'dashboard',
      title: PANEL_TITLE(),
      setup: data ? { data } : { error: vscode.l10n.t('Your progress could not be read; try again with Refresh.') },
      body: `<main id="app" class="dashboard"><p class="loading">${escapeHtml(vscode.l10n.t('Loading your progress…'))}</p></main>`,
    });
    if (this.opening) this.opening.pageMs = Date.now() - this.opening.at;
  }

  private scheduleRefresh(): void {
    if (this.disposed) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.handle({ type: 'refresh' }), REFRESH_DEBOUNCE_MS);
  }

  private async data(): Promise<DashboardData> {
    const { pack, progress } = this.deps;
    const now = Date.now();
    const events = await progress.history.events();
    const input: DashboardInput = {
      cards: pack.cards,
      concept: (id) => pack.concept(id),
      packTopics: pack.packTopics,
      noteTopics: pack.noteTopics,
      record: (id) => progress.store.get(id),
      records: () => progress.store.records(),
      events,
      quiz: this.deps.quiz(),
      retention: progress.retention(),
      newPerDay: progress.newPerDay(),
      exam: progress.exam(now),
      now,
    };
    const data = computeDashboard(input);
    this.deps.probe?.posted.push(data);
    return data;
  }

  private post(message: ToDashboard): void {
    if (this.disposed) return;
    void this.panel.webview.postMessage(message);
  }
}
