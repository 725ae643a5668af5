// Compiles a set of content files into one Pack and checks what no single file
// can: unique ids across the pack and related links that resolve. The build
// (esbuild.js) runs this over content/ and refuses to write a pack with errors.

import { parseDeck, ParseOptions } from './deckParser';
import { Card, Concept, Diagnostic, Pack, SourceLocation, Topic } from './model';

export interface ContentFile {
  /** The path shown in diagnostics, e.g. "content/03-relationships.md". */
  path: string;
  text: string;
}

export interface CompileResult {
  pack: Pack;
  diagnostics: Diagnostic[];
}

/** Which files of content/ are the pack: the Markdown files, not content/README.md (the syntax guide). */
export function isPackFile(name: string): boolean {
  return name.endsWith('.md') && name.toLowerCase() !== 'readme.md';
}

export function compilePack(files: ContentFile[], options: ParseOptions = {}): CompileResult {
  const diagnostics: Diagnostic[] = [];
  const topics: Topic[] = [];
  const concepts: Concept[] = [];
  const cards: Card[] = [];
  const relatedAt = new Map<Concept, SourceLocation>();
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const parsed = parseDeck(file.text, file.path, options);
    diagnostics.push(...parsed.diagnostics);
    if (parsed.topic) topics.push(parsed.topic);
    concepts.push(...parsed.concepts);
    cards.push(...parsed.cards);
    for (const concept of parsed.concepts) {
      const line = parsed.relatedLines.get(concept.id);
      if (line) relatedAt.set(concept, { file: file.path, line });
    }
  }
  const error = (at: SourceLocation, message: string) => diagnostics.push({ file: at.file, line: at.line, severity: 'error', message });

  reportDuplicates(topics, 'topic', error);
  reportDuplicates(concepts, 'concept', error);
  reportDuplicates(cards, 'card', error, ': pin a different id with {#some-id} at the end of the card\'s first line');

  const known = new Set(concepts.map((c) => c.id));
  for (const concept of concepts) {
    const at = relatedAt.get(concept) ?? concept;
    for (const related of concept.related) {
      if (related === concept.id) error(at, `concept "${concept.id}" lists itself as related`);
      else if (!known.has(related)) error(at, `related link to unknown concept "${related}"`);
    }
  }

  topics.sort((a, b) => a.order - b.order || a.file.localeCompare(b.file));
  diagnostics.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { pack: { version: 1, topics, concepts, cards }, diagnostics };
}

function reportDuplicates(items: Array<SourceLocation & { id: string }>, what: string, error: (at: SourceLocation, message: string) => void, hint = ''): void {
  const first = new Map<string, SourceLocation>();
  for (const item of items) {
    const seen = first.get(item.id);
    if (seen) error(item, `duplicate ${what} id "${item.id}" (first used at ${seen.file}:${seen.line})${hint}`);
    else first.set(item.id, item);
  }
}
