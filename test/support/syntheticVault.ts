// A synthetic vault of student notes for the notes benchmark: seeded, so every
// run reads the same vault. Notes are 1-10 KB of ordinary Markdown (headings,
// paragraphs, lists, links, code blocks holding `::` and `==` that must never
// become cards); a third of them hold study content in the forms issue 11
// names: #flashcards notes (some with a nested deck tag) with `front::back`,
// `front:::back`, multi-line `?` cards and ==cloze== highlights, definition
// lists, and concepts in the pack's convention with `### Cards`.

import * as fs from 'fs';
import * as path from 'path';
import { createRng, pickOne, randomInt, Rng } from '../../src/core/util/rng';

export interface VaultNote {
  /** Relative path with `/`, e.g. "week03/lecture-0042.md". */
  file: string;
  text: string;
  /** Whether the generator put study content in it. */
  studies: boolean;
}

const WORDS = (
  'customer relationship management strategy value retention loyalty acquisition channel segment data analytics ' +
  'profit lifetime service quality trust commitment partner supplier employee owner market campaign insight ' +
  'behaviour purchase recency frequency monetary churn account manager process framework integration information ' +
  'performance assessment experience touchpoint journey satisfaction complaint recovery social media community ' +
  'the a of to and in for with on is that by from as this which are be it an or at their can more most each'
).split(' ');
const TERMS = ['Churn', 'Customer lifetime value', 'Key account management', 'RFM analysis', 'Share of wallet', 'Touchpoint', 'Service recovery', 'Customer journey', 'Loyalty ladder', 'Net promoter score', 'Segmentation', 'Cross-selling'];
const ACRONYMS = ['CLV', 'KAM', 'RFM', 'SOW', 'NPS', 'CSAT', 'CES', 'SFA'];

function words(rng: Rng, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(WORDS[randomInt(rng, WORDS.length)]);
  return out.join(' ');
}

function sentence(rng: Rng): string {
  const text = words(rng, 6 + randomInt(rng, 14));
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

function paragraph(rng: Rng): string {
  const lines: string[] = [];
  let line = '';
  for (let s = 2 + randomInt(rng, 5); s > 0; s--) {
    line += (line ? ' ' : '') + sentence(rng);
    if (line.length > 70) {
      lines.push(line);
      line = '';
    }
  }
  if (line) lines.push(line);
  if (rng.next() < 0.3) lines.push(`See [the ${words(rng, 2)} slides](https://example.org/crm/${randomInt(rng, 999)}) and [[week ${1 + randomInt(rng, 12)}]].`);
  return lines.join('\n');
}

function list(rng: Rng): string {
  const ordered = rng.next() < 0.5;
  const items: string[] = [];
  for (let i = 0, n = 3 + randomInt(rng, 5); i < n; i++) items.push(`${ordered ? `${i + 1}.` : '-'} **${words(rng, 2)}**: ${words(rng, 5 + randomInt(rng, 8))}`);
  return items.join('\n');
}

function codeBlock(rng: Rng): string {
  const lines = [
    '```cpp',
    `std::vector<int> ${pickOne(rng, ['scores', 'visits', 'orders'])} = load();`,
    'if (a == b) { std::cout << "equal" << std::endl; }',
    `auto x = customer::${pickOne(rng, ['value', 'segment'])}(); // ==not a cloze==`,
    '```',
  ];
  return lines.join('\n');
}

/** A piece of ordinary note: what most of every note is. */
function prose(rng: Rng): string {
  const r = rng.next();
  if (r < 0.12) return `## ${words(rng, 3)}`;
  if (r < 0.22) return list(rng);
  if (r < 0.3) return codeBlock(rng);
  if (r < 0.34) return `> ${sentence(rng)}`;
  if (r < 0.38) return `Inline code such as \`map::find\` and \`x == y\` is not a card.`;
  return paragraph(rng);
}

function prompt(rng: Rng, i: number): string {
  return `What does ${words(rng, 3)} mean for ${pickOne(rng, TERMS)} (${i})?`;
}

/** Study content in one of the issue's forms. */
function studyBlock(rng: Rng, tagged: boolean, i: number): string {
  const r = rng.next();
  if (tagged && r < 0.3) {
    const lines: string[] = [];
    for (let k = 0, n = 2 + randomInt(rng, 4); k < n; k++) lines.push(`${prompt(rng, i * 10 + k)}::${sentence(rng)}`);
    if (rng.next() < 0.3) lines.push(`${pickOne(rng, ACRONYMS)} (${i}):::${pickOne(rng, TERMS)} ${i}`);
    return lines.join('\n');
  }
  if (tagged && r < 0.45) return `${prompt(rng, i)}\n?\n${sentence(rng)}\n${sentence(rng)}`;
  if (tagged && r < 0.6) return `The ==${pickOne(rng, TERMS)}== of a segment is ${words(rng, 6)}, and ==${words(rng, 2)}== ${words(rng, 4)} (${i}).`;
  if (r < 0.8) {
    const term = `${pickOne(rng, TERMS)} ${i}`;
    return `${term}${rng.next() < 0.3 ? ` (${pickOne(rng, ACRONYMS)})` : ''}\n: ${sentence(rng)} ${sentence(rng)}`;
  }
  const term = `${pickOne(rng, TERMS)} variant ${i}`;
  return [
    `## ${term}`,
    `aliases: ${words(rng, 2)}`,
    `related: ${pickOne(rng, ['kam', 'crm', 'clv'])}`,
    '',
    paragraph(rng),
    '',
    '### Cards',
    '',
    `Q: ${prompt(rng, i)}`,
    `A: ${sentence(rng)}`,
    '',
    `Cloze: The {{${words(rng, 1)}}} of ${words(rng, 3)} (${i}).`,
  ].join('\n');
}

/** One note of about `size` characters. */
export function syntheticNote(rng: Rng, index: number, size: number, studies: boolean): string {
  const blocks: string[] = [`# ${words(rng, 3)} ${index}`];
  const tagged = studies && rng.next() < 0.7;
  if (tagged) blocks.push(rng.next() < 0.5 ? '#flashcards' : `#flashcards/crm/week${1 + randomInt(rng, 12)}`);
  let length = blocks.join('\n\n').length;
  let study = 0;
  while (length < size) {
    const block = studies && rng.next() < 0.25 ? studyBlock(rng, tagged, index * 100 + study++) : prose(rng);
    blocks.push(block);
    length += block.length + 2;
  }
  if (studies && study === 0) blocks.push(studyBlock(rng, tagged, index * 100));
  return `${blocks.join('\n\n')}\n`;
}

/** `count` notes of 1-10 KB in twelve week folders, a third of them with study content. */
export function syntheticVault(count: number, seed = 11): VaultNote[] {
  const rng = createRng(seed);
  const notes: VaultNote[] = [];
  for (let i = 0; i < count; i++) {
    const studies = i % 3 === 0;
    const size = 1024 + randomInt(rng, 8 * 1024); // blocks overshoot by up to ~1 KB: notes of 1-10 KB
    const folder = `week${String(1 + (i % 12)).padStart(2, '0')}`;
    notes.push({ file: `${folder}/note-${String(i).padStart(5, '0')}.md`, text: syntheticNote(rng, i, size, studies), studies });
  }
  return notes;
}

/** Writes the notes under `dir` (created), returning their absolute paths in the same order. */
export function writeVault(dir: string, notes: readonly VaultNote[]): string[] {
  const paths: string[] = [];
  for (const note of notes) {
    const file = path.join(dir, ...note.file.split('/'));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, note.text);
    paths.push(file);
  }
  return paths;
}
