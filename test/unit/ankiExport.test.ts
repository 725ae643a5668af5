// Export for Anki over the real bundled pack and a student's note: the file
// Anki's "Notes in Plain Text" import reads (headers, one row per note with
// guid, note type, deck, two fields and tags), one deck per topic, our cloze
// as Anki's, multiple choice with its options on the front.

import * as assert from 'assert';
import { exportForAnki, AnkiExportSource } from '../../src/core/export/ankiExport';
import type { Card } from '../../src/core/content/model';
import { renderMarkdown } from '../../src/core/markdown/render';
import { parseNote } from '../../src/core/notes/noteParser';
import { bundledIndex, bundledPack } from '../support/bundledPack';

const HEADERS = ['#separator:tab', '#html:true', '#guid column:1', '#notetype column:2', '#deck column:3', '#tags column:6'];

function packSource(cards?: readonly Card[]): AnkiExportSource {
  const pack = bundledPack();
  const index = bundledIndex();
  return { cards: cards ?? pack.cards, concept: (id) => index.concept(id), topic: (id) => index.topic(id) };
}

/** Splits the file into rows of fields as Anki reads it: tab-separated, "quoted" fields with "" for a quote. */
function rowsOf(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.split('\n').filter((l) => !l.startsWith('#')).join('\n');
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === '\t') { row.push(field); field = ''; } else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; } else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

suite('Export for Anki', () => {
  test('the file starts with the headers Anki reads, then one row of six fields per card of the pack', () => {
    const pack = bundledPack();
    const out = exportForAnki(packSource());
    assert.deepStrictEqual(out.text.split('\n').slice(0, 6), HEADERS);
    const rows = rowsOf(out.text);
    assert.strictEqual(rows.length, pack.cards.length);
    assert.strictEqual(out.notes, pack.cards.length);
    for (const row of rows) assert.strictEqual(row.length, 6, row.join(' | '));
  });

  test('the guid is the card id, so exporting again updates the notes in Anki', () => {
    const pack = bundledPack();
    const rows = rowsOf(exportForAnki(packSource()).text);
    assert.deepStrictEqual(rows.map((r) => r[0]), pack.cards.map((c) => c.id));
    assert.strictEqual(exportForAnki(packSource()).text, exportForAnki(packSource()).text);
  });

  test('one deck per topic under "CRM Study", in the pack\'s topic order', () => {
    const pack = bundledPack();
    const out = exportForAnki(packSource());
    const expected = [...new Set(pack.cards.map((c) => c.topic))].map((id) => `CRM Study::${pack.topics.find((t) => t.id === id)!.title}`);
    assert.deepStrictEqual(out.decks, expected);
    const kam = rowsOf(out.text).find((r) => r[0].startsWith('kam/'))!;
    assert.strictEqual(kam[2], `CRM Study::${pack.topics.find((t) => t.id === pack.concepts.find((c) => c.id === 'kam')!.topic)!.title}`);
  });

  test('basic cards are Basic notes with the prompt and answer as HTML; tags are the concept and topic ids', () => {
    const pack = bundledPack();
    const card = pack.cards.find((c) => c.kind === 'basic')!;
    const row = rowsOf(exportForAnki(packSource([card])).text)[0];
    assert.strictEqual(row[1], 'Basic');
    assert.strictEqual(row[3], renderMarkdown(card.prompt).trim());
    assert.strictEqual(row[4], renderMarkdown(card.answer).trim().replace(/>\n+(?=<)/g, '>').replace(/\n/g, ' '));
    assert.strictEqual(row[5], `${card.conceptId} ${card.topic}`);
    assert.ok(!/\s/.test(row[5].replace(' ', '')));
  });

  test('a cloze becomes an Anki Cloze note with every gap as c1, so it stays one card', () => {
    const pack = bundledPack();
    const card = pack.cards.find((c) => c.kind === 'cloze' && (c.prompt.match(/\{\{/g) ?? []).length >= 2)!;
    const row = rowsOf(exportForAnki(packSource([card])).text)[0];
    assert.strictEqual(row[1], 'Cloze');
    const gaps = [...row[3].matchAll(/\{\{(c\d+)::/g)].map((m) => m[1]);
    assert.ok(gaps.length >= 2);
    assert.ok(gaps.every((g) => g === 'c1'));
    assert.ok(!/\{\{(?!c1::)/.test(row[3]));
  });

  test('a gap with a hint keeps it as Anki\'s hint', () => {
    const card: Card = { id: 'x/hint', conceptId: 'kam', topic: 'organisation', source: '', kind: 'cloze', prompt: 'KAM looks after {{key accounts::which ones?}}.', answer: '', file: 'f', line: 1 };
    const row = rowsOf(exportForAnki(packSource([card])).text)[0];
    assert.strictEqual(row[3], '<p>KAM looks after {{c1::key accounts::which ones?}}.</p>');
  });

  test('a gap listing other right wordings goes to Anki with the first (Anki has no alternatives)', () => {
    const card: Card = { id: 'x/alt', conceptId: 'kam', topic: 'organisation', source: '', kind: 'cloze', prompt: 'Worth is {{customer lifetime value|CLV::a measure}}.', answer: '', file: 'f', line: 1 };
    const row = rowsOf(exportForAnki(packSource([card])).text)[0];
    assert.strictEqual(row[3], '<p>Worth is {{c1::customer lifetime value::a measure}}.</p>');
  });

  test('multiple choice: the prompt and lettered options on the front, the right letter and option on the back', () => {
    const pack = bundledPack();
    const card = pack.cards.find((c) => c.kind === 'multipleChoice')!;
    const row = rowsOf(exportForAnki(packSource([card])).text)[0];
    assert.strictEqual(row[1], 'Basic');
    assert.match(row[3], /<ol type="A">(<li>[^<]*(?:<[^/][^>]*>[^<]*<\/[^>]+>[^<]*)*<\/li>)+<\/ol>$/);
    assert.strictEqual((row[3].match(/<li>/g) ?? []).length, card.choices!.length);
    const right = card.choices!.findIndex((c) => c.correct);
    assert.ok(row[4].startsWith(`<p><b>${'ABCDEFGH'[right]}.</b> `), row[4]);
    if (card.explanation) assert.ok(row[4].length > 30);
  });

  test('list recall backs are numbered lists; essay backs list the key points', () => {
    const pack = bundledPack();
    const list = pack.cards.find((c) => c.kind === 'listRecall')!;
    const essay = pack.cards.find((c) => c.kind === 'essay')!;
    const [listRow, essayRow] = rowsOf(exportForAnki(packSource([list, essay])).text);
    assert.ok(listRow[4].startsWith('<ol>'), listRow[4]);
    assert.strictEqual((listRow[4].match(/<li>/g) ?? []).length, list.items!.length);
    assert.ok(essayRow[4].startsWith('<ul>'), essayRow[4]);
    assert.strictEqual((essayRow[4].match(/<li>/g) ?? []).length, essay.keyPoints!.length);
  });

  test('fields hold no bare tab or line break: rendered HTML is on one line, or quoted with doubled quotes', () => {
    const out = exportForAnki(packSource());
    const rows = out.text.split('\n').filter((l) => l && !l.startsWith('#'));
    assert.strictEqual(rows.length, bundledPack().cards.length, 'every row on one line of the file');
    const card: Card = { id: 'x/code', conceptId: '', topic: 'organisation', source: '', kind: 'basic', prompt: 'Say "hi"\tnow', answer: '```\nline one\nline two\n```', file: 'f', line: 1 };
    const row = rowsOf(exportForAnki(packSource([card])).text)[0];
    assert.strictEqual(row.length, 6);
    assert.match(row[3], /Say &quot;hi&quot;\tnow/);
    assert.match(row[4], /<pre><code>line one\nline two\n<\/code><\/pre>/);
  });

  test('HTML in a card is exported inert, as the flashcards show it', () => {
    const card: Card = { id: 'x/xss', conceptId: '', topic: 'organisation', source: '', kind: 'basic', prompt: '<img src=x onerror=alert(1)>', answer: '[click](javascript:alert(1))', file: 'f', line: 1 };
    const row = rowsOf(exportForAnki(packSource([card])).text)[0];
    assert.ok(!row[3].includes('<img'));
    assert.ok(!row[4].includes('href="javascript'));
  });

  test('a student\'s note cards go to "CRM Study::My notes::<note>", tagged with readable ids; its highlights make one Anki note', () => {
    const note = { uri: 'file:///ws/lectures/week5.md', file: 'lectures/week5.md' };
    const parsed = parseNote([
      '# Week 5 notes',
      '',
      '## Key account management',
      'aliases: KAM',
      '',
      'Looking after the accounts that matter most.',
      '',
      '### Cards',
      '',
      'Q: Who gets a key account manager?',
      'A: The accounts that matter strategically.',
      '',
      'Dwyer puts ==exploration== between ==awareness== and expansion.',
    ].join('\n'), note);
    assert.deepStrictEqual(parsed.diagnostics, []);
    assert.strictEqual(parsed.cards.length, 3);
    const source: AnkiExportSource = {
      cards: parsed.cards,
      concept: (id) => parsed.concepts.find((c) => c.id === id),
      topic: (id) => (id === parsed.topic.id ? parsed.topic : undefined),
    };
    const out = exportForAnki(source);
    const rows = rowsOf(out.text);
    assert.deepStrictEqual(out.decks, ['CRM Study::My notes::Week 5 notes']);
    assert.strictEqual(out.notes, 2);
    assert.strictEqual(rows[0][5], 'key-account-management my-notes::lectures/week5');
    assert.strictEqual(rows[1][1], 'Cloze');
    assert.strictEqual(rows[1][3], '<p>Dwyer puts {{c1::exploration}} between {{c2::awareness}} and expansion.</p>');
    assert.strictEqual(rows[1][0], parsed.cards[1].id);
  });

  test('"::" in a deck title does not nest a deck', () => {
    const card: Card = { id: 'notes:x', conceptId: '', topic: 'notes:deck/a::b', source: '', kind: 'basic', prompt: 'p', answer: 'a', file: 'f', line: 1 };
    const out = exportForAnki({ cards: [card], concept: () => undefined, topic: () => ({ id: 'notes:deck/a::b', title: 'C++ std::vector', order: 0, summary: '', file: 'f', line: 1 }) });
    assert.deepStrictEqual(out.decks, ['CRM Study::My notes::C++ std:vector']);
  });
});
