// The Markdown snippets a student types with `crm-`: the concept and card
// snippets, expanded with their default text, are valid content.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseDeck } from '../../src/core/content/deckParser';
import { formatDiagnostic } from '../../src/core/content/model';

interface Snippet {
  prefix: string;
  body: string[];
  description: string;
}

const snippets: Record<string, Snippet> = JSON.parse(
  fs.readFileSync(path.join(__dirname, '..', '..', 'snippets', 'markdown.json'), 'utf8'),
);

/** What the editor inserts when the student accepts every placeholder as it is. */
function expand(body: string[]): string {
  let text = body.join('\n');
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(/\$\{\d+:([^${}]*)\}/g, '$1');
  }
  return text.replace(/\$\{\d+\}|\$\d+/g, '');
}

function byPrefix(prefix: string): Snippet {
  const found = Object.values(snippets).find((s) => s.prefix === prefix);
  assert.ok(found, `no snippet ${prefix}`);
  return found;
}

suite('Markdown snippets', () => {
  test('every snippet starts with crm- and says what it inserts', () => {
    for (const [name, s] of Object.entries(snippets)) {
      assert.match(s.prefix, /^crm-/, name);
      assert.ok(s.description.length > 10, name);
    }
  });

  test('crm-concept expands to a concept the content convention accepts, with parts and a card', () => {
    const parsed = parseDeck(`# Notes\n\n${expand(byPrefix('crm-concept').body)}`, 'notes.md');
    assert.deepStrictEqual(parsed.diagnostics.map(formatDiagnostic), []);
    assert.strictEqual(parsed.concepts.length, 1);
    assert.strictEqual(parsed.concepts[0].parts.length, 2);
    assert.strictEqual(parsed.cards.length, 1);
  });

  test('each card snippet expands to a valid card of its kind', () => {
    const kinds: Record<string, string> = {
      'crm-card-qa': 'basic', 'crm-card-cloze': 'cloze', 'crm-card-mc': 'multipleChoice',
      'crm-card-list': 'listRecall', 'crm-card-essay': 'essay', 'crm-card-calc': 'basic',
    };
    for (const [prefix, kind] of Object.entries(kinds)) {
      const text = `# Notes\n\n## Term\nsource: Me (2024)\n\nA definition.\n\n### Cards\n\n${expand(byPrefix(prefix).body)}`;
      const parsed = parseDeck(text, 'notes.md');
      assert.deepStrictEqual(parsed.diagnostics.map(formatDiagnostic), [], prefix);
      assert.deepStrictEqual(parsed.cards.map((c) => c.kind), [kind], prefix);
    }
  });

  test('crm-card-calc expands to a worked calculation with its number, tolerance and working', () => {
    const text = `# Notes\n\n## Term\nsource: Me (2024)\n\nA definition.\n\n### Cards\n\n${expand(byPrefix('crm-card-calc').body)}`;
    const [card] = parseDeck(text, 'notes.md').cards;
    assert.deepStrictEqual(card.numeric, { value: 273.55, tolerance: 0.5, unit: '£' });
    assert.match(card.explanation ?? '', /^Worked solution/);
  });

  test('the framework snippets name every part in order', () => {
    const expect: Record<string, string[]> = {
      'crm-payne-frow': ['Strategy development', 'Value creation', 'Multichannel integration', 'Information management', 'Performance assessment'],
      'crm-idic': ['Identify', 'Differentiate', 'Interact', 'Customize'],
      'crm-scope': ['Suppliers', 'Customers', 'Owners', 'Partners', 'Employees'],
      'crm-rfm': ['Recency', 'Frequency', 'Monetary value'],
      'crm-dwyer': ['Awareness', 'Exploration', 'Expansion', 'Commitment', 'Dissolution'],
      'crm-exam-answer': ['Introduction', 'Framework', 'Example', 'Evaluation', 'Conclusion'],
    };
    for (const [prefix, parts] of Object.entries(expect)) {
      const text = expand(byPrefix(prefix).body);
      const at = parts.map((p) => text.indexOf(p));
      assert.ok(at.every((i) => i >= 0), `${prefix} lacks one of ${parts.join(', ')}`);
      assert.deepStrictEqual([...at].sort((a, b) => a - b), at, `${prefix} out of order`);
    }
  });
});
