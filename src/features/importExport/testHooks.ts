// What the integration tests may reach of the import and export commands, only
// in Test mode (src/extension.ts asks for it then and only then): the preview
// QuickPick's title and rows while it is showing, so a test can wait for the
// real preview, read it, and press Enter on it through the workbench.

import type { PreviewRow } from './previewRows';

export interface ImportPreviewSnapshot {
  title: string;
  rows: readonly PreviewRow[];
}

/** What the running commands report into (register.ts owns it; the feature's bundle writes it). */
export interface ImportExportProbe {
  preview: ImportPreviewSnapshot | undefined;
}

export interface ImportExportTestHooks {
  /** The import preview now showing, if one is. */
  readonly preview: ImportPreviewSnapshot | undefined;
}
