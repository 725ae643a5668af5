// Which notes the index leaves out: globs as files.exclude / search.exclude /
// crmStudy.notes.exclude mean them (VS Code's glob syntax, matched from the
// workspace folder's root), and .gitignore files as git reads them.

import * as assert from 'assert';
import { enabledGlobs, excludeFilter, GitIgnores, globFilter, globToRegExp, rerooted } from '../../src/core/notes/excludes';

function expectGlob(glob: string, matches: string[], misses: string[], ignoreCase = false): void {
  const excluded = globFilter([glob], { ignoreCase });
  for (const path of matches) assert.ok(excluded(path), `${glob} should exclude ${path}`);
  for (const path of misses) assert.ok(!excluded(path), `${glob} should not exclude ${path}`);
}

suite('Excluding notes by glob', () => {
  test("VS Code's default excludes leave out .git and node_modules at any depth", () => {
    expectGlob('**/.git', ['.git/HEAD.md', 'sub/.git/x.md'], ['.github/notes.md', 'git.md']);
    expectGlob('**/node_modules', ['node_modules/pkg/README.md', 'a/b/node_modules/x/y.md'], ['node_modules_old.md', 'my-node_modules/readme.md']);
    expectGlob('**/node_modules/**', ['a/node_modules/x.md'], ['a/node_modulesx/x.md']);
  });

  test('a pattern without **/ is matched from the folder root, as in the settings (the docs: "you must use **/example")', () => {
    expectGlob('build', ['build/notes.md', 'build/deep/x.md'], ['src/build/notes.md', 'building.md']);
    expectGlob('build/', ['build/notes.md'], ['docs/build/x.md']);
    expectGlob('*.tmp.md', ['scratch.tmp.md'], ['notes/scratch.tmp.md', 'scratch.md']);
    expectGlob('**/*.tmp.md', ['scratch.tmp.md', 'notes/a/b.tmp.md'], ['notes/b.md']);
    expectGlob('drafts/**', ['drafts/a.md', 'drafts/x/y.md'], ['old/drafts/a.md', 'drafts.md']);
    expectGlob('**/archive/*.md', ['archive/a.md', 'y/archive/b.md'], ['archive/sub/c.md', 'archive.md']);
  });

  test('? is one character, * stays within a segment, ** spans segments', () => {
    expectGlob('week?.md', ['week1.md', 'weekA.md'], ['week10.md', 'week.md', 'week/.md']);
    expectGlob('notes/*.md', ['notes/a.md'], ['notes/sub/a.md', 'notes.md']);
    expectGlob('notes/**/*.md', ['notes/a.md', 'notes/sub/deeper/a.md'], ['other/a.md']);
    expectGlob('**', ['a.md', 'x/y/z.md'], []);
  });

  test('{a,b} alternatives, also with slashes and globs inside', () => {
    expectGlob('**/{drafts,old}', ['drafts/a.md', 'x/old/b.md'], ['x/older/b.md']);
    expectGlob('{**/*.bak.md,tmp/**}', ['a/b.bak.md', 'tmp/x.md'], ['a/tmp/x.md', 'a/b.md']);
    expectGlob('week{1,2}.md', ['week1.md', 'week2.md'], ['week3.md']);
  });

  test('[abc] ranges and [!abc] negated ranges within one segment', () => {
    expectGlob('week[0-9].md', ['week3.md'], ['weeka.md', 'week10.md']);
    expectGlob('week[!0-9].md', ['weeka.md'], ['week3.md', 'week/.md']);
    expectGlob('[]x].md', ['].md', 'x.md'], ['y.md']);
    expectGlob('a[.md', ['a[.md'], ['a.md'], false);
  });

  test('special characters are literal, and a backslash path is read with slashes', () => {
    expectGlob('notes (old)/+x.md', ['notes (old)/+x.md'], ['notes old/x.md']);
    expectGlob('**/drafts', ['a\\drafts\\b.md'], []);
  });

  test('case: exact by default (Linux), either case when asked (Windows, macOS)', () => {
    expectGlob('**/Drafts', ['Drafts/a.md'], ['drafts/a.md']);
    expectGlob('**/Drafts', ['drafts/a.md', 'DRAFTS/a.md'], [], true);
  });

  test('an empty or unreadable pattern excludes nothing, and never throws', () => {
    assert.strictEqual(globToRegExp('   '), undefined);
    assert.ok(!globFilter(['', '[/]', '{'])('a.md'));
    assert.ok(!globFilter(['[/]'])('/'));
  });

  test("a setting's patterns: true turns one on, false and sibling clauses do not; an array is taken as it is", () => {
    assert.deepStrictEqual(
      enabledGlobs({ '**/.git': true, '**/node_modules': false, '**/*.js': { when: '$(basename).ts' }, '': true, '**/tmp': true }),
      ['**/.git', '**/tmp'],
    );
    assert.deepStrictEqual(enabledGlobs(['**/drafts', 3, '', 'old']), ['**/drafts', 'old']);
    assert.deepStrictEqual(enabledGlobs(undefined), []);
    assert.deepStrictEqual(enabledGlobs('**/x'), []);
  });
});

suite('Excluding notes by .gitignore', () => {
  const gitignores = (files: Record<string, string>) => {
    const ignores = new GitIgnores();
    for (const [dir, text] of Object.entries(files)) ignores.set(dir, text);
    return ignores;
  };

  test('a root .gitignore: folders with a trailing slash, globs at any depth, comments and blank lines', () => {
    const ignores = gitignores({ '': '# build output\nbuild/\n\n*.tmp\n/dist\n' });
    assert.ok(ignores.ignores('build/out.md'));
    assert.ok(ignores.ignores('docs/build/out.md'), 'build/ matches a build folder at any depth');
    assert.ok(ignores.ignores('a/b/x.tmp'));
    assert.ok(ignores.ignores('dist/x.md'));
    assert.ok(!ignores.ignores('docs/dist/x.md'), '/dist is anchored at the root');
    assert.ok(!ignores.ignores('notes/week3.md'));
    assert.ok(!ignores.ignores('build.md'));
  });

  test('negation re-includes a file, but nothing inside an ignored folder comes back', () => {
    const ignores = gitignores({ '': '*.md\n!keep.md\nprivate/\n!private/shared.md\n' });
    assert.ok(ignores.ignores('notes/a.md'));
    assert.ok(!ignores.ignores('notes/keep.md'));
    assert.ok(ignores.ignores('private/shared.md'), 'git cannot re-include a file whose folder is ignored');
  });

  test('a nested .gitignore applies to its own folder only, relative to it, and wins over the root one', () => {
    const ignores = gitignores({
      '': 'scratch/\n*.draft.md\n',
      'course/week3': 'answers.md\n/local/\n!final.draft.md\n',
    });
    assert.ok(ignores.ignores('course/week3/answers.md'));
    assert.ok(ignores.ignores('course/week3/sub/answers.md'), 'a rule without a slash matches at any depth below its folder');
    assert.ok(!ignores.ignores('course/week4/answers.md'), 'not outside its folder');
    assert.ok(!ignores.ignores('answers.md'));
    assert.ok(ignores.ignores('course/week3/local/x.md'));
    assert.ok(!ignores.ignores('course/week3/sub/local/x.md'), '/local/ is anchored at its own folder');
    assert.ok(ignores.ignores('course/week3/other.draft.md'), "the root's rules still apply below");
    assert.ok(!ignores.ignores('course/week3/final.draft.md'), "the deeper file's ! wins over the root's rule");
    assert.ok(ignores.ignores('course/week4/final.draft.md'));
    assert.ok(ignores.ignores('course/week3/scratch/x.md'));
  });

  test('rules are re-rooted at their folder: anchored ones under it, the others at any depth below it', () => {
    assert.deepStrictEqual(rerooted('a.md\n/b/\nc/d.md\n!e.md\n# note\n\n/\n', 'notes'), ['notes/**/a.md', 'notes/b/', 'notes/c/d.md', '!notes/**/e.md']);
    assert.deepStrictEqual(rerooted('\uFEFFa.md\r\nb/\r\n', ''), ['a.md', 'b/']);
  });

  test('replacing or deleting a .gitignore changes what is ignored', () => {
    const ignores = gitignores({ notes: 'old/\n' });
    assert.ok(ignores.ignores('notes/old/a.md'));
    ignores.set('notes', 'new/\n');
    assert.ok(!ignores.ignores('notes/old/a.md'));
    assert.ok(ignores.ignores('notes/new/a.md'));
    ignores.delete('notes');
    assert.ok(!ignores.ignores('notes/new/a.md'));
    assert.strictEqual(ignores.size, 0);
  });

  test('odd paths are not ignored and do not throw', () => {
    const ignores = gitignores({ '': '*\n' });
    assert.ok(!ignores.ignores(''));
    assert.ok(!ignores.ignores('../outside.md'));
    assert.ok(ignores.ignores('./a.md'));
  });

  test('together: a note is left out when a glob or a .gitignore says so', () => {
    const excluded = excludeFilter(['**/node_modules', 'archive'], gitignores({ '': 'build/\n' }));
    assert.ok(excluded('x/node_modules/a.md'));
    assert.ok(excluded('archive/2019.md'));
    assert.ok(excluded('build/a.md'));
    assert.ok(!excluded('notes/week3.md'));
    assert.ok(!excludeFilter([])('notes/week3.md'));
  });
});
