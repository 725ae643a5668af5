// Flashcards: grading through the scheduler and the store, queue builds over
// the pack and over 10,000 cards, opening (validating) a large progress store,
// rendering a card for the webview, and the host's share of "Open Flashcards"
// (command to the page and its first card ready to send), run through the real
// feature code against a stand-in for the vscode module.

import * as fs from 'fs';
import * as path from 'path';
import Module = require('module');
import { ContentIndex } from '../../src/core/content/contentIndex';
import { toCardView } from '../../src/core/study/flashcardView';
import { KeyValueStore } from '../../src/core/util/keyValueStore';
import { ProgressStore } from '../../src/core/study/progressStore';
import { buildQueue, QueueCard } from '../../src/core/study/reviewQueue';
import { ReviewSession } from '../../src/core/study/reviewSession';
import { ReviewRecord, Scheduler } from '../../src/core/study/scheduler';
import { distPack, Figure, median, medianMs, medianUs } from './harness';

/** Like globalState in memory: keeps the value; the write resolves at once. */
class MemoryStore implements KeyValueStore {
  private readonly map = new Map<string, unknown>();
  get<T>(key: string): T | undefined {
    return this.map.get(key) as T | undefined;
  }
  update(key: string, value: unknown): Promise<void> {
    this.map.set(key, value);
    return Promise.resolve();
  }
}

function synthetic(n: number): QueueCard[] {
  return Array.from({ length: n }, (_, i) => ({ id: `concept-${i % 500}/card-${i}`, topic: `topic-${i % 8}`, conceptId: `concept-${i % 500}` }));
}

/** Half the cards reviewed, a tenth of those due now. */
function progressFor(cards: readonly QueueCard[], now: number): Map<string, ReviewRecord> {
  const scheduler = new Scheduler();
  const map = new Map<string, ReviewRecord>();
  cards.forEach((card, i) => {
    if (i % 2) return;
    const record = scheduler.grade(undefined, 'easy', now - 10 * 86_400_000);
    map.set(card.id, { ...record, due: i % 20 === 0 ? now - 3_600_000 : now + 86_400_000 });
  });
  return map;
}

// ---- "Open Flashcards" on the host, in plain Node ---------------------------

/** Anything not given below: every property, call and `new` yields another stand-in (as activation.js does). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a stand-in for any part of the vscode API
function anything(): any {
  return new Proxy(function () {}, {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the stand-in's own properties, of any shape
    get(target: any, key) {
      if (key === 'then') return undefined;
      if (key === Symbol.toPrimitive) return () => 0;
      if (key === Symbol.iterator) return function* () {};
      if (key === 'get') return (_key: string, fallback: unknown) => fallback;
      if (!(key in target)) target[key] = anything();
      return target[key];
    },
    set: (target, key, value) => Reflect.defineProperty(target, key, { value, writable: true, configurable: true, enumerable: true }),
    apply: () => anything(),
    construct: () => anything(),
  });
}

/** A webview panel that records when its page is set and what is posted to it. */
class FakeWebviewPanel {
  html = '';
  htmlAt = 0n;
  readonly posted: Array<{ at: bigint; message: { type: string } }> = [];
  receive: (message: unknown) => void = () => undefined;
  private onDispose: () => void = () => undefined;
  readonly webview = {
    options: {},
    cspSource: 'https://webview.test',
    asWebviewUri: (uri: unknown) => uri,
    postMessage: (message: { type: string }) => {
      this.posted.push({ at: process.hrtime.bigint(), message });
      return Promise.resolve(true);
    },
    onDidReceiveMessage: (listener: (message: unknown) => void) => {
      this.receive = listener;
      return { dispose() {} };
    },
  };
  constructor() {
    Object.defineProperty(this.webview, 'html', {
      get: () => this.html,
      set: (html: string) => {
        this.html = html;
        this.htmlAt = process.hrtime.bigint();
      },
    });
  }
  onDidDispose(listener: () => void) {
    this.onDispose = listener;
    return { dispose() {} };
  }
  reveal(): void {}
  dispose(): void {
    this.onDispose();
  }
}

function fakeVscode(commands: Map<string, (...args: unknown[]) => unknown>, panels: FakeWebviewPanel[]): unknown {
  const uri = (p: string) => ({ path: p, fsPath: p, toString: () => p });
  class Disposable {
    constructor(private readonly fn: () => void) {}
    static from(...items: Array<{ dispose(): unknown }>) {
      return new Disposable(() => items.forEach((d) => d.dispose()));
    }
    dispose() {
      this.fn();
    }
  }
  class EventEmitter<T> {
    private listeners: Array<(value: T) => void> = [];
    event = (listener: (value: T) => void) => {
      this.listeners.push(listener);
      return { dispose: () => (this.listeners = this.listeners.filter((l) => l !== listener)) };
    };
    fire(value: T) {
      for (const l of this.listeners) l(value);
    }
    dispose() {
      this.listeners = [];
    }
  }
  const vscode = anything();
  Object.assign(vscode, {
    Disposable,
    EventEmitter,
    Uri: { joinPath: (base: { path: string }, ...parts: string[]) => uri([base.path, ...parts].join('/')), file: uri },
    ViewColumn: { Active: -1 },
    StatusBarAlignment: { Left: 1 },
  });
  Object.assign(vscode.commands, {
    registerCommand: (id: string, handler: (...args: unknown[]) => unknown) => {
      commands.set(id, handler);
      return { dispose() {} };
    },
  });
  Object.assign(vscode.window, {
    createWebviewPanel: () => {
      const panel = new FakeWebviewPanel();
      panels.push(panel);
      return panel;
    },
  });
  return vscode;
}

/** The moment the first card is ready for the webview: inlined in the page, or the first card message posted. */
function firstCardReadyAt(panel: FakeWebviewPanel): bigint | undefined {
  const setup = /data-setup="([^"]*)"/.exec(panel.html)?.[1];
  if (setup && setup.includes('&quot;type&quot;:&quot;card&quot;')) return panel.htmlAt;
  return panel.posted.find((p) => p.message.type === 'card')?.at;
}

async function openFlashcardsFigures(): Promise<Figure[]> {
  const commands = new Map<string, (...args: unknown[]) => unknown>();
  const panels: FakeWebviewPanel[] = [];
  const fake = fakeVscode(commands, panels);
  const load = (Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown })._load;
  (Module as unknown as { _load: unknown })._load = function (this: unknown, request: string, ...rest: unknown[]) {
    return request === 'vscode' ? fake : load.call(this, request, ...rest);
  };
  const { registerFlashcards } = await import('../../src/features/flashcards/index');
  const { Commands } = await import('../../src/vscode/constants');
  const memento = new MemoryStore();
  const feature = registerFlashcards({
    pack: distPack(),
    globalState: memento as never,
    extensionUri: fakeUri('/ext') as never,
    globalStorageUri: fakeUri('/storage') as never,
    output: { appendLine() {}, show() {} } as never,
  } as never);
  const open = commands.get(Commands.openFlashcards)!;
  const markdownItLoaded = Object.keys(require.cache).some((f) => /[\\/]markdown-it[\\/]/.test(f));

  /** One open of a closed panel: command -> page set, and -> first card ready (after the webview's "ready", if the page lacks it). */
  const once = async (): Promise<{ page: number; card: number }> => {
    const started = process.hrtime.bigint();
    await open();
    const panel = panels[panels.length - 1];
    const page = Number(panel.htmlAt - started) / 1e6;
    if (firstCardReadyAt(panel) === undefined) {
      // The webview would load and say "ready" here; only the host's work is counted.
      const paused = process.hrtime.bigint();
      panel.receive({ type: 'ready' });
      for (let i = 0; i < 10 && firstCardReadyAt(panel) === undefined; i++) await Promise.resolve();
      const at = firstCardReadyAt(panel);
      if (at === undefined) throw new Error('no first card was posted');
      panel.dispose();
      return { page, card: page + Number(at - paused) / 1e6 };
    }
    panel.dispose();
    return { page, card: page };
  };
  const first = await once();
  const runs: Array<{ page: number; card: number }> = [];
  for (let i = 0; i < 40; i++) runs.push(await once());
  feature.dispose();

  // The pieces of that path, each alone: what an open of a closed panel does before the page is set.
  const { DueTracker } = await import('../../src/features/flashcards/dueTracker');
  const { pageHtml } = await import('../../src/features/flashcards/html');
  const pack = distPack();
  const store = ProgressStore.open(memento, 'crmStudy.progress');
  const tracker = new DueTracker(pack, store, () => 20);
  const session = () => new ReviewSession(pack.cards, store, new Scheduler(), { mode: 'due', shuffle: false, seed: 1, newPerDay: 20 });
  const card = session().current()!;
  const view = toCardView(card, { concept: pack.concept(card.conceptId), topic: pack.topic(card.topic), isNew: true });
  const webview = new FakeWebviewPanel().webview as never;
  const topics = pack.topics.map((t) => ({ id: t.id, title: t.title, due: tracker.dueCount(t.id) }));
  const setup = { topics, state: { mode: 'due' as const, shuffle: false, seed: 1 }, filterLabel: 'All topics', first: { type: 'card' as const, card: view, intervals: null, progress: { done: 0, remaining: 20 }, canUndo: false, stats: { reviewed: 0, again: 0, hard: 0, good: 0, easy: 0 } } };
  const pieces: Figure[] = [
    { name: '  of which: the review session (queue build)', value: medianMs(session, 100), unit: 'ms' },
    { name: '  of which: the first card rendered (toCardView)', value: medianMs(() => toCardView(card, { isNew: true }), 100), unit: 'ms' },
    { name: '  of which: the page with the card inlined (pageHtml)', value: medianMs(() => pageHtml(webview, fakeUri('/ext') as never, setup), 100), unit: 'ms' },
    { name: '  not on it: fresh due counts (after the webview is ready)', value: medianMs(() => tracker.refresh(), 100), unit: 'ms' },
  ];
  tracker.dispose();
  (Module as unknown as { _load: unknown })._load = load;
  return [
    {
      name: 'Open Flashcards, host side: command to first card ready',
      value: median(runs.map((r) => r.card)),
      unit: 'ms',
      note: `median of 40 opens of a closed panel; page set after ${median(runs.map((r) => r.page)).toFixed(2)} ms; first open ${first.card.toFixed(1)} ms${markdownItLoaded ? ' (markdown-it already loaded by an earlier bench)' : ' (includes loading markdown-it)'}; the 300 ms budget is command to card painted, measured by the UI check`,
    },
    ...pieces,
  ];
}

export async function bench(): Promise<Figure[]> {
  const figures: Figure[] = [];
  const now = Date.now();
  const packFile = path.join(__dirname, '..', '..', 'dist', 'content.json');

  // First, so that its first open is the process's first card render (as in a fresh window).
  if (fs.existsSync(packFile)) figures.push(...(await openFlashcardsFigures()));

  // Grading 1,000 cards through ReviewSession -> Scheduler -> ProgressStore, as the panel does.
  const cards = synthetic(1000);
  const store = ProgressStore.open(new MemoryStore(), 'p');
  const session = new ReviewSession(cards, store, new Scheduler(), { mode: 'due', shuffle: false, seed: 1, newPerDay: 1000 }, () => now);
  const perGrade: number[] = [];
  const started = process.hrtime.bigint();
  for (let i = 0; i < 1000; i++) {
    const t = process.hrtime.bigint();
    session.intervals();
    await session.grade('easy');
    perGrade.push(Number(process.hrtime.bigint() - t) / 1e3);
  }
  const total = Number(process.hrtime.bigint() - started) / 1e6;
  figures.push({ name: 'grade (preview + grade + store write), median of 1,000', value: median(perGrade), unit: 'µs', note: `store grows to ${store.size} records` });
  figures.push({ name: 'grade 1,000 cards in a row, total', value: total, unit: 'ms' });

  // Queue over the bundled pack.
  if (fs.existsSync(packFile)) {
    const pack = ContentIndex.fromJson(fs.readFileSync(packFile, 'utf8'));
    const progress = progressFor(pack.cards, now);
    const lookup = (id: string) => progress.get(id);
    figures.push({
      name: `queue build over the pack (${pack.cards.length} cards)`,
      value: medianMs(() => buildQueue(pack.cards, lookup, { now, mode: 'due', newPerDay: 20, newToday: 0 }), 200),
      unit: 'ms',
    });
    const card = pack.cards.find((c) => c.kind === 'multipleChoice') ?? pack.cards[0];
    figures.push({
      name: 'render one card for the webview (toCardView)',
      value: medianUs(() => toCardView(card, { isNew: true }), 200),
      unit: 'µs',
    });
  }

  // Queue over 10,000 cards, shuffled and not: how it grows with size.
  const big = synthetic(10_000);
  const bigProgress = progressFor(big, now);
  const bigLookup = (id: string) => bigProgress.get(id);
  const small = synthetic(1000);
  const smallProgress = progressFor(small, now);
  const q1k = medianMs(() => buildQueue(small, (id) => smallProgress.get(id), { now, mode: 'due', newPerDay: 20, newToday: 0 }), 100);
  const q10k = medianMs(() => buildQueue(big, bigLookup, { now, mode: 'due', newPerDay: 20, newToday: 0 }), 50);
  figures.push({ name: 'queue build over 10,000 cards (due mode)', value: q10k, unit: 'ms', note: `1,000 cards: ${q1k.toFixed(3)} ms (x${(q10k / q1k).toFixed(1)} for 10x the cards)` });
  figures.push({
    name: 'queue build over 10,000 cards (cram, shuffled)',
    value: medianMs(() => buildQueue(big, bigLookup, { now, mode: 'cram', newPerDay: 20, newToday: 0, shuffle: true, seed: 3 }), 50),
    unit: 'ms',
  });

  // Opening a store of 10,000 records (validation on every activation).
  const kv = new MemoryStore();
  await kv.update('p', JSON.parse(JSON.stringify({ version: 1, cards: Object.fromEntries(bigProgress), log: [] })));
  figures.push({ name: `open + validate a store of ${bigProgress.size} records`, value: medianMs(() => ProgressStore.open(kv, 'p'), 30), unit: 'ms' });
  return figures;
}

/** The part of vscode.Uri the webview shell uses (path and with()). */
function fakeUri(path: string): { path: string; fsPath: string; with(change: { path: string }): unknown; toString(): string } {
  return { path, fsPath: path, with: (change) => fakeUri(change.path), toString: () => path };
}
