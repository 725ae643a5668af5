// What Study, Quiz and the concept commands act on, for every way they can be
// invoked: the palette (nothing), another command (an id), a Concepts row
// (context menu) or a concept page's address.

import * as assert from 'assert';
import { conceptPageAddress } from '../../src/core/concepts/conceptPage';
import { ConceptTreeModel } from '../../src/core/concepts/conceptTree';
import { conceptIdFromUri, conceptIdOf, toStudyTarget, UriParts } from '../../src/vscode/commandArgs';
import { MY_NOTES } from '../../src/core/content/model';
import { bundledIndex as realPack } from '../support/bundledPack';

const pack = realPack();
const tree = new ConceptTreeModel(pack);
const isTopic = (id: string) => pack.topic(id) !== undefined;

/** A URI as VS Code hands it to a command, parsed from the address the concept page really uses. */
function uriOf(address: string): UriParts {
  const url = new URL(address);
  return { scheme: url.protocol.replace(/:$/, ''), query: url.search.replace(/^\?/, '') };
}

suite('Study / Quiz command arguments', () => {
  test('from the palette (no argument) the whole course is studied', () => {
    assert.deepStrictEqual(toStudyTarget(undefined, isTopic), {});
    assert.deepStrictEqual(toStudyTarget(null, isTopic), {});
  });

  test('an id names a topic when the pack has that topic, a concept otherwise', () => {
    assert.deepStrictEqual(toStudyTarget('relationships', isTopic), { topicId: 'relationships' });
    assert.deepStrictEqual(toStudyTarget('scope', isTopic), { conceptId: 'scope' });
  });

  test('"Study" on a topic row studies the topic; on a concept or a part row, that concept', () => {
    const topicRow = tree.children().find((r) => r.kind === 'topic' && r.topicId === 'relationships')!;
    const conceptRow = tree.conceptNode('scope')!;
    const partRow = tree.children(conceptRow)[0];
    assert.deepStrictEqual(toStudyTarget(topicRow, isTopic), { topicId: 'relationships' });
    assert.deepStrictEqual(toStudyTarget(conceptRow, isTopic), { conceptId: 'scope' });
    assert.deepStrictEqual(toStudyTarget(partRow, isTopic), { conceptId: 'scope' });
  });

  test('an argument that names neither gives the whole course, not an error', () => {
    assert.deepStrictEqual(toStudyTarget(42, isTopic), {});
    assert.deepStrictEqual(toStudyTarget({ topicId: 7 }, isTopic), {});
  });
});

suite('Concept command arguments', () => {
  test('a concept id, a Concepts row or { conceptId } all name that concept', () => {
    assert.strictEqual(conceptIdOf('kam'), 'kam');
    assert.strictEqual(conceptIdOf(tree.conceptNode('scope')), 'scope');
    assert.strictEqual(conceptIdOf(tree.children(tree.conceptNode('scope')!)[2]), 'scope');
    assert.strictEqual(conceptIdOf({ conceptId: 'clv' }), 'clv');
  });

  test('a concept page address names the concept it shows', () => {
    const scope = pack.concept('scope')!;
    assert.strictEqual(conceptIdOf(uriOf(conceptPageAddress(scope))), 'scope');
    assert.strictEqual(conceptIdFromUri(uriOf(conceptPageAddress({ id: 'a-b', term: 'A / B?' }))), 'a-b');
  });

  test('any other URI, a topic row or nothing names no concept', () => {
    assert.strictEqual(conceptIdOf(uriOf('file:///notes/kam.md?id=kam')), undefined);
    assert.strictEqual(conceptIdOf(tree.children()[0]), undefined);
    assert.strictEqual(conceptIdOf(undefined), undefined);
    assert.strictEqual(conceptIdOf({ conceptId: 3 }), undefined);
  });
});

suite('Study targets over the student\'s notes', () => {
  const groups = new Set(['notes:deck/crm/week3', 'notes:file/week4.md']);
  const isTopic = (id: string) => groups.has(id) || id === 'relationships';

  test('"My notes" and each group of notes are topics; a note concept id with the same prefix stays a concept', () => {
    assert.deepStrictEqual(toStudyTarget(MY_NOTES, isTopic), { topicId: MY_NOTES });
    assert.deepStrictEqual(toStudyTarget('notes:deck/crm/week3', isTopic), { topicId: 'notes:deck/crm/week3' });
    assert.deepStrictEqual(toStudyTarget('notes:concept/flywheel', isTopic), { conceptId: 'notes:concept/flywheel' });
  });

  test('the My notes row and a group row study what they show', () => {
    assert.deepStrictEqual(toStudyTarget({ kind: 'notes', topicId: MY_NOTES }, isTopic), { topicId: MY_NOTES });
    assert.deepStrictEqual(toStudyTarget({ kind: 'topic', topicId: 'notes:file/week4.md' }, isTopic), { topicId: 'notes:file/week4.md' });
  });
});
