// Which files of a workspace folder the notes index leaves out: the glob
// patterns of `files.exclude`, `search.exclude` and `crmStudy.notes.exclude`,
// and the folder's `.gitignore` files. Paths are relative to the workspace
// folder, with `/` (a backslash is read as `/`), never starting with `/`.
//
// Globs mean what they mean in those settings (VS Code's glob syntax, see
// https://code.visualstudio.com/docs/editor/glob-patterns): `*` and `?` within
// one path segment, `**` any number of segments, `{a,b}`, `[abc]`, `[!abc]`,
// and a pattern is matched against the whole path from the folder's root: `tmp`
// is the top-level `tmp` only, `**/tmp` is every `tmp`. A path is excluded when
// it or a folder above it matches, as the Explorer and Search skip an excluded
// folder's contents. The translation to a RegExp is ours (small, tested): VS
// Code's own matcher is not in the API, and it is what these settings expect.
//
// `.gitignore` rules follow git: each file applies to its own folder and below,
// a deeper file's rules win over a shallower one's, `!` re-includes, and
// nothing under an ignored folder can be re-included. The `ignore` package
// does the matching; each file's rules are re-rooted at its folder so that all
// of them go into one matcher in git's order of precedence.

import type { Ignore } from 'ignore';
import { loadIgnore } from '../markdown/libs';

export interface GlobOptions {
  /** Match regardless of case, as VS Code does on Windows and macOS. */
  ignoreCase?: boolean;
}

/** A path test: true when the path is excluded. */
export type PathFilter = (relativePath: string) => boolean;

const SEGMENT_CHAR = '[^/]';

/**
 * The RegExp for one glob pattern (anchored at both ends), or undefined when
 * the pattern is empty or cannot be read (such a pattern matches nothing).
 */
export function globToRegExp(pattern: string, options: GlobOptions = {}): RegExp | undefined {
  const trimmed = pattern.trim().replace(/\\/g, '/');
  if (!trimmed) return undefined;
  try {
    return new RegExp(`^${globSource(trimmed)}$`, options.ignoreCase ? 'i' : '');
  } catch {
    return undefined;
  }
}

function globSource(pattern: string): string {
  // `**/**` is `**`.
  const segments = splitOutside(pattern, '/').filter((segment, i, all) => segment !== '**' || all[i - 1] !== '**');
  if (segments.every((segment) => segment === '**')) return '.*';
  let source = '';
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if (segment === '**') {
      // Any number of whole segments; at the end also "the folder and everything in it".
      source += `(?:/|${SEGMENT_CHAR}+/${last ? `|/${SEGMENT_CHAR}+` : ''})*?`;
      return;
    }
    source += segmentSource(segment);
    // The separator, unless only a final `**` follows (`build/**` matches `build` itself too).
    if (!last && (segments[i + 1] !== '**' || i + 2 < segments.length)) source += '/';
  });
  return source;
}

function segmentSource(segment: string): string {
  let source = '';
  for (let i = 0; i < segment.length; i++) {
    const char = segment[i];
    if (char === '*') {
      source += `${SEGMENT_CHAR}*?`;
    } else if (char === '?') {
      source += SEGMENT_CHAR;
    } else if (char === '{') {
      const close = segment.indexOf('}', i + 1);
      if (close === -1) {
        source += '\\{';
        continue;
      }
      const choices = splitOutside(segment.slice(i + 1, close), ',');
      source += `(?:${choices.map((choice) => (choice ? globSource(choice) : '')).join('|')})`;
      i = close;
    } else if (char === '[') {
      // `]` right after `[` (or `[!`) is a literal; an unclosed `[` is a literal `[`.
      let j = i + 1;
      if (segment[j] === '!' || segment[j] === '^') j++;
      if (segment[j] === ']') j++;
      const close = segment.indexOf(']', j);
      if (close === -1) {
        source += '\\[';
        continue;
      }
      let body = segment.slice(i + 1, close);
      const negate = body[0] === '!' || body[0] === '^';
      if (negate) body = body.slice(1);
      const chars = [...body].map((c) => (c === '-' ? '-' : c === '/' ? '' : escapeChar(c))).join('');
      source += `[${negate ? '^/' : ''}${chars}]`;
      i = close;
    } else {
      source += escapeChar(char);
    }
  }
  return source;
}

function escapeChar(char: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(char) ? `\\${char}` : char;
}

/** Splits on `separator` outside `{...}` and `[...]`, dropping a trailing empty part (`build/` is `build`). */
function splitOutside(text: string, separator: string): string[] {
  const parts: string[] = [];
  let braces = 0;
  let brackets = false;
  let current = '';
  for (const char of text) {
    if (char === separator && braces === 0 && !brackets) {
      parts.push(current);
      current = '';
      continue;
    }
    if (char === '{') braces++;
    else if (char === '}' && braces > 0) braces--;
    else if (char === '[') brackets = true;
    else if (char === ']') brackets = false;
    current += char;
  }
  if (current || parts.length === 0) parts.push(current);
  return parts;
}

/**
 * The patterns a `files.exclude`-shaped setting turns on: `{ "glob": true }`,
 * or a plain array of globs (`crmStudy.notes.exclude`). `false` turns a
 * pattern off; a `{ "when": "$(basename).ts" }` clause hides a file only
 * beside its sibling source (generated `.js` beside `.ts`), which a note never
 * is, so it is left out.
 */
export function enabledGlobs(setting: unknown): string[] {
  if (Array.isArray(setting)) return setting.filter((glob): glob is string => typeof glob === 'string' && glob.trim() !== '');
  if (!setting || typeof setting !== 'object') return [];
  return Object.entries(setting as Record<string, unknown>)
    .filter(([glob, on]) => on === true && glob.trim() !== '')
    .map(([glob]) => glob);
}

/** True for a path that one of `globs` matches, or that lies in a folder one of them matches. */
export function globFilter(globs: readonly string[], options: GlobOptions = {}): PathFilter {
  const regexps = globs.map((glob) => globToRegExp(glob, options)).filter((re): re is RegExp => !!re);
  if (regexps.length === 0) return () => false;
  const test = (path: string) => regexps.some((re) => re.test(path));
  return (relativePath) => {
    const path = normalise(relativePath);
    if (test(path)) return true;
    for (let slash = path.indexOf('/'); slash !== -1; slash = path.indexOf('/', slash + 1)) {
      if (test(path.slice(0, slash))) return true;
    }
    return false;
  };
}

/**
 * The `.gitignore` files of one workspace folder, each given with the folder
 * it sits in ('' for the workspace folder itself, else e.g. "notes/old").
 */
export class GitIgnores {
  private readonly files = new Map<string, string>();
  private matcher?: Ignore;

  constructor(private readonly options: GlobOptions = {}) {}

  get size(): number {
    return this.files.size;
  }

  /** Sets (or replaces) the rules of the `.gitignore` in folder `dir`. */
  set(dir: string, text: string): void {
    this.files.set(trimSlashes(normalise(dir)), text);
    this.matcher = undefined;
  }

  delete(dir: string): void {
    if (this.files.delete(trimSlashes(normalise(dir)))) this.matcher = undefined;
  }

  /** True when git would ignore the file at `relativePath`. */
  ignores(relativePath: string): boolean {
    if (this.files.size === 0) return false;
    const path = trimSlashes(normalise(relativePath));
    if (!path) return false;
    try {
      return this.build().ignores(path);
    } catch {
      return false; // a path the matcher refuses (such as "..") is not ours to hide
    }
  }

  private build(): Ignore {
    if (this.matcher) return this.matcher;
    const matcher = loadIgnore()({ ignorecase: !!this.options.ignoreCase });
    // Shallower folders first: rules that come later win, as a deeper .gitignore wins in git.
    const dirs = [...this.files.keys()].sort((a, b) => depth(a) - depth(b) || (a < b ? -1 : a > b ? 1 : 0));
    for (const dir of dirs) matcher.add(rerooted(this.files.get(dir)!, dir));
    return (this.matcher = matcher);
  }
}

/** The rules of a `.gitignore` in folder `dir`, rewritten to apply from the workspace folder's root. */
export function rerooted(text: string, dir: string): string[] {
  const rules: string[] = [];
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r\n?|\n/)) {
    if (!raw.trim() || raw.startsWith('#')) continue;
    if (!dir) {
      rules.push(raw);
      continue;
    }
    const negative = raw.startsWith('!');
    let body = negative ? raw.slice(1) : raw;
    // A slash at the start or in the middle anchors the rule at its folder; otherwise it matches at any depth below it.
    const anchored = body.replace(/\/+\s*$/, '').includes('/');
    body = body.replace(/^\//, '');
    if (!body.trim()) continue;
    rules.push(`${negative ? '!' : ''}${dir}/${anchored ? '' : '**/'}${body}`);
  }
  return rules;
}

/** Everything the notes index leaves out of one workspace folder. */
export function excludeFilter(globs: readonly string[], gitIgnores?: GitIgnores, options: GlobOptions = {}): PathFilter {
  const byGlob = globFilter(globs, options);
  if (!gitIgnores) return byGlob;
  return (relativePath) => byGlob(relativePath) || gitIgnores.ignores(relativePath);
}

function normalise(path: string): string {
  return path.replace(/\\/g, '/').replace(/^\.\//, '');
}

function trimSlashes(path: string): string {
  return path.replace(/^\/+|\/+$/g, '');
}

function depth(dir: string): number {
  return dir ? dir.split('/').length : 0;
}
