// The desktop entry (package.json "main"), in Node's extension host: read the
// pack with fs, then the composition both builds share (./compose.ts). The
// browser's entry is ./web/extension.ts.
//
// Every module imports the API as `import vscode = require('vscode')`: for
// `import * as vscode`, esbuild copies each of the API's ~200 properties into a
// fresh object per importing module, which cost activation about 7 ms.

import type vscode = require('vscode');
import type { CrmStudyApi } from './api';
import { beginActivation, compose } from './compose';
import { loadBundledPackOrReport } from './vscode/packLoader';

export type { CrmStudyApi, CrmStudyTestApi } from './api';

export function activate(context: vscode.ExtensionContext): CrmStudyApi {
  const activation = beginActivation(context);
  const pack = loadBundledPackOrReport(context.extensionPath, activation.reportProblem);
  return compose(context, activation, pack);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
