// Anki's "Notes in Plain Text" export read into an import set: every header,
// each separator, quoting and fields over several lines (with the line each
// note starts on), HTML fields, the note types (Basic, reversed, Cloze with
// one card per c-number), decks as the title, and broken files with their
// lines. A property test writes random fields as quoted rows and reads them back.

import * as assert from 'assert';
import fc from 'fast-check';
import { exportForAnki } from '../../src/core/export/ankiExport';
import { ankiClozeCards } from '../../src/core/import/ankiCloze';
import { parseAnkiText } from '../../src/core/import/ankiText';
import type { ImportSet } from '../../src/core/import/importModel';
import { previewImport } from '../../src/core/import/importPreview';
import { parseNote } from '../../src/core/notes/noteParser';
import { entryRows as rows, importFixture as fixture } from '../support/importSamples';

const anki = (lines: string[]) => parseAnkiText(lines.join('\n'));

const problems = (set: ImportSet) => set.problems.map((p) => `line ${p.line}: ${p.message}`);
const decisions = (set: ImportSet) => set.decisions.map((d) => d.message);

suite('Anki plain-text import: an exported deck', () => {
  test('a Basic export with deck and tags columns gives a term for KAM, cards for the questions, titled by the deck', () => {
    const set = parseAnkiText(fixture('anki-basic.txt'));
    assert.strictEqual(set.format, 'anki');
    assert.strictEqual(set.title, 'Week 3');
    assert.deepStrictEqual(set.settings, { fieldSeparator: '\t', html: true });
    assert.deepStrictEqual(set.entries.map((e) => [e.kind, e.line]), [['term', 6], ['basic', 7], ['basic', 8], ['basic', 9], ['basic', 11]]);
    assert.deepStrictEqual(set.problems, []);
  });

  test('HTML fields become Markdown: bold, a list, entities', () => {
    const [kam, scope, , , rfm] = rows(parseAnkiText(fixture('anki-basic.txt')));
    assert.deepStrictEqual(kam.slice(2), ['KAM', '**Key account management**: a way of organising around the few customers that matter most strategically.']);
    assert.strictEqual(scope[3], 'The parties a firm builds relationships with:\n- Suppliers\n- Customers\n- Owners\n- Partners\n- Employees');
    assert.match(rfm[3], /\*\*monetary value\*\* together predict who buys next & who drifts away\.$/);
  });

  test('a quoted field over two lines with doubled quotes is one answer, and the next note keeps its own line', () => {
    const set = parseAnkiText(fixture('anki-basic.txt'));
    const [, , , starts, next] = rows(set);
    assert.deepStrictEqual(starts.slice(1, 3), [9, 'Which data qualities make up STARTS?']);
    assert.strictEqual(starts[3], 'Shareable, Transportable, Accurate,\nRelevant, Timely and *Secure*.\nA "clean" list beats a long one.');
    assert.strictEqual(next[1], 11);
  });

  test('a "Basic (and reversed card)" note is a card asked both ways, even with a term on its front', () => {
    const churn = parseAnkiText(fixture('anki-basic.txt')).entries[2];
    assert.deepStrictEqual(churn, { kind: 'basic', line: 8, prompt: 'Churn', answer: 'The share of customers who stop buying over a period', reverse: true });
  });

  test('the tags are read but left out, and the preview says so once', () => {
    assert.deepStrictEqual(decisions(parseAnkiText(fixture('anki-basic.txt'))), ["the notes' Anki tags are left out: a note keeps the cards, not their tags"]);
  });

  test('a Cloze note with c1 and c2 gives one cloze per number, the other shown as text, hints kept, Back Extra as extra', () => {
    const set = parseAnkiText(fixture('anki-cloze.txt'));
    assert.strictEqual(set.title, 'Midterm');
    assert.deepStrictEqual(rows(set), [
      ['cloze', 5, 'Dwyer, Schurr and Oh name {{exploration}} as the phase after awareness.', 'The five phases end with dissolution.'],
      ['cloze', 5, 'Dwyer, Schurr and Oh name exploration as the phase after {{awareness::first phase}}.', 'The five phases end with dissolution.'],
      ['term', 6, 'CLV', "The value a customer is expected to bring over the whole relationship, in today's money."],
      ['cloze', 7, 'In IDIC, the firm must {{identify}} and {{differentiate}} customers before it can interact.', ''],
      ['cloze', 7, 'In IDIC, the firm must identify and differentiate customers before it can {{interact::talk with them}}.', ''],
      ['cloze', 8, '{{Operational}} CRM automates front-office work.', '*Strategic* CRM is the other side.'],
    ]);
    assert.strictEqual((set.entries[3] as { extra?: string }).extra, undefined, 'an empty Back Extra is no extra');
    assert.deepStrictEqual(set.problems, []);
  });
});

suite('Anki plain-text import: headers', () => {
  const SEPARATORS: Array<[string, string]> = [
    ['Tab', '\t'], ['tab', '\t'], ['Comma', ','], ['Semicolon', ';'], ['Pipe', '|'], ['Space', ' '], ['Colon', ':'], [';', ';'], ['|', '|'],
  ];
  for (const [name, char] of SEPARATORS) {
    test(`"#separator:${name}" splits fields at ${JSON.stringify(char)}`, () => {
      const quote = (s: string) => (s.includes(char) ? `"${s}"` : s);
      const set = anki([`#separator:${name}`, ['KAM', quote('Key account management, for strategic accounts')].join(char)]);
      assert.deepStrictEqual(rows(set), [['term', 2, 'KAM', 'Key account management, for strategic accounts']]);
      assert.strictEqual(set.settings.fieldSeparator, char);
    });
  }

  test('"#separator: " (a literal space) is the space', () => {
    assert.deepStrictEqual(rows(anki(['#separator: ', 'KAM "key accounts"'])), [['term', 2, 'KAM', 'key accounts']]);
  });

  test('an unknown separator name is a warning at its line, and the separator is guessed', () => {
    const set = anki(['#separator:Dash', 'KAM\tkey accounts']);
    assert.deepStrictEqual(rows(set), [['term', 2, 'KAM', 'key accounts']]);
    assert.match(problems(set)[0], /^line 1: unknown separator "Dash"/);
  });

  test('without "#separator:" the rows\' separator is found, and the preview says which', () => {
    const set = anki(['#html:false', 'KAM;key accounts', 'CLV;lifetime value']);
    assert.deepStrictEqual(rows(set).map((r) => r[3]), ['key accounts', 'lifetime value']);
    assert.deepStrictEqual(decisions(set), ['no "#separator:" header: fields read as split by semicolon, the separator the rows use']);
  });

  test('"#html:false" keeps tags and entities as the text they are', () => {
    const set = anki(['#separator:tab', '#html:false', 'Which tag is bold?\t<b> is bold &amp; <i> is italic']);
    assert.deepStrictEqual(rows(set), [['basic', 3, 'Which tag is bold?', '<b> is bold &amp; <i> is italic']]);
    assert.strictEqual(set.settings.html, false);
  });

  test('without "#html:" a field holding HTML makes the file HTML, and the preview says so', () => {
    const set = anki(['#separator:tab', 'KAM\tplain', 'CLV\tthe <b>lifetime</b> value']);
    assert.deepStrictEqual(rows(set).map((r) => r[3]), ['plain', 'the **lifetime** value']);
    assert.deepStrictEqual(decisions(set), ['no "#html:" header, but the fields hold HTML (first on line 3): read as HTML and turned into Markdown']);
    assert.strictEqual(set.settings.html, true);
  });

  test('without "#html:" and no HTML, the fields are plain text, "a < b" included', () => {
    const set = anki(['#separator:tab', 'Is 3 < 4?\tyes, and 5 > 4']);
    assert.deepStrictEqual(rows(set), [['basic', 2, 'Is 3 < 4?', 'yes, and 5 > 4']]);
    assert.deepStrictEqual(set.decisions, []);
  });

  test('"#tags:" for every note is noted, and an old "tags:" first line is no note', () => {
    assert.deepStrictEqual(decisions(anki(['#separator:tab', '#tags:crm week3', 'KAM\tkey accounts'])), ["the notes' Anki tags are left out: a note keeps the cards, not their tags"]);
    const old = anki(['tags:crm week3', '#separator:tab', 'KAM\tkey accounts']);
    assert.deepStrictEqual(rows(old), [['term', 3, 'KAM', 'key accounts']]);
  });

  test('"#notetype:Cloze" makes every note a cloze', () => {
    const set = anki(['#separator:tab', '#notetype:Cloze', '{{c1::RFM}} scores recency, frequency and money\textra']);
    assert.deepStrictEqual(rows(set), [['cloze', 3, '{{RFM}} scores recency, frequency and money', 'extra']]);
  });

  test('"#deck:" names the set by its last "::" part', () => {
    assert.strictEqual(anki(['#separator:tab', '#deck:Uni::CRM::Week 5', 'KAM\tkey accounts']).title, 'Week 5');
  });

  test('notes in several decks: no title, and one decision saying they go into one note', () => {
    const set = anki(['#separator:tab', '#deck column:1', 'CRM::A\tKAM\tkey', 'CRM::B\tCLV\tvalue', 'CRM::C\tRFM\tscores', 'CRM::A\tIDIC\tsteps']);
    assert.strictEqual(set.title, '');
    assert.deepStrictEqual(decisions(set), ['3 decks in the file: all go into one note']);
    assert.deepStrictEqual(rows(set).map((r) => r[2]), ['KAM', 'CLV', 'RFM', 'IDIC']);
  });

  test('the guid, notetype, deck and tags columns are not fields, wherever they sit', () => {
    const set = anki(['#separator:tab', '#guid column:1', '#notetype column:2', '#deck column:3', '#tags column:6', 'a1B2c3\tBasic\tCRM\tKAM\tkey accounts\tcrm']);
    assert.deepStrictEqual(rows(set), [['term', 6, 'KAM', 'key accounts']]);
  });

  test('a column header without a number is a warning at its line, and ignored', () => {
    const set = anki(['#separator:tab', '#deck column:two', 'KAM\tkey accounts']);
    assert.deepStrictEqual(problems(set), ['line 2: "#deck column:" needs a column number (1 for the first column), not "two": the header is ignored']);
    assert.deepStrictEqual(rows(set), [['term', 3, 'KAM', 'key accounts']]);
  });

  test('"#columns:" sets how many fields a note has: a note with fewer is flagged at its line', () => {
    const set = anki(['#separator:tab', '#columns:Front\tBack\tTags', '#tags column:3', 'KAM\tkey accounts\tcrm', 'CLV\tvalue']);
    assert.deepStrictEqual(problems(set), ['line 5: this note has 2 fields where the "#columns:" header names 3: a tab or a quote in it may be out of place']);
    assert.strictEqual(set.entries.length, 2);
  });

  test('an unknown header is ignored, as Anki does', () => {
    const set = anki(['#separator:tab', '#colour:blue', 'KAM\tkey accounts']);
    assert.deepStrictEqual([rows(set), set.problems], [[['term', 3, 'KAM', 'key accounts']], []]);
  });
});

suite('Anki plain-text import: note types', () => {
  test('"Basic (optional reversed card)" is asked both ways only when its third field is filled', () => {
    const set = anki(['#separator:tab', '#notetype column:1', 'Basic (optional reversed card)\tChurn\tcustomers lost\ty', 'Basic (optional reversed card)\tRetention\tcustomers kept\t']);
    assert.deepStrictEqual(rows(set), [['reversed', 3, 'Churn', 'customers lost'], ['term', 4, 'Retention', 'customers kept']]);
  });

  test('an unknown note type is read as Basic, said once', () => {
    const set = anki(['#separator:tab', '#notetype column:1', 'Vocab\tKAM\tkey accounts\tnotes', 'Vocab\tCLV\tvalue\t']);
    assert.deepStrictEqual(rows(set), [['term', 3, 'KAM', 'key accounts'], ['term', 4, 'CLV', 'value']]);
    assert.deepStrictEqual(decisions(set), ['note type "Vocab" read as Basic: its first field is the front, the second the back; its other 1 field(s) are left out']);
  });

  test('an unknown note type holding {{c1::…}} is read as Cloze', () => {
    const set = anki(['#separator:tab', '#notetype column:1', 'My deletions\t{{c1::KAM}} serves key accounts\t']);
    assert.deepStrictEqual(rows(set), [['cloze', 3, '{{KAM}} serves key accounts', '']]);
    assert.match(decisions(set)[0], /^note type "My deletions" read as Cloze/);
  });

  test('without a note type, {{c1::…}} in the first field makes a cloze and two plain fields a card', () => {
    const set = anki(['#separator:tab', '{{c1::Churn}} is the rate of loss\t', 'What is churn?\tThe rate at which customers leave']);
    assert.deepStrictEqual(rows(set), [['cloze', 2, '{{Churn}} is the rate of loss', ''], ['basic', 3, 'What is churn?', 'The rate at which customers leave']]);
  });

  test('a bold term on the front is still a term, without the bold', () => {
    assert.deepStrictEqual(rows(anki(['#separator:tab', '#html:true', '<b>KAM</b>\tkey accounts'])), [['term', 3, 'KAM', 'key accounts']]);
  });

  test('a Cloze note hiding nothing is a basic card and a warning', () => {
    const set = anki(['#separator:tab', '#notetype:Cloze', 'Nothing hidden here\tback']);
    assert.deepStrictEqual(rows(set), [['basic', 3, 'Nothing hidden here', 'back']]);
    assert.deepStrictEqual(problems(set), ['line 3: this cloze note hides nothing (no {{c1::…}}): imported as a basic card']);
  });

  test('Anki cloze forms: c1,2 on one deletion, a deletion inside another, an unclosed opener left as written', () => {
    assert.deepStrictEqual(ankiClozeCards('{{c1,2::KAM}} and {{c2::CLV}}').cards, [{ number: 1, text: '{{KAM}} and CLV' }, { number: 2, text: '{{KAM}} and {{CLV}}' }]);
    assert.deepStrictEqual(ankiClozeCards('{{c1::key {{c2::account}} management}}').cards, [
      { number: 1, text: '{{key account management}}' },
      { number: 2, text: 'key {{account}} management' },
    ]);
    assert.deepStrictEqual(ankiClozeCards('{{c1::open and {{c2::closed}}'), { cards: [{ number: 2, text: '{{c1::open and {{closed}}' }], unclosed: 1 });
    assert.deepStrictEqual(ankiClozeCards('{{c10::ten}} {{c2::two::a hint}}').cards.map((c) => c.number), [2, 10]);
  });
});

suite('Anki plain-text import: bad input', () => {
  test('a note with an empty front is an error at its line; the others are imported', () => {
    const set = anki(['#separator:tab', 'KAM\tkey accounts', '\tan answer with no question', 'CLV\tvalue']);
    assert.deepStrictEqual(rows(set).map((r) => r[1]), [2, 4]);
    assert.deepStrictEqual(set.problems, [{ line: 3, severity: 'error', message: "the note's first field (the front) is empty: nothing is imported from this note" }]);
  });

  test('a note with no back is imported with an empty answer and flagged', () => {
    const set = anki(['#separator:tab', 'What is KAM?\t']);
    assert.deepStrictEqual(rows(set), [['basic', 2, 'What is KAM?', '']]);
    assert.deepStrictEqual(problems(set), ['line 2: "What is KAM?" has no back: it goes into the note with an empty answer and becomes a card once you write one']);
  });

  test('a ragged note is flagged at its line and still imported', () => {
    const set = anki(['#separator:tab', 'KAM\tkey accounts\tcrm', 'CLV\tvalue', 'RFM\tscores\tcrm\textra']);
    assert.deepStrictEqual(set.problems.map((p) => p.line), [3, 4]);
    assert.match(problems(set)[0], /^line 3: this note has 2 fields where the first note has 3/);
    assert.strictEqual(set.entries.length, 3);
  });

  test('an unterminated quote is flagged at the line it opens; the note is still imported with its front', () => {
    const set = anki(['#separator:tab', 'KAM\tkey accounts', 'CLV\t"never closed', 'RFM\tscores']);
    assert.deepStrictEqual(problems(set), ['line 3: a quoted field starts here and its closing quote (") is missing, so everything after it was read as one field: add the closing quote']);
    assert.deepStrictEqual(rows(set).map((r) => r[2]), ['KAM', 'CLV']);
  });

  test('a quote that is not doubled inside a quoted field is flagged at its line', () => {
    const set = anki(['#separator:tab', 'KAM\t"the "key" accounts"']);
    assert.deepStrictEqual(set.problems.map((p) => p.line), [2]);
    assert.match(problems(set)[0], /not doubled: write "" for a quote inside quotes/);
  });

  test('headers and no notes: an error, no entries', () => {
    const set = anki(['#separator:tab', '#html:true', '']);
    assert.deepStrictEqual([set.entries, problems(set)], [[], ['line 3: no notes below the "#" header lines: the file holds nothing to import']]);
  });

  test('"#" lines between notes are comments, and line numbers stay right', () => {
    const set = anki(['#separator:tab', 'KAM\tkey accounts', '# a comment', '', 'CLV\t"value over', 'time"', '#another', 'RFM\tscores']);
    assert.deepStrictEqual(rows(set).map((r) => [r[1], r[2]]), [[2, 'KAM'], [5, 'CLV'], [8, 'RFM']]);
  });

  test('Windows line ends and a BOM read the same as plain LF', () => {
    const lf = anki(['#separator:tab', 'KAM\t"key\naccounts"', 'CLV\tvalue']);
    const crlf = parseAnkiText('\uFEFF#separator:tab\r\nKAM\t"key\r\naccounts"\r\nCLV\tvalue\r\n');
    assert.deepStrictEqual(crlf, lf);
    assert.deepStrictEqual(rows(crlf)[0], ['term', 2, 'KAM', 'key\naccounts']);
  });

  test('bullet lines in a plain field become Markdown list items', () => {
    assert.deepStrictEqual(rows(anki(['#separator:tab', '#html:false', 'SCOPE\t"five partners:\n• Suppliers\n* Customers"']))[0][3], 'five partners:\n- Suppliers\n- Customers');
  });
});

suite('Anki plain-text import: round trip', () => {
  test('any text reads without throwing, every entry and problem at a line of the input', () => {
    const piece = fc.constantFrom('#separator:tab\n', '#html:true\n', '#deck column:1\n', '#notetype column:2\n', 'Cloze', 'Basic', '\t', '\n', '"', '{{c1::', '::', '}}', '<b>', '#', 'KAM', ' ', ',', '&amp;', '\r\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        const set = parseAnkiText(text);
        const lines = text.split(/\r\n|\n/).length;
        for (const at of [...set.entries, ...set.problems, ...set.decisions].map((x) => x.line)) assert.ok(at >= 1 && at <= lines, `${at} of ${lines}: ${JSON.stringify(text)}`);
      }),
    );
  });


  // No '*', '+', '•' or '{': a line starting with a bullet is normalised, and a brace could open a cloze.
  const char = fc.constantFrom('a', 'K', 'M', ' ', '\t', ',', ';', '|', ':', '"', '""', '\n', '#', '<', '>', '&', '-', '?', '.', 'é');
  const field = fc.array(char, { maxLength: 12 }).map((cs) => cs.join(''));
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

  test('random fields written as quoted rows come back unchanged, each at the line its row starts', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(field, field), { minLength: 1, maxLength: 8 }), (notes) => {
        const kept = notes.map(([f, b]) => [`x${f}`, b] as const);
        const text = ['#separator:tab', '#html:false', ...kept.map(([f, b]) => `${quote(f)}\t${quote(b)}`)].join('\n');
        const set = parseAnkiText(text);
        let line = 3;
        const expected = kept.map(([f, b]) => {
          const at = line;
          line += `${f}\t${b}`.split('\n').length;
          return [at, f.trim(), b.trim()];
        });
        assert.deepStrictEqual(rows(set).map((r) => [r[1], r[2], r[3]]), expected, text);
      }),
      { numRuns: 300 },
    );
  });
});

suite('Anki plain-text import: a note with several clozes, there and back', () => {
  const OPTIONS = { origin: 'midterm.txt', date: '2026-12-02', file: 'flashcards/Midterm.md', uri: 'file:///ws/flashcards/Midterm.md' };
  const NOTE = ['#separator:tab', '#notetype column:1', 'Cloze\tThe IDIC model: {{c1::identify}}, {{c2::differentiate}}, {{c3::interact::talk}} and customise.\t'].join('\n');

  test('c1, c2 and c3 on one Anki note are three cards of the written note, each with its own id', () => {
    const preview = previewImport(parseAnkiText(NOTE), OPTIONS);
    assert.deepStrictEqual(preview.cards.map((c) => c.firstLine), [
      'The IDIC model: […], differentiate, interact and customise.',
      'The IDIC model: identify, […], interact and customise.',
      'The IDIC model: identify, differentiate, [talk] and customise.',
    ]);
    assert.deepStrictEqual(preview.problems, []);
    const cards = parseNote(preview.noteText, { uri: OPTIONS.uri, file: OPTIONS.file }).cards;
    assert.strictEqual(new Set(cards.map((c) => c.id)).size, 3);
  });

  test('exported for Anki again, the three cards are one Cloze note with c1, c2 and c3', () => {
    const preview = previewImport(parseAnkiText(NOTE), OPTIONS);
    const parsed = parseNote(preview.noteText, { uri: OPTIONS.uri, file: OPTIONS.file });
    const exported = exportForAnki({ cards: parsed.cards, concept: () => undefined, topic: (id) => (id === parsed.topic.id ? parsed.topic : undefined) });
    const rowsOut = exported.text.split('\n').filter((l) => l && !l.startsWith('#'));
    assert.strictEqual(exported.notes, 1);
    assert.match(rowsOut[0], /\tCloze\t/);
    assert.match(rowsOut[0], /\{\{c1::identify\}\}, \{\{c2::differentiate\}\}, \{\{c3::interact::talk\}\} and customise/);
  });
});
