// Runs an async step over many items with at most `limit` running at once: the
// notes index stats and reads thousands of files through vscode.workspace.fs,
// and a few in flight keep the disk busy without flooding the extension host.
// No vscode import: tested in plain Node.

/** Calls `step` for every item, at most `limit` at a time; resolves when all are done, rejects with the first error. */
export async function forEachLimited<T>(items: readonly T[], limit: number, step: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (!failure && next < items.length) {
      const index = next++;
      try {
        await step(items[index], index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (failure) throw failure.error;
}
