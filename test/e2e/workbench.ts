// Drives the VS Code workbench in headless Chromium the way a student does:
// open a note, run a command from the palette, hover a word, read the Output
// panel, take screenshots. useWorkbench() gives each suite its own code-server.
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Locator, Page } from 'playwright-core';
import * as codeServer from '../support/codeServer';

export const REPO_ROOT = codeServer.REPO_ROOT;
export const SAMPLE_NOTES = codeServer.SAMPLE_NOTES;
export const RESULTS_DIR = path.join(REPO_ROOT, 'test-results');
const WAIT_MS = 20000;

export interface WorkbenchOptions {
  /** The folder VS Code opens; the sample notes by default. */
  folder?: string;
  /** Load the extension from source (the default); false to rely on extensionsDir. */
  fromSource?: boolean;
  /** The extension folder loaded from source: the repository by default (the web layer loads a staged copy). */
  extensionPath?: string;
  /** Where code-server looks for installed extensions, e.g. one holding our .vsix. */
  extensionsDir?: string;
}

/** Polls `read` until `accept` holds; fails after `ms` naming `what`. */
export async function until<T>(what: string, read: () => Promise<T>, accept: (value: T) => boolean, ms = WAIT_MS): Promise<T> {
  const deadline = Date.now() + ms;
  let last: T | undefined;
  for (;;) {
    last = await read().catch(() => undefined);
    if (last !== undefined && accept(last)) return last;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms / 1000} s waiting for ${what}; last seen: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Monaco renders spaces as no-break spaces. */
const plain = (text: string): string => text.replace(/\u00a0/g, ' ');

export class Workbench {
  /** What the page (the workbench, and a web worker extension host inside it) wrote to its console so far. */
  readonly consoleLines: string[] = [];

  private constructor(
    readonly page: Page,
    private readonly browser: Browser,
    private readonly server: codeServer.CodeServer,
  ) {}

  static async start(options: WorkbenchOptions = {}): Promise<Workbench> {
    const folder = options.folder ?? SAMPLE_NOTES;
    const server = await codeServer.start({ workspace: folder, extensionsDir: options.extensionsDir });
    let browser: Browser | undefined;
    let workbench: Workbench | undefined;
    try {
      browser = await codeServer.launchBrowser();
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      workbench = new Workbench(page, browser, server);
      const lines = workbench.consoleLines;
      page.on('console', (message) => lines.push(message.text()));
      const url = codeServer.workbenchUrl(server, {
        folder,
        extensionDevelopmentPath: options.fromSource === false ? undefined : options.extensionPath ?? REPO_ROOT,
      });
      await page.goto(url);
      // Ready once the explorer lists the folder: keybindings work from then on.
      await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60000 });
      return workbench;
    } catch (error) {
      const shot = await workbench?.screenshot('FAILED workbench start').catch(() => undefined);
      if (shot) console.log(`      screenshot of the failed start: ${path.relative(process.cwd(), shot)}`);
      await browser?.close().catch(() => {});
      server.stop();
      throw error;
    }
  }

  /** Quick Open (Ctrl+P), type the file name, Enter; resolves when its editor is active. */
  /** Reloads the window the way a student does (it runs VS Code's shutdown, which flushes state), not page.reload(); resolves once the explorer is back. */
  async reloadWindow(): Promise<void> {
    const reloaded = this.page.waitForEvent('load', { timeout: 60000 });
    await this.runCommand('Developer: Reload Window');
    await reloaded;
    await this.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60000 });
  }

  async openFile(name: string): Promise<void> {
    await this.choose('Control+P', name);
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: WAIT_MS });
    await this.page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: WAIT_MS });
    await this.activeEditor().locator('.view-lines').waitFor({ timeout: WAIT_MS });
  }

  /**
   * The command palette (F1), type the command's full title, Enter. Resolves
   * once the palette has closed, or once the command's own quick input (a
   * picker, the open dialog) has taken over its widget.
   */
  async runCommand(title: string): Promise<void> {
    await this.choose('F1', title);
    const widget = this.page.locator('.quick-input-widget');
    const palette = `>${title}`;
    await until(`the command palette to run "${title}"`, async () => (await widget.isVisible()) && (await widget.locator('input').first().inputValue()) === palette, (open) => !open);
  }

  /**
   * Picks `file` (an absolute path) in VS Code's own open dialog, the "simple"
   * one: a quick input whose box holds a folder path. A browser workbench
   * always uses it for the remote files code-server serves (the
   * `files.simpleDialog.enable` setting is read by the desktop only). Types the
   * path over the box's folder as a student would, then Enter. Resolves once
   * the dialog has taken the file (closed, or its widget reused by what follows).
   */
  async pickFileInDialog(file: string, title?: string | RegExp): Promise<void> {
    const widget = this.page.locator('.quick-input-widget');
    const box = widget.locator('input').first();
    if (title !== undefined) await widget.locator('.quick-input-title', { hasText: title }).waitFor({ timeout: WAIT_MS });
    // Ready once it has put its starting folder in the box.
    await until('the open dialog to show a folder path', () => box.inputValue(), (value) => value.startsWith('/') && value.endsWith('/'));
    // It completes names while one types (the completion selected, so typing
    // on replaces it) and lists a folder once its "/" is typed: type at a
    // human pace, and once more should a keystroke have raced a listing.
    for (let attempt = 1; ; attempt++) {
      await box.press('Control+A');
      await box.pressSequentially(file, { delay: 15 });
      try {
        await until(`the open dialog's box to hold ${file}`, () => box.inputValue(), (value) => value === file, 5000);
        break;
      } catch (error) {
        if (attempt === 2) throw error;
      }
    }
    // Enter takes the highlighted row, if any, over the typed path: it must be the file.
    const name = path.posix.basename(file);
    const highlighted = async () => (await widget.locator('.monaco-list-row.focused').allInnerTexts()).map((t) => t.split('\n')[0].trim());
    await until(`the open dialog to highlight no row but ${name}`, highlighted, (rows) => rows.every((row) => row === name));
    await box.press('Enter');
    await until(`the open dialog to take ${file}`, async () => (await widget.isVisible()) && (await box.inputValue()) === file, (open) => !open);
  }

  /** The rows the quick input lists now (a long list only has the rows scrolled into view in the page). */
  quickInputRows(): Locator {
    return this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
  }

  /** The texts of the notification toasts on screen now (an error message often says why a wait timed out). */
  async notificationTexts(): Promise<string[]> {
    return this.page.locator('.notifications-toasts .notification-toast .notification-list-item-message').allInnerTexts();
  }

  /** The notification toast whose text matches `text`, once it shows. */
  async notification(text: RegExp): Promise<Locator> {
    const toast = this.page.locator('.notifications-toasts .notification-toast', { hasText: text }).first();
    await toast.waitFor({ timeout: WAIT_MS });
    return toast;
  }

  /**
   * F1, "CRM Study: Search Concepts", then `query` typed into our picker (which
   * takes over the palette's widget, so it never closes in between); resolves
   * with the first result row once results for the query are listed.
   */
  async searchConcepts(query: string, firstRow: RegExp): Promise<Locator> {
    const widget = this.page.locator('.quick-input-widget');
    await this.choose('F1', 'CRM Study: Search Concepts');
    await widget.locator('.quick-input-title', { hasText: 'Search Concepts' }).waitFor({ timeout: WAIT_MS });
    await this.page.keyboard.type(query);
    const first = widget.locator('.quick-input-list .monaco-list-row').first();
    await until(`a first search result matching ${firstRow} for "${query}"`, () => first.innerText(), (t) => firstRow.test(t));
    return first;
  }

  /** Moves the mouse onto `text` in the active editor; resolves with the hover's text once it matches `expected` (within `ms`). */
  async hover(text: string, expected: RegExp = /\S/, ms = WAIT_MS): Promise<string> {
    const point = await this.pointOf(text);
    await this.page.mouse.move(1, 1);
    await this.page.mouse.move(point.x, point.y, { steps: 4 });
    // Several hover widgets exist (most hidden and empty): read them all.
    const contents = this.page.locator('.monaco-hover-content');
    const read = async () => plain((await contents.allInnerTexts()).join('\n').trim());
    return until(`a hover matching ${expected} over "${text}"`, read, (t) => expected.test(t), ms);
  }

  /**
   * hover(), the mouse moved onto the word again every few seconds for up to a
   * minute: the first hover can come before the extension has activated, or
   * the line can move under the mouse as code lenses arrive.
   */
  async hoverOnceReady(text: string, expected: RegExp): Promise<string> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.hover(text, expected, WAIT_MS / 3);
      } catch (error) {
        if (attempt === 3 * 3) throw error;
      }
    }
  }

  /** Clicks the CRM Study icon in the activity bar; resolves with the sidebar once it shows the Concepts view. */
  async openConceptsView(): Promise<Locator> {
    await this.page.locator('.part.activitybar [aria-label^="CRM Study"]').first().click();
    const sidebar = this.page.locator('.part.sidebar');
    // With one view in the container, the sidebar's title reads "CRM STUDY: CONCEPTS".
    await sidebar.locator('.composite.title', { hasText: /CRM Study: Concepts/i }).first().waitFor({ timeout: WAIT_MS });
    return sidebar;
  }

  /** Waits until the Output panel shows text matching `pattern`; returns the panel's text. */
  async waitForOutput(pattern: RegExp): Promise<string> {
    const view = this.page.locator('.part.panel .monaco-editor .view-lines').first();
    return until(`Output panel text matching ${pattern}`, async () => plain(await view.innerText()), (t) => pattern.test(t));
  }

  /** Saves a full-page PNG into test-results/ and returns its path. */
  async screenshot(name: string): Promise<string> {
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    const file = path.join(RESULTS_DIR, `${name.replace(/[^\w.-]+/g, '-').replace(/^-|-$/g, '')}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  async close(): Promise<void> {
    await this.browser.close().catch(() => {});
    this.server.stop();
  }

  /** Clicks the middle of `text` in the active editor, which puts the cursor inside it (for F12 and the like). */
  async clickOn(text: string): Promise<void> {
    const point = await this.pointOf(text);
    await this.page.mouse.click(point.x, point.y);
  }

  /** The centre of the first `text` on screen in the active editor. */
  private async pointOf(text: string): Promise<{ x: number; y: number }> {
    const line = this.activeEditor().locator('.view-line', { hasText: text }).first();
    await line.waitFor({ timeout: WAIT_MS });
    const point = await line.evaluate((element, wanted) => {
      // Runs in the page: find the characters of `wanted` and return their centre.
      const doc = element.ownerDocument;
      const at = element.textContent.replace(/\u00a0/g, ' ').indexOf(wanted);
      const walker = doc.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
      for (let offset = 0, node = walker.nextNode(); node; offset += node.data.length, node = walker.nextNode()) {
        if (at < offset + node.data.length) {
          const range = doc.createRange();
          range.setStart(node, at - offset);
          range.setEnd(node, Math.min(node.data.length, at - offset + wanted.length));
          const rect = range.getBoundingClientRect();
          return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
        }
      }
      return null;
    }, text);
    if (!point) throw new Error(`"${text}" is not on screen in the active editor`);
    return point;
  }

  private activeEditor(): Locator {
    return this.page.locator('.editor-group-container.active .editor-instance .monaco-editor').first();
  }

  /** Presses `key` until the quick input shows: early key presses can land before the keybindings are ready. */
  private async openQuickInput(key: string): Promise<void> {
    const input = this.page.locator('.quick-input-widget input');
    for (let attempt = 1; ; attempt++) {
      await this.page.keyboard.press(key);
      try {
        return await input.waitFor({ state: 'visible', timeout: 5000 });
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
  }

  /**
   * Opens the quick input with `key`, types `text`, waits for a matching row and
   * accepts it. The list is what VS Code knew when it opened, so right after
   * start (an extension's commands still arriving) it is closed and reopened.
   */
  async choose(key: string, text: string): Promise<void> {
    const widget = this.page.locator('.quick-input-widget');
    const rows = widget.locator('.monaco-list-row');
    for (let attempt = 1; ; attempt++) {
      await this.openQuickInput(key);
      await this.page.keyboard.type(text);
      try {
        await rows.filter({ hasText: text }).first().waitFor({ timeout: attempt < 3 ? WAIT_MS / 4 : WAIT_MS });
        break;
      } catch {
        if (attempt === 3) {
          const offered = (await rows.allInnerTexts()).map((t) => t.split('\n')[0]);
          throw new Error(`no "${text}" in the quick input (is it contributed?); it offered: ${offered.join(' | ') || 'nothing'}`);
        }
        await this.page.keyboard.press('Escape');
        await widget.waitFor({ state: 'hidden', timeout: WAIT_MS });
      }
    }
    await this.page.keyboard.press('Enter');
  }
}

/** The counts the extension writes to its "CRM Study" output channel. */
export const PACK_LINE = /Loaded (\d+) concepts and (\d+) cards in (\d+) topics/;

/** Runs "CRM Study: Show Course Pack Info" and reads the counts from the Output panel. */
export async function showPackInfo(workbench: Workbench): Promise<{ concepts: number; cards: number; topics: number }> {
  await workbench.runCommand('CRM Study: Show Course Pack Info');
  const [, concepts, cards, topics] = PACK_LINE.exec(await workbench.waitForOutput(PACK_LINE))!.map(Number);
  return { concepts, cards, topics };
}

/**
 * Gives the calling suite a workbench: started before its tests, closed after,
 * with a screenshot of every failed test saved and its path printed.
 */
export function useWorkbench(options: WorkbenchOptions | (() => WorkbenchOptions | Promise<WorkbenchOptions>) = {}): () => Workbench {
  let workbench: Workbench | undefined;
  suiteSetup(async function () {
    this.timeout(120000);
    workbench = await Workbench.start(typeof options === 'function' ? await options() : options);
  });
  teardown(async function () {
    const failed = this.currentTest;
    if (workbench && failed?.state === 'failed') {
      const file = await workbench.screenshot(`FAILED ${failed.fullTitle()}`).catch((e: Error) => `(no screenshot: ${e.message})`);
      console.log(`      screenshot of the failure: ${path.relative(process.cwd(), file)}`);
    }
  });
  suiteTeardown(async () => {
    await workbench?.close();
  });
  return () => {
    if (!workbench) throw new Error('the workbench did not start (see suiteSetup)');
    return workbench;
  };
}

// Ctrl+C ends mocha through process.exit, so codeServer's exit hooks stop the servers.
process.once('SIGINT', () => process.exit(130));
process.once('SIGTERM', () => process.exit(143));
