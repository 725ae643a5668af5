// The pure parts of "Import Flashcards…" and "Export Cards for Anki…"
// (src/features/importExport): the preview's rows in the exact words the UI
// tests look for, one import planned with the student's choices (the core's
// readers faked, so this pins the flow, not the readers), the folder an
// import goes to, and the export's scopes, file name and message.
import * as assert from 'assert';
import { ContentIndex } from '../../src/core/content/contentIndex';
import { MY_NOTES } from '../../src/core/content/model';
import type { ImportPreview } from '../../src/core/import/importPreview';
import type { FormatGuess, ImportOptions, ImportSet } from '../../src/core/import/importModel';
import { EVERYTHING, exportedMessage, exportFileName, exportScopes, PACK, scopeOf } from '../../src/features/importExport/exportScopes';
import { baseName, clipboardTitle, ImportCore, importedMessage, localDate, planImport, PlanInput } from '../../src/features/importExport/importPlan';
import { folderLabel, folderOfPath, resolveFolder } from '../../src/features/importExport/noteFolder';
import {
  cardsHeading, fieldSeparatorChoices, formatChoices, parseCustomSeparator, previewRows, PreviewRowsInput, rowSeparatorChoices, separatorsInWords,
} from '../../src/features/importExport/previewRows';
import { noteConcept, noteWithCards, tinyPack } from '../support/noteFixtures';

const quizletGuess: FormatGuess = { format: 'quizlet', reason: 'tab between term and definition on 3 of 3 lines', settings: { fieldSeparator: '\t', rowSeparator: '\n' } };

function preview(extra: Partial<ImportPreview> = {}): ImportPreview {
  return {
    title: 'Week 4 terms',
    noteText: '# Week 4 terms\n',
    concepts: 2,
    cards: [
      { kind: 'basic', firstLine: 'Churn rate', inputLine: 1, noteLine: 5 },
      { kind: 'basic', firstLine: 'Share of wallet', inputLine: 2, noteLine: 11 },
      { kind: 'cloze', firstLine: 'RFM stands for recency, [...] and monetary value', inputLine: 3, noteLine: 17 },
    ],
    byKind: { basic: 2, cloze: 1 },
    problems: [],
    decisions: [],
    ...extra,
  };
}

function rowsFor(extra: Partial<PreviewRowsInput> = {}) {
  return previewRows({
    preview: preview(),
    format: 'quizlet',
    settings: { fieldSeparator: '\t', rowSeparator: '\n' },
    guess: quizletGuess,
    formatChosen: false,
    folder: 'flashcards',
    fileName: 'Week 4 terms.md',
    ...extra,
  });
}

const labels = (rows: Array<{ label: string }>) => rows.map((row) => row.label);

suite('Import preview: the rows a student reads before anything is written', () => {
  test('a Quizlet set opens on "Import 3 cards" into flashcards/, then format, title, folder, separators and cancel', () => {
    const rows = rowsFor();
    assert.deepStrictEqual(labels(rows).slice(0, 6), [
      '$(check) Import 3 cards',
      '$(symbol-enum) Format: Quizlet export',
      '$(edit) Title: Week 4 terms',
      '$(folder) Folder: flashcards/',
      '$(split-horizontal) Separators: tab between term and definition, new line between cards',
      '$(close) Cancel',
    ]);
    assert.strictEqual(rows[0].description, 'into flashcards/Week 4 terms.md');
    assert.strictEqual(rows[0].action, 'import');
    assert.strictEqual(rows[1].description, 'detected: tab between term and definition on 3 of 3 lines');
    assert.deepStrictEqual(rows.slice(0, 6).map((r) => r.action), ['import', 'format', 'title', 'folder', 'separators', 'cancel']);
  });

  test('every card is a row under "3 cards: 2 basic, 1 cloze · 2 concepts", with its kind and input line; none of them acts', () => {
    const rows = rowsFor();
    const heading = rows.findIndex((r) => r.separator);
    assert.strictEqual(rows[heading].label, '3 cards: 2 basic, 1 cloze · 2 concepts');
    const cards = rows.slice(heading + 1);
    assert.deepStrictEqual(cards.map((r) => [r.label, r.description, r.detail]), [
      ['Churn rate', 'basic', 'line 1'],
      ['Share of wallet', 'basic', 'line 2'],
      ['RFM stands for recency, [...] and monetary value', 'cloze', 'line 3'],
    ]);
    assert.ok(cards.every((r) => r.action === undefined));
  });

  test('problems and decisions get a heading with their count and one row each at their input line, before the cards', () => {
    const rows = rowsFor({
      preview: preview({
        problems: [
          { inputLine: 7, noteLine: 20, severity: 'warning', message: 'multiple choice with no option marked right' },
          { inputLine: 9, severity: 'error', message: 'empty answer' },
          { severity: 'info', message: 'two cards ask the same prompt' },
        ],
        decisions: [{ line: 4, message: 'read "Churn rate" as a term: a short line before a long one' }],
      }),
    });
    const start = labels(rows).indexOf('Problems (3)');
    assert.ok(start > 0, 'a Problems heading');
    assert.ok(rows[start].separator);
    assert.deepStrictEqual(labels(rows).slice(start, start + 6), [
      'Problems (3)',
      '$(warning) line 7: multiple choice with no option marked right',
      '$(error) line 9: empty answer',
      '$(info) two cards ask the same prompt',
      'How the set was read (1)',
      '$(info) line 4: read "Churn rate" as a term: a short line before a long one',
    ]);
    assert.strictEqual(rows[start + 1].description, 'note line 20', 'where the Problems panel will show it');
    assert.ok(labels(rows).indexOf('3 cards: 2 basic, 1 cloze · 2 concepts') > start + 5);
  });

  test('a set with nothing to flag shows no empty Problems or decisions headings', () => {
    const headings = rowsFor().filter((r) => r.separator).map((r) => r.label);
    assert.deepStrictEqual(headings, ['3 cards: 2 basic, 1 cloze · 2 concepts']);
  });

  test('a copied set has no Separators row; a format the student picked says "chosen"', () => {
    const rows = rowsFor({ format: 'copyPaste', settings: {}, formatChosen: true });
    assert.ok(!labels(rows).some((l) => l.includes('Separators')));
    const format = rows.find((r) => r.action === 'format')!;
    assert.strictEqual(format.label, '$(symbol-enum) Format: Set copied from a study website');
    assert.strictEqual(format.description, 'chosen');
  });

  test('a CSV file shows its one separator, between fields', () => {
    const rows = rowsFor({ format: 'csv', settings: { fieldSeparator: ';' } });
    assert.ok(labels(rows).includes('$(split-horizontal) Separators: semicolon between fields'));
  });

  test('with no workspace open there is no Folder row, and the Import row says the folder is asked for next', () => {
    const rows = rowsFor({ folder: undefined });
    assert.ok(!rows.some((r) => r.action === 'folder'));
    assert.strictEqual(rows[0].description, 'into Week 4 terms.md, in a folder you pick next');
  });

  test('the root of the workspace folder is shown as "./" and the note sits right in it', () => {
    const rows = rowsFor({ folder: '' });
    assert.strictEqual(rows[0].description, 'into Week 4 terms.md');
    assert.ok(labels(rows).includes('$(folder) Folder: ./'));
  });

  test('one card and one concept read in the singular', () => {
    const one = preview({ cards: [{ kind: 'multipleChoice', firstLine: 'Which stage comes first?', inputLine: 2, noteLine: 4 }], byKind: { multipleChoice: 1 }, concepts: 1 });
    const rows = rowsFor({ preview: one });
    assert.strictEqual(rows[0].label, '$(check) Import 1 card');
    assert.strictEqual(cardsHeading(one), '1 card: 1 multiple choice · 1 concept');
  });

  test('separators read as words; one of the student\'s own is shown in quotes', () => {
    assert.strictEqual(separatorsInWords('quizlet', { fieldSeparator: ',', rowSeparator: ';' }), 'comma between term and definition, semicolon between cards');
    assert.strictEqual(separatorsInWords('quizlet', { fieldSeparator: ' - ', rowSeparator: '\n\n' }), '" - " between term and definition, "\\n\\n" between cards');
  });

  test('the separator pickers open on the one in use; one of the student\'s own marks "Custom…" with what it is', () => {
    const tab = fieldSeparatorChoices('\t');
    assert.deepStrictEqual(tab.map((c) => c.label), ['Tab', 'Comma', 'Semicolon', 'Custom…']);
    assert.deepStrictEqual(tab.filter((c) => c.current).map((c) => [c.label, c.description]), [['Tab', 'current']]);
    const own = rowSeparatorChoices('||');
    assert.deepStrictEqual(own.filter((c) => c.current).map((c) => [c.label, c.description]), [['Custom…', 'current: "||"']]);
    assert.strictEqual(own.find((c) => c.label === 'Custom…')!.value, undefined, 'Custom… asks for the separator');
    assert.strictEqual(parseCustomSeparator('\\t|'), '\t|');
  });

  test('the format picker lists the four formats, marking the detected one and the one in use', () => {
    const choices = formatChoices(quizletGuess, 'csv');
    assert.deepStrictEqual(choices.map((c) => [c.label, c.description]), [
      ['Set copied from a study website', undefined],
      ['Quizlet export', 'detected'],
      ['Anki notes in plain text', undefined],
      ['CSV or TSV with a header row', 'current'],
    ]);
    assert.deepStrictEqual(choices.filter((c) => c.current).map((c) => c.value), ['csv']);
  });
});

suite('Import plan: the set read with the student\'s choices, titled and named', () => {
  /** A core that records what it was asked and reads every text as a two-card Quizlet set. */
  function fakeCore(setTitle = '') {
    const asked: { options?: ImportOptions; previewFile?: string; set?: ImportSet } = {};
    const core: ImportCore = {
      readImport: (_text, options = {}) => {
        asked.options = options;
        const set: ImportSet = {
          format: options.format ?? 'quizlet', title: options.title ?? setTitle, problems: [], decisions: [], settings: { fieldSeparator: options.fieldSeparator ?? '\t' },
          entries: [{ kind: 'term', term: 'Churn rate', definition: 'Customers lost in a period', line: 1 }],
        };
        return { set, guess: quizletGuess };
      },
      noteFileName: (title) => `${title.replace(/:/g, ' -')}.md`,
      freeFileName: (name, taken) => {
        for (let n = 1; ; n++) {
          const candidate = n === 1 ? name : name.replace(/\.md$/, ` (${n}).md`);
          if (!taken(candidate)) return candidate;
        }
      },
      previewImport: (set, options) => {
        asked.set = set;
        asked.previewFile = options.file;
        return { ...preview(), title: set.title };
      },
    };
    return { core, asked };
  }

  const input = (extra: Partial<PlanInput> = {}): PlanInput => ({
    text: 'Churn rate\tCustomers lost in a period\n',
    choices: {},
    fallbackTitle: 'week4-terms',
    origin: 'week4-terms.txt',
    date: '2025-03-04',
    taken: () => false,
    fileOf: (name) => ({ file: `flashcards/${name}`, uri: `file:///w/flashcards/${name}` }),
    ...extra,
  });

  test('the set\'s own title names the note and its file', () => {
    const { core, asked } = fakeCore('Session 4: Retention');
    const plan = planImport(input(), core);
    assert.strictEqual(plan.title, 'Session 4: Retention');
    assert.strictEqual(plan.fileName, 'Session 4 - Retention.md');
    assert.strictEqual(asked.previewFile, 'flashcards/Session 4 - Retention.md', 'the preview reads the note at the path it will have');
  });

  test('a set without a title is named after its file; what the student typed wins over both', () => {
    const { core, asked } = fakeCore('');
    assert.strictEqual(planImport(input(), core).title, 'week4-terms');
    assert.strictEqual(asked.set!.title, 'week4-terms', 'the note is written with it');
    const typed = planImport(input({ choices: { title: '  Retention terms ' } }), core);
    assert.strictEqual(typed.title, 'Retention terms');
    assert.strictEqual(asked.options!.title, 'Retention terms');
  });

  test('the format and separators the student chose reach the reader; nothing chosen leaves detection to it', () => {
    const { core, asked } = fakeCore();
    planImport(input(), core);
    assert.deepStrictEqual(asked.options, {});
    planImport(input({ choices: { format: 'csv', fieldSeparator: ';' } }), core);
    assert.deepStrictEqual(asked.options, { format: 'csv', fieldSeparator: ';' });
  });

  test('a name already in the folder is skipped: the same set imported twice gets "(2)"', () => {
    const { core } = fakeCore('Week 4');
    const plan = planImport(input({ taken: (name) => name === 'Week 4.md' }), core);
    assert.strictEqual(plan.fileName, 'Week 4 (2).md');
  });

  test('the fallback titles and the message after an import', () => {
    assert.strictEqual(baseName('week4-terms.txt'), 'week4-terms');
    assert.strictEqual(baseName('quizlet.export.tsv'), 'quizlet.export');
    assert.strictEqual(baseName('.csv'), '.csv');
    assert.strictEqual(clipboardTitle('2025-03-04'), 'Pasted flashcards 2025-03-04');
    assert.strictEqual(localDate(new Date(2025, 2, 4, 23, 59)), '2025-03-04');
    assert.strictEqual(importedMessage(12, 8, 'flashcards/Week 4.md'), 'Imported 12 cards and 8 concepts into flashcards/Week 4.md.');
    assert.strictEqual(importedMessage(1, 1, 'Week 4.md'), 'Imported 1 card and 1 concept into Week 4.md.');
  });
});

suite('Import folder: where the note goes, as the workspace remembers it', () => {
  const one = [{ name: 'course', path: '/home/me/course' }];
  const two = [...one, { name: 'extra', path: '/home/me/extra' }];

  test('nothing remembered: flashcards/ in the first workspace folder', () => {
    assert.deepStrictEqual(resolveFolder(undefined, one), { root: 0, relative: 'flashcards' });
    assert.deepStrictEqual(resolveFolder(42, two), { root: 0, relative: 'flashcards' });
  });

  test('a remembered folder comes back, in the workspace folder its name starts with when there are several', () => {
    assert.deepStrictEqual(resolveFolder('sets/week4', one), { root: 0, relative: 'sets/week4' });
    assert.deepStrictEqual(resolveFolder('extra/sets', two), { root: 1, relative: 'sets' });
    assert.deepStrictEqual(resolveFolder('extra', two), { root: 1, relative: '' });
    assert.strictEqual(folderLabel({ root: 1, relative: 'sets' }, two), 'extra/sets');
    assert.strictEqual(folderLabel({ root: 0, relative: 'sets' }, one), 'sets');
  });

  test('a remembered path that climbs out of the workspace is not followed', () => {
    assert.deepStrictEqual(resolveFolder('../elsewhere', one), { root: 0, relative: 'flashcards' });
  });

  test('a picked folder is placed in the workspace folder that holds it, or in none', () => {
    assert.deepStrictEqual(folderOfPath('/home/me/course/notes/sets', two), { root: 0, relative: 'notes/sets' });
    assert.deepStrictEqual(folderOfPath('/home/me/extra', two), { root: 1, relative: '' });
    assert.strictEqual(folderOfPath('/home/me/coursework', two), undefined);
    const nested = [{ name: 'all', path: '/home/me' }, ...one];
    assert.deepStrictEqual(folderOfPath('/home/me/course/sets', nested), { root: 1, relative: 'sets' });
  });
});

suite('Export Cards for Anki: what can be exported, and what is said afterwards', () => {
  function content(): ContentIndex {
    const index = new ContentIndex(tinyPack());
    const note = noteWithCards('week4.md', ['churn', 'wallet']);
    index.setNote('file:///vault/week4.md', { ...note, concepts: [noteConcept('Churn', note.topic, 'week4.md')] });
    return index;
  }

  test('the picker lists everything, the pack, My notes, each topic and each group of notes, with their cards', () => {
    const scopes = exportScopes(content());
    assert.deepStrictEqual(scopes.map((s) => [s.label, s.cards.length]), [
      ['Everything (pack and your notes)', 3],
      ['The course pack', 1],
      ['My notes', 2],
      ['Basics', 1],
      ['My notes · week4', 2],
    ]);
  });

  test('a topic id, My notes, a Concepts row, "everything" or "pack" names its scope; a concept or unknown id names nothing', () => {
    const index = content();
    const id = (arg: unknown) => {
      const scope = scopeOf(arg, index);
      return scope && ('unknown' in scope ? `unknown ${scope.unknown}` : scope.id);
    };
    assert.strictEqual(id(undefined), undefined);
    assert.strictEqual(id('basics'), 'basics');
    assert.strictEqual(id(MY_NOTES), MY_NOTES);
    assert.strictEqual(id({ kind: 'topic', topicId: 'notes:file/week4.md' }), 'notes:file/week4.md');
    assert.strictEqual(id({ kind: 'notes', topicId: MY_NOTES }), MY_NOTES);
    assert.strictEqual(id(EVERYTHING), EVERYTHING);
    assert.strictEqual(id(PACK), PACK);
    assert.strictEqual(id('kam'), 'unknown kam');
    assert.strictEqual(id({ kind: 'concept', conceptId: 'kam' }), 'unknown kam');
  });

  test('the default file is "CRM Study - <scope>.txt", safe as a file name everywhere', () => {
    assert.strictEqual(exportFileName({ name: 'Everything' }), 'CRM Study - Everything.txt');
    assert.strictEqual(exportFileName({ name: 'Payne & Frow: the five processes' }), 'CRM Study - Payne & Frow - the five processes.txt');
    assert.strictEqual(exportFileName({ name: 'My notes · crm/week4?' }), 'CRM Study - My notes · crm-week4-.txt');
  });

  test('the message says what was written, and how to bring it into Anki', () => {
    assert.strictEqual(
      exportedMessage(361, 340, 8, 'CRM Study - Everything.txt'),
      'Exported 361 cards as 340 Anki notes in 8 decks to CRM Study - Everything.txt. In Anki: File > Import, then pick the file.',
    );
    assert.strictEqual(exportedMessage(1, 1, 1, 'x.txt'), 'Exported 1 card as 1 Anki note in 1 deck to x.txt. In Anki: File > Import, then pick the file.');
  });
});
