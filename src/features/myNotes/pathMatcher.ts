// Which paths of a workspace folder the notes index leaves out: the exclude
// globs (files.exclude, search.exclude, crmStudy.notes.exclude, in VS Code's
// glob syntax) and the folder's .gitignore files, through core's matcher
// (src/core/notes/excludes.ts). The feature asks one question of it,
// `(folder-relative path) => excluded?`, for the first index, for every watcher
// event and for the walk a virtual workspace falls back to, so all three agree.

import { excludeFilter, GitIgnores, PathFilter } from '../../core/notes/excludes';

/** True when the folder-relative path ("notes/week3.md", no leading slash) is left out. */
export type PathExcluded = PathFilter;

export interface GitignoreFile {
  /** The folder holding it, relative to the workspace folder ('' for the root). */
  dir: string;
  text: string;
}

export interface ExcludeRules {
  /** VS Code globs, relative to the workspace folder. */
  globs: readonly string[];
  gitignores: readonly GitignoreFile[];
}

export type ExcludeMatcherFactory = (rules: ExcludeRules) => PathExcluded;

export const excludeMatcher: ExcludeMatcherFactory = (rules) => {
  if (rules.gitignores.length === 0) return excludeFilter(rules.globs);
  const gitIgnores = new GitIgnores();
  for (const file of rules.gitignores) gitIgnores.set(file.dir, file.text);
  return excludeFilter(rules.globs, gitIgnores);
};
