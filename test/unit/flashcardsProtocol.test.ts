// What the extension accepts from the flashcards webview: every message the
// panel's script sends gets through, anything else is dropped rather than
// acted on, and a state restored after a reload comes back usable.

import * as assert from 'assert';
import { FromWebview, isFromWebview, MAX_REVIEW_DURATION_MS, reviewDuration, toPanelState } from '../../src/shared/flashcardsProtocol';

suite('Messages from the flashcards panel', () => {
  test('every message the panel sends is accepted', () => {
    const sent: FromWebview[] = [
      { type: 'ready' },
      { type: 'rendered', cardId: 'kam/why-kam' },
      { type: 'grade', cardId: 'kam/why-kam', grade: 'again' },
      { type: 'grade', cardId: 'kam/why-kam', grade: 'easy' },
      { type: 'undo' },
      { type: 'configure', mode: 'cram', shuffle: true },
      { type: 'configure', mode: 'due', topicId: 'relationships', conceptId: 'scope', shuffle: false },
      { type: 'restart' },
      { type: 'showConcept', conceptId: 'kam' },
      { type: 'openNote', cardId: 'notes:clv' },
    ];
    for (const message of sent) assert.strictEqual(isFromWebview(message), true, JSON.stringify(message));
  });

  test('a malformed or unknown message is refused, so no grade or filter is ever made up', () => {
    const refused: unknown[] = [
      undefined, null, 'ready', 42, [],
      {},
      { type: 'delete-everything' },
      { type: 'rendered' },
      { type: 'grade', cardId: 'kam/why-kam', grade: 'perfect' },
      { type: 'grade', grade: 'good' },
      { type: 'configure', mode: 'review', shuffle: false },
      { type: 'configure', mode: 'due', shuffle: 'yes' },
      { type: 'configure', mode: 'due', shuffle: false, topicId: 3 },
      { type: 'configure', mode: 'due', shuffle: false, conceptId: null },
      { type: 'showConcept', conceptId: { id: 'kam' } },
      { type: 'openNote' },
      { type: 'openNote', cardId: 7 },
    ];
    for (const message of refused) assert.strictEqual(isFromWebview(message), false, JSON.stringify(message));
  });
});

suite('Panel state restored after a reload', () => {
  test('a saved state comes back as it was', () => {
    const saved = {
      mode: 'cram', topicId: 'relationships', conceptId: 'scope', shuffle: true, seed: 1234, stats: { reviewed: 5, again: 1, hard: 1, good: 2, easy: 1 },
      showing: { cardId: 'starts/which-is-not', seed: 98765 },
    };
    assert.deepStrictEqual(toPanelState(JSON.parse(JSON.stringify(saved))), saved);
  });

  test('nothing saved (a first open) gives due mode, in order, over the whole course', () => {
    for (const nothing of [undefined, null, 'garbage', 7]) {
      assert.deepStrictEqual(toPanelState(nothing), { mode: 'due', shuffle: false, seed: 1 });
    }
  });

  test('damaged fields fall back one by one and the rest is kept', () => {
    const state = toPanelState({
      mode: 'review', topicId: '', conceptId: 9, shuffle: 'true', seed: Number.NaN,
      stats: { reviewed: 4, again: -1, hard: 1.5, good: '2', easy: 1 },
    });
    assert.deepStrictEqual(state, { mode: 'due', shuffle: false, seed: 1, stats: { reviewed: 4, again: 0, hard: 0, good: 0, easy: 1 } });
    assert.strictEqual(toPanelState({ seed: Infinity }).seed, 1);
  });

  test('a damaged showing (the option order of the card on screen) is dropped, the rest kept', () => {
    for (const showing of [{ cardId: 'x' }, { cardId: 3, seed: 4 }, { cardId: 'x', seed: 1.5 }, 'x']) {
      assert.deepStrictEqual(toPanelState({ mode: 'cram', seed: 5, showing }), { mode: 'cram', shuffle: false, seed: 5 });
    }
  });
});

suite('flashcards protocol: a grade\'s duration', () => {
  test('a grade with a duration is accepted, and one with a bad duration still counts (the duration as 0)', () => {
    assert.ok(isFromWebview({ type: 'grade', cardId: 'kam/why-kam', grade: 'good', durationMs: 4200 }));
    assert.ok(isFromWebview({ type: 'grade', cardId: 'kam/why-kam', grade: 'good', durationMs: 'soon' }));
    assert.strictEqual(reviewDuration(4200.4), 4200);
    assert.strictEqual(reviewDuration(undefined), 0);
    assert.strictEqual(reviewDuration(-5), 0);
    assert.strictEqual(reviewDuration(Number.NaN), 0);
    assert.strictEqual(reviewDuration(Infinity), 0);
  });

  test('a student who walked away from a card counts at most the cap, not the hour', () => {
    assert.strictEqual(MAX_REVIEW_DURATION_MS, 600_000);
    assert.strictEqual(reviewDuration(3_600_000), MAX_REVIEW_DURATION_MS);
  });
});
