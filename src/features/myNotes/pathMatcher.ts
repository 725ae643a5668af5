// Which paths of a workspace folder the notes index leaves out: the exclude
// globs (files.exclude, search.exclude, crmStudy.notes.exclude, in VS Code's
// glob syntax) and the folder's .gitignore files. The feature asks one question
// of it, `(folder-relative path) => excluded?`, for the first index, for every
// watcher event and for the walk a virtual workspace falls back to, so all three
// agree. No vscode import: tested in plain Node.
//
// INTERIM: the core notes engine (src/core/notes/) is getting the project's
// glob and .gitignore matcher; once it lands, registerMyNotes is given it as
// `excludeMatcher` (same shape, ExcludeMatcherFactory) and this file goes.

import ignore from 'ignore';

type Ignore = ignore.Ignore;

/** True when the folder-relative path ("notes/week3.md", no leading slash) is left out. */
export type PathExcluded = (relativePath: string) => boolean;

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

/** A glob in VS Code's syntax (`**`, `*`, `?`, `{a,b}`, `[abc]`, `[!abc]`) as an anchored RegExp over a whole relative path. */
export function globToRegExp(glob: string): RegExp {
  let pattern = glob.trim().replace(/\\/g, '/');
  pattern = pattern.replace(/^(\.\/)+/, '').replace(/^\/+/, '').replace(/\/+$/, '');
  return new RegExp(`^${globSource(pattern)}$`);
}

function globSource(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const segmentStart = i === 0 || glob[i - 1] === '/';
        i++;
        if (segmentStart && glob[i + 1] === '/') {
          out += '(?:.*/)?'; // "**/": any number of folders, including none
          i++;
        } else out += '.*';
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close === -1) out += '\\[';
      else {
        let body = glob.slice(i + 1, close);
        const negated = body[0] === '!' || body[0] === '^';
        if (negated) body = body.slice(1);
        out += `[${negated ? '^' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
        i = close;
      }
    } else if (c === '{') {
      const close = matchingBrace(glob, i);
      if (close === -1) out += '\\{';
      else {
        out += `(?:${splitTopLevel(glob.slice(i + 1, close)).map(globSource).join('|')})`;
        i = close;
      }
    } else out += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return out;
}

function matchingBrace(glob: string, open: number): number {
  let depth = 0;
  for (let i = open; i < glob.length; i++) {
    if (glob[i] === '{') depth++;
    else if (glob[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function splitTopLevel(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '{') depth++;
    else if (body[i] === '}') depth--;
    else if (body[i] === ',' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}

/** Every folder of the path and the path itself: "a", "a/b", "a/b/c.md" (an excluded folder excludes what is in it). */
function prefixes(relativePath: string): string[] {
  const out: string[] = [];
  for (let at = relativePath.indexOf('/'); at !== -1; at = relativePath.indexOf('/', at + 1)) out.push(relativePath.slice(0, at));
  out.push(relativePath);
  return out;
}

export const interimExcludeMatcher: ExcludeMatcherFactory = (rules) => {
  const globs = rules.globs.filter((g) => g.trim()).map(globToRegExp);
  // Deepest first: a nested .gitignore overrides its parents, as in git.
  const gitignores: Array<{ dir: string; ig: Ignore }> = rules.gitignores
    .map((g) => ({ dir: g.dir.replace(/^\/+|\/+$/g, ''), ig: ignore().add(g.text) }))
    .sort((a, b) => b.dir.length - a.dir.length);
  return (relativePath) => {
    const path = relativePath.replace(/^\/+/, '');
    if (globs.length && prefixes(path).some((p) => globs.some((g) => g.test(p)))) return true;
    for (const { dir, ig } of gitignores) {
      if (dir && !path.startsWith(dir + '/')) continue;
      try {
        const result = ig.test(dir ? path.slice(dir.length + 1) : path);
        if (result.ignored) return true;
        if (result.unignored) return false;
      } catch {
        // `ignore` refuses paths it cannot take (".." segments): such a path is not ignored by it
      }
    }
    return false;
  };
};
