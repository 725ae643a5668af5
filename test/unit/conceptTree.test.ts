// The shape of the Concepts sidebar: topics in course order, concepts, parts.

import * as assert from 'assert';
import { ConceptTreeModel, ConceptTreeNode, notesDescription, readinessTooltip, topicDescription } from '../../src/core/concepts/conceptTree';
import { ContentIndex } from '../../src/core/content/contentIndex';
import { PickStep, QuizFlow } from '../../src/core/quiz/quizPresenter';
import { QuizResultsStore } from '../../src/core/quiz/results';
import { Concept, MY_NOTES, Part, Topic } from '../../src/core/content/model';
import { deckTopic, fileTopic, noteCard, noteConcept, noteContent } from '../support/noteContent';
import { bundledIndex as realPack } from '../support/bundledPack';
import { compileFixture } from '../support/fixturePack';

function topic(id: string, title: string, order: number, summary: string): Topic {
  return { id, title, order, summary, file: `${id}.md`, line: 1 };
}

function concept(id: string, term: string, topicId: string, parts: Part[] = []): Concept {
  return {
    id, term, topic: topicId, aliases: [], acronyms: [], definition: `${term} is defined here.`, details: '',
    parts, source: `${term} (2001)`, related: [], file: `${topicId}.md`, line: 1,
  };
}

/**
 * The tree as indented rows, each with the text its label and tooltip are made
 * of (src/features/conceptTree/index.ts turns these into TreeItems): a topic's
 * title and summary, a concept's term, definition and source, a part's number,
 * name and description.
 */
function outline(model: ConceptTreeModel, node?: ConceptTreeNode, depth = 0): string[] {
  return model.children(node).flatMap((row) => {
    const text =
      row.kind === 'topic' ? [row.topic.title, row.topic.summary] :
      row.kind === 'notes' ? ['My notes'] :
      row.kind === 'concept' ? [row.concept.term, row.concept.uri ? `${row.concept.file}:${row.concept.line}` : `${row.concept.definition} (${row.concept.source})`] :
      row.kind === 'card' ? [`card ${row.card.prompt}`, `${row.card.file}:${row.card.line}`] :
      [`${row.index + 1}. ${row.part.name}`, row.part.description];
    const line = '  '.repeat(depth) + text.filter(Boolean).join(': ');
    return [line, ...outline(model, row, depth + 1)];
  });
}

suite('Concepts tree shape', () => {
  const pack = realPack();
  const tree = new ConceptTreeModel(pack);

  test('topics come first, in the pack\'s order, starting with Foundations', () => {
    const roots = tree.children();
    assert.strictEqual(roots.length, pack.topics.length);
    assert.strictEqual(roots[0].kind === 'topic' && roots[0].topic.title, 'Foundations');
    const orders = roots.map((r) => (r.kind === 'topic' ? r.topic.order : NaN));
    assert.deepStrictEqual(orders, [...orders].sort((a, b) => a - b));
  });

  test('Relationships expands to its concepts, SCOPE among them', () => {
    const relationships = tree.children().find((r) => r.kind === 'topic' && r.topicId === 'relationships')!;
    const concepts = tree.children(relationships);
    assert.deepStrictEqual(concepts.map((c) => c.kind === 'concept' && c.conceptId), pack.conceptsIn('relationships').map((c) => c.id));
    assert.ok(concepts.some((c) => c.kind === 'concept' && c.conceptId === 'scope'));
  });

  test('SCOPE expands to Suppliers, Customers, Owners, Partners, Employees in order', () => {
    const scope = tree.conceptNode('scope')!;
    const parts = tree.children(scope).map((p) => (p.kind === 'part' ? p.part.name : ''));
    assert.deepStrictEqual(parts.map((p) => p.split(' ')[0]), ['Suppliers', 'Customers', 'Owners', 'Partners', 'Employees']);
  });

  test('a concept without parts is a leaf', () => {
    const leaf = pack.concepts.find((c) => c.parts.length === 0)!;
    assert.deepStrictEqual(tree.children(tree.conceptNode(leaf.id)!), []);
    assert.strictEqual(tree.hasChildren(tree.conceptNode(leaf.id)!), false);
  });

  test('every row knows its parent, so the view can reveal a concept', () => {
    const scope = tree.conceptNode('scope')!;
    const topic = tree.parent(scope)!;
    assert.strictEqual(topic.kind === 'topic' && topic.topicId, 'relationships');
    assert.strictEqual(tree.parent(topic), undefined);
    const part = tree.children(scope)[2];
    assert.strictEqual(tree.parent(part), scope);
  });

  test('rows are the same objects every time (reveal and selection depend on it)', () => {
    const first = tree.children(tree.children()[0]);
    assert.strictEqual(tree.children(tree.children()[0])[0], first[0]);
    // "Reveal in Concepts" looks a concept up by id: it must get the row the view listed, not a copy.
    const organisation = tree.children().find((r) => r.kind === 'topic' && r.topicId === 'organisation')!;
    const listed = tree.children(organisation).find((r) => r.kind === 'concept' && r.conceptId === 'kam');
    assert.ok(listed, 'KAM is listed under Organisation');
    assert.strictEqual(tree.conceptNode('kam'), listed);
  });

  test('each row carries the topic or concept that Study and Quiz on it act on', () => {
    assert.deepStrictEqual(tree.children().map((r) => r.kind === 'topic' && r.topicId), pack.topics.map((t) => t.id));
    assert.strictEqual(tree.conceptNode('scope')!.conceptId, 'scope');
    const parts = tree.children(tree.conceptNode('scope')!);
    assert.deepStrictEqual(parts.map((p) => p.kind === 'part' && p.conceptId), ['scope', 'scope', 'scope', 'scope', 'scope']);
  });

  test('a small course reads as the sidebar shows it: topics and concepts in the order of the pack (the compiler decides it), numbered parts', () => {
    const small = new ConceptTreeModel(new ContentIndex({
      version: 1,
      topics: [topic('first', 'First topic', 1, ''), topic('later', 'Another topic', 2, 'Comes second.')],
      concepts: [
        concept('zeta', 'Zeta', 'first', [{ name: 'Plan', description: 'decide what to do' }, { name: 'Do', description: '' }]),
        concept('alpha', 'Alpha', 'first'),
        concept('beta', 'Beta', 'later'),
      ],
      cards: [],
    }));
    assert.deepStrictEqual(outline(small), [
      'First topic',
      '  Zeta: Zeta is defined here. (Zeta (2001))',
      '    1. Plan: decide what to do',
      '    2. Do',
      '  Alpha: Alpha is defined here. (Alpha (2001))',
      'Another topic: Comes second.',
      '  Beta: Beta is defined here. (Beta (2001))',
    ]);
  });

  test('an empty pack gives an empty tree (the view then shows its welcome text)', () => {
    assert.deepStrictEqual(new ConceptTreeModel(new ContentIndex({ version: 1, topics: [], concepts: [], cards: [] })).children(), []);
  });

  test('a topic reads "12 concepts", and "12 concepts · 3 due" with cards due', () => {
    assert.strictEqual(topicDescription(12, 0), '12 concepts');
    assert.strictEqual(topicDescription(1, 0), '1 concept');
    assert.strictEqual(topicDescription(12, 3), '12 concepts · 3 due');
  });

  test('once a card of it is studied, a topic reads its readiness: "62% · 4 due", "8%"', () => {
    assert.strictEqual(topicDescription(12, 4, 0.617), '62% · 4 due');
    assert.strictEqual(topicDescription(12, 0, 0.08), '8%');
    assert.strictEqual(topicDescription(12, 0, 0), '12 concepts', 'nothing studied yet: the concepts it holds');
    assert.strictEqual(notesDescription(2, 5, 1, 0.4), '40% · 5 cards · 1 due');
    assert.strictEqual(notesDescription(2, 5, 0, 0), '2 concepts · 5 cards');
    assert.strictEqual(readinessTooltip(0.62, 24), 'Predicted recall of its 24 cards now: 62%. New cards count as not known.');
  });
});

suite('topic order', () => {
  /** A topic file with one concept; `order` left out when undefined. */
  const topicFile = (file: string, title: string, order?: number) => ({
    path: `content/${file}`,
    text: `# ${title}\n${order === undefined ? '' : `order: ${order}\n`}\n## ${title} concept\nsource: Fixture (2024)\n\nA concept that exists so the topic has something to list.\n`,
  });
  // Two topics without `order:` tie; their titles sort the other way round from their files.
  const index = compileFixture([topicFile('b-zebra.md', 'Zebra'), topicFile('c-apple.md', 'Apple'), topicFile('a-first.md', 'First', 1)]);
  const expected = ['First', 'Zebra', 'Apple'];

  test('the pack lists topics by order, then by file, whatever their titles', () => {
    assert.deepStrictEqual(index.topics.map((t) => t.title), expected);
  });

  test('the sidebar lists tied topics as the pack does', () => {
    const roots = new ConceptTreeModel(index).children();
    assert.deepStrictEqual(roots.map((r) => (r.kind === 'topic' ? r.topic.title : '')), expected);
  });

  test('the quiz\'s topic step lists tied topics as the pack does', async () => {
    let shown: PickStep<unknown> | undefined;
    const ui = {
      pick: async <T>(step: PickStep<T>) => ((shown ??= step as PickStep<unknown>), undefined),
      input: async () => undefined,
      confirmEnd: async () => true,
      notify: () => undefined,
    };
    const results = new QuizResultsStore({ get: () => undefined, update: () => undefined }, 'k');
    await new QuizFlow(ui, { index, results, openConcept: () => undefined }).run();
    const topics = shown!.items.slice(shown!.items.findIndex((i) => i.separator && i.label === 'Topics') + 1);
    assert.deepStrictEqual(topics.map((i) => i.label), expected);
  });
});

suite('Concepts tree: My notes', () => {
  const smallPack = () => new ContentIndex({
    version: 1,
    topics: [topic('first', 'First topic', 1, '')],
    concepts: [concept('alpha', 'Alpha', 'first')],
    cards: [],
  });
  const week3 = fileTopic('notes/week3.md');
  const deck = deckTopic('crm/week4', 'notes/week4.md');
  const flywheel = noteConcept('notes:flywheel', 'Loyalty flywheel', week3, 'notes/week3.md', { line: 3, parts: [{ name: 'Attract', description: '' }, { name: 'Keep', description: '' }] });
  const flywheelCard = noteCard('notes:fw-q', 'What turns the flywheel?', 'Loyal customers', week3, 'notes/week3.md', 9, flywheel.id);
  const loose = noteCard('notes:loose', 'CLV stands for', 'Customer lifetime value', week3, 'notes/week3.md', 12);
  const deckCard = noteCard('notes:deck', 'RFM stands for', 'Recency, frequency, monetary', deck, 'notes/week4.md', 2);

  test('without notes there is no My notes row', () => {
    const tree = new ConceptTreeModel(smallPack());
    assert.deepStrictEqual(outline(tree), ['First topic', '  Alpha: Alpha is defined here. (Alpha (2001))']);
    assert.strictEqual(tree.hasNotes, false);
  });

  test('notes read as the sidebar shows them: My notes after the topics, decks before files, concepts with parts and cards, then loose cards', () => {
    const index = smallPack();
    index.setNote(week3.uri!, noteContent(week3, [flywheel], [flywheelCard, loose]));
    index.setNote('file:///workspace/notes/week4.md', noteContent(deck, [], [deckCard]));
    assert.deepStrictEqual(outline(new ConceptTreeModel(index)), [
      'First topic',
      '  Alpha: Alpha is defined here. (Alpha (2001))',
      'My notes',
      '  crm/week4',
      '    card RFM stands for: notes/week4.md:2',
      '  week3',
      '    Loyalty flywheel: notes/week3.md:3',
      '      1. Attract',
      '      2. Keep',
      '      card What turns the flywheel?: notes/week3.md:9',
      '    card CLV stands for: notes/week3.md:12',
    ]);
  });

  test('Study and Quiz on My notes act on every note; on a group, on that group', () => {
    const index = smallPack();
    index.setNote(week3.uri!, noteContent(week3, [flywheel], [loose]));
    const tree = new ConceptTreeModel(index);
    const notes = tree.children().at(-1)!;
    assert.strictEqual(notes.kind === 'notes' && notes.topicId, MY_NOTES);
    const [group] = tree.children(notes);
    assert.strictEqual(group.kind === 'topic' && group.topicId, week3.id);
  });

  test('a note appearing later adds My notes (the whole tree redraws once); more notes redraw only My notes', () => {
    const index = smallPack();
    const tree = new ConceptTreeModel(index);
    const packRows = tree.children();
    const alpha = tree.conceptNode('alpha');
    const refreshes: string[] = [];
    index.onDidChange((change) => {
      const r = tree.update(change);
      refreshes.push(r.kind === 'notes' ? `notes:${r.node.id}` : r.kind);
    });
    index.setNote(week3.uri!, noteContent(week3, [flywheel], [loose]));
    index.setNote('file:///workspace/notes/week4.md', noteContent(deck, [], [deckCard]));
    assert.deepStrictEqual(refreshes, ['root', 'notes:notes']);
    assert.strictEqual(tree.children()[0], packRows[0], 'the pack\'s rows stay the same objects');
    assert.strictEqual(tree.conceptNode('alpha'), alpha);
    assert.strictEqual(tree.parent(tree.conceptNode(flywheel.id)!), tree.groupNode(week3.id));
    assert.strictEqual(tree.parent(tree.groupNode(week3.id)!), tree.notesNode);
  });

  test('a note saved again rebuilds its group only; the other group keeps its rows', () => {
    const index = smallPack();
    index.setNote(week3.uri!, noteContent(week3, [flywheel], [loose]));
    index.setNote('file:///workspace/notes/week4.md', noteContent(deck, [], [deckCard]));
    const tree = new ConceptTreeModel(index);
    index.onDidChange((change) => tree.update(change));
    const deckRow = tree.cardNode(deckCard.id);
    const deckGroup = tree.groupNode(deck.id);
    const week3Group = tree.groupNode(week3.id);
    const renamed = { ...flywheel, term: 'Loyalty loop' };
    index.setNote(week3.uri!, noteContent(fileTopic('notes/week3.md'), [renamed], [loose]));
    assert.strictEqual(tree.cardNode(deckCard.id), deckRow, 'untouched group, same rows');
    assert.strictEqual(tree.groupNode(deck.id), deckGroup);
    assert.strictEqual(tree.groupNode(week3.id), week3Group, 'the group row stays while the group lasts');
    assert.strictEqual(tree.conceptNode(flywheel.id)!.concept.term, 'Loyalty loop');
    assert.ok(outline(tree).includes('    Loyalty loop: notes/week3.md:3'));
  });

  test('removing the last note removes My notes and every row of it', () => {
    const index = smallPack();
    index.setNote(week3.uri!, noteContent(week3, [flywheel], [flywheelCard, loose]));
    const tree = new ConceptTreeModel(index);
    const changes: string[] = [];
    index.onDidChange((change) => changes.push(tree.update(change).kind));
    index.setNote(week3.uri!, undefined);
    assert.deepStrictEqual(changes, ['root']);
    assert.deepStrictEqual(outline(tree), ['First topic', '  Alpha: Alpha is defined here. (Alpha (2001))']);
    assert.strictEqual(tree.conceptNode(flywheel.id), undefined);
    assert.strictEqual(tree.cardNode(loose.id), undefined);
    assert.strictEqual(tree.groupNode(week3.id), undefined);
  });

  test('My notes and its groups read "2 concepts · 5 cards · 1 due"; a group of cards only, "3 cards"', () => {
    assert.strictEqual(notesDescription(2, 5, 1), '2 concepts · 5 cards · 1 due');
    assert.strictEqual(notesDescription(0, 3, 0), '3 cards');
    assert.strictEqual(notesDescription(1, 0, 0), '1 concept');
    assert.strictEqual(notesDescription(0, 1, 0), '1 card');
  });
});
