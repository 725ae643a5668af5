// The pure parts of the notes index's VS Code side (src/features/myNotes):
// the exclude settings as the index reads them (the globs and .gitignore rules
// themselves are core's: excludes.test.ts), URI path arithmetic for renamed folders, bounded concurrency, and the
// output channel's summary line.
import * as assert from 'assert';
import { enabledGlobs, findFilesExclude } from '../../src/features/myNotes/excludeSettings';
import { isSameOrUnder, relativeToFolder } from '../../src/features/myNotes/paths';
import { forEachLimited } from '../../src/features/myNotes/pool';
import { summaryLine } from '../../src/features/myNotes/summary';

suite('Notes excludes: the settings', () => {
  test('files.exclude-style objects give the patterns that are on, not the off or sibling-conditional ones', () => {
    assert.deepStrictEqual(enabledGlobs({ '**/.git': true, '**/drafts': false, '**/*.js': { when: '$(basename).ts' }, '': true }), ['**/.git']);
    assert.deepStrictEqual(enabledGlobs(undefined), []);
  });

  test('crmStudy.notes.exclude keeps only its strings', () => {
    assert.deepStrictEqual(enabledGlobs(['**/drafts/**', 3, '', null, 'old/*.md']), ['**/drafts/**', 'old/*.md']);
    assert.deepStrictEqual(enabledGlobs('**/drafts/**'), []);
  });

  test('findFiles gets one glob of the patterns without braces, deduplicated', () => {
    assert.strictEqual(findFilesExclude([]), undefined);
    assert.strictEqual(findFilesExclude(['**/.git']), '**/.git');
    assert.strictEqual(findFilesExclude(['**/.git', '**/node_modules', '**/*.{a,b}', '**/.git']), '{**/.git,**/node_modules}');
  });
});

suite('Notes: URI paths', () => {
  test('a note path relative to its folder, and not for a sibling folder with the same prefix', () => {
    assert.strictEqual(relativeToFolder('/work/notes', '/work/notes/week3/a.md'), 'week3/a.md');
    assert.strictEqual(relativeToFolder('/work/notes/', '/work/notes/a.md'), 'a.md');
    assert.strictEqual(relativeToFolder('/work/notes', '/work/notes-old/a.md'), undefined);
    assert.strictEqual(relativeToFolder('/work/notes', '/work/notes'), undefined);
  });

  test('what is under a deleted or renamed folder, and not a sibling with the same prefix', () => {
    assert.strictEqual(isSameOrUnder('file:///w/week3', 'file:///w/week3/a.md'), true);
    assert.strictEqual(isSameOrUnder('file:///w/week3', 'file:///w/week3'), true);
    assert.strictEqual(isSameOrUnder('file:///w/week3', 'file:///w/week30/a.md'), false);
  });
});

suite('Notes: bounded concurrency', () => {
  test('runs every item, never more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const seen: number[] = [];
    await forEachLimited([...Array(40).keys()], 8, async (item) => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, item % 3));
      seen.push(item);
      running--;
    });
    assert.strictEqual(most, 8);
    assert.deepStrictEqual([...seen].sort((a, b) => a - b), [...Array(40).keys()]);
  });

  test('an empty list resolves; a failing step rejects after the running ones finish', async () => {
    await forEachLimited([], 8, async () => assert.fail('no items'));
    const done: number[] = [];
    await assert.rejects(
      forEachLimited([1, 2, 3], 2, async (n) => {
        if (n === 1) throw new Error('unreadable');
        await new Promise((resolve) => setTimeout(resolve, 5));
        done.push(n);
      }),
      /unreadable/,
    );
    assert.deepStrictEqual(done, [2]);
  });
});

suite('Notes: the summary line', () => {
  test('says how many notes were read, how many hold study content, and how long it took', () => {
    assert.strictEqual(
      summaryLine({ notes: 120, fromCache: 0, withContent: 14, concepts: 3, cards: 40, ms: 84.6 }),
      'Notes: 120 notes read, 14 with study content (3 concepts, 40 cards) in 85 ms',
    );
    assert.strictEqual(
      summaryLine({ notes: 1, fromCache: 1, withContent: 1, concepts: 1, cards: 1, ms: 2 }),
      'Notes: 1 note read (1 unchanged, from the saved index), 1 with study content (1 concept, 1 card) in 2 ms',
    );
  });
});
