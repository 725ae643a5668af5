// The review log: appending one grade (what every grade costs the panel), the
// debounced write of a year holding 50,000 grades (re-read, merge, encode,
// write), reading such a year back, and the file's size; over in-memory files,
// so the figures are the log's own work, not the disk's.

import type { LogFiles, ReviewEvent } from '../../src/core/study/reviewLog';
import { LogTimer, ReviewLog, yearFileName } from '../../src/core/study/reviewLogStore';
import { Figure, median } from './harness';

class MemoryFiles implements LogFiles {
  readonly map = new Map<string, Uint8Array>();
  async read(name: string) {
    return this.map.get(name);
  }
  async write(name: string, bytes: Uint8Array) {
    this.map.set(name, bytes);
  }
  async delete(name: string) {
    this.map.delete(name);
  }
  async list() {
    return [...this.map.keys()];
  }
}

/** The debounce never fires on its own here: the bench flushes when it means to. */
const idle: LogTimer = { set: () => 0, clear: () => undefined };

const YEAR_START = Date.UTC(2026, 0, 1);

function events(n: number): ReviewEvent[] {
  // 2,000 distinct cards, ids shaped like the pack's, spread over the year.
  return Array.from({ length: n }, (_, i) => ({
    cardId: `concept-${i % 400}/card-${i % 2000}`,
    at: YEAR_START + i * 600_000,
    rating: ((i % 4) + 1) as 1 | 2 | 3 | 4,
    state: (i % 4) as 0 | 1 | 2 | 3,
    durationMs: 2000 + (i % 9000),
  }));
}

async function timeMs(fn: () => Promise<unknown>, runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(times);
}

export async function bench(): Promise<Figure[]> {
  const figures: Figure[] = [];
  const year = events(50_000);
  const files = new MemoryFiles();
  const log = new ReviewLog(files, { timer: idle });
  for (const e of year) log.append(e);
  await log.flush();

  // One more grade on top of 50,000: memory and the scheduled write only.
  const perAppend: number[] = [];
  let at = year[year.length - 1].at;
  for (let i = 0; i < 2000; i++) {
    const t = process.hrtime.bigint();
    log.append({ cardId: `concept-1/card-${i}`, at: ++at, rating: 3, state: 2, durationMs: 3000 });
    perAppend.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  figures.push({ name: 'review log: append one grade (50,000 in the year), median', value: median(perAppend), unit: 'ms', budget: 1 });

  // The write after a grade: re-read the year's file, merge, encode, write.
  const writeMs = await timeMs(async () => {
    log.append({ cardId: 'concept-2/card-2', at: ++at, rating: 3, state: 2, durationMs: 3000 });
    await log.flush();
  }, 15);
  figures.push({ name: 'review log: debounced write of a year of 52,000 grades', value: writeMs, unit: 'ms', note: 'runs off the grade\'s path, a second after it' });

  const readMs = await timeMs(async () => new ReviewLog(files, { timer: idle }).events(), 15);
  figures.push({ name: 'review log: first read of that year (validated)', value: readMs, unit: 'ms', note: 'when the dashboard or the export first needs it' });

  const small = new MemoryFiles();
  const fifty = new ReviewLog(small, { timer: idle });
  for (const e of year) fifty.append(e);
  await fifty.flush();
  figures.push({ name: 'review log: file size for 50,000 grades in a year', value: small.map.get(yearFileName(2026))!.length / 1024 / 1024, unit: 'MB' });
  return figures;
}
