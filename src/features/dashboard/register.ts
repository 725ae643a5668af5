// What activate() registers of the progress dashboard: "Show Progress" and the
// panel's serializer, nothing else. The panel, its data and its page load from
// their own bundle, dist/dashboard.js, on the first run of the command or the
// first restore after a reload (esbuild.js builds it from ./index.ts;
// ../../vscode/lazyBundles.ts loads it), so the dashboard costs activation nothing.

import vscode = require('vscode');
import { Commands, WebviewTypes } from '../../vscode/constants';
import { bundles } from '../../vscode/lazyBundles';
import type { DashboardDeps, DashboardFeature } from './index';
import type { DashboardProbe, DashboardTestHooks } from './testHooks';

export type { DashboardDeps } from './index';
export type { DashboardTestHooks } from './testHooks';

export interface Dashboard extends vscode.Disposable {
  /** Only in Test mode (activate asks for them then). */
  testHooks(): DashboardTestHooks;
}

export function registerDashboard(deps: Omit<DashboardDeps, 'probe'> & { testMode?: boolean }): Dashboard {
  const probe: DashboardProbe | undefined = deps.testMode ? { posted: [], painted: [] } : undefined;
  let feature: DashboardFeature | undefined;
  /** The loaded feature, or undefined after telling the student it could not start. */
  const load = async (): Promise<DashboardFeature | undefined> => {
    if (feature) return feature;
    try {
      await bundles.ready('dashboard');
      feature ??= bundles.load('dashboard').startDashboard({ ...deps, probe });
      return feature;
    } catch (error) {
      const message = vscode.l10n.t('CRM Study: the progress dashboard could not start ({0}).', error instanceof Error ? error.message : String(error));
      deps.output.appendLine(message);
      void vscode.window.showErrorMessage(message);
      return undefined;
    }
  };
  const disposable = vscode.Disposable.from(
    vscode.commands.registerCommand(Commands.showProgress, async () => {
      const at = Date.now();
      return (await load())?.show(at);
    }),
    vscode.window.registerWebviewPanelSerializer(WebviewTypes.progress, {
      deserializeWebviewPanel: async (panel) => {
        const at = Date.now();
        const loaded = await load();
        if (loaded) loaded.restore(panel, at);
        else panel.dispose();
      },
    }),
  );
  return {
    testHooks: () => ({
      get open() {
        return feature?.isOpen() ?? false;
      },
      get posted() {
        return probe?.posted ?? [];
      },
      get painted() {
        return probe?.painted ?? [];
      },
      send: (message) => feature?.send(message) ?? Promise.resolve(),
    }),
    dispose: () => {
      disposable.dispose();
      feature?.dispose();
    },
  };
}
