// Quiz results per topic, kept in a key-value store (VS Code's globalState in
// the extension): a versioned record, validated on load, where a corrupt entry
// is dropped and the rest kept. Feeds "My weakest topics".

import { KeyValueStore } from '../util/keyValueStore';

export const QUIZ_RESULTS_VERSION = 1;
/** Sessions kept per topic; older ones no longer say much about a student's level. */
export const MAX_SESSIONS_PER_TOPIC = 20;
/** Weight of each older session relative to the one after it. */
export const DECAY = 0.6;

export interface TopicSession {
  /** When the quiz ended (ms since the epoch). */
  at: number;
  asked: number;
  /** Score with partial credit, 0..asked. */
  points: number;
}

export interface QuizResults {
  version: typeof QUIZ_RESULTS_VERSION;
  topics: Record<string, TopicSession[]>;
}

export interface LoadedResults {
  results: QuizResults;
  /** How many records were unreadable and dropped. */
  dropped: number;
}

export interface TopicStanding {
  topic: string;
  /** Recent accuracy 0..1, newer sessions weighing more. */
  accuracy: number;
  sessions: number;
}

const empty = (): QuizResults => ({ version: QUIZ_RESULTS_VERSION, topics: {} });

function isSession(value: unknown): value is TopicSession {
  if (!value || typeof value !== 'object') return false;
  const s = value as Record<string, unknown>;
  return (
    typeof s.at === 'number' && Number.isFinite(s.at) &&
    typeof s.asked === 'number' && Number.isInteger(s.asked) && s.asked > 0 &&
    typeof s.points === 'number' && Number.isFinite(s.points) && s.points >= 0 && s.points <= s.asked
  );
}

/** Reads stored results, keeping every valid session and counting the ones dropped. */
export function parseResults(raw: unknown): LoadedResults {
  if (raw === undefined || raw === null) return { results: empty(), dropped: 0 };
  if (typeof raw !== 'object' || (raw as { version?: unknown }).version !== QUIZ_RESULTS_VERSION) return { results: empty(), dropped: 1 };
  const topics = (raw as { topics?: unknown }).topics;
  if (!topics || typeof topics !== 'object' || Array.isArray(topics)) return { results: empty(), dropped: 1 };
  const results = empty();
  let dropped = 0;
  for (const [topic, sessions] of Object.entries(topics as Record<string, unknown>)) {
    if (!Array.isArray(sessions)) {
      dropped++;
      continue;
    }
    const valid = sessions.filter(isSession).map((s) => ({ at: s.at, asked: s.asked, points: s.points }));
    dropped += sessions.length - valid.length;
    if (valid.length) results.topics[topic] = valid.sort((a, b) => a.at - b.at).slice(-MAX_SESSIONS_PER_TOPIC);
  }
  return { results, dropped };
}

/** Accuracy over a topic's sessions, exponentially weighted towards the most recent. */
export function recentAccuracy(sessions: readonly TopicSession[]): number {
  let weighted = 0;
  let weights = 0;
  let weight = 1;
  for (let i = sessions.length - 1; i >= 0; i--) {
    weighted += weight * (sessions[i].points / sessions[i].asked);
    weights += weight;
    weight *= DECAY;
  }
  return weights ? weighted / weights : 0;
}

/** Topics with results, lowest recent accuracy first (ties: fewer sessions, then id). */
export function weakestTopics(results: QuizResults, knownTopics?: readonly string[]): TopicStanding[] {
  const known = knownTopics ? new Set(knownTopics) : undefined;
  return Object.entries(results.topics)
    .filter(([topic, sessions]) => sessions.length > 0 && (!known || known.has(topic)))
    .map(([topic, sessions]) => ({ topic, accuracy: recentAccuracy(sessions), sessions: sessions.length }))
    .sort((a, b) => a.accuracy - b.accuracy || a.sessions - b.sessions || a.topic.localeCompare(b.topic));
}

export class QuizResultsStore {
  constructor(
    private readonly store: KeyValueStore,
    private readonly key: string,
  ) {}

  load(): LoadedResults {
    try {
      return parseResults(this.store.get<unknown>(this.key));
    } catch {
      return { results: empty(), dropped: 1 };
    }
  }

  /** Adds one session's per-topic tallies; returns how many stored records had to be dropped as unreadable. */
  async record(byTopic: Record<string, { asked: number; points: number }>, at: number): Promise<number> {
    const { results, dropped } = this.load();
    for (const [topic, tally] of Object.entries(byTopic)) {
      if (tally.asked <= 0) continue;
      const sessions = results.topics[topic] ?? [];
      sessions.push({ at, asked: tally.asked, points: Math.min(tally.asked, Math.max(0, tally.points)) });
      results.topics[topic] = sessions.slice(-MAX_SESSIONS_PER_TOPIC);
    }
    await this.store.update(this.key, results);
    return dropped;
  }

  weakest(knownTopics?: readonly string[]): TopicStanding[] {
    return weakestTopics(this.load().results, knownTopics);
  }
}
