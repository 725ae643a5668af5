// The review log's files (core's LogFiles) in a folder through
// vscode.workspace.fs, so the same code runs in desktop VS Code and in VS Code
// for the Web. The folder is made on the first write, not before.

import vscode = require('vscode');
import type { LogFiles } from '../../core/study/reviewLog';

export function workspaceLogFiles(folder: vscode.Uri): LogFiles {
  const fs = vscode.workspace.fs;
  const uri = (name: string) => vscode.Uri.joinPath(folder, name);
  let made = false;
  return {
    async read(name) {
      try {
        return await fs.readFile(uri(name));
      } catch (error) {
        if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
        throw error;
      }
    },
    async write(name, bytes) {
      if (!made) {
        await fs.createDirectory(folder);
        made = true;
      }
      await fs.writeFile(uri(name), bytes);
    },
    async delete(name) {
      try {
        await fs.delete(uri(name));
      } catch (error) {
        if (!(error instanceof vscode.FileSystemError && error.code === 'FileNotFound')) throw error;
      }
    },
    async list() {
      try {
        return (await fs.readDirectory(folder)).filter(([, type]) => type === vscode.FileType.File).map(([name]) => name);
      } catch (error) {
        if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return [];
        throw error;
      }
    },
  };
}
