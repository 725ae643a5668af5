// `npm run check:wording`: lists every place where content/ repeats a run of
// twelve words from the course's source material. Exits 1 if there is one.

import * as path from 'path';
import { contentFiles, findCopiedRuns, RUN_LENGTH, SEEDS_DIR, seedTexts } from './wording';

const seeds = seedTexts();
if (!seeds) {
  console.error(`No source material at ${SEEDS_DIR}; nothing to compare against.`);
  process.exit(2);
}
const hits = findCopiedRuns(contentFiles(), seeds);
for (const hit of hits) console.log(`${path.relative(process.cwd(), hit.file)}:${hit.line}: repeats ${RUN_LENGTH} words of the sources: "${hit.words}"`);
console.log(hits.length ? `${hits.length} copied run(s): write these in our own words.` : `No run of ${RUN_LENGTH} words in content/ appears in the sources.`);
process.exit(hits.length ? 1 : 0);
