// The notes index: what each note holds reaches the ContentIndex one note at a
// time; card ids stay the parser's ids through renames, deletions and
// restores, and the same id in two notes is one card, owned by the same note
// whatever order the notes were read in; unchanged text is never parsed again;
// the cache brings everything back without parsing and ignores what it cannot
// read.
//
// Most tests use the real parser (noteParser.ts) with `front::back` cards in a
// #flashcards note, and never assume how it spells ids. The few that need
// parser output the grammar may shape differently (pinnable places, concepts,
// diagnostics) use the small parser below.

import * as assert from 'assert';
import { ContentChange, ContentIndex } from '../../src/core/content/contentIndex';
import { Card, deckTopicId, fileTopicId, MY_NOTES, Topic } from '../../src/core/content/model';
import { NoteDiagnostic, NoteSource, parseNote, ParsedNote } from '../../src/core/notes/noteParser';
import { NoteParser, NotesIndex } from '../../src/core/notes/notesIndex';
import { noteUri, tinyPack } from '../support/noteFixtures';
import { createRng } from '../../src/core/util/rng';

const note = (file: string): NoteSource => ({ uri: noteUri(file), file });
const stamp = (mtime: number, size = 100) => ({ mtime, size });
const flashcards = (...lines: string[]) => ['#flashcards', '', ...lines].join('\n');

/**
 * A parser with every output the grammar has: `front::back` cards (a pinned
 * id `{#id}` at the end), `Term: definition` concepts, `!message` diagnostics,
 * `#deck/name` for a deck, `boom` to throw.
 */
const smallParser: NoteParser = (text, source) => {
  if (text.includes('boom')) throw new Error('parser fell over');
  const deck = /#deck\/(\S+)/.exec(text)?.[1];
  const topic: Topic = deck
    ? { id: deckTopicId(deck), title: deck, order: Number.MAX_SAFE_INTEGER, summary: '', file: source.file, line: 1 }
    : { id: fileTopicId(source.file), title: source.file, order: Number.MAX_SAFE_INTEGER, summary: '', file: source.file, line: 1, uri: source.uri };
  const parsed: ParsedNote = { topic, concepts: [], cards: [], diagnostics: [], pinnable: [] };
  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    const card = /^(.+?)::(.+?)(?:\s*\{#([a-z0-9-]+)\})?\s*$/.exec(raw);
    if (card) {
      const slug = card[1].toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
      const id = `notes:${card[3] ?? slug}`;
      parsed.cards.push({ id, uri: source.uri, conceptId: '', topic: topic.id, source: '', kind: 'basic', prompt: card[1], answer: card[2], file: source.file, line });
      if (!card[3]) parsed.pinnable.push({ line, column: raw.trimEnd().length, pin: slug, cardIds: [id] });
      return;
    }
    const concept = /^([A-Z][\w ]+): (.+)$/.exec(raw);
    if (concept) {
      parsed.concepts.push({
        id: `notes:${source.file}#${concept[1].toLowerCase()}`, uri: source.uri, term: concept[1], topic: topic.id, aliases: [], acronyms: [],
        definition: concept[2], details: '', parts: [], source: '', related: [], file: source.file, line,
      });
      return;
    }
    if (raw.startsWith('!')) parsed.diagnostics.push({ file: source.file, line, severity: 'error', message: raw.slice(1), fix: { title: 'Drop it', line, start: 0, end: raw.length, text: '' } });
  });
  return parsed;
};

function setup(parse: NoteParser = parseNote) {
  const content = new ContentIndex(tinyPack());
  const changes: ContentChange[] = [];
  content.onDidChange((change) => changes.push(change));
  let parses = 0;
  const index = new NotesIndex(content, (text, source) => {
    parses++;
    return parse(text, source);
  });
  const diagnosticEvents: string[][] = [];
  index.onDidChangeDiagnostics((uris) => diagnosticEvents.push([...uris]));
  return { content, changes, index, diagnosticEvents, parses: () => parses };
}

const myCards = (content: ContentIndex) => content.cardsIn(MY_NOTES).map((card) => ({ id: card.id, file: card.file, prompt: card.prompt }));
const idsOf = (cards: readonly Card[]) => cards.map((card) => card.id).sort();
const warnings = (index: NotesIndex, file: string): NoteDiagnostic[] => index.diagnostics(noteUri(file)).filter((d) => d.severity === 'warning') as NoteDiagnostic[];

suite('Notes index: notes into the content index', () => {
  test("a note's cards appear under My notes and by id, with one change event; a note without study content is not parsed", () => {
    const { content, changes, index, parses } = setup();
    index.update(note('week3.md'), flashcards('What is churn?::Customers leaving', 'What is RFM?::Recency, frequency, monetary value'), stamp(1));
    assert.deepStrictEqual(myCards(content).map((c) => c.prompt), ['What is churn?', 'What is RFM?']);
    assert.strictEqual(changes.length, 1);
    assert.strictEqual(content.card(content.cardsIn(MY_NOTES)[0].id)?.uri, noteUri('week3.md'));

    index.update(note('diary.md'), '# Monday\n\nWrote some std::vector code today.\n', stamp(1));
    assert.strictEqual(parses(), 1, 'the cheap first look kept the ordinary note from being parsed');
    assert.ok(index.has(noteUri('diary.md')));
    assert.ok(index.isCurrent(noteUri('diary.md'), stamp(1)));
    assert.strictEqual(changes.length, 1, 'a note that adds nothing tells nobody');
    assert.strictEqual(index.size, 2);
  });

  test('saving one note touches only that note in the content index', () => {
    const { content, changes, index } = setup();
    index.batch(() => {
      for (let i = 0; i < 50; i++) index.update(note(`n${i}.md`), flashcards(`Question ${i}?::Answer ${i}`), stamp(1));
    });
    assert.strictEqual(changes.length, 1, 'one batch, one event');
    changes.length = 0;
    index.update(note('n7.md'), flashcards('Question 7?::A better answer'), stamp(2));
    assert.strictEqual(changes.length, 1);
    assert.deepStrictEqual(changes[0].removedCards.map((c) => c.file), ['n7.md']);
    assert.deepStrictEqual(changes[0].addedCards.map((c) => c.answer), ['A better answer']);
    assert.strictEqual(content.cardsIn(MY_NOTES).length, 50);
  });

  test('text the note was already indexed from is not parsed again: a save after the unsaved edit was indexed', () => {
    const { index, parses, changes } = setup();
    const text = flashcards('What is CLV?::Lifetime value');
    index.update(note('a.md'), text, stamp(1));
    const edited = flashcards('What is CLV?::The value of a customer over the relationship');
    index.update(note('a.md'), edited); // unsaved, in the editor
    assert.strictEqual(parses(), 2);
    assert.ok(!index.isCurrent(noteUri('a.md'), stamp(1)), 'the editor text is not the file');
    const eventsBefore = changes.length;
    index.update(note('a.md'), edited, stamp(2)); // saved
    assert.strictEqual(parses(), 2, 'the saved text was the indexed one');
    assert.ok(index.isCurrent(noteUri('a.md'), stamp(2)));
    assert.strictEqual(changes.length, eventsBefore);
  });

  test('closing an editor without saving goes back to the file', () => {
    const { content, index } = setup();
    const onDisk = flashcards('What is KAM?::Key account management');
    index.update(note('a.md'), onDisk, stamp(1));
    index.update(note('a.md'), flashcards('What is KAM?::Key account management', 'Draft?::Draft'));
    assert.strictEqual(content.cardsIn(MY_NOTES).length, 2);
    index.update(note('a.md'), onDisk, stamp(1));
    assert.deepStrictEqual(myCards(content).map((c) => c.prompt), ['What is KAM?']);
    assert.ok(index.isCurrent(noteUri('a.md'), stamp(1)));
  });

  test('removing a note removes its cards from every look-up, and its group', () => {
    const { content, index } = setup();
    index.update(note('a.md'), flashcards('Q1?::A1'), stamp(1));
    const topic = content.cardsIn(MY_NOTES)[0].topic;
    index.remove(noteUri('a.md'));
    assert.deepStrictEqual(content.cardsIn(MY_NOTES), []);
    assert.deepStrictEqual(content.cardsIn(topic), []);
    assert.deepStrictEqual(content.noteTopics, []);
    assert.ok(!index.has(noteUri('a.md')));
    index.remove(noteUri('a.md')); // twice is harmless
  });

  test('a parser that throws gives a diagnostic at line 1 of that note; the other notes keep theirs', () => {
    const { content, index } = setup(smallParser);
    index.update(note('good.md'), flashcards('Good?::Yes'), stamp(1));
    index.update(note('bad.md'), flashcards('boom'), stamp(1));
    const [diagnostic] = index.diagnostics(noteUri('bad.md'));
    assert.deepStrictEqual({ file: diagnostic.file, line: diagnostic.line, severity: diagnostic.severity }, { file: 'bad.md', line: 1, severity: 'error' });
    assert.match(diagnostic.message, /parser fell over/);
    assert.deepStrictEqual(myCards(content).map((c) => c.prompt), ['Good?']);
  });

  test('diagnostics listeners hear which notes changed, once per batch', () => {
    const { index, diagnosticEvents } = setup(smallParser);
    index.batch(() => {
      index.update(note('a.md'), flashcards('!an MC card with two right answers'), stamp(1));
      index.update(note('b.md'), flashcards('!an empty answer'), stamp(1));
      index.update(note('c.md'), flashcards('Fine?::Fine'), stamp(1));
    });
    assert.deepStrictEqual(diagnosticEvents, [[noteUri('a.md'), noteUri('b.md')]]);
    assert.deepStrictEqual(index.diagnostics(noteUri('a.md')).map((d) => [d.line, d.message]), [[3, 'an MC card with two right answers']]);
    index.update(note('a.md'), flashcards('Fixed?::Yes'), stamp(2));
    assert.deepStrictEqual(diagnosticEvents[1], [noteUri('a.md')]);
    assert.deepStrictEqual(index.diagnostics(noteUri('a.md')), []);
    index.remove(noteUri('b.md'));
    assert.deepStrictEqual(diagnosticEvents[2], [noteUri('b.md')]);
  });
});

suite('Notes index: card ids across notes', () => {
  const A = flashcards('What is churn?::Customers leaving (from a)');
  const B = flashcards('Intro?::Hello', 'What is churn?::Customers who stop buying (from b)');

  test('the same card in two notes is one card, from the note with the first path; the other gets a warning at its line', () => {
    const { content, index } = setup();
    index.update(note('b-week4.md'), B, stamp(1));
    index.update(note('a-week3.md'), A, stamp(1));
    const churn = myCards(content).filter((c) => c.prompt === 'What is churn?');
    assert.strictEqual(churn.length, 1, 'one card, one progress');
    assert.strictEqual(churn[0].file, 'a-week3.md');
    const [warning] = warnings(index, 'b-week4.md');
    assert.strictEqual(warning.line, 4);
    assert.match(warning.message, /the same card as a-week3\.md:3/);
    assert.deepStrictEqual(warnings(index, 'a-week3.md'), []);
    assert.strictEqual(content.cardsIn(MY_NOTES).length, 2, 'b keeps its other card');
  });

  test('who owns a shared card does not depend on the order the notes were read in', () => {
    const forward = setup();
    forward.index.update(note('a-week3.md'), A, stamp(1));
    forward.index.update(note('b-week4.md'), B, stamp(1));
    const backward = setup();
    backward.index.update(note('b-week4.md'), B, stamp(1));
    backward.index.update(note('a-week3.md'), A, stamp(1));
    assert.deepStrictEqual(myCards(backward.content), myCards(forward.content));
    assert.deepStrictEqual(backward.index.diagnostics(noteUri('b-week4.md')), forward.index.diagnostics(noteUri('b-week4.md')));
  });

  test('removing the owner hands the card to the other note under the same id, and its warning goes', () => {
    const { content, index, diagnosticEvents } = setup();
    index.update(note('a-week3.md'), A, stamp(1));
    index.update(note('b-week4.md'), B, stamp(1));
    const id = content.cardsIn(MY_NOTES).find((c) => c.prompt === 'What is churn?')!.id;
    diagnosticEvents.length = 0;
    index.remove(noteUri('a-week3.md'));
    const card = content.card(id);
    assert.strictEqual(card?.file, 'b-week4.md', 'no stale owner: the remaining note shows the card');
    assert.match(card!.answer, /from b/);
    assert.deepStrictEqual(warnings(index, 'b-week4.md'), []);
    assert.deepStrictEqual(diagnosticEvents, [[noteUri('b-week4.md')]]);
    index.update(note('a-week3.md'), A, stamp(2));
    assert.strictEqual(content.card(id)?.file, 'a-week3.md', 'back again, the first path owns it again');
    assert.strictEqual(warnings(index, 'b-week4.md').length, 1);
  });

  test('the shared card leaving the owner note (edited out) passes to the other note too', () => {
    const { content, index } = setup();
    index.update(note('a-week3.md'), A, stamp(1));
    index.update(note('b-week4.md'), B, stamp(1));
    const id = content.cardsIn(MY_NOTES).find((c) => c.prompt === 'What is churn?')!.id;
    index.update(note('a-week3.md'), flashcards('Something else?::Yes'), stamp(2));
    assert.strictEqual(content.card(id)?.file, 'b-week4.md');
    assert.deepStrictEqual(warnings(index, 'b-week4.md'), []);
  });

  test('the warning follows the owner when its card moves to another line, and Problems hear of it', () => {
    const { index, diagnosticEvents } = setup();
    index.update(note('a-week3.md'), A, stamp(1));
    index.update(note('b-week4.md'), B, stamp(1));
    diagnosticEvents.length = 0;
    index.update(note('a-week3.md'), flashcards('', '', 'What is churn?::Customers leaving (from a)'), stamp(2));
    assert.match(warnings(index, 'b-week4.md')[0].message, /a-week3\.md:5/);
    assert.deepStrictEqual(diagnosticEvents, [[noteUri('b-week4.md')]]);
    index.update(note('a-week3.md'), flashcards('', '', 'What is churn?::Reworded answer'), stamp(3));
    assert.deepStrictEqual(diagnosticEvents.length, 1, 'the same line: nothing to tell');
  });

  test('renaming a note (remove the old URI, index the new one) keeps every card id, shared ones included', () => {
    const { content, index } = setup();
    index.update(note('a-week3.md'), A, stamp(1));
    index.update(note('b-week4.md'), B, stamp(1));
    const before = idsOf(content.cardsIn(MY_NOTES));
    index.batch(() => {
      index.remove(noteUri('a-week3.md'));
      index.update(note('z/renamed-week3.md'), A, stamp(1));
    });
    assert.deepStrictEqual(idsOf(content.cardsIn(MY_NOTES)), before);
    index.remove(noteUri('b-week4.md'));
    index.update(note('moved/b-week4.md'), B, stamp(1));
    assert.deepStrictEqual(idsOf(content.cardsIn(MY_NOTES)), before);
    assert.strictEqual(content.cardsIn(MY_NOTES).length, 2, 'the shared card is still one card');
  });

  test('a card deleted and restored (undo, git checkout) comes back with the same id', () => {
    const { content, index } = setup();
    const full = flashcards('What is CRM?::Customer relationship management', 'What is KAM?::Key account management');
    index.update(note('a.md'), full, stamp(1));
    const before = idsOf(content.cardsIn(MY_NOTES));
    index.update(note('a.md'), flashcards('What is KAM?::Key account management'), stamp(2));
    assert.strictEqual(content.cardsIn(MY_NOTES).length, 1);
    index.update(note('a.md'), full, stamp(3));
    assert.deepStrictEqual(idsOf(content.cardsIn(MY_NOTES)), before);
    index.remove(noteUri('a.md'));
    index.update(note('a.md'), full, stamp(4));
    assert.deepStrictEqual(idsOf(content.cardsIn(MY_NOTES)), before, 'a deleted and restored note too');
  });

  test('the same card twice in one note is one card, with a problem at the second naming the first line', () => {
    const { content, index } = setup();
    index.update(note('a.md'), flashcards('What is CRM?::One answer', 'Other?::x', 'What is CRM?::Another answer'), stamp(1));
    assert.strictEqual(content.cardsIn(MY_NOTES).filter((c) => c.prompt === 'What is CRM?').length, 1);
    const problems = index.diagnostics(noteUri('a.md'));
    assert.strictEqual(problems.length, 1, 'reported once (by the grammar), not again by the index');
    assert.strictEqual(problems[0].line, 5);
    assert.match(problems[0].message, /first used at a\.md:3/);
  });

  test("the warning's quick fix pins the card an id of its own: applied, both notes' cards are studied apart", () => {
    const { content, index } = setup(smallParser);
    const a = flashcards('What is churn?::from a');
    const b = flashcards('What is churn?::from b');
    index.update(note('a.md'), a, stamp(1));
    index.update(note('b.md'), b, stamp(1));
    const [warning] = warnings(index, 'b.md');
    const fix = warning.fix!;
    assert.ok(fix, 'a quick fix where the card can be pinned');
    const lines = b.split('\n');
    const line = lines[fix.line - 1];
    lines[fix.line - 1] = line.slice(0, fix.start) + fix.text + line.slice(fix.end);
    assert.match(lines[fix.line - 1], /^What is churn\?::from b \{#what-is-churn-[a-z0-9]+\}$/);
    index.update(note('b.md'), lines.join('\n'), stamp(2));
    assert.deepStrictEqual(warnings(index, 'b.md'), []);
    assert.deepStrictEqual(content.cardsIn(MY_NOTES).map((c) => c.answer).sort(), ['from a', 'from b']);
  });

  test('after any sequence of edits, removals and renames, the index equals one built from scratch in another order', () => {
    const prompts = ['What is CRM?', 'What is KAM?', 'What is churn?', 'What is RFM?', 'What is CLV?'];
    const rng = createRng(7);
    const pick = (n: number) => Math.floor(rng.next() * n);
    const live = setup();
    const notes = new Map<string, string>(); // file -> text
    const snapshot = (world: ReturnType<typeof setup>) => ({
      cards: world.content.cardsIn(MY_NOTES).map((c) => `${c.id} ${c.file}:${c.line} ${c.answer}`).sort(),
      diagnostics: [...notes.keys()].sort().map((file) => world.index.diagnostics(noteUri(file)).map((d) => `${d.line} ${d.message}`)),
    });
    const shown = () => new Map([...notes.keys(), ...[...live.index.uris()].map((u) => u.replace('file:///vault/', ''))].map((file) => [file, JSON.stringify(live.index.diagnostics(noteUri(file)))]));
    for (let step = 0; step < 300; step++) {
      const before = shown();
      live.diagnosticEvents.length = 0;
      const files = [...notes.keys()];
      const op = pick(10);
      if (op < 6 || files.length === 0) {
        const file = files.length && op < 3 ? files[pick(files.length)] : `n${pick(12)}.md`;
        const lines = Array.from({ length: 1 + pick(4) }, () => `${prompts[pick(prompts.length)]}::${file} says ${pick(3)}`);
        notes.set(file, flashcards(...lines));
        live.index.update(note(file), notes.get(file)!, stamp(step));
      } else if (op < 8) {
        const file = files[pick(files.length)];
        notes.delete(file);
        live.index.remove(noteUri(file));
      } else {
        const file = files[pick(files.length)];
        const renamed = `r${pick(12)}-${file}`;
        if (notes.has(renamed)) continue;
        const text = notes.get(file)!;
        notes.delete(file);
        notes.set(renamed, text);
        live.index.batch(() => {
          live.index.remove(noteUri(file));
          live.index.update(note(renamed), text, stamp(step));
        });
      }
      const after = shown();
      const told = new Set(live.diagnosticEvents.flat());
      for (const file of new Set([...before.keys(), ...after.keys()])) {
        if ((before.get(file) ?? '[]') !== (after.get(file) ?? '[]')) assert.ok(told.has(noteUri(file)), `step ${step}: Problems were not told that ${file} changed`);
      }
      const scratch = setup();
      const order = [...notes.keys()].sort(() => rng.next() - 0.5);
      for (const file of order) scratch.index.update(note(file), notes.get(file)!, stamp(0));
      assert.deepStrictEqual(snapshot(live), snapshot(scratch), `step ${step}`);
      assert.strictEqual(new Set(live.content.cardsIn(MY_NOTES).map((c) => c.id)).size, live.content.cardsIn(MY_NOTES).length, 'no id twice');
    }
  });

  test('two notes with the same pinned id: one card, a warning, and no fix to offer beyond pinning by hand', () => {
    const { content, index } = setup(smallParser);
    index.update(note('a.md'), flashcards('Q one?::A {#mine}'), stamp(1));
    index.update(note('b.md'), flashcards('Q two?::B {#mine}'), stamp(1));
    assert.deepStrictEqual(content.cardsIn(MY_NOTES).map((c) => c.id), ['notes:mine']);
    const [warning] = warnings(index, 'b.md');
    assert.strictEqual(warning.fix, undefined);
    assert.match(warning.message, /pin it a different id/);
  });
});

suite('Notes index: the cache', () => {
  const rich = [
    '#flashcards #deck/crm',
    'Churn: customers who stop buying.',
    'What is churn?::Customers leaving',
    'Pinned?::Yes {#kept}',
    '!an unterminated cloze',
  ].join('\n');

  function indexed(parse: NoteParser = smallParser) {
    const world = setup(parse);
    world.index.batch(() => {
      world.index.update(note('deck/a.md'), rich, stamp(10, 500));
      world.index.update(note('files/b.md'), flashcards('Own?::File group'), stamp(11, 40));
      for (let i = 0; i < 20; i++) world.index.update(note(`plain/n${i}.md`), `# Note ${i}\n\nNothing to study.\n`, stamp(12 + i, 30));
    });
    return world;
  }

  function stampsOf(): Map<string, { mtime: number; size: number }> {
    const map = new Map<string, { mtime: number; size: number }>();
    map.set(noteUri('deck/a.md'), stamp(10, 500));
    map.set(noteUri('files/b.md'), stamp(11, 40));
    for (let i = 0; i < 20; i++) map.set(noteUri(`plain/n${i}.md`), stamp(12 + i, 30));
    return map;
  }

  test('a warm start restores every note exactly, through JSON, without parsing anything', () => {
    const original = indexed();
    const json = JSON.stringify(original.index.toCache());
    const warm = setup(smallParser);
    const stampMap = stampsOf();
    assert.strictEqual(warm.index.restore(JSON.parse(json), (uri) => stampMap.get(uri)), 22);
    assert.strictEqual(warm.parses(), 0);
    assert.deepStrictEqual(warm.content.cardsIn(MY_NOTES), original.content.cardsIn(MY_NOTES));
    assert.deepStrictEqual(warm.content.conceptsIn(MY_NOTES), original.content.conceptsIn(MY_NOTES));
    assert.deepStrictEqual(warm.content.noteTopics, original.content.noteTopics);
    assert.ok(!('uri' in warm.content.topic(deckTopicId('crm'))!), 'a deck has no URI, and gets none');
    for (const file of ['deck/a.md', 'files/b.md']) {
      assert.deepStrictEqual(warm.index.diagnostics(noteUri(file)), original.index.diagnostics(noteUri(file)));
      assert.deepStrictEqual(warm.index.pinnable(noteUri(file)), original.index.pinnable(noteUri(file)));
    }
    assert.ok(warm.index.isCurrent(noteUri('plain/n3.md'), stamp(15, 30)));
    assert.strictEqual(warm.changes.length, 1, 'one event for the whole warm start');
    assert.deepStrictEqual(JSON.stringify(warm.index.toCache()), json, 'saved again, the same cache');
  });

  test("every kind of card the pack has survives the cache (choices, items, key points, explanation)", () => {
    const kinds: NoteParser = (text, source) => {
      const parsed = smallParser(text, source);
      const base = parsed.cards[0];
      parsed.cards = [
        { ...base, id: 'notes:mc', kind: 'multipleChoice', choices: [{ text: 'Yes', correct: true }, { text: 'No', correct: false }], explanation: 'Because.' },
        { ...base, id: 'notes:list', kind: 'listRecall', items: ['one', 'two'], conceptId: 'notes:x#c', source: 'Payne & Frow (2013)' },
        { ...base, id: 'notes:essay', kind: 'essay', keyPoints: ['point'] },
        { ...base, id: 'notes:cloze', kind: 'cloze', prompt: 'The {{answer}}' },
      ];
      return parsed;
    };
    const original = setup(kinds);
    original.index.update(note('k.md'), flashcards('Q?::A'), stamp(1));
    const warm = setup(kinds);
    assert.strictEqual(warm.index.restore(JSON.parse(JSON.stringify(original.index.toCache())), () => stamp(1)), 1);
    assert.deepStrictEqual(warm.content.cardsIn(MY_NOTES), original.content.cardsIn(MY_NOTES));
  });

  test('a note changed or deleted since the cache was written is not restored, and an indexed note is not overwritten', () => {
    const original = indexed();
    const cache = JSON.parse(JSON.stringify(original.index.toCache()));
    const warm = setup(smallParser);
    warm.index.update(note('files/b.md'), flashcards('Newer?::Typed before the cache was read'));
    const stampMap = stampsOf();
    stampMap.set(noteUri('deck/a.md'), stamp(99, 500)); // changed on disk
    stampMap.delete(noteUri('plain/n0.md')); // deleted
    assert.strictEqual(warm.index.restore(cache, (uri) => stampMap.get(uri)), 19);
    assert.ok(!warm.index.has(noteUri('deck/a.md')));
    assert.ok(!warm.index.has(noteUri('plain/n0.md')));
    assert.deepStrictEqual(warm.content.cardsIn(MY_NOTES).map((c) => c.prompt), ['Newer?']);
  });

  test('a corrupt, foreign, older or other-grammar cache is ignored, never thrown', () => {
    const good = indexed().index.toCache();
    const garbage: unknown[] = [
      undefined, null, 42, 'notes', [], {}, { version: 1, notes: [] },
      { ...good, version: 1 }, { ...good, format: 'someone-else' }, { ...good, grammar: 'older' }, { ...good, notes: 'x' },
      { ...good, notes: [null, 3, ['x']] },
    ];
    for (const data of garbage) {
      const warm = setup(smallParser);
      assert.strictEqual(warm.index.restore(data, () => stamp(1)), 0, JSON.stringify(data)?.slice(0, 60));
      assert.strictEqual(warm.index.size, 0);
    }
  });

  test('a malformed note in the cache is skipped (read again later); the rest is restored', () => {
    const cache = JSON.parse(JSON.stringify(indexed().index.toCache()));
    const rows = cache.notes as unknown[][];
    const rowOf = (file: string) => {
      let uri = '';
      for (const row of rows) {
        uri = uri.slice(0, row[0] as number) + (row[1] as string);
        if (uri === noteUri(file)) return row;
      }
      throw new Error(file);
    };
    (rowOf('deck/a.md')[6] as { k: { kind: string }[] }).k[0].kind = 'limerick';
    rowOf('files/b.md')[6] = { t: 'not a topic' };
    rowOf('plain/n5.md')[2] = 'yesterday';
    const warm = setup(smallParser);
    const stampMap = stampsOf();
    assert.strictEqual(warm.index.restore(cache, (uri) => stampMap.get(uri)), 19);
    assert.ok(!warm.index.has(noteUri('deck/a.md')));
    assert.ok(!warm.index.has(noteUri('files/b.md')));
    assert.ok(warm.index.has(noteUri('plain/n6.md')), 'the URIs after a skipped row still read right');
    assert.deepStrictEqual(warm.content.cardsIn(MY_NOTES), []);
  });

  test('a cache written under another grammar is not used: a new grammar re-reads every note', () => {
    const content = new ContentIndex(tinyPack());
    const v1 = new NotesIndex(content, smallParser, { grammar: '0.1.0' });
    v1.update(note('a.md'), flashcards('Q?::A'), stamp(1));
    const cache = JSON.parse(JSON.stringify(v1.toCache()));
    assert.strictEqual(new NotesIndex(new ContentIndex(tinyPack()), smallParser, { grammar: '0.2.0' }).restore(cache, () => stamp(1)), 0);
    assert.strictEqual(new NotesIndex(new ContentIndex(tinyPack()), smallParser, { grammar: '0.1.0' }).restore(cache, () => stamp(1)), 1);
  });

  test('unsaved editor text is not cached: a reload reads the file', () => {
    const { index } = setup(smallParser);
    index.update(note('a.md'), flashcards('Q?::A'));
    index.update(note('b.md'), flashcards('Q2?::A'), stamp(1));
    assert.strictEqual(index.toCache().notes.length, 1);
  });

  test('a note that holds nothing costs its shortened URI and stamp, a few bytes', () => {
    const { index } = setup(smallParser);
    index.batch(() => {
      for (let i = 0; i < 1000; i++) index.update(note(`lectures/week-${String(i).padStart(4, '0')}.md`), '# Lecture\n\nPlain prose.\n', stamp(1719400000000 + i, 5000 + i));
    });
    const bytes = JSON.stringify(index.toCache()).length / 1000;
    // `[33,"1.md",1719400000001,5001],`: what the URI does not share with the previous one, the mtime and the size.
    assert.ok(bytes < 34, `${bytes.toFixed(1)} bytes per note`);
  });
});
