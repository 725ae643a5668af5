// The study content every feature reads: the bundled course pack, and beside it
// what the student's own notes hold, with the look-ups every feature needs (by
// id, by topic, cards of a concept or of a topic). The pack is loaded once at
// activation from dist/content.json; each note's part is replaced on its own as
// the note changes (setNote), and listeners hear one change per batch with what
// came and went, so a view updates only what it shows. Features and the quiz use
// these look-ups rather than regrouping the content themselves, and list topics
// in `topics` order: the pack's first, then the groups of notes by title.

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
  /** True when a group of notes appeared or went away (a note saved again in its group is no such change). */
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

export class ContentIndex {
  /** The pack's topics, in the compiler's order (by `order:` then file name). */
  readonly packTopics: readonly Topic[];
  private readonly packConcepts: readonly Concept[];
  private readonly packCards: readonly Card[];
  private readonly conceptsById = new Map<string, Concept>();
  private readonly topicsById = new Map<string, Topic>();
  private readonly cardsById = new Map<string, Card>();
  private readonly cardsByConcept = new Map<string, Card[]>();
  private readonly conceptsByTopic = new Map<string, Concept[]>();
  private readonly cardsByTopic = new Map<string, Card[]>();
  /** Each note's part, by the key its indexer gave it (the note's URI). */
  private readonly notes = new Map<string, NoteContent>();
  /** How many notes belong to each group of notes. */
  private readonly noteTopicUsers = new Map<string, number>();
  private readonly listeners = new Set<ContentListener>();
  /** The groups of notes' ids in title order, kept while no group comes or goes (sorting thousands of titles on every save would cost more than the save). */
  private noteTopicOrder?: string[];
  private cached?: { topics: Topic[]; concepts: Concept[]; cards: Card[]; noteTopics: Topic[]; noteConcepts: Concept[]; noteCards: Card[] };
  private pending?: MutableChange;
  private batchDepth = 0;
  private changeCount = 0;

  constructor(pack: Pack) {
    this.packTopics = pack.topics;
    this.packConcepts = pack.concepts;
    this.packCards = pack.cards;
    for (const topic of pack.topics) this.topicsById.set(topic.id, topic);
    for (const concept of pack.concepts) this.addConcept(concept);
    for (const card of pack.cards) this.addCard(card);
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
    return this.lists().topics;
  }

  /** The pack's concepts in pack order, then the notes' concepts. */
  get concepts(): readonly Concept[] {
    return this.lists().concepts;
  }

  /** The pack's cards in pack order, then the notes' cards. */
  get cards(): readonly Card[] {
    return this.lists().cards;
  }

  /** The groups of notes (decks and files), by title. */
  get noteTopics(): readonly Topic[] {
    return this.lists().noteTopics;
  }

  get noteConcepts(): readonly Concept[] {
    return this.lists().noteConcepts;
  }

  get noteCards(): readonly Card[] {
    return this.lists().noteCards;
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
    return this.cardsByConcept.get(conceptId) ?? [];
  }

  /** The concepts of a topic (MY_NOTES: of every group of notes), in content order. */
  conceptsIn(topicId: string): readonly Concept[] {
    if (topicId === MY_NOTES) return this.noteConcepts;
    return this.conceptsByTopic.get(topicId) ?? [];
  }

  /** The cards of a topic (MY_NOTES: of every group of notes), in content order. */
  cardsIn(topicId: string): readonly Card[] {
    if (topicId === MY_NOTES) return this.noteCards;
    return this.cardsByTopic.get(topicId) ?? [];
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
   * Replaces what the note under `key` adds (undefined removes it). Card and
   * concept ids must be unique across the pack and all notes: the notes
   * indexer settles clashes before it calls this.
   */
  setNote(key: string, content: NoteContent | undefined): void {
    this.batch(() => {
      const change = this.pending!;
      const old = this.notes.get(key);
      let left: string | undefined;
      if (old) {
        for (const card of old.cards) {
          this.removeCard(card);
          change.removedCards.push(card);
        }
        for (const concept of old.concepts) {
          this.removeConcept(concept);
          change.removedConcepts.push(concept);
        }
        this.notes.delete(key);
        const users = (this.noteTopicUsers.get(old.topic.id) ?? 1) - 1;
        if (users > 0) this.noteTopicUsers.set(old.topic.id, users);
        else {
          this.noteTopicUsers.delete(old.topic.id);
          this.topicsById.delete(old.topic.id);
          left = old.topic.id;
        }
      }
      if (content && (content.concepts.length > 0 || content.cards.length > 0)) {
        this.notes.set(key, content);
        const users = this.noteTopicUsers.get(content.topic.id) ?? 0;
        this.noteTopicUsers.set(content.topic.id, users + 1);
        if (users === 0) {
          this.topicsById.set(content.topic.id, content.topic);
          // The note saved again in the group it left just now: no group came or went.
          if (content.topic.id === left) left = undefined;
          else this.groupAppearedOrWent(change);
        }
        for (const concept of content.concepts) {
          this.addConcept(concept);
          change.addedConcepts.push(concept);
        }
        for (const card of content.cards) {
          this.addCard(card);
          change.addedCards.push(card);
        }
      }
      if (left !== undefined) this.groupAppearedOrWent(change);
      if (old || content) this.cached = undefined;
    });
  }

  private groupAppearedOrWent(change: MutableChange): void {
    change.topicsChanged = true;
    this.noteTopicOrder = undefined;
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

  private lists(): NonNullable<ContentIndex['cached']> {
    if (this.cached) return this.cached;
    this.noteTopicOrder ??= [...this.noteTopicUsers.keys()]
      .map((id) => this.topicsById.get(id)!)
      .sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id))
      .map((t) => t.id);
    // The same groups, each as the index holds it now (a note saved again brings its topic anew).
    const noteTopics = this.noteTopicOrder.map((id) => this.topicsById.get(id)!);
    const noteConcepts: Concept[] = [];
    const noteCards: Card[] = [];
    for (const note of this.notes.values()) {
      for (const concept of note.concepts) noteConcepts.push(concept);
      for (const card of note.cards) noteCards.push(card);
    }
    this.cached = {
      topics: [...this.packTopics, ...noteTopics],
      concepts: noteConcepts.length ? [...this.packConcepts, ...noteConcepts] : [...this.packConcepts],
      cards: noteCards.length ? [...this.packCards, ...noteCards] : [...this.packCards],
      noteTopics,
      noteConcepts,
      noteCards,
    };
    return this.cached;
  }

  private addConcept(concept: Concept): void {
    this.conceptsById.set(concept.id, concept);
    push(this.conceptsByTopic, concept.topic, concept);
  }

  private removeConcept(concept: Concept): void {
    if (this.conceptsById.get(concept.id) === concept) this.conceptsById.delete(concept.id);
    pull(this.conceptsByTopic, concept.topic, concept);
  }

  private addCard(card: Card): void {
    this.cardsById.set(card.id, card);
    push(this.cardsByConcept, card.conceptId, card);
    push(this.cardsByTopic, card.topic, card);
  }

  private removeCard(card: Card): void {
    if (this.cardsById.get(card.id) === card) this.cardsById.delete(card.id);
    pull(this.cardsByConcept, card.conceptId, card);
    pull(this.cardsByTopic, card.topic, card);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function pull<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) return;
  const at = list.indexOf(value);
  if (at !== -1) list.splice(at, 1);
  if (list.length === 0) map.delete(key);
}
