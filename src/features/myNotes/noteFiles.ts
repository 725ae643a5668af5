// The notes index's file access, all through vscode.workspace.fs and URIs (the
// web build has no Node `fs`): listing a folder's notes and .gitignore files
// (the file search, or a walk of the folder where the search fails, as on some
// virtual file systems), and stat + read of one note with the skip rules.

import vscode = require('vscode');
import type { NoteStamp } from '../../core/notes/notesIndex';
import { decodeText, sizeProblem } from '../../core/notes/noteText';
import { baseName, isMarkdownPath, relativeToFolder } from './paths';
import { forEachLimited } from './pool';
import type { PathExcluded } from './pathMatcher';

/** What a folder holds that the notes index reads. */
export interface FolderListing {
  notes: vscode.Uri[];
  gitignores: vscode.Uri[];
  /** How it was listed: the file search, or a walk when the search failed (the reason). */
  walked?: string;
}

/** How long a file search of a virtual file system may take before the folder is walked instead (one may never answer). */
const VIRTUAL_SEARCH_MS = 5000;
const WALK_CONCURRENCY = 32;

/**
 * Every `*.md` and `.gitignore` under `base` (a workspace folder or a folder in
 * it). `findExclude` spares the search whole excluded folders; `skipFolder`
 * (folder-relative path) does the same for the walk. What the results still
 * hold of excluded paths the caller filters with its matcher.
 */
export async function listNotes(folder: vscode.WorkspaceFolder, base: vscode.Uri, findExclude: string | undefined, skipFolder: PathExcluded): Promise<FolderListing> {
  let reason: string;
  try {
    const found = await findWithTimeout(base, findExclude, folder.uri.scheme !== 'file');
    const listing: FolderListing = { notes: [], gitignores: [] };
    for (const uri of found) (baseName(uri.path) === '.gitignore' ? listing.gitignores : listing.notes).push(uri);
    // A virtual file system without a search provider may answer with nothing at all: its walk is cheap to try.
    if (found.length > 0 || folder.uri.scheme === 'file') return listing;
    reason = 'the file search found nothing';
  } catch (error) {
    reason = error instanceof Error ? error.message : String(error);
  }
  const walked = await walk(folder, base, skipFolder);
  return { ...walked, walked: reason };
}

async function findWithTimeout(base: vscode.Uri, exclude: string | undefined, virtual: boolean): Promise<vscode.Uri[]> {
  const include = new vscode.RelativePattern(base, '**/{*.md,.gitignore}');
  // With an exclude given, findFiles applies no default excludes: the caller's glob holds files.exclude too.
  if (!virtual) return vscode.workspace.findFiles(include, exclude ?? null);
  const cancel = new vscode.CancellationTokenSource();
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      Promise.resolve(vscode.workspace.findFiles(include, exclude ?? null, undefined, cancel.token)),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`the file search did not answer within ${VIRTUAL_SEARCH_MS / 1000} s`)), VIRTUAL_SEARCH_MS);
      }),
    ]);
  } finally {
    clearTimeout(timer);
    cancel.cancel();
    cancel.dispose();
  }
}

/** Lists `base` folder by folder with readDirectory, not entering excluded folders. */
async function walk(folder: vscode.WorkspaceFolder, base: vscode.Uri, skipFolder: PathExcluded): Promise<FolderListing> {
  const listing: FolderListing = { notes: [], gitignores: [] };
  let level = [base];
  while (level.length > 0) {
    const next: vscode.Uri[] = [];
    await forEachLimited(level, WALK_CONCURRENCY, async (dir) => {
      let entries: [string, vscode.FileType][];
      try {
        entries = await vscode.workspace.fs.readDirectory(dir);
      } catch {
        return; // gone or unreadable: nothing of it to index
      }
      for (const [name, type] of entries) {
        const uri = vscode.Uri.joinPath(dir, name);
        const relative = relativeToFolder(folder.uri.path, uri.path) ?? name;
        if (type & vscode.FileType.Directory) {
          if (!(type & vscode.FileType.SymbolicLink) && !skipFolder(relative)) next.push(uri);
        } else if (name === '.gitignore') listing.gitignores.push(uri);
        else if (isMarkdownPath(name)) listing.notes.push(uri);
      }
    });
    level = next;
  }
  return listing;
}

export type StatResult =
  | { kind: 'file'; stamp: NoteStamp }
  | { kind: 'skipped'; reason: string }
  | { kind: 'directory' }
  | { kind: 'gone' };

export async function statNote(uri: vscode.Uri): Promise<StatResult> {
  let stat: vscode.FileStat;
  try {
    stat = await vscode.workspace.fs.stat(uri);
  } catch {
    return { kind: 'gone' };
  }
  if (stat.type & vscode.FileType.Directory) return { kind: 'directory' };
  const tooBig = sizeProblem(stat.size);
  if (tooBig) return { kind: 'skipped', reason: tooBig };
  return { kind: 'file', stamp: { mtime: stat.mtime, size: stat.size } };
}

export type ReadResult = { kind: 'text'; text: string } | { kind: 'skipped'; reason: string } | { kind: 'gone' };

export async function readNote(uri: vscode.Uri): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return { kind: 'gone' };
    return { kind: 'skipped', reason: `could not be read (${error instanceof Error ? error.message : String(error)})` };
  }
  const decoded = decodeText(bytes);
  return 'problem' in decoded ? { kind: 'skipped', reason: decoded.problem } : { kind: 'text', text: decoded.text };
}

export async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}
