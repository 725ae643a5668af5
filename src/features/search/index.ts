// "CRM Study: Search Concepts": a QuickPick over the search index. Our ranking
// is kept as is: every item is `alwaysShow` (VS Code's own filter hides
// nothing) and `sortByLabel` is off (VS Code does not re-sort by its own label
// match). Enter opens the concept page (a result from the student's notes: the
// note at its line); the item button reveals it in the Concepts view. The
// index is built on first use, not at activation, from the pack and the notes
// there are then, and from then on follows each change of the notes.

import vscode = require('vscode');
import { Commands } from '../../vscode/constants';
import { ContentIndex } from '../../core/content/contentIndex';
import { RecentConcepts } from '../../core/concepts/recentConcepts';
import { SearchIndex } from '../../core/search/searchIndex';
import { emptyStateItems, REVEAL_BUTTON, resultItems, SearchItem } from './items';

export interface SearchDeps {
  pack: ContentIndex;
  /** The concepts recently opened on the concept page, listed in an empty box. */
  recent: RecentConcepts;
}

export interface SearchFeature extends vscode.Disposable {
  /** The index behind the picker, built on first call; other features may add() their documents. */
  index(): SearchIndex;
}

export function registerSearch(deps: SearchDeps): SearchFeature {
  let built: SearchIndex | undefined;
  const index = () => (built ??= SearchIndex.fromPack(deps.pack));
  const command = vscode.commands.registerCommand(Commands.searchConcepts, (initial?: unknown) =>
    showSearch(deps, index, typeof initial === 'string' ? initial : ''),
  );
  // Not built yet: nothing to follow, the first search reads the notes as they are then.
  const following = deps.pack.onDidChange((change) => built?.apply(change));
  return { index, dispose: () => { command.dispose(); following.dispose(); } };
}

function showSearch(deps: SearchDeps, index: () => SearchIndex, initial: string): void {
  const picker = vscode.window.createQuickPick<SearchItem>();
  picker.title = vscode.l10n.t('Search Concepts');
  picker.placeholder = vscode.l10n.t('Type a concept, an acronym or a few words ("dwyr phases", "KAM")');
  picker.matchOnDescription = false;
  picker.matchOnDetail = false;
  keepOurOrder(picker);

  const update = () => {
    const query = picker.value;
    try {
      picker.items = query.trim() ? resultItems(index(), deps.pack, query) : emptyStateItems(deps.pack, deps.recent.ids());
    } catch (error) {
      picker.items = [{ label: vscode.l10n.t('Search failed'), detail: error instanceof Error ? error.message : String(error), alwaysShow: true }];
    }
  };

  /** Runs `command` with `arg`; says what went wrong instead of failing silently. */
  const run = async (item: SearchItem, command: string, ...args: unknown[]) => {
    try {
      await vscode.commands.executeCommand(command, ...args);
    } catch (error) {
      void vscode.window.showErrorMessage(vscode.l10n.t('CRM Study: could not open "{0}": {1}', item.label, error instanceof Error ? error.message : String(error)));
    }
  };

  const subscriptions: vscode.Disposable[] = [
    picker.onDidChangeValue(update),
    picker.onDidAccept(async () => {
      const item = picker.activeItems[0] ?? picker.selectedItems[0];
      if (!item?.note && !item?.conceptId) return; // the no-match item: stay open, let the student retype
      picker.hide();
      if (item.note) await run(item, Commands.openNote, item.note.uri, item.note.line);
      else await run(item, Commands.showConcept, item.conceptId);
    }),
    picker.onDidTriggerItemButton(async (event) => {
      if (event.button !== REVEAL_BUTTON || !event.item.reveal) return;
      picker.hide();
      await run(event.item, Commands.revealConcept, event.item.reveal);
    }),
    picker.onDidHide(() => {
      subscriptions.forEach((s) => s.dispose());
      picker.dispose();
    }),
  ];

  picker.value = initial;
  update();
  picker.show();
}

/**
 * Turns off VS Code's re-sorting by label match. `sortByLabel` is a proposed
 * API (vscode.proposed.quickPickSortByLabel.d.ts) missing from @types/vscode,
 * but VS Code 1.100's extension host forwards it without a proposal check.
 * Should a later version refuse it, `alwaysShow` still keeps every result.
 */
function keepOurOrder(picker: vscode.QuickPick<SearchItem>): void {
  try {
    (picker as vscode.QuickPick<SearchItem> & { sortByLabel: boolean }).sortByLabel = false;
  } catch {
    // Not available: results stay visible, possibly reordered by VS Code.
  }
}
