// Quiz engine costs: building a 20-question quiz over the whole pack (what runs
// between choosing the length and the first question) and grading answers.
// No PRODUCT.md budget; a quiz should start well inside one frame (16 ms).

import { QuestionBank } from '../../src/core/quiz/questions';
import { gradeList, gradeTyped } from '../../src/core/quiz/textMatch';
import { distPack, Figure, medianMs, medianUs } from './harness';

export async function bench(): Promise<Figure[]> {
  const pack = distPack();
  let seed = 1;
  const start = medianMs(() => new QuestionBank(pack).generate({ length: 20, seed: seed++ }), 50);
  const topic = medianMs(() => new QuestionBank(pack).generate({ topics: ['relationships'], length: 10, seed: seed++ }), 50);
  const typed = medianUs(() => gradeTyped('key acount managment', ['Key account management', 'KAM'], ['Key account', 'Customer relationship management']), 1000);
  const list = medianUs(() => gradeList('awarenes, exploration; commitment and expansion, disolution', ['Awareness', 'Exploration', 'Expansion', 'Commitment', 'Dissolution'], true), 200);
  return [
    { name: 'quiz: build a 20-question quiz over all topics', value: start, unit: 'ms', budget: 16, note: `${pack.concepts.length} concepts, ${pack.cards.length} cards; budget ours (one 60 Hz frame), not PRODUCT.md's` },
    { name: 'quiz: build a 10-question topic quiz', value: topic, unit: 'ms', budget: 16 },
    { name: 'quiz: grade a typed answer', value: typed, unit: 'µs' },
    { name: 'quiz: grade a 5-item list answer', value: list, unit: 'µs' },
  ];
}
