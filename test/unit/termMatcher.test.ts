// What a student sees while typing notes: which words the extension recognises
// as course terms. Every term, alias and acronym of the real pack must be found
// in a sentence, and ordinary words that merely look like terms must not be.

import * as assert from 'assert';
import { Concept } from '../../src/core/content/model';
import { codeSpanRanges, TermMatcher } from '../../src/core/notes/termMatcher';
import { bundledIndex as realPack } from '../support/bundledPack';

const pack = realPack();
const matcher = TermMatcher.build(pack.concepts);

/** "text→concept-id" for each match, the shape the tables below are written in. */
function found(line: string, m: TermMatcher = matcher): string[] {
  return m.matchesInLine(line).map((x) => `${x.text}→${x.concept.id}`);
}

suite('Term matcher: every term of the pack', () => {
  test('the pack has concepts to match and no two concepts claim the same phrase', () => {
    assert.ok(pack.concepts.length > 0);
    assert.ok(matcher.phraseCount >= pack.concepts.length);
    assert.deepStrictEqual(matcher.conflicts, []);
  });

  for (const concept of pack.concepts) {
    const phrases = [...new Set([concept.term, ...concept.aliases, ...concept.acronyms])];
    test(`${concept.id}: ${phrases.map((p) => `"${p}"`).join(', ')} each resolve to ${concept.id} in a sentence`, () => {
      for (const phrase of phrases) {
        const line = `In Tuesday's lecture we covered ${phrase} in detail.`;
        const at = line.indexOf(phrase);
        for (const character of [at, at + Math.floor(phrase.length / 2)]) {
          const match = matcher.matchAt(line, character);
          assert.ok(match, `nothing found at "${phrase}" in: ${line}`);
          assert.strictEqual(match.concept.id, concept.id, `"${phrase}" resolved to ${match.concept.id}`);
        }
        // A comma ends a match, so a term that holds one is found by its first part only.
        if (!phrase.includes(',')) {
          const match = matcher.matchAt(line, at)!;
          assert.deepStrictEqual([match.start, match.end], [at, at + phrase.length], `"${phrase}" matched only "${match.text}"`);
        }
        const hasCapitalWord = /\b[A-Z][A-Z0-9]+s?\b/.test(phrase);
        if (!hasCapitalWord) {
          assert.strictEqual(matcher.matchAt(phrase.toLowerCase(), 0)?.concept.id, concept.id, `lower case "${phrase.toLowerCase()}"`);
          assert.strictEqual(matcher.matchAt(phrase.toUpperCase(), 0)?.concept.id, concept.id, `heading in capitals "${phrase.toUpperCase()}"`);
        }
      }
    });
  }
});

suite('Term matcher: tricky and negative cases', () => {
  const cases: Array<[string, string, string[]]> = [
    ['a word containing an acronym is no term', 'Look at it under the MICROSCOPE.', []],
    ['a name starting like an acronym is no term', 'Kamala presented first.', []],
    ['an acronym with a suffix is no term', 'The project was SCOPED last week.', []],
    ['letters after an acronym make another word', 'the rfmx score and RFMX', []],
    ['an acronym in lower case is an ordinary word', 'the kam and the rfm and the clv', []],
    ['"scope" as an ordinary word does not give SCOPE', 'That is out of scope for this essay.', []],
    ['"Scope" at the start of a sentence is still ordinary', 'Scope creep ruined the project.', []],
    ['"starts" as an ordinary verb does not give STARTS', 'The lecture starts at nine. Starts late.', []],
    ['an acronym in brackets', 'Key people (KAM) meet monthly.', ['KAM→kam']],
    ['an acronym before a full stop', 'We discussed KAM.', ['KAM→kam']],
    ["an acronym's possessive", "KAM's main job", ["KAM's→kam"]],
    ['an acronym with a curly possessive', 'KAM’s main job', ['KAM’s→kam']],
    ['an acronym in the plural', 'Two KAMs and their CLVs', ['KAMs→kam', 'CLVs→clv']],
    ['a plural term finds its singular concept', 'We listed our key accounts.', ['key accounts→key-account']],
    ['a title-case plural', 'Key Accounts matter.', ['Key Accounts→key-account']],
    ['the longest match wins over a shorter term', 'Key account management is a structure.', ['Key account management→kam']],
    ['"customer lifetime value" beats anything shorter', 'Estimate the customer lifetime value.', ['customer lifetime value→clv']],
    ['a term at the start of the line', 'KAM teams are small', ['KAM→kam']],
    ['a term at the end of the line', 'ask about SCOPE', ['SCOPE→scope']],
    ['nothing inside an inline code span', 'type `KAM` or `SCOPE` here', []],
    ['nothing inside a double-backtick code span', 'the ``KAM and `SCOPE` `` snippet', []],
    ['text after a code span still matches', '`code` then KAM', ['KAM→kam']],
    ['a backtick that is never closed is plain text', 'a stray ` before KAM', ['KAM→kam']],
    ['hyphenated and spaced forms meet', 'multi-channel integration vs multi channel integration', ['multi-channel integration→multichannel-integration-process', 'multi channel integration→multichannel-integration-process']],
    ['the solid form', 'multichannel integration', ['multichannel integration→multichannel-integration-process']],
    ['extra whitespace between words', 'customer   lifetime\tvalue', ['customer   lifetime\tvalue→clv']],
    ['a hyphen between the words of a term', 'the key-account list', ['key-account→key-account']],
    ['an acronym in a hyphenated word', 'KAM-based teams and SCOPE-style lists', ['KAM→kam', 'SCOPE→scope']],
    ['several acronyms in one line', 'SCOPE, RFM and CLV; IDIC/STARTS', ['SCOPE→scope', 'RFM→rfm', 'CLV→clv', 'IDIC→idic', 'STARTS→starts']],
    ['a full stop ends a match', 'the key. Account management', []],
    ['a curly apostrophe inside a term', 'Dwyer’s five phases', ['Dwyer’s five phases→dwyer-phases']],
    ['a heading in capitals', 'KEY ACCOUNT MANAGEMENT', ['KEY ACCOUNT MANAGEMENT→kam']],
    ['emphasis around a term', '**KAM** and _SCOPE_', ['KAM→kam', 'SCOPE→scope']],
    ['an acronym inside a word with digits is no term', 'KAM2 and 2KAM', []],
    ['a colon between words ends a match', 'Gartner lists for CRM: vision, strategy', ['CRM→crm']],
    ['a slash between acronyms keeps them apart', 'IDIC/STARTS', ['IDIC→idic', 'STARTS→starts']],
  ];
  for (const [name, line, expected] of cases) {
    test(`${name}: ${JSON.stringify(line)}`, () => {
      assert.deepStrictEqual(found(line), expected);
    });
  }

  test('hovering any character of a term, or just past it, finds it; the space before does not', () => {
    const line = 'Our KAM team';
    assert.strictEqual(matcher.matchAt(line, 3), undefined);
    for (const ch of [4, 5, 6, 7]) assert.strictEqual(matcher.matchAt(line, ch)?.concept.id, 'kam', `at ${ch}`);
    assert.strictEqual(matcher.matchAt(line, 8), undefined);
  });

  test('a very long line is searched near the position only, with the same answer', () => {
    const line = `${'filler words here '.repeat(2000)}our KAM team ${'more filler '.repeat(2000)}`;
    const at = line.indexOf('KAM');
    assert.strictEqual(matcher.matchAt(line, at + 1)?.text, 'KAM');
    assert.strictEqual(matcher.matchAt(line, 10), undefined);
  });

  test('empty and odd lines find nothing and do not throw', () => {
    for (const line of ['', ' ', '`', '```', '-- & : /', '\u0000\uFFFF', '😀 KAM 😀']) {
      assert.doesNotThrow(() => matcher.matchesInLine(line));
    }
    assert.deepStrictEqual(found('😀 KAM 😀'), ['KAM→kam']);
  });
});

suite('Term matcher: rules on a small pack', () => {
  const concept = (id: string, term: string, aliases: string[] = []): Concept => ({
    id, term, aliases, acronyms: aliases.filter((a) => a === a.toUpperCase() && /[A-Z]/.test(a)),
    topic: 't', definition: `${term} defined.`, details: '', parts: [], source: 'Someone (2000)', related: [], file: 'x.md', line: 1,
  });
  const small = TermMatcher.build([
    concept('repo', 'Data repositories'),
    concept('types', 'Types of CRM', ['CRM types']),
    concept('crm', 'Customer relationship management', ['CRM']),
    concept('rel', 'Relationship', ['customer relationship']),
    concept('dup', 'Duplicate', ['CRM types']),
  ]);

  test('a singular in the note finds a plural term ("data repository" -> "Data repositories")', () => {
    assert.deepStrictEqual(found('one data repository', small), ['data repository→repo']);
  });

  test('a capital word inside a term must be written in capitals', () => {
    assert.deepStrictEqual(found('Types of CRM, types of crm', small), ['Types of CRM→types']);
  });

  test('a line in capitals still finds a term with a capital word', () => {
    assert.deepStrictEqual(found('TYPES OF CRM', small), ['TYPES OF CRM→types']);
  });

  test('a pure acronym is not found in lower case even in a capitals-free line', () => {
    assert.deepStrictEqual(found('crm', small), []);
  });

  test('the longest phrase wins at one start; shorter ones match elsewhere', () => {
    assert.deepStrictEqual(found('customer relationship management and a customer relationship', small), [
      'customer relationship management→crm',
      'customer relationship→rel',
    ]);
  });

  test('a phrase claimed by two concepts is reported and the first keeps it', () => {
    assert.deepStrictEqual(small.conflicts, [{ phrase: 'CRM types', kept: 'types', dropped: 'dup' }]);
    assert.deepStrictEqual(found('CRM types', small), ['CRM types→types']);
  });

  test('a pack with malformed concepts builds without throwing', () => {
    const broken = [{ id: 'x' } as unknown as Concept, concept('ok', 'Fine term')];
    const m = TermMatcher.build(broken);
    assert.deepStrictEqual(found('a fine term', m), ['fine term→ok']);
  });
});

suite('Inline code spans', () => {
  test('spans are found as CommonMark reads them', () => {
    assert.deepStrictEqual(codeSpanRanges('a `b` c'), [[2, 5]]);
    assert.deepStrictEqual(codeSpanRanges('``a ` b`` c'), [[0, 9]]);
    assert.deepStrictEqual(codeSpanRanges('unclosed ` tick'), []);
    assert.deepStrictEqual(codeSpanRanges('`a` and `b`'), [[0, 3], [8, 11]]);
  });
});
