// The part of vscode.Memento (globalState) that the progress and quiz-result
// stores use, so they run in plain Node tests on an in-memory map too.

export interface KeyValueStore {
  get<T>(key: string): T | undefined;
  update(key: string, value: unknown): PromiseLike<void> | void;
}
