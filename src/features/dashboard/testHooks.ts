// What the integration tests may see of the progress dashboard, in Test mode
// only: every DashboardData the panel was given (the inlined one first), the
// paint times the webview reported, and a way to send what the webview would.

import type { DashboardData, FromDashboard } from '../../shared/dashboardProtocol';

/** What the panel reports into when activate gives it a probe (Test mode). */
export interface DashboardProbe {
  posted: DashboardData[];
  /** Milliseconds from the command (or the restore) to the first paint, one per panel. */
  painted: number[];
}

export interface DashboardTestHooks {
  readonly open: boolean;
  /** Every DashboardData the webview got, oldest first: the one inlined in the page, then each refresh. */
  readonly posted: readonly DashboardData[];
  readonly painted: readonly number[];
  /** Handles `message` as if the webview had sent it; resolves once handled. */
  send(message: FromDashboard): Promise<void>;
}
