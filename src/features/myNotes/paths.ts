// Path arithmetic on URI strings (vscode.Uri.toString()) and URI paths, without
// Node's `path` (the web build has none). No vscode import: tested in plain Node.

/** The path of `path` relative to the folder path `folder` (both URI paths), or undefined when it is not inside. */
export function relativeToFolder(folder: string, path: string): string | undefined {
  const base = folder.endsWith('/') ? folder : folder + '/';
  return path.startsWith(base) && path.length > base.length ? path.slice(base.length) : undefined;
}

/** True when the URI string `uri` is `parent` or inside it. */
export function isSameOrUnder(parent: string, uri: string): boolean {
  if (uri === parent) return true;
  return uri.startsWith(parent.endsWith('/') ? parent : parent + '/');
}

export function isMarkdownPath(path: string): boolean {
  return /\.md$/i.test(path);
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
