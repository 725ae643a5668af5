// A set copied out of a study website, read as a student would read it: the
// title, each prompt with its whole answer (list lines, items after a lead-in
// colon, several plain lines), terms as terms, and every call made on weak
// evidence shown as a decision at its line.

import * as assert from 'assert';
import fc from 'fast-check';
import { parseCopyPaste } from '../../src/core/import/copyPaste';
import type { ImportEntry, ImportSet } from '../../src/core/import/importModel';
import { importFixture, seedText } from '../support/importSamples';

/** The prompt side of an entry (term, question, cloze text). */
function head(entry: ImportEntry): string {
  switch (entry.kind) {
    case 'term':
      return entry.term;
    case 'cloze':
      return entry.text;
    default:
      return entry.prompt;
  }
}

function body(entry: ImportEntry): string {
  if (entry.kind === 'term') return entry.definition;
  if (entry.kind === 'basic') return entry.answer;
  if (entry.kind === 'multipleChoice') return entry.choices.map((c) => c.text).join('\n');
  return entry.extra ?? '';
}

function find(set: ImportSet, prompt: string | RegExp): ImportEntry {
  const entry = set.entries.find((e) => (typeof prompt === 'string' ? head(e) === prompt : prompt.test(head(e))));
  assert.ok(entry, `no entry ${String(prompt)} among ${set.entries.map(head).join(' | ')}`);
  return entry;
}

const decisionAt = (set: ImportSet, line: number) => set.decisions.filter((d) => d.line === line).map((d) => d.message).join(' / ');

suite('Copied set: the course files as a student would count them', () => {
  test('seed 000: a title, a subject line, and 5 questions; the first answer keeps its five processes as list items', function () {
    const text = seedText('000');
    if (!text) this.skip();
    const set = parseCopyPaste(text!);
    assert.strictEqual(set.title, 'Session 11 Flashcards');
    assert.match(decisionAt(set, 2), /read line 2 "CRM" as the set's subject, not a card/);
    assert.strictEqual(set.entries.length, 5);
    assert.deepStrictEqual(set.entries.map((e) => [e.kind, e.line]), [['basic', 3], ['basic', 10], ['basic', 12], ['basic', 14], ['basic', 16]]);
    const processes = body(set.entries[0]).split('\n');
    assert.match(processes[0], /processes:$/, 'the lead-in line stays the first line of the answer');
    assert.deepStrictEqual(processes.slice(1).map((l) => l.replace(/ Process$/, '')), ['- Strategy Development', '- Value Creation', '- Multichannel Integration', '- Information Management', '- Performance Assessment']);
    assert.deepStrictEqual(set.problems, []);
  });

  test('seed 002: 12 questions, each keeping every "-" line of its answer', function () {
    const text = seedText('002');
    if (!text) this.skip();
    const set = parseCopyPaste(text!);
    assert.match(set.title, /Lecture 5 Flashcards$/);
    assert.strictEqual(set.entries.length, 12);
    assert.ok(set.entries.every((e) => e.kind === 'basic'), 'every prompt asks a question');
    assert.deepStrictEqual(set.entries.map((e) => e.line), [2, 5, 8, 10, 15, 18, 20, 22, 24, 27, 29, 32]);
    assert.strictEqual(body(find(set, 'Why is CRM important?')).split('\n').filter((l) => l.startsWith('- ')).length, 2);
    assert.strictEqual(body(find(set, 'What is Operational CRM?')).split('\n').length, 4);
    assert.deepStrictEqual(body(find(set, 'What are the disadvantages of ECRM?')), '- Complex and expensive to implement\n- May need to redesign, re-teach employees');
    const managing = body(find(set, /^How can you manage ECRM\?/)).split('\n');
    assert.strictEqual(managing.length, 5, 'the five ways of managing it stay one answer');
    assert.match(managing[4], /^- Embrace:/);
    assert.match(decisionAt(set, 34), /lines 34–36 as more of the answer/);
  });

  test('seed 003: a title and 34 cards, terms as terms, "-Item" runs as list items', function () {
    const text = seedText('003');
    if (!text) this.skip();
    const set = parseCopyPaste(text!);
    assert.strictEqual(set.title, 'CRM Midterm 1');
    assert.strictEqual(set.entries.length, 34);
    const terms = set.entries.filter((e) => e.kind === 'term').map(head);
    assert.ok(['Geographic structure', 'Cobranding', 'KAM', 'STARTS', 'Major relationship attributes', 'Visual identity', 'Types of databases'].every((t) => terms.includes(t)), terms.join(' | '));
    assert.strictEqual(set.entries.filter((e) => e.kind === 'basic').length, 34 - terms.length);
    assert.strictEqual(body(find(set, 'Major relationship attributes')), 'Trust and commitment');
    assert.strictEqual(body(find(set, 'Steps to build a customer-related database')).split('\n').filter((l) => l.startsWith('- ')).length, 6);
    assert.deepStrictEqual(body(find(set, /^How do you conduct a SCOPE analysis/)).split('\n'), ['- Suppliers', '- Customers', '- Oweners/inverstors', '- Partners', '- Employees']);
    assert.ok(terms.includes('CRM'), '"Definition of CRM" names the term CRM');
    assert.match(decisionAt(set, 8), /read "Geographic structure" as a term: a short line before a long one/);
    assert.match(decisionAt(set, 20), /"Trust and commitment" as its definition: lines taken in turn/);
    assert.match(body(find(set, 'KAM')), /business unit - A key account/, 'a " - " inside prose is punctuation, not a list');
  });

  test('seed 001: the loose questions: one without an answer and one multiple choice with nothing marked right, both flagged', function () {
    const text = seedText('001');
    if (!text) this.skip();
    const set = parseCopyPaste(text!);
    assert.strictEqual(set.title, '', 'its first line asks something, so it is a prompt');
    assert.strictEqual(set.entries.length, 3);
    const [essay, unanswered, choice] = set.entries;
    assert.ok(essay.kind === 'basic' && /^Discuss the framework/.test(essay.prompt) && essay.answer.length > 500);
    assert.ok(unanswered.kind === 'basic' && unanswered.answer === '' && /What are the two strategies/.test(unanswered.prompt));
    assert.strictEqual(unanswered.line, 5, 'the case and its question are one prompt, starting at the case');
    assert.ok(choice.kind === 'multipleChoice');
    assert.strictEqual(choice.choices.length, 4);
    assert.ok(choice.choices.every((c) => !c.correct));
    assert.deepStrictEqual(set.problems.map((p) => [p.line, p.severity]), [[5, 'warning'], [7, 'warning']]);
    assert.match(set.problems[1].message, /no answer is marked right .*: mark one with \[x\] in the note/);
    assert.match(decisionAt(set, 4), /skipped line 4 "You might also like to view\.\.\."/);
  });
});

suite('Copied set: our own fixture', () => {
  const set = parseCopyPaste(importFixture('copied-set.txt'));

  test('14 cards under the title, the subject line set aside', () => {
    assert.strictEqual(set.title, 'Week 4 Review Flashcards');
    assert.strictEqual(set.entries.length, 14);
    assert.deepStrictEqual(set.entries.filter((e) => e.kind === 'term').map(head), ['Churn rate', 'Key relationship qualities', 'SCOPE', 'Recency', 'Data warehouse', 'Service attributes']);
    assert.deepStrictEqual(set.problems, []);
  });

  test('a lead-in list ends where a pair of a different shape starts', () => {
    assert.strictEqual(body(find(set, 'Name the elements of the IDIC model:')), '- Identify\n- Differentiate\n- Interact\n- Customise');
    assert.strictEqual(body(find(set, 'Key relationship qualities')), 'Mutual trust');
  });
});

suite('Copied set: ambiguous lines, each decided on evidence', () => {
  interface Row {
    what: string;
    text: string[];
    /** [kind, prompt, answer] per entry, in order. */
    entries: Array<[ImportEntry['kind'], string, string]>;
    /** What the decisions must say (and at which line), if anything. */
    decision?: [number, RegExp];
    title?: string;
  }
  const rows: Row[] = [
    {
      what: 'a short line before a long one is a term, the long line its definition',
      text: ['Unit 2 cards', 'Share of wallet', 'How much of what a customer spends in the category goes to this firm rather than to its rivals'],
      entries: [['term', 'Share of wallet', 'How much of what a customer spends in the category goes to this firm rather than to its rivals']],
      decision: [2, /read "Share of wallet" as a term: a short line before a long one/],
    },
    {
      what: 'two short lines between a card and a question: prompt then answer, by alternation',
      text: ['Unit 2 cards', 'What is churn?', 'Customers who leave.', 'Core relationship values', 'Honesty and reliability', 'What is KAM?', 'Key account management.'],
      entries: [['basic', 'What is churn?', 'Customers who leave.'], ['term', 'Core relationship values', 'Honesty and reliability'], ['basic', 'What is KAM?', 'Key account management.']],
      decision: [4, /"Honesty and reliability" as its definition: lines taken in turn, prompt then answer, and a question follows/],
    },
    {
      what: 'a line ending in ":" makes the short lines after it items of the answer, until a question',
      text: ['Unit 2 cards', 'Which stages does Dwyer describe?', 'Dwyer describes five stages:', 'Awareness', 'Exploration', 'Expansion', 'Commitment', 'Dissolution', 'What is a key account?', 'A strategically important customer.'],
      entries: [['basic', 'Which stages does Dwyer describe?', 'Dwyer describes five stages:\n- Awareness\n- Exploration\n- Expansion\n- Commitment\n- Dissolution'], ['basic', 'What is a key account?', 'A strategically important customer.']],
    },
    {
      what: 'a long plain line after an answer line stays in the answer, and the decision says so',
      text: ['Unit 2 cards', 'How do firms listen on social media?', 'Monitoring: tools that notice each time the brand is mentioned online, and by whom', 'Replying: answering customers in the open where everyone can see the conversation', 'What is RFM?', 'Recency, frequency, monetary value.'],
      entries: [['basic', 'How do firms listen on social media?', 'Monitoring: tools that notice each time the brand is mentioned online, and by whom\nReplying: answering customers in the open where everyone can see the conversation'], ['basic', 'What is RFM?', 'Recency, frequency, monetary value.']],
      decision: [4, /read line 4 as more of the answer to "How do firms listen on social media\?", not a new prompt/],
    },
    {
      what: 'a question straight after a question: the first is kept with an empty answer (and flagged)',
      text: ['Unit 2 cards', 'Which two loyalty schemes does the case describe?', 'What does IDIC stand for?', 'Identify, differentiate, interact, customise.'],
      entries: [['basic', 'Which two loyalty schemes does the case describe?', ''], ['basic', 'What does IDIC stand for?', 'Identify, differentiate, interact, customise.']],
    },
    {
      what: 'a statement then a question on it: one prompt',
      text: ['Unit 2 cards', 'A bank gives every new customer a personal adviser for the first three months of the account', 'Which relationship phase is the bank managing?', 'Exploration.'],
      entries: [['basic', 'A bank gives every new customer a personal adviser for the first three months of the account Which relationship phase is the bank managing?', 'Exploration.']],
      decision: [2, /read lines 2–3 as one question: a statement, then the question about it/],
    },
    {
      what: '"-Item -Item" on one line is a list; a spaced " - " is punctuation',
      text: ['Unit 2 cards', 'SCOPE', '-Suppliers -Customers -Owners -Partners -Employees', 'KAM', 'Key account management - serving the accounts that matter most - usually by a dedicated manager'],
      entries: [['term', 'SCOPE', '- Suppliers\n- Customers\n- Owners\n- Partners\n- Employees'], ['term', 'KAM', 'Key account management - serving the accounts that matter most - usually by a dedicated manager']],
      decision: [2, /read "SCOPE" as a term: the next line is a "-" list/],
    },
    {
      what: '"•", "*" and "–" lines become "- " items',
      text: ['Unit 2 cards', 'What does STARTS cover?', '• Shareable', '* Transportable', '– Accurate', '—Relevant'],
      entries: [['basic', 'What does STARTS cover?', '- Shareable\n- Transportable\n- Accurate\n- Relevant']],
    },
    {
      what: 'options on one line under a question: multiple choice, "Answer: C" marks the right one',
      text: ['Unit 2 cards', 'Which of these is a relationship phase?', 'A) Pricing B) Promotion C) Exploration D) Placement', 'Answer: C'],
      entries: [['multipleChoice', 'Which of these is a relationship phase?', 'Pricing\nPromotion\nExploration\nPlacement']],
    },
    {
      what: 'options one per line are multiple choice too',
      text: ['Which of these is a relationship phase?', 'a) Pricing', 'b) Exploration', 'c) Placement', 'What is KAM?', 'Key account management.'],
      entries: [['multipleChoice', 'Which of these is a relationship phase?', 'Pricing\nExploration\nPlacement'], ['basic', 'What is KAM?', 'Key account management.']],
      title: '',
    },
    {
      what: 'no title when the first line is a term followed by its definition',
      text: ['Touchpoint', 'Any place where a customer meets the firm, such as a shop, a call centre or a website', 'Churn', 'Customers who stop buying from the firm during a period of time'],
      entries: [['term', 'Touchpoint', 'Any place where a customer meets the firm, such as a shop, a call centre or a website'], ['term', 'Churn', 'Customers who stop buying from the firm during a period of time']],
      decision: [1, /no title line: line 1 "Touchpoint" reads as the first prompt/],
      title: '',
    },
    {
      what: 'blank lines between cards and Windows line ends change nothing',
      text: ['Unit 2 cards', '', 'What is churn?', 'Customers who leave.', '', '', 'Retention', 'Keeping the customers the firm already has, year after year.', ''],
      entries: [['basic', 'What is churn?', 'Customers who leave.'], ['term', 'Retention', 'Keeping the customers the firm already has, year after year.']],
    },
  ];

  for (const row of rows) {
    test(row.what, () => {
      const text = row.text.join(row.what.includes('Windows') ? '\r\n' : '\n');
      const set = parseCopyPaste(text);
      assert.deepStrictEqual(set.entries.map((e) => [e.kind, head(e), body(e)]), row.entries);
      if (row.decision) assert.match(decisionAt(set, row.decision[0]), row.decision[1], JSON.stringify(set.decisions));
      assert.strictEqual(set.title, row.title ?? 'Unit 2 cards');
    });
  }

  test('the options with a marked answer raise no problem; without one, a warning at the question', () => {
    const marked = parseCopyPaste(['Which is a phase?', 'A) Pricing B) Exploration', 'Answer: B'].join('\n'));
    assert.deepStrictEqual(marked.problems, []);
    const entry = marked.entries[0];
    assert.ok(entry.kind === 'multipleChoice' && entry.choices[1].correct && !entry.choices[0].correct);
    const unmarked = parseCopyPaste(['Which is a phase?', 'A) Pricing B) Exploration'].join('\n'));
    assert.deepStrictEqual(unmarked.problems.map((p) => [p.line, p.severity]), [[1, 'warning']]);
  });

  test('an unanswered prompt is a warning naming it, at its line', () => {
    const set = parseCopyPaste(['Unit 2 cards', 'Which two loyalty schemes does the case describe?', 'What does IDIC stand for?', 'Identify, differentiate, interact, customise.'].join('\n'));
    assert.deepStrictEqual(set.problems.map((p) => [p.line, p.severity]), [[2, 'warning']]);
    assert.match(set.problems[0].message, /^no answer follows "Which two loyalty schemes does the case describe\?": it goes into the note with an empty answer/);
  });

  test('empty text or a lone title gives no cards and no problem', () => {
    assert.deepStrictEqual(parseCopyPaste('').entries, []);
    assert.deepStrictEqual(parseCopyPaste('\n \n').entries, []);
    const lone = parseCopyPaste('Week 6 flashcards\n');
    assert.strictEqual(lone.title, 'Week 6 flashcards');
    assert.deepStrictEqual([lone.entries, lone.problems], [[], []]);
  });
});

suite('Copied set: any text at all', () => {
  test('a huge pasted line of "-a" items or "Name: text" pairs is read, not a crash', () => {
    const items = parseCopyPaste(`What is it?\n${'-a '.repeat(150_000)}`);
    assert.strictEqual(items.entries.length, 1);
    assert.strictEqual((items.entries[0] as { answer: string }).answer.split('\n').length, 150_000);
    assert.strictEqual(parseCopyPaste(`What is it?\n${'Name: a b c d '.repeat(60_000)}`).entries.length, 1);
  });

  const pieces = [
    'What is CRM?', 'KAM', 'Key account management is a way to organise selling around big customers.', '- a list item', '-Alpha -Beta -Gamma',
    'Lead-in:', 'A) one B) two C) three', 'b) two', 'Answer: A', '', '   ', 'You might also like to view...', '• one • two', '?', '-', ':', 'A)', '\uFEFF', 'é ü 客户 🐝', '\t',
  ];
  const line = fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 30 }));
  const text = fc.tuple(fc.array(line, { maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\r')).map(([lines, eol]) => lines.join(eol));

  test('never throws; every entry starts on a line of the input, in order', () => {
    fc.assert(
      fc.property(text, (input) => {
        const set = parseCopyPaste(input);
        const count = input.split(/\r\n|\r|\n/).length;
        let last = 0;
        for (const entry of set.entries) {
          assert.ok(Number.isInteger(entry.line) && entry.line >= 1 && entry.line <= count, `line ${entry.line} of ${count}`);
          assert.ok(entry.line > last, 'entries in line order, one per line at most');
          last = entry.line;
        }
        for (const item of [...set.problems, ...set.decisions]) assert.ok(item.line >= 1 && item.line <= count);
      }),
      { numRuns: 600 },
    );
  });
});

suite('Copied set: numbered lines', () => {
  const set = (lines: string[]) => parseCopyPaste(lines.join('\n'));
  const cardsOf = (s: ImportSet) => s.entries.map((e) => [head(e), body(e)]);

  test('an answer written as a numbered list stays one answer, its items numbered', () => {
    const read = set([
      'Complaint handling',
      'What should an agent do after a complaint?',
      '1. Apologise',
      '2. Fix it',
      '3) Follow up within a week',
      'What is service recovery?',
      'Putting things right after a failure.',
    ]);
    assert.deepStrictEqual(cardsOf(read), [
      ['What should an agent do after a complaint?', '1. Apologise\n2. Fix it\n3. Follow up within a week'],
      ['What is service recovery?', 'Putting things right after a failure.'],
    ]);
  });

  test("a website's own numbering of its questions stays a prompt, the number left out", () => {
    const read = set([
      'CRM basics quiz',
      '1. What is CRM?',
      'Customer relationship management',
      '2. Why does retention matter?',
      'Keeping a customer costs less than winning one.',
      'Q3. Define churn',
      'The share of customers who leave in a period.',
    ]);
    assert.deepStrictEqual(cardsOf(read), [
      ['What is CRM?', 'Customer relationship management'],
      ['Why does retention matter?', 'Keeping a customer costs less than winning one.'],
      ['Define churn', 'The share of customers who leave in a period.'],
    ]);
    assert.match(decisionAt(read, 2), /numbering/);
  });

  test('a full-width question mark asks as ours does', () => {
    const read = set(['什么是客户关系管理？', '管理与客户的关系', '客户流失率是什么？', '一段时间内离开的客户比例']);
    assert.deepStrictEqual(read.entries.map((e) => [e.kind, head(e)]), [['basic', '什么是客户关系管理？'], ['basic', '客户流失率是什么？']]);
  });
});

suite('Copied set: labelled lines', () => {
  test('"Q:" and "A:" lines (any case, "Question:"/"Answer:", "Term:"/"Definition:") make one card per pair, labels left out', () => {
    const read = parseCopyPaste([
      'Retention week',
      'Q: What is churn?',
      'A: The share of customers who leave in a period.',
      'question: Why does retention matter?',
      'answer: Keeping a customer costs less than winning one.',
      'It also brings referrals.',
      'Term: CLV',
      'Definition: The value a customer brings over the whole relationship.',
    ].join('\n'));
    assert.strictEqual(read.title, 'Retention week');
    assert.deepStrictEqual(read.entries.map((e) => [head(e), body(e)]), [
      ['What is churn?', 'The share of customers who leave in a period.'],
      ['Why does retention matter?', 'Keeping a customer costs less than winning one.\nIt also brings referrals.'],
      ['CLV', 'The value a customer brings over the whole relationship.'],
    ]);
  });
});
