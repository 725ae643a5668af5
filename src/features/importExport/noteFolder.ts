// Which folder an import writes to, as the workspace state remembers it: a path
// relative to its workspace folder ("flashcards", "notes/sets"), prefixed with
// the folder's name in a multi-root workspace ("course/flashcards"), as VS
// Code's own asRelativePath writes it. Nothing remembered, or a path that
// climbs out with "..": `flashcards/` in the first workspace folder. No vscode
// import: URI paths only, tested in plain Node.

export const DEFAULT_FOLDER = 'flashcards';

export interface WorkspaceRoot {
  name: string;
  /** The folder's URI path. */
  path: string;
}

export interface FolderChoice {
  /** Index into the workspace folders. */
  root: number;
  /** Relative to that folder, '' for the folder itself; segments joined by '/'. */
  relative: string;
}

function clean(relative: string): string | undefined {
  const segments = relative.split(/[\\/]+/).filter((s) => s && s !== '.');
  return segments.includes('..') ? undefined : segments.join('/');
}

/** The remembered folder (anything else in the state: the default). */
export function resolveFolder(remembered: unknown, roots: readonly WorkspaceRoot[]): FolderChoice {
  const fallback = { root: 0, relative: DEFAULT_FOLDER };
  if (typeof remembered !== 'string' || !roots.length) return fallback;
  const relative = clean(remembered);
  if (relative === undefined) return fallback;
  if (roots.length > 1) {
    const [first, ...rest] = relative.split('/');
    const root = roots.findIndex((r) => r.name === first);
    if (root >= 0) return { root, relative: rest.join('/') };
  }
  return { root: 0, relative };
}

/** What the state keeps, and the preview shows as the folder: "flashcards", "course/flashcards", '' for a lone folder's root. */
export function folderLabel(choice: FolderChoice, roots: readonly WorkspaceRoot[]): string {
  if (roots.length <= 1) return choice.relative;
  const name = roots[choice.root]?.name ?? '';
  return choice.relative ? `${name}/${choice.relative}` : name;
}

/** The folder a picked URI path is, or undefined when it is in no workspace folder. */
export function folderOfPath(path: string, roots: readonly WorkspaceRoot[]): FolderChoice | undefined {
  let best: FolderChoice | undefined;
  let bestLength = -1;
  roots.forEach((root, index) => {
    const base = root.path.replace(/\/+$/, '');
    if (path !== base && !path.startsWith(base + '/')) return;
    // Nested workspace folders: the innermost one owns the path.
    if (base.length <= bestLength) return;
    bestLength = base.length;
    best = { root: index, relative: clean(path.slice(base.length)) ?? '' };
  });
  return best;
}
