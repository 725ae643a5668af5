// The pure parts of the notes index's VS Code side (src/features/myNotes):
// which paths the excludes leave out (VS Code globs and .gitignore files), the
// exclude settings as the index reads them, what a file's bytes must be to be
// read, URI path arithmetic for renamed folders, bounded concurrency, and the
// output channel's summary line.
import * as assert from 'assert';
import { enabledGlobs, findFilesExclude, globList } from '../../src/features/myNotes/excludeSettings';
import { decodeNote, MAX_NOTE_BYTES, sizeSkipReason } from '../../src/features/myNotes/noteText';
import { globToRegExp, interimExcludeMatcher } from '../../src/features/myNotes/pathMatcher';
import { isSameOrUnder, relativeToFolder } from '../../src/features/myNotes/paths';
import { forEachLimited } from '../../src/features/myNotes/pool';
import { summaryLine } from '../../src/features/myNotes/summary';

suite('Notes excludes: VS Code globs', () => {
  const cases: Array<[string, string, boolean]> = [
    ['**/node_modules', 'node_modules', true],
    ['**/node_modules', 'a/b/node_modules', true],
    ['**/node_modules', 'a/node_modules_x', false],
    ['**/*.tmp.md', 'x/y.tmp.md', true],
    ['*.md', 'week3.md', true],
    ['*.md', 'lectures/week3.md', false],
    ['drafts/**', 'drafts/a/b.md', true],
    ['drafts/**', 'old/drafts/b.md', false],
    ['**/drafts/**', 'old/drafts/b.md', true],
    ['week?.md', 'week3.md', true],
    ['week?.md', 'week12.md', false],
    ['week[0-4].md', 'week3.md', true],
    ['week[!0-4].md', 'week3.md', false],
    ['week[!0-4].md', 'week7.md', true],
    ['**/*.{tmp,bak}', 'a/b.bak', true],
    ['**/{build,out}', 'pkg/out', true],
    ['{a,{b,c}}/x.md', 'c/x.md', true],
    ['./notes/*.md', 'notes/a.md', true],
    ['notes/', 'notes', true],
    ['a+b (1).md', 'a+b (1).md', true],
  ];
  for (const [glob, path, expected] of cases) {
    test(`${glob} ${expected ? 'matches' : 'does not match'} ${path}`, () => {
      assert.strictEqual(globToRegExp(glob).test(path), expected);
    });
  }

  test('an excluded folder excludes every note inside it, at any depth', () => {
    const excluded = interimExcludeMatcher({ globs: ['**/.git', 'archive'], gitignores: [] });
    assert.strictEqual(excluded('archive/2023/week1.md'), true);
    assert.strictEqual(excluded('sub/.git/notes.md'), true);
    assert.strictEqual(excluded('lectures/archive.md'), false, 'a file named like the folder elsewhere is not it');
    assert.strictEqual(excluded('lectures/week1.md'), false);
  });
});

suite('Notes excludes: .gitignore files', () => {
  test('a root .gitignore ignores folders and patterns, with negation', () => {
    const excluded = interimExcludeMatcher({ globs: [], gitignores: [{ dir: '', text: 'build/\n*.log.md\n!keep.log.md\n# a comment\n' }] });
    assert.strictEqual(excluded('build/out.md'), true);
    assert.strictEqual(excluded('src/build/out.md'), true);
    assert.strictEqual(excluded('debug.log.md'), true);
    assert.strictEqual(excluded('keep.log.md'), false);
    assert.strictEqual(excluded('notes/week1.md'), false);
  });

  test('a nested .gitignore applies relative to its own folder only, and overrides its parent', () => {
    const excluded = interimExcludeMatcher({
      globs: [],
      gitignores: [
        { dir: '', text: '*.private.md\n' },
        { dir: 'course', text: '/scratch.md\n!shared.private.md\n' },
      ],
    });
    assert.strictEqual(excluded('course/scratch.md'), true);
    assert.strictEqual(excluded('scratch.md'), false, 'the nested rule is anchored to course/');
    assert.strictEqual(excluded('course/me.private.md'), true);
    assert.strictEqual(excluded('course/shared.private.md'), false, 'the deeper file un-ignores it');
    assert.strictEqual(excluded('other/shared.private.md'), true);
  });
});

suite('Notes excludes: the settings', () => {
  test('files.exclude-style objects give the patterns that are on, not the off or sibling-conditional ones', () => {
    assert.deepStrictEqual(enabledGlobs({ '**/.git': true, '**/drafts': false, '**/*.js': { when: '$(basename).ts' }, '': true }), ['**/.git']);
    assert.deepStrictEqual(enabledGlobs(['**/.git']), []);
    assert.deepStrictEqual(enabledGlobs(undefined), []);
  });

  test('crmStudy.notes.exclude keeps only its strings', () => {
    assert.deepStrictEqual(globList(['**/drafts/**', 3, '', null, 'old/*.md']), ['**/drafts/**', 'old/*.md']);
    assert.deepStrictEqual(globList('**/drafts/**'), []);
  });

  test('findFiles gets one glob of the patterns without braces, deduplicated', () => {
    assert.strictEqual(findFilesExclude([]), undefined);
    assert.strictEqual(findFilesExclude(['**/.git']), '**/.git');
    assert.strictEqual(findFilesExclude(['**/.git', '**/node_modules', '**/*.{a,b}', '**/.git']), '{**/.git,**/node_modules}');
  });
});

suite('Notes: what a file must be to be read', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  test('text in UTF-8 is read, a BOM dropped', () => {
    assert.deepStrictEqual(decodeNote(bytes('\uFEFFKAM::Key account management — café 客户')), { text: 'KAM::Key account management — café 客户' });
  });

  test('NUL bytes or invalid UTF-8 make it "not text", with the reason', () => {
    assert.deepStrictEqual(decodeNote(new Uint8Array([0x23, 0x20, 0x00, 0x41])), { skip: 'not text (it holds NUL bytes)' });
    assert.deepStrictEqual(decodeNote(new Uint8Array([0x23, 0x20, 0xc3, 0x28])), { skip: 'not text (not valid UTF-8)' });
  });

  test('over 1 MB is skipped before reading, saying how large it is; 1 MB exactly is read', () => {
    assert.strictEqual(sizeSkipReason(MAX_NOTE_BYTES), undefined);
    assert.strictEqual(sizeSkipReason(MAX_NOTE_BYTES + 1), 'larger than 1 MB (1.0 MB)');
    assert.strictEqual(sizeSkipReason(3 * MAX_NOTE_BYTES / 2), 'larger than 1 MB (1.5 MB)');
    assert.deepStrictEqual(decodeNote(new Uint8Array(MAX_NOTE_BYTES + 1).fill(0x61)), { skip: 'larger than 1 MB (1.0 MB)' });
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
