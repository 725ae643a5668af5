// The wording check: no run of N consecutive words in our content may appear in
// the course's source material (../shared/seeds). Words are compared lower-cased
// with punctuation ignored, so light re-punctuation does not hide a copy.

import * as fs from 'fs';
import * as path from 'path';

export const RUN_LENGTH = 12;
export const SEEDS_DIR = path.join(__dirname, '..', '..', '..', 'shared', 'seeds');
export const CONTENT_DIR = path.join(__dirname, '..', '..', 'content');

export interface CopiedRun {
  file: string;
  line: number;
  words: string;
}

function words(text: string): Array<{ word: string; line: number }> {
  const out: Array<{ word: string; line: number }> = [];
  text.split('\n').forEach((lineText, i) => {
    for (const match of lineText.toLowerCase().matchAll(/[a-z0-9']+/g)) out.push({ word: match[0], line: i + 1 });
  });
  return out;
}

export function findCopiedRuns(content: Array<{ file: string; text: string }>, seeds: string[], n = RUN_LENGTH): CopiedRun[] {
  const seedRuns = new Set<string>();
  for (const seed of seeds) {
    const w = words(seed).map((x) => x.word);
    for (let i = 0; i + n <= w.length; i++) seedRuns.add(w.slice(i, i + n).join(' '));
  }
  const hits: CopiedRun[] = [];
  for (const { file, text } of content) {
    const w = words(text);
    for (let i = 0; i + n <= w.length; i++) {
      const run = w.slice(i, i + n).map((x) => x.word).join(' ');
      if (seedRuns.has(run) && !hits.some((h) => h.file === file && h.line === w[i].line)) hits.push({ file, line: w[i].line, words: run });
    }
  }
  return hits;
}

export function readDir(dir: string, filter: (name: string) => boolean): Array<{ file: string; text: string }> {
  return fs.readdirSync(dir).filter(filter).sort().map((name) => ({ file: path.join(dir, name), text: fs.readFileSync(path.join(dir, name), 'utf8') }));
}

export function contentFiles(): Array<{ file: string; text: string }> {
  return readDir(CONTENT_DIR, (n) => n.endsWith('.md'));
}

/** The test fixtures a student's text is imitated in (notes, copied sets, exports): our own words too. */
export function fixtureFiles(): Array<{ file: string; text: string }> {
  const root = path.join(__dirname, '..', 'fixtures');
  const walk = (dir: string): Array<{ file: string; text: string }> =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return walk(full);
      return /\.(md|txt|csv|tsv)$/.test(entry.name) ? [{ file: full, text: fs.readFileSync(full, 'utf8') }] : [];
    });
  return walk(root);
}

export function seedTexts(): string[] | undefined {
  if (!fs.existsSync(SEEDS_DIR)) return undefined;
  return readDir(SEEDS_DIR, (n) => n.endsWith('.txt')).map((s) => s.text);
}
