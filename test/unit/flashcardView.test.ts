// What the flashcards webview receives: every card kind rendered, hostile
// content inert in the HTML we send.
import * as assert from 'assert';
import { choiceOrder, renderClozeBack, toCardView } from '../../src/core/study/flashcardView';
import { Card } from '../../src/core/content/model';

const base = { conceptId: 'kam', topic: 'organisation', source: 'Buttle (2009)', file: 'x.md', line: 1 };
const context = { concept: { term: 'Key account management' }, topic: { title: 'Organisation' }, isNew: true };
const HOSTILE = 'Look <img src=x onerror=alert(1)> and <script>alert(2)</script> and [click](javascript:alert(3))';

/** Every HTML string of a view, to check all of them at once. */
function allHtml(view: ReturnType<typeof toCardView>): string {
  return [view.frontHtml, view.backHtml, view.explanationHtml ?? '', ...(view.items ?? []), ...(view.choices ?? []).map((c) => c.html)].join('\n');
}

function assertInert(html: string): void {
  assert.ok(!/<img/i.test(html), `an <img> element got through: ${html}`);
  assert.ok(!/<script/i.test(html), `a <script> element got through: ${html}`);
  assert.ok(!/href\s*=\s*["']?\s*javascript:/i.test(html), `a javascript: link got through: ${html}`);
  assert.ok(!/\son\w+\s*=/i.test(html.replace(/&lt;[^&]*&gt;/g, '')), `an event handler attribute got through: ${html}`);
}

suite('flashcard view-model', () => {
  test('a basic card shows the prompt on the front and the answer on the back', () => {
    const v = toCardView({ ...base, id: 'kam/q', kind: 'basic', prompt: 'What does **KAM** stand for?', answer: 'Key account management.' }, context);
    assert.match(v.frontHtml, /<strong>KAM<\/strong>/);
    assert.match(v.backHtml, /Key account management\./);
    assert.strictEqual(v.conceptTerm, 'Key account management');
    assert.strictEqual(v.topicTitle, 'Organisation');
  });

  test('a cloze hides the deletion on the front and highlights it on the back', () => {
    const prompt = 'Dwyer puts {{exploration}} before {{expansion::a phase}}.';
    const v = toCardView({ ...base, id: 'd/c', kind: 'cloze', prompt, answer: 'x' }, context);
    assert.ok(!v.frontHtml.includes('exploration'));
    assert.match(v.frontHtml, /\[a phase\]/);
    assert.strictEqual(v.backHtml.trim(), '<p>Dwyer puts <mark class="cloze-answer">exploration</mark> before <mark class="cloze-answer">expansion</mark>.</p>');
  });

  test('multiple choice carries each option with whether it is right, and the explanation', () => {
    const card: Card = {
      ...base, id: 's/mc', kind: 'multipleChoice', prompt: 'Which is NOT in STARTS?', answer: 'Cheap',
      choices: [{ text: 'Timely', correct: false }, { text: '*Cheap*', correct: true }], explanation: 'STARTS is about quality.',
    };
    const v = toCardView(card, context);
    assert.deepStrictEqual(v.choices, [{ html: 'Timely', correct: false, written: 0 }, { html: '<em>Cheap</em>', correct: true, written: 1 }]);
    assert.match(v.explanationHtml ?? '', /STARTS is about quality/);
  });

  const fourChoices: Card = {
    ...base, id: 's/four', kind: 'multipleChoice', prompt: 'Which is NOT in STARTS?', answer: 'Cheap',
    choices: [{ text: 'Cheap', correct: true }, { text: 'Timely', correct: false }, { text: 'Secure', correct: false }, { text: 'Shareable', correct: false }],
  };

  test('a showing\'s seed shuffles the options; each keeps its text, its rightness and its written place', () => {
    const v = toCardView(fourChoices, { ...context, choiceSeed: 7 });
    assert.deepStrictEqual(v.choices?.map((c) => c.written), choiceOrder(7, 4));
    assert.strictEqual(v.choiceSeed, 7);
    for (const shown of v.choices ?? []) {
      const written = fourChoices.choices![shown.written];
      assert.deepStrictEqual([shown.html, shown.correct], [written.text, written.correct]);
    }
    assert.strictEqual(v.choices?.filter((c) => c.correct).length, 1);
  });

  test('the same seed gives the same order (undo, reload); seeds differ in where the right option lands', () => {
    assert.deepStrictEqual(toCardView(fourChoices, { ...context, choiceSeed: 12345 }).choices, toCardView(fourChoices, { ...context, choiceSeed: 12345 }).choices);
    const rightLetters = new Map<number, number>();
    for (let seed = 1; seed <= 400; seed++) {
      const at = toCardView(fourChoices, { ...context, choiceSeed: seed }).choices!.findIndex((c) => c.correct);
      rightLetters.set(at, (rightLetters.get(at) ?? 0) + 1);
    }
    // Written first, the right option lands on each of A-D about a quarter of the time.
    assert.deepStrictEqual([...rightLetters.keys()].sort(), [0, 1, 2, 3]);
    for (const [, n] of rightLetters) assert.ok(n > 60 && n < 140, `a letter got the right option ${n} times of 400`);
    for (let seed = 0; seed < 50; seed++) assert.deepStrictEqual([...choiceOrder(seed, 4)].sort(), [0, 1, 2, 3]);
  });

  test('list recall says whether its order counts', () => {
    const card: Card = { ...base, id: 'l/o', kind: 'listRecall', prompt: 'Name the phases', answer: '1. A\n2. B', items: ['A', 'B'] };
    assert.strictEqual(toCardView({ ...card, ordered: true }, context).ordered, true);
    assert.strictEqual(toCardView({ ...card, ordered: false }, context).ordered, false);
    assert.strictEqual(toCardView(card, context).ordered, false);
  });

  test('list recall reveals the items; essay shows the key points to check against', () => {
    const list = toCardView({ ...base, id: 'l', kind: 'listRecall', prompt: 'Name the phases', answer: '1. Awareness\n2. Exploration', items: ['Awareness', 'Exploration'] }, context);
    assert.match(list.backHtml, /<ol>[\s\S]*Awareness[\s\S]*Exploration/);
    const essay = toCardView({ ...base, id: 'e', kind: 'essay', prompt: 'Discuss CRM', answer: '- a\n- b', keyPoints: ['Strategy, not only **technology**', 'Aligns functions'] }, context);
    assert.deepStrictEqual(essay.items, ['Strategy, not only <strong>technology</strong>', 'Aligns functions']);
  });

  test('an <img onerror>, a <script> and a javascript: link stay inert text on every kind of card', () => {
    const cards: Card[] = [
      { ...base, id: 'h/1', kind: 'basic', prompt: HOSTILE, answer: HOSTILE },
      { ...base, id: 'h/2', kind: 'cloze', prompt: `${HOSTILE} {{<img src=x onerror=alert(4)>::<script>x</script>}}`, answer: HOSTILE },
      { ...base, id: 'h/3', kind: 'multipleChoice', prompt: HOSTILE, answer: HOSTILE, choices: [{ text: HOSTILE, correct: true }, { text: 'b', correct: false }], explanation: HOSTILE },
      { ...base, id: 'h/4', kind: 'listRecall', prompt: HOSTILE, answer: HOSTILE, items: [HOSTILE] },
      { ...base, id: 'h/5', kind: 'essay', prompt: HOSTILE, answer: HOSTILE, keyPoints: [HOSTILE] },
    ];
    for (const card of cards) {
      const html = allHtml(toCardView(card, context));
      assertInert(html);
      assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'), `the text is still shown, escaped (${card.kind})`);
    }
    assertInert(renderClozeBack('{{<img src=x onerror=alert(1)>}}'));
  });
});
