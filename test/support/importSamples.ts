// The import tests' inputs: the fixtures in test/fixtures/imports/ (our own
// wording) and the course's copied sets in ../shared/seeds/, read at test time
// and never copied into the repository. CRM_SEEDS_DIR points elsewhere (a git
// worktree has no ../shared beside it).

import * as fs from 'fs';
import * as path from 'path';
import type { ImportEntry, ImportSet } from '../../src/core/import/importModel';
import { SEEDS_DIR } from './wording';

export const IMPORT_FIXTURES = path.join(__dirname, '..', 'fixtures', 'imports');

export function importFixture(name: string): string {
  return fs.readFileSync(path.join(IMPORT_FIXTURES, name), 'utf8');
}

/** The text of the seed file whose name starts with `prefix` ("003"), or undefined when the seeds are absent. */
export function seedText(prefix: string): string | undefined {
  const dir = process.env.CRM_SEEDS_DIR ?? SEEDS_DIR;
  if (!fs.existsSync(dir)) return undefined;
  const name = fs.readdirSync(dir).find((file) => file.startsWith(`${prefix}_`));
  return name ? fs.readFileSync(path.join(dir, name), 'utf8') : undefined;
}

/** Each entry as [kind, line, front, back]; a multiple choice's back lists its options, the right one marked [x]. */
export function entryRows(set: ImportSet): Array<[string, number, string, string]> {
  return set.entries.map((e: ImportEntry) => {
    switch (e.kind) {
      case 'term': return [e.kind, e.line, e.term, e.definition];
      case 'basic': return [e.reverse ? 'reversed' : e.kind, e.line, e.prompt, e.answer];
      case 'cloze': return [e.kind, e.line, e.text, e.extra ?? ''];
      case 'multipleChoice': return [e.kind, e.line, e.prompt, e.choices.map((c) => `${c.correct ? '[x] ' : ''}${c.text}`).join(' | ')];
    }
  });
}
