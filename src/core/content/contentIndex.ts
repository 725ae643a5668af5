// The study content every feature reads: the bundled course pack, and beside it
// what the student's own notes hold, with the look-ups every feature needs (by
// id, by topic, cards of a concept or of a topic). The pack is loaded once at
// activation from dist/content.json; each note's part is replaced on its own as
// the note changes (setNote), and listeners hear one change per batch with what
// came and went, so a view updates only what it shows. Features and the quiz use
// these look-ups rather than regrouping the content themselves, and list topics
// in `topics` order: the pack's first, then the groups of notes by title.
// Replacing one note costs what that note holds: the look-up lists are kept per
// group (groupedList.ts) and the whole-content lists are snapshots rebuilt on
// their first read after a change; notes are listed in the order of their keys.

import { GroupedList, insertSorted, removeSorted } from './groupedList';
import { Card, CARD_KINDS, Concept, MY_NOTES, Pack, Topic } from './model';

/** What one note adds: the group (deck or file) it belongs to, its concepts and cards. */
export interface NoteContent {
  topic: Topic;
  concepts: readonly Concept[];
  cards: readonly Card[];
}

/** What one batch of note changes did. Replaced items appear in both lists. */
export interface ContentChange {
  addedConcepts: readonly Concept[];
  removedConcepts: readonly Concept[];
  addedCards: readonly Card[];
  removedCards: readonly Card[];
  /** True when a group of notes appeared, went away or was retitled. */
  topicsChanged: boolean;
}

export type ContentListener = (change: ContentChange) => void;

interface MutableChange {
  addedConcepts: Concept[];
  removedConcepts: Concept[];
  addedCards: Card[];
  removedCards: Card[];
  topicsChanged: boolean;
}

const titleOrder = new Intl.Collator(undefined);

/** Groups of notes by title, then id: the order they are listed in. */
function compareTopics(a: Topic, b: Topic): number {
  return titleOrder.compare(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export class ContentIndex {
  /** The pack's topics, in the compiler's order (by `order:` then file name). */
  readonly packTopics: readonly Topic[];
  private readonly packConcepts: readonly Concept[];
  private readonly packCards: readonly Card[];
  private readonly conceptsById = new Map<string, Concept>();
  private readonly topicsById = new Map<string, Topic>();
  private readonly cardsById = new Map<string, Card>();
  private readonly cardsByConcept = new GroupedList<Card>((card) => card.conceptId);
  private readonly conceptsByTopic = new GroupedList<Concept>((concept) => concept.topic);
  private readonly cardsByTopic = new GroupedList<Card>((card) => card.topic);
  /** Each note's part, by the key its indexer gave it (the note's URI). */
  private readonly notes = new Map<string, NoteContent>();
  /** The keys of `notes`, sorted: the order the notes' concepts and cards are listed in. */
  private readonly noteOrder: string[] = [];
  /** Which notes belong to each group of notes. */
  private readonly noteTopicUsers = new Map<string, Set<string>>();
  /** The groups of notes, kept sorted by compareTopics. */
  private readonly sortedNoteTopics: Topic[] = [];
  private readonly listeners = new Set<ContentListener>();
  private topicList?: readonly Topic[];
  private noteTopicList?: readonly Topic[];
  private noteLists?: { concepts: readonly Concept[]; cards: readonly Card[] };
  private allLists?: { concepts: readonly Concept[]; cards: readonly Card[] };
  private pending?: MutableChange;
  private batchDepth = 0;
  private changeCount = 0;

  constructor(pack: Pack) {
    this.packTopics = pack.topics;
    this.packConcepts = pack.concepts;
    this.packCards = pack.cards;
    for (const topic of pack.topics) this.topicsById.set(topic.id, topic);
    for (const concept of pack.concepts) {
      this.conceptsById.set(concept.id, concept);
      this.conceptsByTopic.addPack(concept);
    }
    for (const card of pack.cards) {
      this.cardsById.set(card.id, card);
      this.cardsByConcept.addPack(card);
      this.cardsByTopic.addPack(card);
    }
  }

  /** Parses and checks the shape of a compiled pack; throws a readable error if it is not one. */
  static fromJson(json: string): ContentIndex {
    const data = JSON.parse(json) as Partial<Pack>;
    if (!data || data.version !== 1) throw new Error(`unsupported content version ${String(data?.version)} (expected 1)`);
    for (const key of ['topics', 'concepts', 'cards'] as const) {
      if (!Array.isArray(data[key])) throw new Error(`content has no "${key}" array`);
    }
    const badCard = data.cards!.find((c) => !c || typeof c.id !== 'string' || !CARD_KINDS.includes(c.kind));
    if (badCard) throw new Error(`content has a malformed card ${JSON.stringify(badCard).slice(0, 80)}`);
    // Every feature reads these fields without guards (hover, tree, quiz): check them once here.
    const badConcept = data.concepts!.find(
      (c) =>
        !c || typeof c.id !== 'string' || typeof c.term !== 'string' || typeof c.definition !== 'string' ||
        !Array.isArray(c.aliases) || !Array.isArray(c.acronyms) || !Array.isArray(c.parts) || !Array.isArray(c.related),
    );
    if (badConcept) throw new Error(`content has a malformed concept ${JSON.stringify(badConcept).slice(0, 80)}`);
    return new ContentIndex(data as Pack);
  }

  /**
   * In the order a student sees them everywhere (sidebar, flashcards, quiz,
   * search): the pack's topics in the compiler's order, then the groups of
   * notes by title. Nothing re-sorts them.
   */
  get topics(): readonly Topic[] {
    if (!this.topicList) this.topicList = this.sortedNoteTopics.length ? [...this.packTopics, ...this.sortedNoteTopics] : this.packTopics;
    return this.topicList;
  }

  /** The pack's concepts in pack order, then the notes' concepts. */
  get concepts(): readonly Concept[] {
    return this.all().concepts;
  }

  /** The pack's cards in pack order, then the notes' cards. */
  get cards(): readonly Card[] {
    return this.all().cards;
  }

  /** The groups of notes (decks and files), by title. */
  get noteTopics(): readonly Topic[] {
    if (!this.noteTopicList) this.noteTopicList = this.sortedNoteTopics.slice();
    return this.noteTopicList;
  }

  /** Every note's concepts, note by note (in the order of the notes' keys). */
  get noteConcepts(): readonly Concept[] {
    return this.ofNotes().concepts;
  }

  /** Every note's cards, note by note (in the order of the notes' keys). */
  get noteCards(): readonly Card[] {
    return this.ofNotes().cards;
  }

  /** Grows by one with every batch of note changes: a cache built at version n is stale once this differs. */
  get version(): number {
    return this.changeCount;
  }

  concept(id: string): Concept | undefined {
    return this.conceptsById.get(id);
  }

  topic(id: string): Topic | undefined {
    return this.topicsById.get(id);
  }

  card(id: string): Card | undefined {
    return this.cardsById.get(id);
  }

  /** The cards of a concept, in content order. */
  cardsOf(conceptId: string): readonly Card[] {
    return this.cardsByConcept.get(conceptId);
  }

  /** The concepts of a topic (MY_NOTES: of every group of notes), in content order. */
  conceptsIn(topicId: string): readonly Concept[] {
    if (topicId === MY_NOTES) return this.noteConcepts;
    return this.conceptsByTopic.get(topicId);
  }

  /** The cards of a topic (MY_NOTES: of every group of notes), in content order. */
  cardsIn(topicId: string): readonly Card[] {
    if (topicId === MY_NOTES) return this.noteCards;
    return this.cardsByTopic.get(topicId);
  }

  /** The part of the note stored under `key`, if it has one. */
  note(key: string): NoteContent | undefined {
    return this.notes.get(key);
  }

  /** The keys of every note with a part here. */
  noteKeys(): IterableIterator<string> {
    return this.notes.keys();
  }

  /**
   * Replaces what the note under `key` adds (undefined, or nothing in it,
   * removes it). Card and concept ids must be unique across the pack and all
   * notes: the notes indexer settles clashes before it calls this. Costs what
   * the note held and holds, whatever the number of notes.
   */
  setNote(key: string, content: NoteContent | undefined): void {
    const old = this.notes.get(key);
    const next = content && (content.concepts.length > 0 || content.cards.length > 0) ? content : undefined;
    if (!old && !next) return;
    this.batch(() => {
      const change = this.pending!;
      const oldConcepts = old?.concepts ?? [];
      const oldCards = old?.cards ?? [];
      const newConcepts = next?.concepts ?? [];
      const newCards = next?.cards ?? [];
      for (const card of oldCards) {
        if (this.cardsById.get(card.id) === card) this.cardsById.delete(card.id);
        change.removedCards.push(card);
      }
      for (const concept of oldConcepts) {
        if (this.conceptsById.get(concept.id) === concept) this.conceptsById.delete(concept.id);
        change.removedConcepts.push(concept);
      }
      this.cardsByConcept.replace(key, oldCards, newCards);
      this.cardsByTopic.replace(key, oldCards, newCards);
      this.conceptsByTopic.replace(key, oldConcepts, newConcepts);
      for (const concept of newConcepts) {
        this.conceptsById.set(concept.id, concept);
        change.addedConcepts.push(concept);
      }
      for (const card of newCards) {
        this.cardsById.set(card.id, card);
        change.addedCards.push(card);
      }
      if (next) {
        if (!old) insertSorted(this.noteOrder, key);
        this.notes.set(key, next);
      } else {
        removeSorted(this.noteOrder, key);
        this.notes.delete(key);
      }
      if (old && old.topic.id !== next?.topic.id) this.leaveTopic(key, old.topic);
      if (next) this.joinTopic(key, next.topic, old?.topic.id === next.topic.id ? old.topic : undefined);
      this.noteLists = undefined;
      this.allLists = undefined;
    });
  }

  /** Runs `apply` (any number of setNote calls) and tells listeners once, at the end. */
  batch(apply: () => void): void {
    this.pending ??= { addedConcepts: [], removedConcepts: [], addedCards: [], removedCards: [], topicsChanged: false };
    this.batchDepth++;
    try {
      apply();
    } finally {
      this.batchDepth--;
    }
    if (this.batchDepth > 0) return;
    const change = this.pending;
    this.pending = undefined;
    const changed = change.addedCards.length + change.removedCards.length + change.addedConcepts.length + change.removedConcepts.length > 0 || change.topicsChanged;
    if (!changed) return;
    this.changeCount++;
    for (const listener of [...this.listeners]) listener(change);
  }

  /** Hears every batch of note changes; returns what stops it. */
  onDidChange(listener: ContentListener): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  summary(): string {
    return `Loaded ${this.packConcepts.length} concepts and ${this.packCards.length} cards in ${this.packTopics.length} topics`;
  }

  /** The note `key` is in the group `topic` (`previous`: the group's object it had before, same id). */
  private joinTopic(key: string, topic: Topic, previous: Topic | undefined): void {
    let users = this.noteTopicUsers.get(topic.id);
    if (!users) this.noteTopicUsers.set(topic.id, (users = new Set()));
    users.add(key);
    const shown = this.topicsById.get(topic.id);
    if (!shown) {
      this.topicsById.set(topic.id, topic);
      this.insertTopic(topic);
    } else if (shown === previous && shown !== topic) {
      // The group is shown with this note's object: take the new one (its title may have changed).
      this.replaceTopic(shown, topic);
    }
  }

  private leaveTopic(key: string, topic: Topic): void {
    const users = this.noteTopicUsers.get(topic.id);
    users?.delete(key);
    const shown = this.topicsById.get(topic.id);
    if (!users || users.size === 0) {
      this.noteTopicUsers.delete(topic.id);
      this.topicsById.delete(topic.id);
      if (shown) this.removeTopic(shown);
    } else if (shown === topic) {
      // The group was shown with the leaving note's object: show it with another member's.
      const [other] = users;
      this.replaceTopic(shown, this.notes.get(other)!.topic);
    }
  }

  private replaceTopic(shown: Topic, topic: Topic): void {
    this.topicsById.set(topic.id, topic);
    if (shown.title === topic.title) {
      const at = this.topicAt(shown);
      if (at !== -1) this.sortedNoteTopics[at] = topic;
      this.topicList = this.noteTopicList = undefined;
      return;
    }
    this.removeTopic(shown);
    this.insertTopic(topic);
  }

  private insertTopic(topic: Topic): void {
    this.sortedNoteTopics.splice(this.topicBound(topic), 0, topic);
    this.topicsMoved();
  }

  private removeTopic(topic: Topic): void {
    const at = this.topicAt(topic);
    if (at !== -1) this.sortedNoteTopics.splice(at, 1);
    this.topicsMoved();
  }

  /** Where `topic` sits in sortedNoteTopics, -1 if not there. */
  private topicAt(topic: Topic): number {
    const at = this.topicBound(topic);
    return this.sortedNoteTopics[at] === topic ? at : this.sortedNoteTopics.indexOf(topic);
  }

  /** The first place in sortedNoteTopics whose topic does not sort before `topic`. */
  private topicBound(topic: Topic): number {
    const list = this.sortedNoteTopics;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareTopics(list[mid], topic) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private topicsMoved(): void {
    this.topicList = this.noteTopicList = undefined;
    if (this.pending) this.pending.topicsChanged = true;
  }

  private ofNotes(): NonNullable<ContentIndex['noteLists']> {
    if (this.noteLists) return this.noteLists;
    const concepts: Concept[] = [];
    const cards: Card[] = [];
    for (const key of this.noteOrder) {
      const note = this.notes.get(key)!;
      for (const concept of note.concepts) concepts.push(concept);
      for (const card of note.cards) cards.push(card);
    }
    return (this.noteLists = { concepts, cards });
  }

  private all(): NonNullable<ContentIndex['allLists']> {
    if (this.allLists) return this.allLists;
    const notes = this.ofNotes();
    return (this.allLists = {
      concepts: notes.concepts.length ? [...this.packConcepts, ...notes.concepts] : this.packConcepts,
      cards: notes.cards.length ? [...this.packCards, ...notes.cards] : this.packCards,
    });
  }
}
