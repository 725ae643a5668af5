// The student's own terms in the term matcher: a note's concepts are found in
// every note as soon as they are added, gone as soon as they are removed, and a
// phrase the pack and a note both define still finds the pack's concept, with
// the student's beside it.

import * as assert from 'assert';
import { TermMatcher } from '../../src/core/notes/termMatcher';
import { bundledIndex as realPack } from '../support/bundledPack';
import { fileTopic, noteConcept } from '../support/noteContent';

const pack = realPack();
const week3 = fileTopic('notes/week3.md');
const glossary = fileTopic('glossary.md');

const names = (line: string, m: TermMatcher) => m.matchesInLine(line).map((x) => `${x.text}→${x.concept.id}${x.also.length ? `+${x.also.map((c) => c.id).join('+')}` : ''}`);

suite('Term matcher: the student\'s own terms', () => {
  test('a note concept added to a built matcher is found by its term, alias and acronym', () => {
    const matcher = TermMatcher.build(pack.concepts);
    const before = matcher.version;
    const flywheel = noteConcept('notes:flywheel', 'Loyalty flywheel', week3, 'notes/week3.md', { acronyms: ['LFW'], aliases: ['retention wheel'] });
    assert.deepStrictEqual(names('the loyalty flywheel spins', matcher), []);
    matcher.add([flywheel]);
    assert.deepStrictEqual(names('The loyalty flywheel spins; LFW for short, a retention wheel.', matcher), [
      'loyalty flywheel→notes:flywheel', 'LFW→notes:flywheel', 'retention wheel→notes:flywheel',
    ]);
    assert.deepStrictEqual(names('loyalty flywheels turn', matcher), ['loyalty flywheels→notes:flywheel'], 'plural of a student\'s term');
    assert.deepStrictEqual(names('lfw in lower case is not the acronym', matcher), []);
    assert.ok(matcher.version > before, 'the version moves so caches of matches are dropped');
  });

  test('removing a note concept takes exactly its phrases out; the pack stays whole', () => {
    const matcher = TermMatcher.build(pack.concepts);
    const phrases = matcher.phraseCount;
    const a = noteConcept('notes:a', 'Loyalty flywheel', week3, 'notes/week3.md');
    const b = noteConcept('notes:b', 'Loyalty ladder', glossary, 'glossary.md');
    matcher.add([a, b]);
    assert.strictEqual(matcher.phraseCount, phrases + 2);
    matcher.remove([a]);
    assert.deepStrictEqual(names('the loyalty flywheel and the loyalty ladder', matcher), ['loyalty ladder→notes:b']);
    matcher.remove([b]);
    assert.deepStrictEqual(names('the loyalty flywheel and the loyalty ladder', matcher), []);
    assert.strictEqual(matcher.phraseCount, phrases);
    assert.strictEqual(matcher.matchAt('Our KAM team', 5)?.concept.id, 'kam');
  });

  test('a prefix shared by two phrases keeps working when one of them goes', () => {
    const matcher = TermMatcher.build([]);
    const short = noteConcept('notes:short', 'Loyalty', week3, 'notes/week3.md');
    const long = noteConcept('notes:long', 'Loyalty ladder rung', glossary, 'glossary.md');
    matcher.add([short, long]);
    assert.deepStrictEqual(names('a loyalty ladder rung', matcher), ['loyalty ladder rung→notes:long']);
    matcher.remove([long]);
    assert.deepStrictEqual(names('a loyalty ladder rung', matcher), ['loyalty→notes:short']);
    matcher.add([long]);
    matcher.remove([short]);
    assert.deepStrictEqual(names('a loyalty ladder rung, loyalty alone', matcher), ['loyalty ladder rung→notes:long']);
  });

  test('a note saved again replaces its concepts: the old term goes, the new one comes (apply, as the content index reports it)', () => {
    const matcher = TermMatcher.build(pack.concepts);
    const old = noteConcept('notes:x', 'Loyalty flywheel', week3, 'notes/week3.md');
    matcher.add([old]);
    const renamed = { ...old, term: 'Loyalty loop' };
    matcher.apply({ removedConcepts: [old], addedConcepts: [renamed] });
    assert.deepStrictEqual(names('a loyalty flywheel is a loyalty loop', matcher), ['loyalty loop→notes:x']);
  });

  test('where the student defines a course term too, the pack\'s concept still matches and theirs comes with it', () => {
    const matcher = TermMatcher.build(pack.concepts);
    const mine = noteConcept('notes:my-kam', 'Key account management', week3, 'notes/week3.md', { acronyms: ['KAM'] });
    matcher.add([mine]);
    const kam = matcher.matchAt('Our KAM team', 5)!;
    assert.strictEqual(kam.concept.id, 'kam');
    assert.deepStrictEqual(kam.also.map((c) => c.id), ['notes:my-kam']);
    const phrase = matcher.matchAt('key account management matters', 3)!;
    assert.strictEqual(phrase.concept.id, 'kam');
    assert.deepStrictEqual(phrase.also.map((c) => c.id), ['notes:my-kam']);
    matcher.remove([mine]);
    assert.deepStrictEqual(matcher.matchAt('Our KAM team', 5)!.also, []);
  });

  test('two notes defining the same term: the first added wins, the other comes with it, and either can go', () => {
    const matcher = TermMatcher.build([]);
    const first = noteConcept('notes:one', 'Loyalty flywheel', week3, 'notes/week3.md');
    const second = noteConcept('notes:two', 'Loyalty flywheel', glossary, 'glossary.md');
    matcher.add([first]);
    matcher.add([second]);
    assert.deepStrictEqual(names('the loyalty flywheel', matcher), ['loyalty flywheel→notes:one+notes:two']);
    matcher.remove([first]);
    assert.deepStrictEqual(names('the loyalty flywheel', matcher), ['loyalty flywheel→notes:two']);
  });

  test('a student\'s term in the plural of a course term still finds the course\'s concept first, theirs with it', () => {
    const matcher = TermMatcher.build(pack.concepts);
    const clv = matcher.matchAt('customer lifetime value', 3)!.concept;
    const mine = noteConcept('notes:clv', 'customer lifetime values', week3, 'notes/week3.md');
    matcher.add([mine]);
    for (const line of ['customer lifetime values', 'customer lifetime value']) {
      const match = matcher.matchAt(line, 3)!;
      assert.strictEqual(match.concept.id, clv.id, line);
      assert.deepStrictEqual(match.also.map((c) => c.id), ['notes:clv'], line);
    }
  });

  test('a course term written in the plural by the pack keeps its singular when a student writes the singular', () => {
    const matcher = TermMatcher.build(pack.concepts);
    const plural = pack.concepts.find((c) => /s$/.test(c.term) && !/ss$/.test(c.term) && matcher.matchAt(c.term.slice(0, -1), 1)?.concept.id === c.id)!;
    assert.ok(plural, 'the pack has a term in the plural');
    const mine = noteConcept('notes:singular', plural.term.slice(0, -1), week3, 'notes/week3.md');
    matcher.add([mine]);
    const match = matcher.matchAt(plural.term.slice(0, -1), 1)!;
    assert.strictEqual(match.concept.id, plural.id);
    assert.deepStrictEqual(match.also.map((c) => c.id), ['notes:singular']);
  });

  test('adding the same concept twice or removing one never added changes nothing', () => {
    const matcher = TermMatcher.build([]);
    const a = noteConcept('notes:a', 'Loyalty flywheel', week3, 'notes/week3.md');
    matcher.add([a]);
    const version = matcher.version;
    matcher.add([a]);
    matcher.remove([noteConcept('notes:a', 'Loyalty flywheel', week3, 'notes/week3.md')]);
    assert.strictEqual(matcher.version, version);
    assert.deepStrictEqual(names('loyalty flywheel', matcher), ['loyalty flywheel→notes:a']);
  });

  test('the student\'s concepts never count as conflicts of the pack', () => {
    const matcher = TermMatcher.build(pack.concepts);
    matcher.add([noteConcept('notes:scope', 'SCOPE', week3, 'notes/week3.md')]);
    assert.deepStrictEqual(matcher.conflicts, []);
  });
});
