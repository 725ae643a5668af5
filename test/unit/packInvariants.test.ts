// The pack-quality invariants of issue 16 over the bundled pack: no multiple
// choice position above 35%, an explanation on every multiple choice card,
// every list card saying whether order counts, no repeated prompt, and every
// card's source its concept's or its own (and naming the authors its prompt
// names). A failure lists every offending card id with its file and line:
//   npx mocha --config test/unit/.mocharc.json --grep invariant
// The checks are first run over small packs written to break each rule, so a
// pass over the bundled pack means something.

import * as assert from 'assert';
import { compilePack } from '../../src/core/content/packCompiler';
import { Pack } from '../../src/core/content/model';
import { bundledPack } from '../support/bundledPack';
import {
  citedAuthors, duplicatePrompts, listsWithoutOrder, mcPositionProblems, mcWithoutExplanation, normalisedPrompt, sourceProblems,
} from '../support/packInvariants';

function packOf(...conceptBlocks: string[][]): Pack {
  const text = ['# Topic', '', ...conceptBlocks.flatMap((b) => [...b, ''])].join('\n');
  const result = compilePack([{ path: 'fixture.md', text }]);
  assert.deepStrictEqual(result.diagnostics, [], 'the fixture itself parses');
  return result.pack;
}

const concept = (id: string, source: string, ...cards: string[]) =>
  [`## Concept ${id}`, `id: ${id}`, `source: ${source}`, '', `Definition of ${id}.`, '', '### Cards', '', ...cards];

const mc = (prompt: string, right: number, explained = true) => [
  `MC: ${prompt}`, ...[0, 1, 2, 3].map((i) => `- [${i === right ? 'x' : ' '}] option ${i}`), '', ...(explained ? ['Why each is right or wrong.', ''] : []),
];

/** Fails with every problem on a line of its own (no diff of two arrays to read). */
function expectNone(problems: string[]): void {
  if (problems.length) assert.fail(`${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
}

suite('pack invariants: the checks themselves', () => {
  test('a written position holding the right option on more than 35% of MC cards is reported with its cards', () => {
    const skewed = packOf(concept('a', 'Buttle (2009)', ...mc('One?', 0), ...mc('Two?', 0), ...mc('Three?', 1), ...mc('Four?', 2), ...mc('Five?', 3)));
    const problems = mcPositionProblems(skewed);
    assert.strictEqual(problems[0], 'position A holds the right option on 2 of 5 multiple choice cards (40%, at most 1 allowed): move it on 1 of these');
    assert.deepStrictEqual(problems.slice(1).map((p) => p.split(' ')[0]), ['a/one', 'a/two']);
    const balanced = packOf(concept('a', 'Buttle (2009)', ...mc('One?', 0), ...mc('Two?', 1), ...mc('Three?', 2), ...mc('Four?', 3)));
    assert.deepStrictEqual(mcPositionProblems(balanced), []);
  });

  test('an MC card without an explanation is reported', () => {
    const pack = packOf(concept('a', 'Buttle (2009)', ...mc('Explained?', 0), ...mc('Bare?', 1, false)));
    assert.deepStrictEqual(mcWithoutExplanation(pack), ['a/bare (fixture.md:19): no explanation after the options']);
  });

  test('a bare "List:" is reported; "(in order)" and "(any order)" pass', () => {
    const pack = packOf(concept('a', 'Buttle (2009)',
      'List: Name them.', '- x', '- y', '', 'List (in order): Name the steps.', '1. x', '2. y', '', 'List (any order): Name the groups.', '- x', '- y'));
    assert.deepStrictEqual(listsWithoutOrder(pack), ['a/name-them (fixture.md:11): write "List (in order):" or "List (any order):"']);
  });

  test('two cards whose prompts differ only in case, punctuation, Markdown or spacing are reported, across concepts', () => {
    const pack = packOf(
      concept('a', 'Buttle (2009)', 'Q: What is a *data mart*?', 'A: A small warehouse.'),
      concept('b', 'Buttle (2009)', 'Q: what is a data  mart', 'A: A subset.', '', 'Q: What is a data warehouse?', 'A: A store.'));
    assert.deepStrictEqual(duplicatePrompts(pack), ['b/what-is-a-data-mart (fixture.md:22): same prompt as a/what-is-a-data-mart (fixture.md:11)']);
    assert.strictEqual(normalisedPrompt(pack.cards[0]), 'what is a data mart');
  });

  test('authors come from concept sources and from citations in the text, "&" read as "and"', () => {
    const pack = packOf(
      concept('a', 'Payne & Frow (2005)', 'Q: What did Lin and Su (2003) add?', 'A: Depth.'),
      concept('b', 'Dwyer, Schurr & Oh (1987); Radcliffe (2001)', 'Q: Who?', 'A: As Mendoza et al. (2007) and Buttle\'s (2009) book say.'));
    assert.deepStrictEqual(citedAuthors(pack).map((a) => a.written).sort(),
      ['Buttle', 'Dwyer, Schurr and Oh', 'Lin and Su', 'Mendoza et al.', 'Payne and Frow', 'Radcliffe']);
  });

  test('a prompt naming a cited author missing from the card\'s source is reported; a stated source fixes it', () => {
    const pack = packOf(
      concept('a', 'Buttle (2004)',
        'Q: What did Lin and Su add about strategic CRM?', 'A: Depth.', '',
        'Q: What did Lin & Su say next?', 'A: More.', '', 'Source: Lin and Su (2003)', '',
        'Q: What does Buttle say?', 'A: Top-down.', '',
        'Q: Which of Li and Bernoff\'s ways fits?', 'A: Talking.', '',
        'Q: What does Dwyer\'s model start with?', 'A: Awareness.'),
      concept('b', 'Li & Bernoff (2011); Dwyer, Schurr & Oh (1987)', 'Q: What did Lin and Su (2003) find?', 'A: It is cited here.'));
    assert.deepStrictEqual(sourceProblems(pack), [
      'a/what-did-lin-and-su-add-about-strategic-crm (fixture.md:11): the prompt names Lin and Su but the card\'s source is "Buttle (2004)": add "Source: …" to the card',
      'a/which-of-li-and-bernoffs-ways-fits (fixture.md:22): the prompt names Li and Bernoff but the card\'s source is "Buttle (2004)": add "Source: …" to the card',
      'a/what-does-dwyers-model-start-with (fixture.md:25): the prompt names Dwyer, Schurr and Oh but the card\'s source is "Buttle (2004)": add "Source: …" to the card',
      'b/what-did-lin-and-su-2003-find (fixture.md:36): the prompt names Lin and Su but the card\'s source is "Li & Bernoff (2011); Dwyer, Schurr & Oh (1987)": add "Source: …" to the card',
    ]);
  });

  test('a card whose source is neither its concept\'s nor stated is reported', () => {
    const pack = packOf(concept('a', 'Buttle (2009)', 'Q: What?', 'A: That.'));
    pack.cards[0].source = 'Someone (1999)';
    assert.deepStrictEqual(sourceProblems(pack), ['a/what (fixture.md:11): source "Someone (1999)" is neither its concept\'s ("Buttle (2009)") nor stated with "Source:"']);
  });
});

suite('pack invariants: the bundled pack', () => {
  const pack = bundledPack();

  test('no written position holds the right option on more than 35% of the multiple choice cards', () => {
    const problems = mcPositionProblems(pack);
    expectNone(problems);
  });

  test('every multiple choice card has an explanation', () => {
    const problems = mcWithoutExplanation(pack);
    expectNone(problems);
  });

  test('every list card says whether order matters', () => {
    const problems = listsWithoutOrder(pack);
    expectNone(problems);
  });

  test('no two cards have the same prompt', () => {
    const problems = duplicatePrompts(pack);
    expectNone(problems);
  });

  test('every card\'s source is its concept\'s or its own, and names the authors its prompt names', () => {
    const problems = sourceProblems(pack);
    expectNone(problems);
  });
});
