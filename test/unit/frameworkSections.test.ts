// Which parts of a student's note the extension reads as a framework's list:
// every way of naming it (headings, aliases, lead-ins, title lines) and of
// listing it (bullets, numbers, tables, comma lines), and the places it must
// leave alone (unrelated headings, prose, code).

import * as assert from 'assert';
import { findFrameworkSections } from '../../src/core/check/frameworkSections';
import { TermMatcher } from '../../src/core/notes/termMatcher';
import { bundledIndex } from '../support/bundledPack';

const matcher = TermMatcher.build(bundledIndex().concepts);

function sections(note: string) {
  const lines = note.split('\n');
  return findFrameworkSections({ lineCount: lines.length, lineAt: (i) => lines[i] }, matcher);
}

/** "concept-id [start, end): item | item" for each section: the shape the tables below are written in. */
function found(note: string): string[] {
  return sections(note).map((s) => `${s.concept.id} [${s.startLine}, ${s.endLine}): ${s.items.map((i) => i.text).join(' | ')}`);
}

suite('Framework sections: what is read as a framework list', () => {
  test('one item of a longer list sharing a word with a part does not make the list that framework', () => {
    assert.deepStrictEqual(found('## Customer database\n- Name\n- Email address\n- Date of last purchase\n- Maintain a GDPR log'), []);
  });

  test("another framework's parts under a heading are not counted as its own", () => {
    assert.deepStrictEqual(found('## SCOPE\n- Identify\n- Differentiate\n- Interact\n- Customize'), []);
  });

  const recognised: Array<[string, string, string]> = [
    ['a heading naming the acronym', '## SCOPE\n- Suppliers\n- Customers', 'scope [0, 3): Suppliers | Customers'],
    ['a deeper heading naming an alias', "### Dwyer's phases\n\n1. Awareness\n2. Exploration", "dwyer-phases [0, 4): Awareness | Exploration"],
    ['a heading with the authors and a count', "## Payne and Frow's five processes\n- Strategy development\n- Value creation", 'five-crm-processes [0, 3): Strategy development | Value creation'],
    ['a heading "The IDIC model"', '## The IDIC model\n* Identify\n* Differentiate', 'idic [0, 3): Identify | Differentiate'],
    ['a heading with commentary after a dash', '### Scope framework – my version for the exam\n- Suppliers\n- Owners', 'scope [0, 3): Suppliers | Owners'],
    ['a heading with commentary in parentheses', '## Criteria for process selection (how P&F picked theirs)\n- a small critical set\n- cross-functional', 'process-selection-criteria [0, 3): a small critical set | cross-functional'],
    ['a heading, an intro line, then the list', '## SCOPE\nThe five groups:\n- Suppliers\n- Partners', 'scope [0, 4): Suppliers | Partners'],
    ['a lead-in ending with a colon', 'The IDIC model:\n- Identify\n- Interact', 'idic [0, 3): Identify | Interact'],
    ['a lead-in sentence ending with a colon', "Buttle's SCOPE stands for:\n- Suppliers\n- Customers", 'scope [0, 3): Suppliers | Customers'],
    ['a bold lead-in', '**SCOPE**:\n- Suppliers\n- Employees', 'scope [0, 3): Suppliers | Employees'],
    ['a lead-in with its comma list after the colon', 'SCOPE: suppliers, customers, owners, partners', 'scope [0, 1): suppliers | customers | owners | partners'],
    ['a lead-in sentence with its list after "are"', "Li and Bernoff's five strategies are listen, talk, energise and support.", 'li-bernoff [0, 1): listen | talk | energise | support'],
    ['a list item leading a nested list', '- The IDIC model:\n  - Identify\n  - Customize', 'idic [0, 3): Identify | Customize'],
    ['a title line over a comma line', '\nSTARTS\nShareable, Transportable, Accurate', 'starts [1, 3): Shareable | Transportable | Accurate'],
    ['a bold title line over a numbered list', '**The IDIC model**\n1. Identify\n2. Differentiate', 'idic [0, 3): Identify | Differentiate'],
    ['a comma line under a heading', "## Payne and Frow's five processes\nStrategy development, value creation, multi-channel integration and performance assessment.", 'five-crm-processes [0, 2): Strategy development | value creation | multi-channel integration | performance assessment'],
    ['two parts joined by "and"', 'Relationship attributes\nTrust and commitment', 'relationship-attributes [0, 2): Trust | commitment'],
    ['a run of dash-led items', 'SCOPE network\nSuppliers -Custumers -Owners/investors -Partners', 'scope [0, 2): Suppliers | Custumers | Owners/investors | Partners'],
    ['a run of single words', "Dwyer's 5 phases\nAwareness Exploration Expansion Commitment Dissolution", 'dwyer-phases [0, 2): Awareness | Exploration | Expansion | Commitment | Dissolution'],
    ['bold names with explanations: the bold name is the item', '## SCOPE\n- **Customers**: the buyers\n- **Owners** – money', 'scope [0, 3): Customers | Owners'],
    ['task-list items', '## RFM\n- [ ] Recency\n- [x] Frequency', 'rfm [0, 3): Recency | Frequency'],
    ['a quoted section', "> Li & Bernoff's strategies:\n> - listening\n> - talking", 'li-bernoff [0, 3): listening | talking'],
    ['a loose list with a nested note, ending at the next paragraph', '## SCOPE\n\n- Suppliers\n  - farmers, mostly\n\n- Customers\n\nNext paragraph.', 'scope [0, 6): Suppliers | Customers'],
  ];
  for (const [what, note, expected] of recognised) {
    test(`${what} is a section`, () => assert.deepStrictEqual(found(note), [expected]));
  }

  test('a table: its items are the column that names the parts, not the header or the letters', () => {
    const note = '### The STARTS model\n\n| Letter | Quality | Example |\n|---|---|---|\n| S | Shareable | one record |\n| T | Transportable | exported |\n| A | Accurate | checked |';
    const [s] = sections(note);
    assert.deepStrictEqual(s.style, { kind: 'table', column: 1, columns: 3 });
    assert.deepStrictEqual(s.items.map((i) => [i.line, i.text]), [[4, 'Shareable'], [5, 'Transportable'], [6, 'Accurate']]);
    const row = note.split('\n')[4];
    assert.strictEqual(row.slice(s.items[0].start, s.items[0].end), 'Shareable');
  });

  test('an item\'s offsets cover its whole text, bold name and explanation', () => {
    const note = '## SCOPE\n- **Customers**: the buyers  \n1. x';
    const [s] = sections(note);
    const item = s.items[0];
    assert.strictEqual(note.split('\n')[1].slice(item.start, item.end), '**Customers**: the buyers');
    assert.strictEqual(item.text, 'Customers');
    assert.deepStrictEqual(s.style, { kind: 'bullet', indent: '', marker: '-', bold: true });
  });

  test('a numbered list keeps its markers and delimiter for the quick fix', () => {
    const [s] = sections('## IDIC\n  3) Identify\n  4) Interact');
    assert.deepStrictEqual(s.style, { kind: 'numbered', indent: '  ', delimiter: ')', bold: false });
    assert.deepStrictEqual(s.items.map((i) => i.marker), ['3)', '4)']);
  });

  const ignored: Array<[string, string]> = [
    ['a list under an unrelated heading whose words are part names', '## Why Tesco cares about its suppliers\n- Suppliers\n- Customers'],
    ['a list under a heading where the framework is only mentioned', '## Why Tesco uses SCOPE so well\n- Suppliers\n- Customers'],
    ['a heading naming the framework followed by prose only', '## SCOPE\n\nButtle maps the stakeholders a firm deals with. Suppliers, customers and owners all matter.\n'],
    ['a heading naming the framework followed by a list of something else', '## SCOPE\n- read chapter 2\n- email Dr Khan'],
    ['a lead-in naming frameworks in passing followed by a to-do list', 'Today we covered SCOPE and IDIC. Homework:\n- read chapter 2\n- finish the case'],
    ['a fenced code block', '```\n## SCOPE\n- Suppliers\n- Customers\n```'],
    ['an indented code block', 'Example:\n\n    SCOPE:\n    - Suppliers\n    - Customers'],
    ['a concept the pack gives no parts', '## Key account management\n- Suppliers\n- Customers'],
    ['a title line in the middle of a paragraph', 'We talked a lot.\nSTARTS\nShareable, Transportable'],
    ['"scope" in a lead-in about something else, its list naming no stakeholder', 'the scope of the project:\n- a website\n- a report'],
  ];
  for (const [what, note] of ignored) {
    test(`${what} is no section`, () => assert.deepStrictEqual(found(note), []));
  }

  test('two sections in one note are both found, each ending at its list\'s end', () => {
    assert.deepStrictEqual(found('# Week 3\n\n## SCOPE\n- Suppliers\n- Owners\n\nSome prose.\n\n## IDIC\n1. Identify\n\n## Other'), [
      'scope [2, 5): Suppliers | Owners',
      'idic [8, 10): Identify',
    ]);
  });

  test('the range asked for finds only the sections whose naming line is in it', () => {
    const lines = '## SCOPE\n- Suppliers\n\n## IDIC\n- Identify'.split('\n');
    const got = findFrameworkSections({ lineCount: lines.length, lineAt: (i) => lines[i] }, matcher, 2, 4);
    assert.deepStrictEqual(got.map((s) => s.concept.id), ['idic']);
  });
});
