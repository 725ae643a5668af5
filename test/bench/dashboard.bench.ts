// The progress dashboard's figures (computeDashboard) at two sizes, to show
// how the cost grows: 1,000 cards with 5,000 logged grades, and 10,000 with
// 50,000 (PRODUCT budget for issue 13: 30 ms). And the Concepts view's
// readiness, counted with the due counts on every refresh, for the bundled pack.

import { Card, Concept, Topic } from '../../src/core/content/model';
import { computeDashboard, DashboardInput } from '../../src/core/progress/dashboardData';
import { ExamPlan } from '../../src/core/study/examPlan';
import { ReviewEvent, Rating } from '../../src/core/study/reviewLog';
import { CardState, ReviewRecord } from '../../src/core/study/scheduler';
import { countDueCards } from '../../src/core/study/dueCounts';
import { createRng } from '../../src/core/util/rng';
import { distPack, Figure, medianMs } from './harness';

const DAY = 86_400_000;
const NOW = new Date(2025, 4, 14, 15, 0).getTime();

function synthetic(cardCount: number, eventCount: number, exam: boolean): DashboardInput {
  const r = createRng(cardCount);
  const rng = () => r.next();
  const topics: Topic[] = Array.from({ length: 10 }, (_, i) => ({ id: `t${i}`, title: `Topic ${i}`, order: i, summary: '', file: 'x.md', line: 1 }));
  const concepts = new Map<string, Concept>();
  const cards: Card[] = [];
  for (let i = 0; i < cardCount; i++) {
    const topic = topics[i % topics.length].id;
    const conceptId = `c${Math.floor(i / 4)}`;
    if (!concepts.has(conceptId)) {
      concepts.set(conceptId, { id: conceptId, term: `Concept ${conceptId}`, topic, aliases: [], acronyms: [], definition: '', details: '', parts: [], source: '', related: [], file: 'x.md', line: 1 });
    }
    cards.push({ id: `card${i}`, conceptId, topic, kind: 'basic', prompt: '', answer: '', file: 'x.md', line: 1 } as Card);
  }
  const records = new Map<string, ReviewRecord>();
  // Four cards in five studied, in every state, last seen over the past half year.
  for (const card of cards) {
    if (rng() < 0.2) continue;
    const last = NOW - Math.floor(rng() * 180) * DAY;
    const stability = 0.1 + rng() * 60;
    records.set(card.id, {
      due: last + stability * DAY, stability, difficulty: 5, scheduledDays: Math.round(stability), learningSteps: 0,
      reps: 1 + Math.floor(rng() * 10), lapses: 0, state: (1 + Math.floor(rng() * 3)) as CardState, lastReview: last, firstReview: last - DAY,
    });
  }
  const events: ReviewEvent[] = [];
  for (let i = 0; i < eventCount; i++) {
    events.push({ cardId: cards[i % cards.length].id, at: NOW - 365 * DAY + Math.floor((i / eventCount) * 365 * DAY), rating: (1 + Math.floor(rng() * 4)) as Rating, state: Math.floor(rng() * 4) as CardState, durationMs: Math.floor(rng() * 20_000), cram: rng() < 0.05 || undefined });
  }
  const plan: ExamPlan = { date: '2025-06-14', examDay: new Date(2025, 5, 14).getTime(), stretchStart: new Date(2025, 5, 7).getTime() };
  return {
    cards, concept: (id) => concepts.get(id), packTopics: topics, noteTopics: [],
    record: (id) => records.get(id), records: () => records.values(), events,
    quiz: { version: 1, topics: { t0: [{ at: NOW - DAY, asked: 10, points: 7 }] } },
    retention: 0.9, newPerDay: 20, now: NOW, exam: exam ? plan : undefined,
  };
}

export async function bench(): Promise<Figure[]> {
  const small = synthetic(1_000, 5_000, true);
  const large = synthetic(10_000, 50_000, true);
  const largeNoExam = synthetic(10_000, 50_000, false);
  const tSmall = medianMs(() => computeDashboard(small), 50);
  const tLarge = medianMs(() => computeDashboard(large), 30);
  const tLargeNoExam = medianMs(() => computeDashboard(largeNoExam), 30);

  const pack = distPack();
  const r7 = createRng(7);
  const rng = () => r7.next();
  const records = new Map<string, ReviewRecord>();
  for (const card of pack.cards) {
    if (rng() < 0.5) continue;
    const last = NOW - Math.floor(rng() * 60) * DAY;
    records.set(card.id, { due: last + 5 * DAY, stability: 5, difficulty: 5, scheduledDays: 5, learningSteps: 0, reps: 2, lapses: 0, state: 2, lastReview: last, firstReview: last });
  }
  const progress = { lookup: (id: string) => records.get(id), records: () => records.values() };
  const refresh = medianMs(() => countDueCards(pack, progress, NOW, 20), 200);

  return [
    { name: 'dashboard: figures, 1,000 cards, 5,000 grades, exam date', value: tSmall, unit: 'ms' },
    { name: 'dashboard: figures, 10,000 cards, 50,000 grades, exam date', value: tLarge, unit: 'ms', budget: 30, note: `x${(tLarge / tSmall).toFixed(1)} for x10 input: linear` },
    { name: 'dashboard: figures, 10,000 cards, 50,000 grades, no exam', value: tLargeNoExam, unit: 'ms', budget: 30 },
    { name: 'concepts view: due counts + readiness refresh, bundled pack', value: refresh, unit: 'ms', note: `${pack.cards.length} cards, half studied; runs on each grade and once a minute` },
  ];
}
