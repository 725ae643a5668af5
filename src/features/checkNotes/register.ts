// What activate() registers of the note checks: a CodeLens and a code action
// provider for Markdown that hand over to the feature, and its two commands.
// The feature's own bundle, dist/checkNotes.js (the section finder, the part
// matcher, the answer check), is loaded on the first of: a Markdown note
// open (once activate has returned: the diagnostics come without asking), a
// provider asked, a command run. esbuild.js builds that file from ./index.ts;
// ../../vscode/lazyBundles.ts loads it (in the browser, asynchronously: a
// provider asked before then answers nothing, and the lenses refresh once it
// has started).

import vscode = require('vscode');
import { Commands } from '../../vscode/constants';
import { bundles } from '../../vscode/lazyBundles';
import type { CheckNotesDeps, CheckNotesFeature } from './index';
import type { CheckMyAnswerOutcome, CheckNotesProbe, CheckNotesTestHooks } from './testHooks';

export type { CheckNotesDeps } from './index';
export type { CheckMyAnswerOutcome, CheckNotesTestHooks } from './testHooks';

export interface CheckNotes extends vscode.Disposable {
  /** Only in Test mode (activate asks for them then). */
  testHooks(): CheckNotesTestHooks;
}

const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

export function registerCheckNotes(deps: Omit<CheckNotesDeps, 'probe'> & { testMode?: boolean }): CheckNotes {
  const probe: CheckNotesProbe | undefined = deps.testMode ? { questions: undefined, result: undefined } : undefined;
  const lensesChanged = new vscode.EventEmitter<void>();
  let feature: CheckNotesFeature | undefined;
  let failed: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;
  let pending: Promise<CheckNotesFeature | undefined> | undefined;
  const couldNotStart = (error: unknown): void => {
    failed = vscode.l10n.t('CRM Study: checking notes against the course could not start ({0}).', error instanceof Error ? error.message : String(error));
    deps.output.appendLine(failed);
  };
  /** The feature once its bundle is ready (at once in Node); the lenses asked before then are asked again. */
  const whenReady = (): Promise<CheckNotesFeature | undefined> =>
    (pending ??= bundles.ready('checkNotes').then(
      () => {
        const started = !feature && load();
        if (started) lensesChanged.fire();
        return feature;
      },
      (error: unknown) => {
        couldNotStart(error);
        return undefined;
      },
    ));
  const load = (): CheckNotesFeature | undefined => {
    if (feature || failed !== undefined || disposed) return feature;
    clearTimeout(timer);
    if (!bundles.isReady('checkNotes')) {
      void whenReady();
      return undefined;
    }
    try {
      feature = bundles.load('checkNotes').startCheckNotes({ ...deps, probe });
      feature.lenses.onDidChangeCodeLenses?.(() => lensesChanged.fire());
      opened.dispose();
    } catch (error) {
      couldNotStart(error);
    }
    return feature;
  };
  const wake = () => (timer ??= setTimeout(load, 0));
  const opened = vscode.workspace.onDidOpenTextDocument((document) => {
    if (document.languageId === 'markdown') wake();
  });
  if (vscode.workspace.textDocuments.some((document) => document.languageId === 'markdown')) wake();

  /** A command whose bundle cannot load says so instead of failing silently. */
  const command = <A extends unknown[], R>(id: string, run: (f: CheckNotesFeature, ...args: A) => Promise<R>) =>
    vscode.commands.registerCommand(id, async (...args: A): Promise<R | undefined> => {
      const loaded = load() ?? (failed === undefined ? await whenReady() : undefined);
      if (!loaded) {
        void vscode.window.showErrorMessage(failed!);
        return undefined;
      }
      return run(loaded, ...args);
    });
  const disposable = vscode.Disposable.from(
    opened,
    lensesChanged,
    vscode.languages.registerCodeLensProvider(MARKDOWN, {
      onDidChangeCodeLenses: lensesChanged.event,
      provideCodeLenses: (document, token) => load()?.lenses.provideCodeLenses(document, token) ?? [],
    }),
    vscode.languages.registerCodeActionsProvider(
      MARKDOWN,
      { provideCodeActions: (document, range, context, token) => load()?.fixes.provideCodeActions(document, range, context, token) ?? [] },
      { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] },
    ),
    command(Commands.checkMyAnswer, (f): Promise<CheckMyAnswerOutcome> => f.checkMyAnswer()),
    command(Commands.addMissingParts, (f, uri?: unknown, nameLine?: unknown) => f.addMissingParts(uri, nameLine)),
  );
  return {
    testHooks: () => ({
      get questions() {
        return probe?.questions;
      },
      get result() {
        return probe?.result;
      },
    }),
    dispose: () => {
      disposed = true;
      clearTimeout(timer);
      disposable.dispose();
      feature?.dispose();
    },
  };
}
