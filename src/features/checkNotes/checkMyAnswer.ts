// "CRM Study: Check My Answer": the selection (else the section at the cursor)
// checked against an essay question's key points. The student picks the
// question (the likeliest first and pre-selected); the result is a QuickPick
// titled with the score, one row per key point: choosing a covered one selects
// the words that cover it in the note, choosing a missing one opens its concept.

import vscode = require('vscode');
import type { AnswerContext } from '../../core/check/answerCheck';
import { checkAnswer, likelyQuestions } from '../../core/check/answerCheck';
import { AnswerReportRow, answerReportRows, answerReportTitle } from '../../core/check/answerReport';
import { headingAbove, sectionAt } from '../../core/check/answerSection';
import type { ContentIndex } from '../../core/content/contentIndex';
import type { Card } from '../../core/content/model';
import { plainText } from '../../core/markdown/plainText';
import type { TermMatcher } from '../../core/notes/termMatcher';
import { Commands } from '../../vscode/constants';
import { linesOf } from '../../vscode/documentLines';
import type { CheckMyAnswerOutcome, CheckNotesProbe, PickSnapshot } from './testHooks';

export interface CheckMyAnswerDeps {
  content: ContentIndex;
  matcher(): TermMatcher;
  probe?: CheckNotesProbe;
}

interface Answer {
  text: string;
  /** Where `text` starts in the document, so the result's spans can be selected there. */
  offset: number;
  heading?: string;
}

/** The selection, else the section at the cursor (its heading apart, for guessing the question). */
function answerIn(editor: vscode.TextEditor): Answer {
  const { document, selection } = editor;
  const lines = linesOf(document);
  if (!selection.isEmpty) {
    return { text: document.getText(selection), offset: document.offsetAt(selection.start), heading: headingAbove(lines, selection.start.line)?.text };
  }
  const section = sectionAt(lines, selection.active.line);
  const start = new vscode.Position(section.startLine, 0);
  const end = section.endLine < document.lineCount ? new vscode.Position(section.endLine, 0) : document.lineAt(document.lineCount - 1).range.end;
  return { text: document.getText(new vscode.Range(start, end)), offset: document.offsetAt(start), heading: section.heading?.text };
}

interface Row<T> extends vscode.QuickPickItem {
  value?: T;
}

/** A QuickPick that reports itself to the probe while it shows; resolves with the chosen row's value. */
function pick<T>(snapshot: (probe: CheckNotesProbe, shown: PickSnapshot | undefined) => void, probe: CheckNotesProbe | undefined, title: string, placeholder: string, rows: Row<T>[], active?: Row<T>): Promise<T | undefined> {
  const quickPick = vscode.window.createQuickPick<Row<T>>();
  quickPick.title = title;
  quickPick.placeholder = placeholder;
  quickPick.matchOnDescription = true;
  quickPick.matchOnDetail = true;
  quickPick.items = rows;
  if (active) quickPick.activeItems = [active];
  return new Promise<T | undefined>((resolve) => {
    let chosen: T | undefined;
    quickPick.onDidAccept(() => {
      chosen = quickPick.selectedItems[0]?.value;
      quickPick.hide();
    });
    quickPick.onDidHide(() => {
      if (probe) snapshot(probe, undefined);
      quickPick.dispose();
      resolve(chosen);
    });
    quickPick.show();
    if (probe) {
      const shown = rows.filter((row) => row.kind !== vscode.QuickPickItemKind.Separator);
      snapshot(probe, { title, placeholder, rows: shown.map(({ label, description, detail }) => ({ label, description, detail })), active: (active ?? shown[0])?.label });
    }
  });
}

function questionRows(content: ContentIndex, essays: readonly Card[], likely: readonly Card[]): { rows: Row<Card>[]; active?: Row<Card> } {
  const row = (card: Card): Row<Card> => ({ label: plainText(card.prompt), description: content.concept(card.conceptId)?.term ?? content.topic(card.topic)?.title, value: card });
  if (likely.length === 0) return { rows: essays.map(row) };
  const first = new Set(likely);
  const top = likely.map(row);
  return {
    rows: [
      { label: vscode.l10n.t('likely'), kind: vscode.QuickPickItemKind.Separator },
      ...top,
      { label: vscode.l10n.t('all essay questions'), kind: vscode.QuickPickItemKind.Separator },
      ...essays.filter((card) => !first.has(card)).map(row),
    ],
    active: top[0],
  };
}

/** Selects every span of the answer that covers the point, the first one in view. */
async function selectEvidence(editor: vscode.TextEditor, answer: Answer, row: AnswerReportRow): Promise<void> {
  const { document } = editor;
  const ranges = row.result.spans.map(([start, end]) => new vscode.Range(document.positionAt(answer.offset + start), document.positionAt(answer.offset + end)));
  if (ranges.length === 0) return;
  const shown = await vscode.window.showTextDocument(document, editor.viewColumn);
  shown.selections = ranges.map((range) => new vscode.Selection(range.start, range.end));
  shown.revealRange(ranges[0], vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

export async function checkMyAnswer(deps: CheckMyAnswerDeps): Promise<CheckMyAnswerOutcome> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage(vscode.l10n.t('Check My Answer reads a Markdown note: open the note with your answer, then run it again.'));
    return { kind: 'noNote' };
  }
  const answer = answerIn(editor);
  if (answer.text.trim() === '') {
    void vscode.window.showInformationMessage(vscode.l10n.t('Nothing to check here: select your answer, or put the cursor in the section that holds it.'));
    return { kind: 'empty' };
  }
  const essays = deps.content.cards.filter((card) => card.kind === 'essay' && (card.keyPoints?.length ?? 0) > 0);
  if (essays.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('There are no essay questions with key points to check an answer against.'));
    return { kind: 'noQuestions' };
  }
  const context: AnswerContext = { matcher: deps.matcher(), concept: (id) => deps.content.concept(id), essays };
  const questions = questionRows(deps.content, essays, likelyQuestions(answer.text, answer.heading, essays, context));
  const card = await pick((probe, shown) => (probe.questions = shown), deps.probe, vscode.l10n.t('Check My Answer'), vscode.l10n.t('Which essay question does it answer?'), questions.rows, questions.active);
  if (!card) return { kind: 'cancelled' };

  const check = checkAnswer(answer.text, card, context);
  const rows = answerReportRows(check, (id) => deps.content.concept(id)?.term).map((row): Row<AnswerReportRow> => ({ label: row.label, description: row.description, detail: row.detail, value: row }));
  const chosen = await pick((probe, shown) => (probe.result = shown), deps.probe, answerReportTitle(check), plainText(card.prompt), rows);
  const outcome: CheckMyAnswerOutcome = { kind: 'checked', cardId: card.id, covered: check.covered, total: check.total };
  if (!chosen) return outcome;
  outcome.chose = { keyPoint: chosen.result.keyPoint, covered: chosen.result.covered };
  if (chosen.result.covered) await selectEvidence(editor, answer, chosen);
  else if (chosen.openConcept) await vscode.commands.executeCommand(Commands.showConcept, chosen.openConcept);
  return outcome;
}
