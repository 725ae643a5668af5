// The progress dashboard's own bundle (dist/dashboard.js, required by
// register.ts on first use): one "Progress" panel at a time, revealed when it is
// already open, restored after a reload with fresh figures.

import vscode = require('vscode');
import type { ContentIndex } from '../../core/content/contentIndex';
import type { QuizResults } from '../../core/quiz/results';
import type { StudyProgress } from '../flashcards/studyProgress';
import type { FromDashboard } from '../../shared/dashboardProtocol';
import { WebviewTypes } from '../../vscode/constants';
import { webviewOptions } from '../../vscode/webviewShell';
import { DashboardPanel, PANEL_TITLE } from './panel';
import type { DashboardProbe } from './testHooks';

export interface DashboardDeps {
  pack: ContentIndex;
  progress: StudyProgress;
  /** The quiz's stored results (StateKeys.quizResults, read with parseResults). */
  quiz: () => QuizResults;
  extensionUri: vscode.Uri;
  output: vscode.OutputChannel;
  probe?: DashboardProbe;
}

export interface DashboardFeature extends vscode.Disposable {
  /** "Show Progress": opens the panel, or reveals the open one; `at` is when the command started. */
  show(at: number): void;
  /** A panel VS Code restored after a reload. */
  restore(panel: vscode.WebviewPanel, at: number): void;
  isOpen(): boolean;
  send(message: FromDashboard): Promise<void>;
}

export function startDashboard(deps: DashboardDeps): DashboardFeature {
  let panel: DashboardPanel | undefined;
  const adopt = (webviewPanel: vscode.WebviewPanel, at: number, how: string) => {
    panel = new DashboardPanel(webviewPanel, deps, { at, how }, () => {
      panel = undefined;
    });
  };
  return {
    show: (at) => {
      if (panel) {
        panel.reveal();
        return;
      }
      const webviewPanel = vscode.window.createWebviewPanel(WebviewTypes.progress, PANEL_TITLE(), vscode.ViewColumn.Active, {
        ...webviewOptions(deps.extensionUri),
        retainContextWhenHidden: false,
      });
      adopt(webviewPanel, at, 'opened');
    },
    restore: (webviewPanel, at) => {
      if (panel) {
        // Only one dashboard at a time.
        webviewPanel.dispose();
        return;
      }
      adopt(webviewPanel, at, 'restored');
    },
    isOpen: () => panel !== undefined,
    send: (message) => panel?.handle(message) ?? Promise.resolve(),
    dispose: () => panel?.dispose(),
  };
}
