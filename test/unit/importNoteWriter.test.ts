// The note an import writes, read back with the notes parser: every kind of
// entry gives the card or concept it was, problems show at the entry's line in
// the note, and text that looks like the note's own structure (a `#` line, a
// card marker, `---`, a definition line, a fence, a comment, a pin, `{{`,
// `==`, `::`, field lines) stays the entry's text: a random property test
// holds that for text made of nothing but those forms.

import * as assert from 'assert';
import type { ClozeEntry, ImportEntry, ImportSet, MultipleChoiceEntry, TermEntry } from '../../src/core/import/importModel';
import { noteFileName } from '../../src/core/import/fileNames';
import { writeImportNote, WrittenNote } from '../../src/core/import/noteWriter';
import { plainText } from '../../src/core/markdown/plainText';
import { parseNote, ParsedNote } from '../../src/core/notes/noteParser';
import { createRng, randomInt, Rng } from '../../src/core/util/rng';

const NOTE = { uri: 'file:///ws/flashcards/week3.md', file: 'flashcards/week3.md' };
const OPTIONS = { origin: 'week3.txt', date: '2026-12-02' };

function setOf(entries: ImportEntry[], extra: Partial<ImportSet> = {}): ImportSet {
  return { format: 'copyPaste', title: 'Week 3', entries, problems: [], decisions: [], settings: {}, ...extra };
}

function written(entries: ImportEntry[], extra: Partial<ImportSet> = {}): { note: WrittenNote; parsed: ParsedNote } {
  const note = writeImportNote(setOf(entries, extra), OPTIONS);
  return { note, parsed: parseNote(note.text, NOTE) };
}

/** As the parser and the renderer read text: CommonMark's backslash escapes undone, whitespace runs as one space, trimmed. */
const read = (markdown: string) => markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/\s+/g, ' ').trim();
const messages = (parsed: ParsedNote) => parsed.diagnostics.map((d) => `${d.line}: ${d.message}`);
const lineOf = (text: string, line: number) => text.split('\n')[line - 1];

suite('Import note writer', () => {
  test('a front the writer had to escape reads without its backslashes where the student sees it (search, the sidebar)', () => {
    const { parsed } = written([{ kind: 'basic', line: 1, prompt: 'Q: # of key accounts == {{x}}?', answer: 'A: twelve' }]);
    assert.strictEqual(plainText(parsed.cards[0].prompt), 'Q: # of key accounts == {{x}}?');
  });

  test('a question and its several-line answer with a "-" list come back as one basic card', () => {
    const { parsed } = written([{ kind: 'basic', line: 2, prompt: 'What are the stages of the relationship model?', answer: 'They run in order:\n- getting aware\n- testing each other\n- growing together' }]);
    assert.deepStrictEqual(messages(parsed), []);
    assert.strictEqual(parsed.cards.length, 1);
    const [card] = parsed.cards;
    assert.strictEqual(card.kind, 'basic');
    assert.strictEqual(card.prompt, 'What are the stages of the relationship model?');
    assert.strictEqual(card.answer, 'They run in order:\n\n- getting aware\n- testing each other\n- growing together');
    assert.strictEqual(card.conceptId, '', 'a question is a card of the note, not of a concept');
  });

  test('an answer that is only a list keeps it as a list under "A:"', () => {
    const { note, parsed } = written([{ kind: 'basic', line: 2, prompt: 'Name the three pillars', answer: '- people\n- process\n- technology' }]);
    assert.match(note.text, /\nA:\n- people\n- process\n- technology\n/);
    assert.strictEqual(parsed.cards[0].answer, '- people\n- process\n- technology');
  });

  test('a reversed basic entry gives two cards, the second asking the back', () => {
    const { note, parsed } = written([{ kind: 'basic', line: 4, prompt: 'Churn', answer: 'Customers lost in a period', reverse: true }]);
    assert.deepStrictEqual(parsed.cards.map((c) => [c.prompt, c.answer]), [['Churn', 'Customers lost in a period'], ['Customers lost in a period', 'Churn']]);
    assert.strictEqual(note.entryLines[0], parsed.cards[0].line);
  });

  test('a cloze keeps its gaps and hints; its extra text stays in the note as a comment, with a decision saying so', () => {
    const { note, parsed } = written([{ kind: 'cloze', line: 3, text: 'Loyal customers cost {{less}} to serve than {{new ones::who?}}.', extra: 'Seen in week 2.' }]);
    assert.deepStrictEqual(messages(parsed), []);
    assert.strictEqual(parsed.cards[0].kind, 'cloze');
    assert.strictEqual(parsed.cards[0].prompt, 'Loyal customers cost {{less}} to serve than {{new ones::who?}}.');
    assert.match(note.text, /<!-- Back extra: Seen in week 2\. -->/);
    assert.strictEqual(note.decisions.length, 1);
    assert.match(note.decisions[0].message, /comment/);
  });

  test('a multiple choice item keeps its options, the right one, and its explanation', () => {
    const entry: MultipleChoiceEntry = {
      kind: 'multipleChoice', line: 7, prompt: 'Which of these is a retention measure?',
      choices: [{ text: 'Reach', correct: false }, { text: 'Repeat purchase rate', correct: true }, { text: 'Impressions', correct: false }],
      explanation: 'Only one of them counts customers who come back.',
    };
    const { note, parsed } = written([entry]);
    assert.deepStrictEqual(messages(parsed), []);
    const [card] = parsed.cards;
    assert.strictEqual(card.kind, 'multipleChoice');
    assert.strictEqual(card.prompt, entry.prompt);
    assert.deepStrictEqual(card.choices, entry.choices);
    assert.strictEqual(card.answer, 'Repeat purchase rate');
    assert.strictEqual(card.explanation, entry.explanation);
    assert.match(note.text, /\nMC: Which of these is a retention measure\?\n- \[ \] Reach\n- \[x\] Repeat purchase rate\n/);
  });

  test('an explanation that opens with a "-" list stays the explanation: the options take "*" bullets', () => {
    const { parsed } = written([{ kind: 'multipleChoice', line: 1, prompt: 'Pick the odd one out', choices: [{ text: 'red', correct: false }, { text: 'seven', correct: true }], explanation: '- two are colours\n- one is a number' }]);
    assert.deepStrictEqual(messages(parsed), []);
    assert.strictEqual(parsed.cards[0].choices!.length, 2);
    assert.strictEqual(parsed.cards[0].explanation, '- two are colours\n- one is a number');
  });

  test('a term becomes a concept with its definition, details and a card asking for the whole definition', () => {
    const entry: TermEntry = { kind: 'term', line: 9, term: 'Share of wallet', definition: 'The part of what a customer spends in a category that goes to us.\n\nHarder to measure than market share.' };
    const { note, parsed } = written([entry]);
    assert.deepStrictEqual(messages(parsed), []);
    assert.strictEqual(parsed.concepts.length, 1);
    const [concept] = parsed.concepts;
    assert.strictEqual(concept.term, 'Share of wallet');
    assert.strictEqual(concept.definition, 'The part of what a customer spends in a category that goes to us.');
    assert.strictEqual(concept.details, 'Harder to measure than market share.');
    assert.strictEqual(concept.line, note.entryLines[0]);
    assert.strictEqual(lineOf(note.text, concept.line), '## Share of wallet');
    const [card] = parsed.cards;
    assert.deepStrictEqual([card.prompt, card.answer, card.conceptId], ['Share of wallet', entry.definition, concept.id]);
  });

  test('"Words (ACR)" and "ACR (words)" give the words as the term and the acronym as an alias', () => {
    const { parsed } = written([
      { kind: 'term', line: 1, term: 'Net promoter score (NPS)', definition: 'Promoters minus detractors, in percent.' },
      { kind: 'term', line: 2, term: 'SFA (sales force automation)', definition: 'Software that runs the routine of selling.' },
      { kind: 'term', line: 3, term: 'Loyalty (behavioural)', definition: 'Buying again, whatever the feeling.' },
    ]);
    assert.deepStrictEqual(messages(parsed), []);
    assert.deepStrictEqual(parsed.concepts.map((c) => [c.term, c.aliases, c.acronyms]), [
      ['Net promoter score', ['NPS'], ['NPS']],
      ['sales force automation', ['SFA'], ['SFA']],
      ['Loyalty (behavioural)', [], []],
    ]);
    assert.deepStrictEqual(parsed.cards.map((c) => c.prompt), ['Net promoter score (NPS)', 'SFA (sales force automation)', 'Loyalty (behavioural)']);
  });

  test('questions go to a "### Cards" section before the first concept, so they stay cards of the note', () => {
    const { note, parsed } = written([
      { kind: 'term', line: 1, term: 'Churn', definition: 'Customers lost in a period.' },
      { kind: 'basic', line: 3, prompt: 'Why does churn matter?', answer: 'Replacing a customer costs more than keeping one.' },
    ]);
    const lines = note.text.split('\n');
    assert.ok(lines.indexOf('### Cards') < lines.indexOf('## Churn'));
    assert.deepStrictEqual(note.entryLines, [lines.indexOf('## Churn') + 1, lines.indexOf('Q: Why does churn matter?') + 1]);
    const question = parsed.cards.find((c) => c.prompt === 'Why does churn matter?')!;
    assert.strictEqual(question.conceptId, '');
  });

  test('the note opens with its title and a line naming where it came from, in what format, and when', () => {
    const { note, parsed } = written([{ kind: 'basic', line: 1, prompt: 'Q one', answer: 'A one' }], { format: 'quizlet', title: 'Session 11: Flashcards' });
    const lines = note.text.split('\n');
    assert.strictEqual(lines[0], '# Session 11: Flashcards');
    assert.strictEqual(lines[2], 'Imported from week3.txt (a Quizlet export) on 2026-12-02. This note is yours to edit: your progress on each card follows its front.');
    assert.strictEqual(parsed.topic.title, 'Session 11: Flashcards');
    const untitled = writeImportNote(setOf([], { title: '  ' }), OPTIONS);
    assert.strictEqual(untitled.text.split('\n')[0], '# Imported flashcards');
    assert.strictEqual(noteFileName(''), 'Imported flashcards.md');
  });

  test('a clean set of every kind gives no diagnostics', () => {
    const { parsed } = written([
      { kind: 'term', line: 1, term: 'KAM', definition: 'Looking after the accounts that matter most.' },
      { kind: 'basic', line: 2, prompt: 'What is a touchpoint?', answer: 'Any moment a customer meets the firm.' },
      { kind: 'basic', line: 3, prompt: 'Lead', answer: 'A possible customer', reverse: true },
      { kind: 'cloze', line: 4, text: 'A {{prospect}} has shown interest.' },
      { kind: 'multipleChoice', line: 5, prompt: 'Which is a channel?', choices: [{ text: 'Email', correct: true }, { text: 'Profit', correct: false }] },
    ]);
    assert.deepStrictEqual(messages(parsed), []);
    assert.deepStrictEqual(parsed.cards.map((c) => c.kind).sort(), ['basic', 'basic', 'basic', 'basic', 'cloze', 'multipleChoice']);
    assert.strictEqual(parsed.concepts.length, 1);
  });

  test('an empty answer, an MC without a right option, a duplicate prompt and an empty definition each show at their entry\'s line', () => {
    const entries: ImportEntry[] = [
      { kind: 'basic', line: 2, prompt: 'What does CRM stand for?', answer: '' },
      { kind: 'multipleChoice', line: 4, prompt: 'Which one is right?', choices: [{ text: 'this', correct: false }, { text: 'that', correct: false }] },
      { kind: 'basic', line: 8, prompt: 'Define loyalty', answer: 'Coming back.' },
      { kind: 'basic', line: 10, prompt: 'Define loyalty', answer: 'Coming back again.' },
      { kind: 'term', line: 12, term: 'Segmentation', definition: '' },
    ];
    const { note, parsed } = written(entries);
    const at = (i: number) => parsed.diagnostics.filter((d) => d.line === note.entryLines[i]).map((d) => d.message);
    assert.deepStrictEqual(at(0), ['basic card has an empty answer after A:']);
    assert.deepStrictEqual(at(1), ['multiple choice card needs exactly one right answer ([x]); found 0']);
    assert.deepStrictEqual(at(2), []);
    assert.strictEqual(at(3).length, 1);
    assert.match(at(3)[0], /^duplicate card id/);
    assert.deepStrictEqual(at(4), ['concept "Segmentation" has no definition: write one paragraph right after its fields']);
    // Nothing made up: the empty answers stay empty, the MC has no card to study.
    assert.ok(!parsed.cards.some((c) => c.kind === 'multipleChoice'));
    assert.ok(!parsed.cards.some((c) => c.prompt === 'What does CRM stand for?'));
    assert.ok(!parsed.cards.some((c) => c.prompt === 'Segmentation'));
  });

  test('a term whose definition is a list becomes a card, and a decision says why', () => {
    const { note, parsed } = written([{ kind: 'term', line: 5, term: 'IDIC', definition: '- Identify\n- Differentiate\n- Interact\n- Customise' }]);
    assert.deepStrictEqual(messages(parsed), []);
    assert.strictEqual(parsed.concepts.length, 0);
    assert.deepStrictEqual(parsed.cards.map((c) => [c.prompt, c.answer]), [['IDIC', '- Identify\n- Differentiate\n- Interact\n- Customise']]);
    assert.deepStrictEqual(note.decisions.map((d) => d.line), [5]);
    assert.match(note.decisions[0].message, /"IDIC" is written as a card, not a concept/);
  });

  test('a line that looks like a heading, a marker or a pin stays text of its card', () => {
    const { note, parsed } = written([
      { kind: 'basic', line: 1, prompt: '# of accounts per manager {#kam}', answer: 'A: about ten\n---\n: not a definition\n\nQ: still the answer\n\nfront::back and ==marked==\n?' },
    ]);
    assert.deepStrictEqual(messages(parsed), []);
    assert.strictEqual(parsed.cards.length, 1);
    assert.strictEqual(parsed.concepts.length, 0);
    assert.strictEqual(read(parsed.cards[0].prompt), '# of accounts per manager {#kam}');
    assert.strictEqual(read(parsed.cards[0].answer), read('A: about ten\n---\n: not a definition\n\nQ: still the answer\n\nfront::back and ==marked==\n?'));
    assert.ok(!parsed.cards[0].id.endsWith(':kam'), 'the {#kam} of the entry is no pin');
    assert.ok(note.text.includes('\n\\---\n'));
  });

  test('text that already holds backslashes, code and ordinary punctuation is written unchanged', () => {
    const answer = 'Save it under C:\\temp\\crm, then run:\n\n```\n# a comment, not a heading\nQ: neither a card\n```\n\nCosts fell by 10% (see p. 4).';
    const { parsed } = written([{ kind: 'basic', line: 1, prompt: 'Where does the export go?', answer }]);
    assert.deepStrictEqual(messages(parsed), []);
    assert.strictEqual(parsed.cards[0].answer, answer);
  });

  test('an unclosed fence in an entry does not swallow the cards after it', () => {
    const { parsed } = written([
      { kind: 'basic', line: 1, prompt: 'Which fence?', answer: '```\nnever closed' },
      { kind: 'basic', line: 3, prompt: 'Next card', answer: 'still here' },
    ]);
    assert.deepStrictEqual(messages(parsed), []);
    assert.deepStrictEqual(parsed.cards.map((c) => read(c.answer)), ['``` never closed', 'still here']);
  });

  test('"#flashcards" in an entry does not turn the note into an Obsidian flashcards note', () => {
    const { parsed } = written([{ kind: 'term', line: 1, term: 'Tagging', definition: 'Writing #flashcards in a note marks it.\n\nAnother::card would be read then.' }]);
    assert.deepStrictEqual(messages(parsed), []);
    assert.strictEqual(parsed.cards.length, 1);
    assert.strictEqual(parsed.topic.id, 'notes:file/flashcards/week3.md');
  });

  test('a definition that starts like field lines stays the definition', () => {
    const { parsed } = written([{ kind: 'term', line: 1, term: 'Attribution', definition: 'Source: the channel a sale is credited to.' }]);
    assert.deepStrictEqual(messages(parsed), []);
    assert.strictEqual(read(parsed.concepts[0].definition), 'Source: the channel a sale is credited to.');
    assert.strictEqual(parsed.concepts[0].source, '');
  });

  test('entryLines point at each entry\'s card or concept heading', () => {
    const entries: ImportEntry[] = [
      { kind: 'term', line: 1, term: 'RFM', definition: 'Recency, frequency and monetary value.' },
      { kind: 'basic', line: 2, prompt: 'Why score customers?', answer: 'To rank them.' },
      { kind: 'cloze', line: 3, text: 'RFM stands for recency, {{frequency}} and monetary value.' },
      { kind: 'multipleChoice', line: 4, prompt: 'Which is the R?', choices: [{ text: 'Recency', correct: true }, { text: 'Reach', correct: false }] },
    ];
    const { note } = written(entries);
    const lines = note.text.split('\n');
    assert.deepStrictEqual(note.entryLines.map((l) => lines[l - 1]), ['## RFM', 'Q: Why score customers?', 'Cloze: RFM stands for recency, {{frequency}} and monetary value.', 'MC: Which is the R?']);
  });

  test('random entries made of the note\'s own structure round-trip unchanged', () => {
    const runs = Number(process.env.IMPORT_FUZZ_RUNS ?? 300);
    const seed = Number(process.env.IMPORT_FUZZ_SEED ?? 12);
    const rng = createRng(seed);
    for (let run = 0; run < runs; run++) {
      const entries = Array.from({ length: 1 + randomInt(rng, 6) }, (_, i) => randomEntry(rng, `w${run}x${i}`));
      const note = writeImportNote(setOf(entries), OPTIONS);
      const parsed = parseNote(note.text, NOTE);
      const context = () => `seed ${seed}, run ${run}:\n${note.text}`;
      assert.deepStrictEqual(messages(parsed), [], context());
      entries.forEach((entry, i) => checkEntry(entry, i, note, parsed, () => `${JSON.stringify(entry)}\n${context()}`));
    }
  });
});

// ---- The property test's entries ----

const DANGEROUS = [
  '# heading', '## Concept', '### Cards', 'Q: a question', 'A: an answer', 'MC: a choice', 'Cloze: a gap', 'List: items', 'Essay: points', 'Calc: a sum',
  '---', '===', '-', ': a definition', '~ another', '- [x] right', '- [ ] wrong', '```', '~~~', '<!-- comment -->', 'see <!--SR:!2026-01-05,3,250-->',
  '{{', 'a {{b}} c', '==marked==', 'front::back', 'both:::ways', '?', '??', 'ends with {#pinned-id}', 'source: someone', 'aliases: ABC', 'id: x-y',
  'tagged #flashcards', '#flashcards/deck', '[ref]: https://example.com', '> quoted', '1. first', '- item', 'Term', 'plain words here',
];

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[randomInt(rng, items.length)];
}

/** Dangerous lines and paragraphs, with a unique token (so prompts and terms never collide) first or last. */
function randomText(rng: Rng, token: string, forms = DANGEROUS): string {
  const lines: string[] = [];
  const count = 1 + randomInt(rng, 5);
  for (let i = 0; i < count; i++) {
    if (i > 0 && randomInt(rng, 3) === 0) lines.push('');
    lines.push(randomInt(rng, 4) === 0 ? `${pick(rng, forms)} ${pick(rng, forms)}` : pick(rng, forms));
  }
  return randomInt(rng, 2) ? `${token}\n${lines.join('\n')}` : `${lines.join('\n')}\n${token}`;
}

function randomEntry(rng: Rng, token: string): ImportEntry {
  switch (randomInt(rng, 4)) {
    case 0:
      return { kind: 'basic', line: 1, prompt: randomText(rng, `${token}q`), answer: randomText(rng, `${token}a`), reverse: randomInt(rng, 4) === 0 };
    case 1: {
      // A cloze holds gaps (with and without hints) and no stray "{{".
      const forms = [...DANGEROUS.filter((f) => !f.includes('{{')), '{{gap}}', 'with {{a gap::a hint}} inside'];
      return { kind: 'cloze', line: 1, text: `${randomText(rng, token, forms)} {{${token}}}` };
    }
    case 2: {
      const choices = Array.from({ length: 2 + randomInt(rng, 3) }, (_, k) => ({ text: `${pick(rng, DANGEROUS)} ${token}o${k}`, correct: false }));
      choices[randomInt(rng, choices.length)].correct = true;
      const entry: MultipleChoiceEntry = { kind: 'multipleChoice', line: 1, prompt: randomText(rng, `${token}m`), choices };
      if (randomInt(rng, 2)) entry.explanation = randomText(rng, `${token}e`);
      return entry;
    }
    default: {
      const term = randomInt(rng, 3) === 0 ? `Term ${token} (ABC)` : `${pick(rng, ['Term', 'C#', 'Grade #', 'a {#pin}', 'x::y'])} ${token}`;
      return { kind: 'term', line: 1, term, definition: randomText(rng, `${token}d`) };
    }
  }
}

function checkEntry(entry: ImportEntry, i: number, note: WrittenNote, parsed: ParsedNote, context: () => string): void {
  const line = note.entryLines[i];
  const cardAt = parsed.cards.find((c) => c.line === line);
  switch (entry.kind) {
    case 'basic': {
      assert.ok(cardAt, context());
      assert.deepStrictEqual([cardAt.kind, read(cardAt.prompt), read(cardAt.answer)], ['basic', read(entry.prompt), read(entry.answer)], context());
      if (entry.reverse) {
        const reverse = parsed.cards[parsed.cards.indexOf(cardAt) + 1];
        assert.deepStrictEqual([read(reverse.prompt), read(reverse.answer)], [read(entry.answer), read(entry.prompt)], context());
      }
      return;
    }
    case 'cloze':
      assert.ok(cardAt, context());
      assert.deepStrictEqual([cardAt.kind, read(cardAt.prompt)], ['cloze', read((entry as ClozeEntry).text)], context());
      return;
    case 'multipleChoice':
      assert.ok(cardAt, context());
      assert.strictEqual(cardAt.kind, 'multipleChoice', context());
      assert.strictEqual(read(cardAt.prompt), read(entry.prompt), context());
      assert.deepStrictEqual(cardAt.choices!.map((c) => [read(c.text), c.correct]), entry.choices.map((c) => [read(c.text), c.correct]), context());
      assert.strictEqual(read(cardAt.explanation ?? ''), read(entry.explanation ?? ''), context());
      return;
    case 'term': {
      const concept = parsed.concepts.find((c) => c.line === line);
      const decided = note.decisions.some((d) => d.message.includes(entry.term));
      if (!concept) {
        // Only a definition that opens with a list or other block is written as a card instead.
        assert.ok(decided && cardAt, context());
        assert.deepStrictEqual([read(cardAt.prompt), read(cardAt.answer)], [read(entry.term), read(entry.definition)], context());
        return;
      }
      const acronym = /\(ABC\)$/.test(entry.term);
      assert.strictEqual(read(concept.term), read(acronym ? entry.term.replace(/\s*\(ABC\)$/, '') : entry.term), context());
      assert.deepStrictEqual(concept.aliases, acronym ? ['ABC'] : [], context());
      assert.strictEqual(read(`${concept.definition} ${concept.details}`), read(entry.definition), context());
      const card = parsed.cards.find((c) => c.conceptId === concept.id);
      assert.ok(card, context());
      assert.deepStrictEqual([read(card.prompt), read(card.answer)], [read(entry.term), read(entry.definition)], context());
    }
  }
}
