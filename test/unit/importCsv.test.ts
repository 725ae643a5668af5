// CSV and TSV with a header row read into an import set: the columns a header
// may name, multiple choice with option columns and a right answer given by
// letter, number or text, the kind of each row, files without a header, the
// separators, quoting (commas, doubled quotes, line breaks inside quotes, BOM,
// CRLF) and broken rows with their lines. A property test writes random
// fields as quoted rows and reads them back.

import * as assert from 'assert';
import fc from 'fast-check';
import { parseCsv } from '../../src/core/import/csv';
import type { ImportSet, MultipleChoiceEntry } from '../../src/core/import/importModel';
import { entryRows as rows, importFixture as fixture } from '../support/importSamples';

const csv = (lines: string[], fieldSeparator?: string) => parseCsv(lines.join('\n'), fieldSeparator ? { fieldSeparator } : {});

const problems = (set: ImportSet) => set.problems.map((p) => `line ${p.line}: ${p.message}`);
const decisions = (set: ImportSet) => set.decisions.map((d) => d.message);
const NO_ANSWER = `no right answer given for this multiple choice question: mark one with [x] in the note`;

suite('CSV import: files with a header row', () => {
  test('a front,back,tags file: quoted commas, doubled quotes and a line break inside quotes are one field each', () => {
    const set = parseCsv(fixture('cards.csv'), {});
    assert.strictEqual(set.format, 'csv');
    assert.strictEqual(set.title, '', 'the caller names the note after the file');
    assert.deepStrictEqual(set.settings, { fieldSeparator: ',' });
    assert.deepStrictEqual(rows(set), [
      ['term', 2, 'KAM', 'Key account management: organising around strategic customers, not only big ones'],
      ['basic', 3, 'What are the two main sides of CRM?', 'Operational CRM, which automates customer-facing work, and strategic CRM, which puts the customer at the centre'],
      ['basic', 4, 'Why measure churn, and how often?', 'Because losing customers quietly erodes value; track it every period, "monthly" at least for subscriptions'],
      ['term', 5, 'RFM', 'Recency'],
      ['term', 6, 'eCRM', 'CRM carried out through digital channels such as the web,\nemail and mobile apps'],
    ]);
  });

  test('a row whose unquoted commas split it into too many fields is flagged at its line', () => {
    assert.deepStrictEqual(problems(parseCsv(fixture('cards.csv'), {})), ['line 5: 4 fields where the header has 3: a comma or a quote in this row may be out of place']);
  });

  test('a tags column is read but left out, and the preview says so', () => {
    assert.deepStrictEqual(decisions(parseCsv(fixture('cards.csv'), {})), ['column "tags" left out: a note keeps the cards, not their tags']);
  });

  test('a deck column is left out too: one file, one note', () => {
    assert.deepStrictEqual(decisions(csv(['front,back,deck', 'KAM,key accounts,CRM::Week 3'])), ['column "deck" left out: every row goes into the one note']);
  });

  test('a TSV file: the tab is found from the header, and a quoted answer keeps its list', () => {
    const set = parseCsv(fixture('cards.tsv'), {});
    assert.strictEqual(set.settings.fieldSeparator, '\t');
    assert.deepStrictEqual(rows(set), [
      ['term', 2, 'IDIC', 'Identify, differentiate, interact and customise: four steps to one-to-one relationships'],
      ['basic', 3, 'What does RFM measure?', 'How recently, how often and how much a customer buys'],
      ['term', 4, 'SCOPE', 'The five relationship partners:\n- Suppliers\n- Customers\n- Owners\n- Partners\n- Employees'],
    ]);
  });

  test('a semicolon header is found even when the answers hold commas', () => {
    const set = csv(['term;definition', 'KAM;key accounts, the strategic ones', 'CLV;value, over time']);
    assert.strictEqual(set.settings.fieldSeparator, ';');
    assert.deepStrictEqual(rows(set).map((r) => r[3]), ['key accounts, the strategic ones', 'value, over time']);
  });

  test('the separator the student chose is used, even one of several characters', () => {
    assert.deepStrictEqual(rows(csv(['front::back', 'KAM::key, accounts'], '::')), [['term', 2, 'KAM', 'key, accounts']]);
    assert.strictEqual(csv(['front|back', 'KAM|key'], '|').settings.fieldSeparator, '|');
  });

  test('header names are matched in any case and spacing, columns in any order', () => {
    const set = csv(['Notes, Definition ,TERM', 'from week 3,key accounts,KAM']);
    assert.deepStrictEqual(rows(set), [['term', 2, 'KAM', 'key accounts\n\nfrom week 3']]);
  });

  test('an explanation column follows the answer of a basic card', () => {
    assert.deepStrictEqual(rows(csv(['question,answer,explanation', 'Why does churn matter?,It erodes value,Lost customers take their future spend'])), [
      ['basic', 2, 'Why does churn matter?', 'It erodes value\n\nLost customers take their future spend'],
    ]);
  });

  test('"q" and a lone "a" are the front and the back', () => {
    assert.deepStrictEqual(rows(csv(['q,a', 'What is KAM?,Key account management'])), [['basic', 2, 'What is KAM?', 'Key account management']]);
  });

  test('a header naming no back: the next column is the back, and the preview says which', () => {
    const set = csv(['term,translation', 'KAM,gestion des grands comptes']);
    assert.deepStrictEqual(rows(set), [['term', 2, 'KAM', 'gestion des grands comptes']]);
    assert.deepStrictEqual(decisions(set), ['column "translation" read as the back: no column is named back, definition or answer']);
  });
});

suite('CSV import: multiple choice', () => {
  test('question,a,b,c,d,answer: the letter marks the right option, in either case', () => {
    const [starts, dwyer] = rows(parseCsv(fixture('mc.csv'), {}));
    assert.deepStrictEqual(starts, ['multipleChoice', 2, 'Which of these is not one of the STARTS qualities of customer data?', 'Timely | [x] Cheap | Secure | Shareable']);
    assert.deepStrictEqual(dwyer, ['multipleChoice', 3, "Which phase comes first in Dwyer's model?", 'Commitment | Expansion | [x] Awareness | Dissolution']);
  });

  test('a question with no answer is imported with no option marked, and flagged at its line', () => {
    const set = parseCsv(fixture('mc.csv'), {});
    const scope = set.entries[2] as MultipleChoiceEntry;
    assert.deepStrictEqual([scope.line, scope.choices.every((c) => !c.correct)], [4, true]);
    assert.deepStrictEqual(set.problems, [{ line: 4, severity: 'warning', message: NO_ANSWER }]);
  });

  test('an answer matching an option\'s text wins over reading it as a number', () => {
    assert.strictEqual(rows(parseCsv(fixture('mc.csv'), {}))[3][3], '3 | 4 | [x] 5 | 6');
  });

  test('the explanation column is kept with the question', () => {
    assert.strictEqual((parseCsv(fixture('mc.csv'), {}).entries[0] as MultipleChoiceEntry).explanation, 'Cost is not among the six qualities.');
  });

  test('"option 1".."option 4" with the right one given by number', () => {
    const set = csv(['prompt,option 1,option 2,option 3,option 4,correct', 'Which CRM type automates sales work?,Analytical,Operational,Strategic,Collaborative,2']);
    assert.deepStrictEqual(rows(set), [['multipleChoice', 2, 'Which CRM type automates sales work?', 'Analytical | [x] Operational | Strategic | Collaborative']]);
  });

  test('"choice a".."choice c" with the right one given by its text', () => {
    const set = csv(['question,choice a,choice b,choice c,answer', 'Which is a relationship phase?,Saturation,Exploration,Promotion,exploration']);
    assert.strictEqual(rows(set)[0][3], 'Saturation | [x] Exploration | Promotion');
  });

  test('a letter in the form "(c)" or "C)" is read', () => {
    const set = csv(['question,a,b,c,answer', 'Pick the third?,x,y,z,(c)', 'Pick the second?,x,y,z,B)']);
    assert.deepStrictEqual(rows(set).map((r) => r[3]), ['x | y | [x] z', 'x | [x] y | z']);
  });

  test('an answer naming no option is flagged, and no option is marked', () => {
    const set = csv(['question,a,b,answer', 'Which?,first,second,e']);
    assert.strictEqual(rows(set)[0][3], 'first | second');
    assert.deepStrictEqual(problems(set), ['line 2: the right answer "e" matches none of the options: mark one with [x] in the note']);
  });

  test('a choices column: one option per line or split by |, with [x] marking the right one', () => {
    const set = csv(['question,choices', 'Which is a STARTS quality?,"[ ] Cheap\n[x] Timely\n[ ] Loud"', 'Which is in SCOPE?,Owners|Rivals|Press', 'Which is right?,"yes, this | no"']);
    assert.deepStrictEqual(rows(set).map((r) => r[3]), ['Cheap | [x] Timely | Loud', 'Owners | Rivals | Press', 'yes, this | no']);
    assert.deepStrictEqual(problems(set), [`line 5: ${NO_ANSWER}`, `line 6: ${NO_ANSWER}`], "the first question spans lines 2 to 4");
  });

  test('a distractors column lists the wrong options; the answer column is the right one', () => {
    const set = csv(['question,answer,distractors', 'Which comes after awareness?,Exploration,Commitment;Dissolution']);
    assert.deepStrictEqual(rows(set), [['multipleChoice', 2, 'Which comes after awareness?', '[x] Exploration | Commitment | Dissolution']]);
  });

  test('a type column of "mc" with one option is flagged as needing two', () => {
    const set = csv(['type,question,a,b,answer', 'mc,Only one?,alone,,a']);
    assert.deepStrictEqual(problems(set), ['line 2: a multiple choice question needs at least two options; this one has 1']);
  });
});

suite('CSV import: the kind of each row', () => {
  test('a type column: basic, term, cloze, mc and multiple choice', () => {
    const set = csv([
      'type,front,back,a,b',
      'basic,KAM,key accounts,,',
      'term,What a long name this term has for a term,its meaning,,',
      'cloze,{{Churn}} is the rate of loss,per period,,',
      'mc,Which is a phase?,,Awareness,Profit',
      'Multiple Choice,Which is in SCOPE?,b,Rivals,Owners',
    ]);
    assert.deepStrictEqual(rows(set), [
      ['basic', 2, 'KAM', 'key accounts'],
      ['term', 3, 'What a long name this term has for a term', 'its meaning'],
      ['cloze', 4, '{{Churn}} is the rate of loss', 'per period'],
      ['multipleChoice', 5, 'Which is a phase?', 'Awareness | Profit'],
      ['multipleChoice', 6, 'Which is in SCOPE?', 'Rivals | [x] Owners'],
    ]);
    assert.deepStrictEqual(problems(set), [`line 5: ${NO_ANSWER}`]);
  });

  test('an unknown type is a warning, and the kind is decided from the row', () => {
    const set = csv(['type,front,back', 'flashcard,KAM,key accounts']);
    assert.deepStrictEqual(rows(set), [['term', 2, 'KAM', 'key accounts']]);
    assert.deepStrictEqual(problems(set), ['line 2: unknown card type "flashcard" (basic, term, cloze or multiple choice): the kind is decided from the row']);
  });

  test('an Anki note type in the type column: reversed and cloze', () => {
    const set = csv(['note type,front,back', 'Basic (and reversed card),Churn,customers lost', 'Cloze,{{c1::RFM}} and {{c2::CLV}},']);
    assert.deepStrictEqual(rows(set), [['reversed', 2, 'Churn', 'customers lost'], ['cloze', 3, '{{RFM}} and CLV', ''], ['cloze', 3, 'RFM and {{CLV}}', '']]);
  });

  test('without a type: options make multiple choice, {{ a cloze, a term a concept, a question a card', () => {
    const set = csv(['front,back,a,b,answer', 'Which is a phase?,,Awareness,Profit,a', 'The {{value creation}} process,,,,', 'KAM,key accounts,,,', 'Why track churn?,it erodes value,,,']);
    assert.deepStrictEqual(rows(set).map((r) => r[0]), ['multipleChoice', 'cloze', 'term', 'basic']);
  });
});

suite('CSV import: no header, bad input', () => {
  test('no header row naming the columns: the first column is the front, the second the back, the first row a card', () => {
    const set = csv(['KAM,key accounts', 'What is churn?,customers lost']);
    assert.deepStrictEqual(rows(set), [['term', 1, 'KAM', 'key accounts'], ['basic', 2, 'What is churn?', 'customers lost']]);
    assert.deepStrictEqual(set.decisions, [{ line: 1, message: 'no header row naming the columns: the first column is read as the front, the second as the back' }]);
  });

  test('no header: the separator is found from the rows, a comma inside the text notwithstanding', () => {
    const set = parseCsv('KAM;key accounts, the strategic ones\nCLV;lifetime value\n\n', {});
    assert.strictEqual(set.settings.fieldSeparator, ';');
    assert.deepStrictEqual(rows(set).map((r) => r[3]), ['key accounts, the strategic ones', 'lifetime value']);
  });

  test('a single-column file is an error and gives no entries', () => {
    const set = csv(['KAM', 'CLV', 'RFM']);
    assert.deepStrictEqual(set.entries, []);
    assert.deepStrictEqual(set.problems.map((p) => [p.line, p.severity]), [[1, 'error']]);
    assert.match(problems(set)[0], /^line 1: only one column found/);
  });

  test('an empty file is an error', () => {
    assert.deepStrictEqual(problems(parseCsv('', {})), ['line 1: the file holds no rows to import']);
    assert.deepStrictEqual(problems(parseCsv('\n\n', {})), ['line 1: the file holds no rows to import']);
  });

  test('a header and nothing below it is an error', () => {
    assert.deepStrictEqual(problems(csv(['front,back'])), ['line 1: the file has a header row but no cards below it']);
  });

  test('a row with an empty front is an error at its line; blank lines are skipped quietly', () => {
    const set = csv(['front,back', 'KAM,key accounts', '', ',an orphan answer', 'CLV,value']);
    assert.deepStrictEqual(rows(set).map((r) => r[1]), [2, 5]);
    assert.deepStrictEqual(set.problems, [{ line: 4, severity: 'error', message: 'the front (question or term) is empty: nothing is imported from this row' }]);
  });

  test('a row with no back is imported with an empty answer and flagged', () => {
    const set = csv(['front,back', 'What is KAM?,']);
    assert.deepStrictEqual([rows(set), problems(set)], [[['basic', 2, 'What is KAM?', '']], ['line 2: "What is KAM?" has no back: it goes into the note with an empty answer and becomes a card once you write one']]);
  });

  test('an unterminated quote is flagged at the line it opens; the row keeps its front', () => {
    const set = csv(['front,back', 'KAM,key accounts', 'CLV,"never closed', 'RFM,scores']);
    assert.deepStrictEqual(set.problems.map((p) => p.line), [3]);
    assert.match(problems(set)[0], /^line 3: a quoted field starts here and its closing quote \("\) is missing/);
    assert.deepStrictEqual(rows(set).map((r) => r[2]), ['KAM', 'CLV']);
  });

  test('a BOM and Windows line ends change nothing, inside quotes too', () => {
    const set = parseCsv('\uFEFFfront,back\r\nSCOPE,"five partners\r\n- Suppliers"\r\nKAM,key accounts\r\n', {});
    assert.deepStrictEqual(rows(set), [['term', 2, 'SCOPE', 'five partners\n- Suppliers'], ['term', 4, 'KAM', 'key accounts']]);
  });

  test('fields are trimmed and bullet lines become list items', () => {
    assert.deepStrictEqual(rows(csv(['front,back', '  KAM  ,"  parts:\n• one\n+ two  "'])), [['term', 2, 'KAM', 'parts:\n- one\n- two']]);
  });
});

suite('CSV import: round trip', () => {
  test('any text reads without throwing, every entry and problem at a line of the input', () => {
    const piece = fc.constantFrom('front,back\n', 'question,a,b,answer\n', 'type,', 'mc', 'cloze', ',', ';', '\t', '\n', '"', '{{', '}}', 'KAM', ' ', 'b', '\r\n', '\uFEFF');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        const set = parseCsv(text, {});
        const lines = text.split(/\r\n|\n/).length;
        for (const at of [...set.entries, ...set.problems, ...set.decisions].map((x) => x.line)) assert.ok(at >= 1 && at <= lines, `${at} of ${lines}: ${JSON.stringify(text)}`);
      }),
    );
  });


  // No '{' (a cloze) and no '*', '+', '•' (a bullet line is normalised).
  const char = fc.constantFrom('a', 'K', 'M', ' ', '\t', ',', ';', '|', '"', '\n', '#', '<', '&', '-', '?', '.', 'é');
  const field = fc.array(char, { maxLength: 12 }).map((cs) => cs.join(''));
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

  for (const separator of [',', ';', '\t']) {
    test(`random fields written as quoted rows (${JSON.stringify(separator)}) come back unchanged, each at its line`, () => {
      fc.assert(
        fc.property(fc.array(fc.tuple(field, field), { minLength: 1, maxLength: 8 }), (cards) => {
          const kept = cards.map(([f, b]) => [`x${f}`, b] as const);
          const text = [`front${separator}back`, ...kept.map(([f, b]) => `${quote(f)}${separator}${quote(b)}`)].join('\n');
          const set = parseCsv(text, { fieldSeparator: separator });
          let line = 2;
          const expected = kept.map(([f, b]) => {
            const at = line;
            line += `${f}${b}`.split('\n').length;
            return [at, f.trim(), b.trim()];
          });
          assert.deepStrictEqual(rows(set).map((r) => [r[1], r[2], r[3]]), expected, text);
        }),
        { numRuns: 200 },
      );
    });
  }
});
