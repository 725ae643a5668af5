// QuizUi on VS Code's own widgets: choices in a QuickPick, typed answers in an
// InputBox, both created with createQuickPick/createInputBox so the title shows
// progress and the step counter is set; Escape asks "End quiz?" in a modal.

import vscode = require('vscode');
import { InputStep, PickItem, PickStep, QuizUi } from '../../core/quiz/quizPresenter';

interface Row<T> extends vscode.QuickPickItem {
  source?: PickItem<T>;
}

export class VscodeQuizUi implements QuizUi, vscode.Disposable {
  private cancelled = false;
  private visible: vscode.QuickInput | undefined;

  pick<T>(step: PickStep<T>): Promise<{ value: T } | undefined> {
    if (this.cancelled) return Promise.resolve(undefined);
    const quickPick = vscode.window.createQuickPick<Row<T>>();
    const rows: Row<T>[] = step.items.map((item) =>
      item.separator
        ? { label: item.label, kind: vscode.QuickPickItemKind.Separator }
        : { label: item.label, description: item.description, detail: item.detail, alwaysShow: item.inert, source: item },
    );
    quickPick.placeholder = step.placeholder;
    quickPick.matchOnDescription = true;
    quickPick.items = rows;
    const active = step.active !== undefined ? rows[step.active] : undefined;
    if (active) quickPick.activeItems = [active];
    const chosen = this.present(quickPick, step, () => {
      const item = (quickPick.selectedItems[0] ?? quickPick.activeItems[0])?.source;
      // Feedback and question lines are information only: Enter on them does nothing.
      return !item || item.inert || item.value === undefined ? undefined : { value: item.value };
    });
    if (active) quickPick.activeItems = [active];
    return chosen;
  }

  input(step: InputStep): Promise<string | undefined> {
    if (this.cancelled) return Promise.resolve(undefined);
    const box = vscode.window.createInputBox();
    box.prompt = step.prompt;
    box.placeholder = step.placeholder;
    return this.present(box, step, () => box.value);
  }

  /**
   * Shows `input` with the step's title and counter until Enter gives a result
   * (`accept` returns undefined to stay open) or it is hidden (undefined).
   */
  private present<R>(input: vscode.QuickInput & { readonly onDidAccept: vscode.Event<void> }, step: { title: string; step?: number; totalSteps?: number }, accept: () => R | undefined): Promise<R | undefined> {
    input.title = step.title;
    input.step = step.step;
    input.totalSteps = step.totalSteps;
    input.ignoreFocusOut = true;
    return new Promise((resolve) => {
      let settled = false;
      input.onDidAccept(() => {
        const result = accept();
        if (result === undefined) return;
        settled = true;
        resolve(result);
        input.hide();
      });
      input.onDidHide(() => {
        input.dispose();
        if (this.visible === input) this.visible = undefined;
        if (!settled) resolve(undefined);
      });
      this.visible = input;
      input.show();
    });
  }

  async confirmEnd(): Promise<boolean> {
    if (this.cancelled) return true;
    const end: vscode.MessageItem = { title: vscode.l10n.t('End') };
    const carryOn: vscode.MessageItem = { title: vscode.l10n.t('Continue'), isCloseAffordance: true };
    const choice = await vscode.window.showWarningMessage(vscode.l10n.t('End quiz?'), { modal: true, detail: vscode.l10n.t('Your score so far will be shown.') }, end, carryOn);
    return choice === end;
  }

  notify(message: string): void {
    void vscode.window.showInformationMessage(message);
  }

  /** Ends this quiz without asking (another quiz is starting, or the extension is going away). */
  cancel(): void {
    this.cancelled = true;
    this.visible?.hide();
  }

  dispose(): void {
    this.cancel();
  }
}
