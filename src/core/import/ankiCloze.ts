// Anki's cloze deletions, `{{c1::text}}` and `{{c1::text::hint}}` (also
// `{{c1,2::text}}`, and one deletion inside another), as the project's cloze
// cards. Anki makes one card per c-number, hiding that number's deletions and
// showing the others as plain text; so does this: one `{{text::hint}}` text
// per number. Both the Anki and the CSV reader use it.

interface Deletion {
  numbers: number[];
  content: Node[];
  hint?: string;
}
type Node = string | Deletion;

const OPEN = /\{\{c(\d+(?:\s*,\s*\d+)*)::/y;

/** True when the text holds an Anki deletion opener such as `{{c1::`. */
export function hasAnkiCloze(text: string): boolean {
  return /\{\{c\d+(?:\s*,\s*\d+)*::/.test(text);
}

interface Parsed {
  nodes: Node[];
  end: number;
  stop: 'close' | 'hint' | 'end';
}

/** Reads text and deletions from `at`; inside a deletion it stops at its `::` (the hint) or `}}`. */
function parseSequence(text: string, at: number, inside: boolean, unclosed: { count: number }): Parsed {
  const nodes: Node[] = [];
  let plain = '';
  let i = at;
  const flush = () => {
    if (plain) nodes.push(plain);
    plain = '';
  };
  while (i < text.length) {
    if (inside && text.startsWith('}}', i)) {
      flush();
      return { nodes, end: i + 2, stop: 'close' };
    }
    if (inside && text.startsWith('::', i)) {
      flush();
      return { nodes, end: i + 2, stop: 'hint' };
    }
    OPEN.lastIndex = i;
    const open = text[i] === '{' ? OPEN.exec(text) : null;
    if (open) {
      const deletion = parseDeletion(text, OPEN.lastIndex, open[1], unclosed);
      if (deletion) {
        flush();
        nodes.push(deletion.node);
        i = deletion.end;
        continue;
      }
      // Never closed: Anki shows it as written, and so do we.
      unclosed.count++;
      plain += open[0];
      i += open[0].length;
      continue;
    }
    plain += text[i++];
  }
  flush();
  return { nodes, end: i, stop: 'end' };
}

function parseDeletion(text: string, at: number, numbers: string, unclosed: { count: number }): { node: Deletion; end: number } | undefined {
  const content = parseSequence(text, at, true, unclosed);
  const node: Deletion = { numbers: numbers.split(',').map((n) => parseInt(n, 10)), content: content.nodes };
  if (content.stop === 'close') return { node, end: content.end };
  if (content.stop !== 'hint') return undefined;
  const close = text.indexOf('}}', content.end);
  if (close < 0) return undefined;
  node.hint = text.slice(content.end, close);
  return { node, end: close + 2 };
}

function render(nodes: Node[], number: number): string {
  let out = '';
  for (const node of nodes) {
    if (typeof node === 'string') out += node;
    else if (node.numbers.includes(number)) {
      const hint = node.hint?.trim() ? `::${node.hint.trim()}` : '';
      out += `{{${render(node.content, 0).trim()}${hint}}}`;
    } else out += render(node.content, number);
  }
  return out;
}

function collectNumbers(nodes: Node[], into: Set<number>): void {
  for (const node of nodes) {
    if (typeof node === 'string') continue;
    for (const n of node.numbers) into.add(n);
    collectNumbers(node.content, into);
  }
}

export interface AnkiClozeCard {
  number: number;
  /** The text in the project's syntax, hiding this number's deletions. */
  text: string;
}

/** One card per c-number, in number order; `unclosed` counts openers with no `}}` (left as written). */
export function ankiClozeCards(text: string): { cards: AnkiClozeCard[]; unclosed: number } {
  const unclosed = { count: 0 };
  const { nodes } = parseSequence(text, 0, false, unclosed);
  const numbers = new Set<number>();
  collectNumbers(nodes, numbers);
  const cards = [...numbers].sort((a, b) => a - b).map((number) => ({ number, text: render(nodes, number) }));
  return { cards, unclosed: unclosed.count };
}
