// CONTRACT STUB (replaced by the grammar work): what a student's note holds,
// read into the content model. Only the types and signatures here are fixed;
// the body below handles single-line `front::back` in #flashcards notes so the
// notes index can be built and tested against something real meanwhile.

import { Card, Concept, Diagnostic, fileTopicId, Topic } from '../content/model';

/** Which note is being read. */
export interface NoteSource {
  /** The note's URI as vscode.Uri.toString() gives it: goes into Concept.uri / Card.uri / Topic.uri. */
  uri: string;
  /** The path a student sees (workspace-relative, "folder/notes/week3.md" in a multi-root workspace): goes into `file` and diagnostics. */
  file: string;
}

/** Where "Pin card id" would write `{#id}`: at the end of the card's first line. */
export interface PinPlace {
  /** 1-based line of the card's first line. */
  line: number;
  /** 0-based column at the end of that line (before trailing whitespace). */
  column: number;
  /** The id suffix to pin, exactly what the card (and its siblings) have now: pinning keeps its progress. */
  pin: string;
  /** The card ids this pin keeps (a cloze with two deletions or a two-way card has more than one). */
  cardIds: string[];
}

/** An edit that fixes a diagnostic where the fix is obvious. Lines 1-based, columns 0-based, in the note's text. */
export interface NoteFix {
  title: string;
  line: number;
  start: number;
  end: number;
  text: string;
}

export interface NoteDiagnostic extends Diagnostic {
  fix?: NoteFix;
}

export interface ParsedNote {
  /** The group the note belongs to: its deck (from #flashcards/<deck>) or, without one, the note itself. */
  topic: Topic;
  concepts: Concept[];
  cards: Card[];
  diagnostics: NoteDiagnostic[];
  /** Cards without a pinned id, where "Pin card id" would pin them. */
  pinnable: PinPlace[];
}

/** Card ids of notes start with this; pack card ids never contain ":". */
export const NOTE_CARD_PREFIX = 'notes:';

/**
 * The cheap first look: false when the text cannot hold study content (most
 * notes), so the full parse is skipped. May say true for a note that turns out
 * to hold nothing; never false for one that holds something.
 */
export function mayHoldStudyContent(text: string): boolean {
  return /#flashcards/i.test(text) || /^[ \t]{0,3}[:~][ \t]/m.test(text) || /^###[ \t]+(cards|parts)[ \t]*$/im.test(text) || /^(aliases|source|related|id)[ \t]*:/im.test(text);
}

export function parseNote(text: string, note: NoteSource): ParsedNote {
  const title = note.file.replace(/^.*\//, '').replace(/\.md$/i, '');
  const topic: Topic = { id: fileTopicId(note.file), title, order: Number.MAX_SAFE_INTEGER, summary: '', file: note.file, line: 1, uri: note.uri };
  const cards: Card[] = [];
  const concepts: Concept[] = [];
  if (/#flashcards/i.test(text)) {
    text.split(/\r\n?|\n/).forEach((line, i) => {
      const at = line.indexOf('::');
      if (at <= 0) return;
      const prompt = line.slice(0, at).trim();
      const answer = line.slice(at + 2).trim();
      if (!prompt || !answer) return;
      const slug = prompt.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'card';
      cards.push({ id: `${NOTE_CARD_PREFIX}${slug}`, uri: note.uri, conceptId: '', topic: topic.id, source: '', kind: 'basic', prompt, answer, file: note.file, line: i + 1 });
    });
  }
  return { topic, concepts, cards, diagnostics: [], pinnable: [] };
}
