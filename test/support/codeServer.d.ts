// Types of codeServer.js for the TypeScript tests (the launchers use it as JS).
import type { Browser } from 'playwright-core';

export interface CodeServer {
  url: string;
  port: number;
  stop(): void;
  /** The last part of code-server's own output, for error messages. */
  output(): string;
  /** Settles with the exit code (or signal) when the server process ends. */
  exited: Promise<number | string>;
}

export const VERSION: string;
export const VSCODE_VERSION: string;
export const REPO_ROOT: string;
export const SAMPLE_NOTES: string;
export function buildUnlessNoBuild(argv?: string[]): void;
export function ensureInstalled(): Promise<void>;
export function start(options?: {
  workspace?: string;
  extensionsDir?: string;
  port?: number;
  env?: Record<string, string>;
  timeoutMs?: number;
}): Promise<CodeServer>;
export function installExtension(vsix: string, extensionsDir: string): void;
export function freePort(): Promise<number>;
export function isPortFree(port: number): Promise<boolean>;
export function workbenchUrl(
  server: { url: string; port: number },
  options?: { folder?: string; extensionDevelopmentPath?: string; extensionTestsPath?: string },
): string;
export function launchBrowser(): Promise<Browser>;
