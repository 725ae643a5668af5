// QuizUi on VS Code's own widgets: choices in a QuickPick, typed answers in an
// InputBox, both created with createQuickPick/createInputBox so the title shows
// progress and the step counter is set; Escape asks "End quiz?" in a modal.

import vscode = require('vscode');
import { InputStep, PickItem, PickStep, QuizUi } from '../../core/quiz/quizFlow';

interface Row<T> extends vscode.QuickPickItem {
  source?: PickItem<T>;
}

export class VscodeQuizUi implements QuizUi, vscode.Disposable {
  private cancelled = false;
  private visible: vscode.QuickInput | undefined;

  pick<T>(step: PickStep<T>): Promise<{ value: T } | undefined> {
    if (this.cancelled) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      const quickPick = vscode.window.createQuickPick<Row<T>>();
      const rows: Row<T>[] = step.items.map((item) =>
        item.separator
          ? { label: item.label, kind: vscode.QuickPickItemKind.Separator }
          : { label: item.label, description: item.description, detail: item.detail, alwaysShow: item.inert, source: item },
      );
      quickPick.title = step.title;
      quickPick.step = step.step;
      quickPick.totalSteps = step.totalSteps;
      quickPick.placeholder = step.placeholder;
      quickPick.ignoreFocusOut = true;
      quickPick.matchOnDescription = true;
      quickPick.items = rows;
      const active = step.active !== undefined ? rows[step.active] : undefined;
      if (active) quickPick.activeItems = [active];
      let settled = false;
      quickPick.onDidAccept(() => {
        const chosen = quickPick.selectedItems[0] ?? quickPick.activeItems[0];
        const item = chosen?.source;
        // Feedback and question lines are information only: Enter on them does nothing.
        if (!item || item.inert || item.value === undefined) return;
        settled = true;
        resolve({ value: item.value });
        quickPick.hide();
      });
      quickPick.onDidHide(() => {
        quickPick.dispose();
        if (this.visible === quickPick) this.visible = undefined;
        if (!settled) resolve(undefined);
      });
      this.visible = quickPick;
      quickPick.show();
      if (active) quickPick.activeItems = [active];
    });
  }

  input(step: InputStep): Promise<string | undefined> {
    if (this.cancelled) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      const box = vscode.window.createInputBox();
      box.title = step.title;
      box.step = step.step;
      box.totalSteps = step.totalSteps;
      box.prompt = step.prompt;
      box.placeholder = step.placeholder;
      box.ignoreFocusOut = true;
      let settled = false;
      box.onDidAccept(() => {
        settled = true;
        resolve(box.value);
        box.hide();
      });
      box.onDidHide(() => {
        box.dispose();
        if (this.visible === box) this.visible = undefined;
        if (!settled) resolve(undefined);
      });
      this.visible = box;
      box.show();
    });
  }

  async confirmEnd(): Promise<boolean> {
    if (this.cancelled) return true;
    const end: vscode.MessageItem = { title: 'End' };
    const carryOn: vscode.MessageItem = { title: 'Continue', isCloseAffordance: true };
    const choice = await vscode.window.showWarningMessage('End quiz?', { modal: true, detail: 'Your score so far will be shown.' }, end, carryOn);
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
