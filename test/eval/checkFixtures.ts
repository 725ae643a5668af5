// The labelled exam the note checks are marked on (issue 14): reads the
// fixtures in test/fixtures/check-notes/ and their labels. The labels are
// HTML comments that this module cuts out (each of their lines becomes an
// empty line, so line numbers stay those of the file) before anything is
// checked: the matchers never see them. Shared by `npm run eval:check` and
// the unit test that keeps the labels well-formed.
//
// A framework note (frameworks/*.md) is split into regions by its labels: a
// label describes everything between the previous label (or the top of the
// file) and itself.
//
//   <!-- expect: scope   anything after the id is a comment
//   "S - suppliers" -> Suppliers
//   "the bank manager" -> none
//   -->
//
// says the region holds one section about the concept `scope`, and names, for
// each item the student wrote (quoted: a piece of its text that occurs once
// in the region), the part it names as content/*.md spells it, or `none`.
// `<!-- expect: none  why -->` says no section should be found in the region.
//
// An answer (answers/*.md) starts with its label and the rest is the answer:
//
//   <!-- expect: card=five-crm-processes/discuss-payne-and-frows-framework-of-five-key
//   covered: 1, 2, 3
//   missing: 4, 5, 6
//   -->
//
// Key points are numbered from 1 in the order the card lists them; every one
// is either covered or missing, so a label cannot silently skip one.

import * as fs from 'fs';
import * as path from 'path';

export const FIXTURES_DIR = path.join(__dirname, '..', 'fixtures', 'check-notes');

/** One item the student wrote and the part a marker says it names. */
export interface ItemLabel {
  /** The quoted text, as in the label. */
  text: string;
  /** A part's name as in content/*.md, or undefined for "names no part". */
  part: string | undefined;
  /** Where the quoted text sits in the stripped note (0-based line, [start, end) in it); undefined when it is not found exactly once. */
  at?: { line: number; start: number; end: number };
  /** How many times the quoted text occurs in the region (1 for a well-formed label). */
  occurrences: number;
}

export interface RegionLabel {
  file: string;
  /** 0-based line of `<!-- expect:` (the region is [startLine, labelLine)). */
  labelLine: number;
  startLine: number;
  /** The concept id of the one section in the region, or undefined: no section here. */
  concept: string | undefined;
  comment: string;
  items: ItemLabel[];
  /** Label lines that could not be read. */
  problems: string[];
}

export interface FrameworkNote {
  file: string;
  /** The note as the matcher sees it: label lines emptied. */
  lines: string[];
  regions: RegionLabel[];
}

export interface AnswerFixture {
  file: string;
  cardId: string;
  /** 1-based key point numbers. */
  covered: number[];
  missing: number[];
  /** The answer as the student would select it: the file without its label, trimmed. */
  text: string;
  /** Its first line when that is a Markdown heading (for the question pre-selection). */
  heading: string | undefined;
  words: number;
  problems: string[];
}

const OPEN = /^\s*<!--\s*expect:\s*(.*)$/;
const CLOSE = '-->';
const ITEM = /^\s*"(.+)"\s*->\s*(.+?)\s*$/;

/** The labels of a file: their lines (inclusive) and their inner text, the `expect:` line first. */
function labelsOf(lines: string[]): Array<{ start: number; end: number; body: string[] }> {
  const out: Array<{ start: number; end: number; body: string[] }> = [];
  for (let i = 0; i < lines.length; i++) {
    const open = OPEN.exec(lines[i]);
    if (!open) continue;
    const body: string[] = [];
    let end = i;
    let first = open[1];
    for (;;) {
      const text = end === i ? first : lines[end];
      const close = text.indexOf(CLOSE);
      if (close >= 0) {
        body.push(text.slice(0, close));
        break;
      }
      body.push(text);
      if (++end >= lines.length) break;
      first = '';
    }
    out.push({ start: i, end: Math.min(end, lines.length - 1), body: body.map((b) => b.trim()).filter((b) => b !== '') });
    i = end;
  }
  return out;
}

function occurrencesIn(lines: string[], from: number, to: number, text: string): Array<{ line: number; start: number; end: number }> {
  const found: Array<{ line: number; start: number; end: number }> = [];
  for (let line = from; line < to; line++) {
    for (let at = lines[line].indexOf(text); at >= 0; at = lines[line].indexOf(text, at + 1)) found.push({ line, start: at, end: at + text.length });
  }
  return found;
}

export function readFrameworkNote(file: string, text: string): FrameworkNote {
  const lines = text.split(/\r?\n/);
  const labels = labelsOf(lines);
  for (const label of labels) for (let l = label.start; l <= label.end; l++) lines[l] = '';
  const regions: RegionLabel[] = [];
  let startLine = 0;
  for (const label of labels) {
    const [head = '', ...rest] = label.body;
    const [id = '', ...comment] = head.split(/\s+/);
    const problems: string[] = [];
    if (!id) problems.push('no concept id (or none) after "expect:"');
    const items: ItemLabel[] = [];
    for (const line of rest) {
      const m = ITEM.exec(line);
      if (!m) {
        problems.push(`not an item label ("text" -> Part): ${line}`);
        continue;
      }
      const found = occurrencesIn(lines, startLine, label.start, m[1]);
      items.push({ text: m[1], part: m[2] === 'none' ? undefined : m[2], at: found.length === 1 ? found[0] : undefined, occurrences: found.length });
    }
    regions.push({ file, labelLine: label.start, startLine, concept: id === 'none' || !id ? undefined : id, comment: comment.join(' '), items, problems });
    startLine = label.end + 1;
  }
  return { file, lines, regions };
}

function numbers(text: string): number[] {
  return text.split(',').map((n) => n.trim()).filter((n) => n !== '').map(Number);
}

export function readAnswer(file: string, text: string): AnswerFixture {
  const lines = text.split(/\r?\n/);
  const [label] = labelsOf(lines);
  const problems: string[] = [];
  let cardId = '';
  let covered: number[] = [];
  let missing: number[] = [];
  if (!label) problems.push('no <!-- expect: card=... --> label');
  else {
    for (const line of label.body) {
      const m = /^(card=|covered:|missing:)\s*(.*)$/.exec(line);
      if (!m) problems.push(`unreadable label line: ${line}`);
      else if (m[1] === 'card=') cardId = m[2].trim();
      else if (m[1] === 'covered:') covered = numbers(m[2]);
      else missing = numbers(m[2]);
    }
    lines.splice(label.start, label.end - label.start + 1);
  }
  const answer = lines.join('\n').trim();
  const first = answer.split('\n', 1)[0];
  const heading = /^#{1,6}\s/.test(first) ? first.replace(/^#+\s*/, '') : undefined;
  const words = answer.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
  return { file, cardId, covered, missing, text: answer, heading, words, problems };
}

function mdFiles(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => n.endsWith('.md')).sort() : [];
}

export function frameworkNotes(): FrameworkNote[] {
  const dir = path.join(FIXTURES_DIR, 'frameworks');
  return mdFiles(dir).map((name) => readFrameworkNote(`frameworks/${name}`, fs.readFileSync(path.join(dir, name), 'utf8')));
}

export function answerFixtures(): AnswerFixture[] {
  const dir = path.join(FIXTURES_DIR, 'answers');
  return mdFiles(dir).map((name) => readAnswer(`answers/${name}`, fs.readFileSync(path.join(dir, name), 'utf8')));
}
