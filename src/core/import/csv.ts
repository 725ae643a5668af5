// CSV/TSV with a header row, read with papaparse (helper A2).
import type { ImportSet, ImportSettings } from './importModel';

export function parseCsv(text: string, settings: ImportSettings): ImportSet {
  throw new Error('parseCsv: not built yet');
}
