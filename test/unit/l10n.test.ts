// Core's message port: English formatted as vscode.l10n.t formats it, and every
// screen core builds going through whatever translator the extension installs
// (vscode.l10n.t in the product, a small German bundle here).

import * as assert from 'assert';
import { l10n, L10nArg, useTranslator } from '../../src/core/util/l10n';
import { PickStep, QuizFlow, QuizUi } from '../../src/core/quiz/quizPresenter';
import { QuizResultsStore } from '../../src/core/quiz/results';
import { conceptPageBody } from '../../src/core/concepts/conceptPageHtml';
import { topicDescription } from '../../src/core/concepts/conceptTree';
import { conceptHoverMarkdown } from '../../src/core/notes/conceptHover';
import { describeDue, MINUTE } from '../../src/core/study/time';
import { ContentIndex } from '../../src/core/content/contentIndex';
import { Concept } from '../../src/core/content/model';
import { fixtureIndex } from '../support/fixturePack';
import { MemoryStore } from '../support/memoryStore';

/** A translator as a language bundle makes one: look the message up, then fill its placeholders. */
function bundleTranslator(bundle: Record<string, string>, seen: string[] = []) {
  return (message: string | { message: string }, ...args: unknown[]): string => {
    const key = typeof message === 'string' ? message : message.message;
    seen.push(key);
    return (bundle[key] ?? key).replace(/\{(\d+)\}/g, (match, i: string) => (args[Number(i)] === undefined ? match : String(args[Number(i)])));
  };
}

const GERMAN: Record<string, string> = {
  'Start Quiz': 'Quiz starten',
  'Start Quiz · {0}': 'Quiz starten · {0}',
  'Quiz yourself on which topic?': 'Zu welchem Thema?',
  'All topics': 'Alle Themen',
  '{0} concepts': '{0} Begriffe',
  '1 concept': '1 Begriff',
  '{0} · {1} due': '{0} · {1} fällig',
  'Parts': 'Teile & Stücke',
  'Related concepts': 'Verwandte Begriffe',
  'Show Concept': 'Begriff zeigen',
  'in {0} minutes': 'in {0} Minuten',
};

suite('l10n port', () => {
  teardown(() => useTranslator());

  test('English fills {0}, {1} placeholders by position, as vscode.l10n.t does', () => {
    assert.strictEqual(l10n.t('Hello {0}!', 'World'), 'Hello World!');
    assert.strictEqual(l10n.t('Question {0} of {1} · {2}', 3, 10, 'Swarming'), 'Question 3 of 10 · Swarming');
    assert.strictEqual(l10n.t('{0} and {0} again', 'bees'), 'bees and bees again');
    assert.strictEqual(l10n.t('{1} before {0}', 'first', 'second'), 'second before first');
    assert.strictEqual(l10n.t('{0} is {1}', 0, false), '0 is false');
  });

  test('a placeholder with no argument stays as written; a message with no arguments is untouched', () => {
    assert.strictEqual(l10n.t('{0} of {1}', 7), '7 of {1}');
    assert.strictEqual(l10n.t('Literal {0} and {braces}'), 'Literal {0} and {braces}');
  });

  test('an argument holding a placeholder is inserted as it is, never expanded', () => {
    assert.strictEqual(l10n.t('Term: {0}, source: {1}', 'the {1} model', 'Buttle'), 'Term: the {1} model, source: Buttle');
  });

  test('the named form and the { message, args, comment } form format too', () => {
    assert.strictEqual(l10n.t('Hello {name}, {count} due', { name: 'Ada', count: 3 }), 'Hello Ada, 3 due');
    assert.strictEqual(l10n.t({ message: '{0} of {1}', args: [2, 5], comment: 'answered of asked' }), '2 of 5');
    assert.strictEqual(l10n.t({ message: 'No args {0}', comment: ['kept literal'] }), 'No args {0}');
  });

  test('after useTranslator, messages and their arguments go through the translator; useTranslator() goes back to English', () => {
    const calls: Array<[string, L10nArg[]]> = [];
    useTranslator((message: string | { message: string }, ...args: unknown[]) => {
      const key = typeof message === 'string' ? message : message.message;
      calls.push([key, args as L10nArg[]]);
      return `«${key}»`;
    });
    assert.strictEqual(l10n.t('Hello {0}!', 'World'), '«Hello {0}!»');
    assert.deepStrictEqual(calls, [['Hello {0}!', ['World']]]);
    useTranslator();
    assert.strictEqual(l10n.t('Hello {0}!', 'World'), 'Hello World!');
    assert.strictEqual(calls.length, 1, 'the old translator is no longer called');
  });
});

suite('core screens in another language', () => {
  teardown(() => useTranslator());

  /** Records the quiz's first two screens: it picks "All topics", then dismisses the length screen. */
  class FirstScreens implements QuizUi {
    steps: PickStep<unknown>[] = [];
    async pick<T>(step: PickStep<T>): Promise<{ value: T } | undefined> {
      this.steps.push(step as PickStep<unknown>);
      return step.kind === 'topic' ? { value: step.items[0].value as T } : undefined;
    }
    async input(): Promise<string | undefined> {
      return undefined;
    }
    async confirmEnd(): Promise<boolean> {
      return true;
    }
    notify(): void {}
  }

  test('Start Quiz shows its title, prompt, rows and the next step in the installed language', async () => {
    useTranslator(bundleTranslator(GERMAN));
    const index = fixtureIndex();
    const ui = new FirstScreens();
    const outcome = await new QuizFlow(ui, { index, results: new QuizResultsStore(new MemoryStore(), 'k'), openConcept: () => undefined, seed: 1 }).run();
    assert.strictEqual(outcome, undefined, 'dismissed on the length screen');
    const [topic, length] = ui.steps;
    assert.strictEqual(topic.title, 'Quiz starten');
    assert.strictEqual(topic.placeholder, 'Zu welchem Thema?');
    assert.strictEqual(topic.items[0].label, '$(library) Alle Themen', 'the codicon stays, the words are translated');
    assert.strictEqual(topic.items[0].description, `${index.concepts.length} Begriffe`);
    assert.strictEqual(length.title, 'Quiz starten · Alle Themen', 'the scope is translated inside the composed title');
  });

  test('in English the same screens read exactly as before', async () => {
    const index = fixtureIndex();
    const ui = new FirstScreens();
    await new QuizFlow(ui, { index, results: new QuizResultsStore(new MemoryStore(), 'k'), openConcept: () => undefined, seed: 1 }).run();
    assert.strictEqual(ui.steps[0].title, 'Start Quiz');
    assert.strictEqual(ui.steps[1].title, 'Start Quiz · All topics');
  });

  test('a one-concept topic reads "1 concept" on the quiz topic screen (singular and plural are two messages)', async () => {
    const only: Concept = {
      id: 'a', term: 'Alpha', topic: 't', aliases: [], acronyms: [], definition: 'The first.', details: '', parts: [],
      source: '', related: [], file: 'content/t.md', line: 1,
    };
    const index = new ContentIndex({ version: 1, topics: [{ id: 't', title: 'T', order: 1, summary: '', file: 'content/t.md', line: 1 }], concepts: [only], cards: [] });
    const ui = new FirstScreens();
    await new QuizFlow(ui, { index, results: new QuizResultsStore(new MemoryStore(), 'k'), openConcept: () => undefined, seed: 1 }).run();
    const [topic] = ui.steps;
    assert.deepStrictEqual(topic.items.filter((i) => i.description?.includes('concept')).map((i) => i.description), ['1 concept', '1 concept']);
  });

  test('tree descriptions, due times and hover links are translated, singular and plural apart', () => {
    const seen: string[] = [];
    useTranslator(bundleTranslator(GERMAN, seen));
    assert.strictEqual(topicDescription(1, 0), '1 Begriff');
    assert.strictEqual(topicDescription(12, 3), '12 Begriffe · 3 fällig');
    assert.strictEqual(describeDue(9 * MINUTE, 0), 'in 9 Minuten');
    const concept: Concept = {
      id: 'a', term: 'Alpha', topic: 't', aliases: [], acronyms: [], definition: 'The first.', details: '', parts: [],
      source: '', related: [], file: 'content/t.md', line: 1,
    };
    assert.ok(conceptHoverMarkdown(concept, { showConcept: 'x.show', study: 'x.study' }, () => undefined).includes('[Begriff zeigen](command:x.show?'));
    assert.ok(seen.includes('in {0} minutes') && !seen.includes('in 1 minute'), 'nine minutes asks for the plural message only');
  });

  test('the concept page still opens at its parts when the heading is translated', () => {
    useTranslator(bundleTranslator(GERMAN));
    const concept: Concept = {
      id: 'a', term: 'Alpha', topic: 't', aliases: [], acronyms: [], definition: 'The first.', details: '',
      parts: [{ name: 'One', description: '' }, { name: 'Two', description: '' }], source: '', related: ['b'], file: 'content/t.md', line: 1,
    };
    const beta: Concept = { ...concept, id: 'b', term: 'Beta', parts: [], related: [] };
    const index = new ContentIndex({ version: 1, topics: [{ id: 't', title: 'T', order: 1, summary: '', file: 'content/t.md', line: 1 }], concepts: [concept, beta], cards: [] });
    const html = conceptPageBody(concept, index);
    assert.ok(html.includes('<h2 id="parts">Teile &amp; Stücke</h2>'), html);
    assert.ok(html.includes('<nav aria-label="Verwandte Begriffe">\n<h2>Verwandte Begriffe</h2>'), html);
  });
});
