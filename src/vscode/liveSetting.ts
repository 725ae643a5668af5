// A setting a feature can read now and follow as it changes, handed to the
// feature as an argument so features never read configuration themselves.

import vscode = require('vscode');

export interface LiveSetting<T> {
  get(): T;
  /** Fires with the new value whenever the user changes the setting. */
  readonly onDidChange: vscode.Event<T>;
}

/** `sanitize` turns a value of the right type into one the feature can use (clamped, rounded), on every read. */
export function liveSetting<T>(section: string, key: string, fallback: T, sanitize: (value: T) => T = (value) => value): LiveSetting<T> & vscode.Disposable {
  const read = () => {
    const value = vscode.workspace.getConfiguration(section).get<T>(key, fallback);
    // A hand-edited settings.json can hold anything: fall back rather than misbehave.
    return sanitize(typeof value === typeof fallback ? value : fallback);
  };
  const emitter = new vscode.EventEmitter<T>();
  const listener = vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration(`${section}.${key}`)) emitter.fire(read());
  });
  return {
    get: read,
    onDidChange: emitter.event,
    dispose: () => {
      listener.dispose();
      emitter.dispose();
    },
  };
}

/** Keeps what `create` makes alive exactly while `enabled` is on, following the setting live. */
export function whileEnabled(enabled: LiveSetting<boolean>, create: () => vscode.Disposable): vscode.Disposable {
  let current: vscode.Disposable | undefined;
  const apply = (on: boolean) => {
    if (on && !current) current = create();
    if (!on && current) {
      current.dispose();
      current = undefined;
    }
  };
  apply(enabled.get());
  const listener = enabled.onDidChange(apply);
  return new vscode.Disposable(() => {
    listener.dispose();
    apply(false);
  });
}

/** A setting of resource scope (it may differ per folder or language): read for one document, followed as it changes. */
export interface ResourceSetting<T> {
  get(scope: vscode.Uri): T;
  /** Fires whenever the user changes the setting anywhere; `affects` says whether a document's value may have changed. */
  readonly onDidChange: vscode.Event<{ affects(scope: vscode.Uri): boolean }>;
}

export function resourceSetting<T>(section: string, key: string, fallback: T): ResourceSetting<T> & vscode.Disposable {
  const emitter = new vscode.EventEmitter<{ affects(scope: vscode.Uri): boolean }>();
  const listener = vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration(`${section}.${key}`)) emitter.fire({ affects: (scope) => e.affectsConfiguration(`${section}.${key}`, scope) });
  });
  return {
    get: (scope) => {
      const value = vscode.workspace.getConfiguration(section, scope).get<T>(key, fallback);
      return typeof value === typeof fallback ? value : fallback;
    },
    onDidChange: emitter.event,
    dispose: () => {
      listener.dispose();
      emitter.dispose();
    },
  };
}
