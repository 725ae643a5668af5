// Check My Answer: one check of a 600-word practice answer against the
// five-processes essay card (budget 20 ms, PRODUCT.md / issue 14), how it
// grows with the answer (150 / 600 / 2,400 words), and ranking the pack's
// essay questions for the answer (what runs before the question picker opens).

import { AnswerContext, checkAnswer, likelyQuestions } from '../../src/core/check/answerCheck';
import { TermMatcher } from '../../src/core/notes/termMatcher';
import { bundledIndex } from '../support/bundledPack';
import { Figure, medianMs } from './harness';

/**
 * An answer of about `words` words: the pack's own definitions (our wording,
 * the course's vocabulary) as paragraphs under a heading, the five-processes
 * ones first, cycled until long enough, so it has many terms, concept names
 * and sentences, as a real answer does.
 */
function practiceAnswer(words: number): string {
  const index = bundledIndex();
  const first = ['five-crm-processes', 'strategy-development-process', 'value-creation-process', 'multichannel-integration-process', 'information-management-process', 'performance-assessment-process'];
  const concepts = [...first.map((id) => index.concept(id)!), ...index.concepts.filter((c) => !first.includes(c.id))];
  const paragraphs = ["## Exam Q: Payne & Frow's five processes"];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const text = concepts[i % concepts.length].definition;
    paragraphs.push(text);
    count += text.split(/\s+/).length;
  }
  return paragraphs.join('\n\n');
}

export async function bench(): Promise<Figure[]> {
  const index = bundledIndex();
  const essays = index.cards.filter((c) => c.kind === 'essay');
  const context: AnswerContext = { matcher: TermMatcher.build(index.concepts), concept: (id) => index.concept(id), essays };
  const card = essays.find((c) => c.conceptId === 'five-crm-processes')!;
  const sizes = [150, 600, 2400];
  const times = sizes.map((size) => {
    const answer = practiceAnswer(size);
    return medianMs(() => checkAnswer(answer, card, context), 50);
  });
  const answer600 = practiceAnswer(600);
  const ranking = medianMs(() => likelyQuestions(answer600, "Exam Q: Payne & Frow's five processes", essays, context), 30);
  const growth = sizes.map((size, i) => `${size} words ${times[i].toFixed(2)} ms`).join(', ');
  return [
    { name: 'check my answer: 600-word answer, 6 key points', value: times[1], unit: 'ms', budget: 20, note: `grows with the answer: ${growth} (×${(times[2] / times[1]).toFixed(1)} for 4× the words)` },
    { name: 'check my answer: rank the essay questions for a 600-word answer', value: ranking, unit: 'ms', note: `${essays.length} essay cards; no budget of its own (runs once, before the picker)` },
  ];
}
