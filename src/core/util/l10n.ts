// The one door through which core's user-facing text passes: `l10n.t('… {0} …', arg)`.
// Core may not import vscode, so the extension hands it `vscode.l10n.t` once at
// start-up (useTranslator); until then, and in plain Node tests, messages are
// formatted in English exactly as `vscode.l10n.t` formats them when no bundle is
// loaded. The call shape `l10n.t(` is what `@vscode/l10n-dev export` looks for,
// so core's strings land in the same bundle as the extension's.

export type L10nArg = string | number | boolean;

/** The `{ message, args, comment }` form; the comment is for translators and part of the bundle key. */
export interface L10nMessage {
  message: string;
  args?: L10nArg[] | Record<string, unknown>;
  comment: string | string[];
}

/** The shape of `vscode.l10n.t`, so that function can be passed as it is. */
export interface Translator {
  (message: string, ...args: L10nArg[]): string;
  (message: string, args: Record<string, unknown>): string;
  (options: L10nMessage): string;
}

const PLACEHOLDER = /{([^}]+)}/g;

/**
 * VS Code's own formatting (format2 in vs/base/common/strings): each `{key}` is
 * replaced by `values[key]` (an index when `values` is the positional array), a
 * placeholder with no value stays as written, and with no values at all the
 * message is returned untouched. One pass, so an argument that itself holds
 * `{1}` is never expanded.
 */
function format(message: string, values: readonly unknown[] | Record<string, unknown>): string {
  if (Object.keys(values).length === 0) return message;
  const lookup = values as Record<string, unknown>;
  return message.replace(PLACEHOLDER, (match, key: string) => String(lookup[key] ?? match));
}

/** English: the message as written, its placeholders filled in. */
const english: Translator = (...params: [string, ...unknown[]] | [L10nMessage]): string => {
  const [first, ...rest] = params;
  if (typeof first !== 'string') return format(first.message, first.args ?? {});
  // As vscode.l10n.t: one object after the message is the named form; anything else is positional.
  const named = rest.length > 0 && typeof rest[0] === 'object' && rest[0] !== null;
  return format(first, named ? (rest[0] as Record<string, unknown>) : rest);
};

let translate: Translator = english;

/** Core's message function; call it as `l10n.t('…')` with a literal message so the extraction tool finds it. */
export const l10n: { readonly t: Translator } = {
  t: ((...params: unknown[]) => (translate as (...p: unknown[]) => string)(...params)) as Translator,
};

/** Sends core's messages through `fn` (the extension passes `vscode.l10n.t`); no argument goes back to English. */
export function useTranslator(fn?: Translator): void {
  translate = fn ?? english;
}
