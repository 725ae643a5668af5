// The exclude settings as the notes index uses them: which globs of
// files.exclude / search.exclude (objects of glob → true/false/{when}) and
// crmStudy.notes.exclude (an array) are on, and the one glob findFiles takes
// to skip whole folders while listing. No vscode import: tested in plain Node.


/**
 * The patterns that are on, from a files.exclude-style object (glob → true;
 * `{ "when": ... }` clauses depend on sibling files and are left to VS Code's
 * views) or from crmStudy.notes.exclude (an array; a hand-edited settings.json
 * may hold anything): core's reading of both shapes.
 */
export { enabledGlobs } from '../../core/notes/excludes';

/**
 * One glob for findFiles' `exclude` (it takes one), or undefined for none.
 * Patterns holding braces are left out ({a,{b,c}} does not nest in VS Code's
 * globs): the path matcher applies every pattern to the results anyway, this
 * only spares the search from walking excluded folders.
 */
export function findFilesExclude(globs: readonly string[]): string | undefined {
  const plain = [...new Set(globs.map((g) => g.trim()).filter((g) => g && !/[{},]/.test(g)))];
  if (plain.length === 0) return undefined;
  return plain.length === 1 ? plain[0] : `{${plain.join(',')}}`;
}
