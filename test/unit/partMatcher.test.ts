// What a student sees once a framework list is found: which of their items
// name which parts (forgiving how students write, strict about wrong items),
// what the lens and the diagnostic say, and the exact text "Add the missing
// parts" writes in each list style.

import * as assert from 'assert';
import type { Card } from '../../src/core/content/model';
import { TextEdit } from '../../src/core/check/checkModel';
import { findFrameworkSections } from '../../src/core/check/frameworkSections';
import { addMissingParts, checkSection, isOrdered, matchParts } from '../../src/core/check/partMatcher';
import { TermMatcher } from '../../src/core/notes/termMatcher';
import { bundledIndex } from '../support/bundledPack';

const index = bundledIndex();
const matcher = TermMatcher.build(index.concepts);
const concept = (id: string) => index.concept(id)!;

/** The part each item names, by name ("-" for none). */
function named(id: string, items: string[]): string[] {
  const c = concept(id);
  return matchParts(c, items).map((p) => (p === undefined ? '-' : c.parts[p].name));
}

function checkOf(note: string) {
  const lines = note.split('\n');
  const [section] = findFrameworkSections({ lineCount: lines.length, lineAt: (i) => lines[i] }, matcher);
  assert.ok(section, `no section in:\n${note}`);
  return checkSection(section, index.cardsOf(section.concept.id));
}

/** The note after the quick fix's edits (applied last first, as an editor applies a batch). */
function fixed(note: string): string {
  const lines = note.split('\n');
  const edits: TextEdit[] = [...addMissingParts(checkOf(note))].sort((a, b) => b.line - a.line || b.start - a.start);
  for (const e of edits) {
    const rest = lines.slice(e.line);
    const joined = rest.join('\n');
    const line = lines[e.line];
    const replaced = line.slice(0, e.start) + e.text + joined.slice(e.end);
    lines.splice(e.line, rest.length, ...replaced.split('\n'));
  }
  return lines.join('\n');
}

suite('Part matching: how students write the parts', () => {
  test('a typo is forgiven, another word with the same beginning is not ("Customize" is no Customers)', () => {
    assert.deepStrictEqual(named('scope', ['Custmers', 'Customize', 'Oweners']), ['Customers', '-', 'Owners (investors)']);
  });

  const tables: Array<[string, string, string[], string[]]> = [
    ['case and plurals', 'scope', ['SUPPLIERS', 'customer', 'Owner', 'partners'], ['Suppliers', 'Customers', 'Owners (investors)', 'Partners']],
    ['small typos', 'scope', ['Custmers', 'Oweners', 'Suppliars', 'Employes'], ['Customers', 'Owners (investors)', 'Suppliers', 'Employees']],
    ['the part\'s alias in its parenthesis', 'scope', ['Investors'], ['Owners (investors)']],
    ['initials of an acronym framework', 'scope', ['S - suppliers', 'C: customers', 'O', 'P = partners'], ['Suppliers', 'Customers', 'Owners (investors)', 'Partners']],
    ['extra words after the name', 'scope', ['Customers (the buyers)', 'Employees – staff who serve customers', 'Partners e.g. distributors'], ['Customers', 'Employees', 'Partners']],
    ['a synonym the description opens with', 'scope', ['Staff', 'Shareholders'], ['Employees', 'Owners (investors)']],
    ['word order and a dropped generic word', 'five-crm-processes', ['process of value creation', 'Information management', 'development of strategy'], ['Value creation process', 'Information management process', 'Strategy development process']],
    ['compounds written apart or with a hyphen', 'five-crm-processes', ['multi channel integration', 'Multi-channel integration'], ['Multichannel integration process', '-']],
    ['abbreviations', 'customer-database-steps', ['Define db function', 'Define info requirements', 'Populate db'], ['Define the database function', 'Define the information requirements', 'Populate the database']],
    ['stems: verbs and nouns of one word', 'li-bernoff', ['listen', 'talk', 'energise', 'supporting'], ['Listening', 'Talking', 'Energizing', 'Supporting']],
    ['noun forms of adjectives', 'service-attributes', ['Intangibility', 'Heterogeneity', 'Perishability'], ['Intangible', 'Heterogeneous', 'Perishable']],
    ['an initial compound spelt out', 'channel-categories', ['Mobile commerce', 'E-commerce'], ['M-commerce', 'E-commerce']],
    ['a label of a part named alone', 'crm-perspectives', ['Perspective 3', 'Perspective 1'], ['Perspective 3: customer-centric', 'Perspective 1: narrow and tactical']],
  ];
  for (const [what, id, items, expected] of tables) {
    test(`${what}: ${items.map((i) => `"${i}"`).join(', ')}`, () => assert.deepStrictEqual(named(id, items), expected));
  }

  const wrong: Array<[string, string, string[]]> = [
    ['another stakeholder', 'scope', ['Competitors', 'Government', 'The media']],
    ['a part mentioned late in an explanation', 'scope', ['Staff who serve the customers well', 'Dividends paid out to owners']],
    ['a part of another framework', 'dwyer-phases', ['Trust', 'Suppliers', 'Identify']],
    ['a sibling part sharing generic words', 'critical-success-factors', ['Customer relationship management']],
    ['a number that differs', 'crm-perspectives', ['Perspective 4']],
  ];
  for (const [what, id, items] of wrong) {
    test(`${what} names no part: ${items.map((i) => `"${i}"`).join(', ')}`, () => assert.deepStrictEqual(named(id, items), items.map(() => '-')));
  }

  test('one item per part: the second "Customers" is an extra item', () => {
    assert.deepStrictEqual(named('scope', ['Customers', 'customers again']), ['Customers', '-']);
  });

  test('an item naming two parts counts for the first it names', () => {
    assert.deepStrictEqual(named('scope', ['Partners and suppliers']), ['Partners']);
    assert.deepStrictEqual(named('scope', ['Partners and suppliers', 'Suppliers']), ['Partners', 'Suppliers']);
  });

  test('repeated initials (STARTS) go to the letters in their place', () => {
    assert.deepStrictEqual(named('starts', ['S', 'T', 'A', 'R', 'T', 'S']), ['Shareable', 'Transportable', 'Accurate', 'Relevant', 'Timely', 'Secure']);
  });
});

suite('Section check: lens, diagnostic and order', () => {
  test('SCOPE with four stakeholders: "SCOPE · 4 of 5 · missing: Employees"', () => {
    const check = checkOf('## SCOPE\n- Suppliers\n- Customers\n- Owners\n- Partners');
    assert.strictEqual(check.lens, 'SCOPE · 4 of 5 · missing: Employees');
    assert.strictEqual(check.message, 'SCOPE: 4 of 5 parts; missing Employees');
    assert.deepStrictEqual(check.missing, [4]);
    assert.strictEqual(check.ordered, false);
  });

  test('a complete list: a tick and no diagnostic', () => {
    const check = checkOf("## Dwyer's phases\n1. Awareness\n2. Exploration\n3. Expansion\n4. Commitment\n5. Dissolution");
    assert.strictEqual(check.lens, "Dwyer's phases · 5 of 5 ✓");
    assert.strictEqual(check.message, undefined);
  });

  test('Dwyer\'s phases out of order: "expansion is listed before exploration"', () => {
    const check = checkOf("## Dwyer's phases\n1. Awareness\n2. Expansion\n3. Exploration\n4. Commitment\n5. Dissolution");
    assert.deepStrictEqual(check.outOfOrder, { earlier: 1, later: 2 });
    assert.strictEqual(check.message, "Dwyer's phases: expansion is listed before exploration");
    assert.strictEqual(check.lens, "Dwyer's phases · 5 of 5 · out of order");
  });

  test('missing and out of order together are both said', () => {
    const check = checkOf('## IDIC\n1. Differentiate\n2. Identify\n3. Interact');
    assert.strictEqual(check.message, 'IDIC: 3 of 4 parts; missing Customize; differentiate is listed before identify');
  });

  test('order does not matter for SCOPE: a shuffled list is only checked for what is missing', () => {
    const check = checkOf('## SCOPE\n- Employees\n- Suppliers\n- Partners\n- Owners\n- Customers');
    assert.strictEqual(check.outOfOrder, undefined);
    assert.strictEqual(check.lens, 'SCOPE · 5 of 5 ✓');
  });

  test('the frameworks whose order matters are those the course asks for in order', () => {
    const ordered = index.concepts.filter((c) => c.parts.length && isOrdered(c, index.cardsOf(c.id))).map((c) => c.id);
    for (const id of ['dwyer-phases', 'idic', 'five-crm-processes', 'customer-database-steps', 'gartner-competency-model']) assert.ok(ordered.includes(id), id);
    for (const id of ['scope', 'starts', 'types-of-crm', 'service-attributes', 'li-bernoff']) assert.ok(!ordered.includes(id), id);
  });

  test('a list card\'s own "(in order)" or "(any order)" settles whether order matters, over its prompt\'s wording', () => {
    const idic = concept('idic');
    const list = (prompt: string, extra: Partial<Card>): Card => ({
      id: `idic/${prompt}`, conceptId: 'idic', topic: idic.topic, source: idic.source, kind: 'listRecall', prompt, answer: '- a', items: ['a'], file: 'x.md', line: 1, ...extra,
    });
    const bare = { ...idic, definition: 'Four tasks.', details: '' };
    assert.strictEqual(isOrdered(bare, [list('Name the tasks in order', { ordered: false, orderStated: true })]), false);
    assert.strictEqual(isOrdered(bare, [list('Name the tasks', { ordered: true, orderStated: true })]), true);
    assert.strictEqual(isOrdered(bare, [list('Name the tasks in order', { ordered: true })]), true);
    assert.strictEqual(isOrdered(bare, [list('Name the tasks', { ordered: false })]), false);
  });

  test('extra commentary items are listed as extras, not parts', () => {
    const check = checkOf('## SCOPE\n- Suppliers\n- Competitors (not in the model!)\n- Customers');
    assert.deepStrictEqual(check.extra.map((i) => i.text), ['Competitors (not in the model!)']);
  });
});

suite('Add the missing parts: written in the list\'s own style', () => {
  test('bullets: the missing part goes after the part before it, with the same marker and indent', () => {
    assert.strictEqual(fixed('## SCOPE\n  * Suppliers\n  * Customers\n  * Partners\n  * Employees'), '## SCOPE\n  * Suppliers\n  * Customers\n  * Owners (investors)\n  * Partners\n  * Employees');
  });

  test('bullets: a part missing at the end goes after the last item, past its nested lines', () => {
    assert.strictEqual(fixed('## SCOPE\n- Suppliers\n- Customers\n- Owners\n- Partners\n  - e.g. distributors\n\nNext.'), '## SCOPE\n- Suppliers\n- Customers\n- Owners\n- Partners\n  - e.g. distributors\n- Employees\n\nNext.');
  });

  test('bullets: a first part missing goes before the first item', () => {
    assert.strictEqual(fixed('## SCOPE\n- Customers\n- Owners\n- Partners\n- Employees'), '## SCOPE\n- Suppliers\n- Customers\n- Owners\n- Partners\n- Employees');
  });

  test('bold names stay bold', () => {
    assert.strictEqual(fixed('## SCOPE\n- **Suppliers**: farms\n- **Customers**: buyers\n- **Owners**: money\n- **Partners**: allies'), '## SCOPE\n- **Suppliers**: farms\n- **Customers**: buyers\n- **Owners**: money\n- **Partners**: allies\n- **Employees**');
  });

  test('a blockquoted list gets its quote marker', () => {
    assert.strictEqual(fixed('> ## SCOPE\n> - Suppliers\n> - Customers\n> - Owners\n> - Partners'), '> ## SCOPE\n> - Suppliers\n> - Customers\n> - Owners\n> - Partners\n> - Employees');
  });

  test('numbers: the new item takes its place in the count and the items after it are renumbered', () => {
    assert.strictEqual(fixed("## Dwyer's phases\n1. Awareness\n2. Expansion\n3. Commitment\n4. Dissolution"), "## Dwyer's phases\n1. Awareness\n2. Exploration\n3. Expansion\n4. Commitment\n5. Dissolution");
  });

  test('numbers: two missing, one at the start, with ")" delimiters', () => {
    assert.strictEqual(fixed('## IDIC\n1) Differentiate\n2) Interact'), '## IDIC\n1) Identify\n2) Differentiate\n3) Interact\n4) Customize');
  });

  test('numbers written all as "1." stay that way', () => {
    assert.strictEqual(fixed('## IDIC\n1. Identify\n1. Differentiate\n1. Customize'), '## IDIC\n1. Identify\n1. Differentiate\n1. Interact\n1. Customize');
  });

  test('a comma line: into the sentence, keeping its conjunction', () => {
    assert.strictEqual(fixed('SCOPE: suppliers, customers, owners and partners'), 'SCOPE: suppliers, customers, owners, partners and employees');
    assert.strictEqual(fixed('SCOPE: suppliers, owners, partners and employees'), 'SCOPE: suppliers, customers, owners, partners and employees');
  });

  test('a comma line with an Oxford comma keeps it', () => {
    assert.strictEqual(fixed('SCOPE: Suppliers, Customers, Owners, and Partners.'), 'SCOPE: Suppliers, Customers, Owners, Partners, and Employees.');
  });

  test('a run of dash-led items gets another', () => {
    assert.strictEqual(fixed('SCOPE network\nSuppliers -Customers -Owners -Partners'), 'SCOPE network\nSuppliers -Customers -Owners -Partners -Employees');
  });

  test('a table: a new row with the part in its column', () => {
    const note = '## IDIC\n\n| # | Step | Note |\n|---|---|---|\n| 1 | Identify | who |\n| 2 | Differentiate | value |\n| 4 | Customize | tailor |';
    assert.strictEqual(fixed(note), '## IDIC\n\n| # | Step | Note |\n|---|---|---|\n| 1 | Identify | who |\n| 2 | Differentiate | value |\n| | Interact | |\n| 4 | Customize | tailor |');
  });

  test('nothing missing, nothing to add', () => {
    assert.deepStrictEqual(addMissingParts(checkOf('## RFM\n- Recency\n- Frequency\n- Monetary value')), []);
  });
});
