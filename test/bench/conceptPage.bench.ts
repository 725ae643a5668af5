// The Concepts view and the concept page over the bundled pack: building the
// tree's rows, and rendering one page (Markdown and panel HTML). No budget in
// PRODUCT.md; printed so a slowdown shows.

import { ConceptTreeModel } from '../../src/core/concepts/conceptTree';
import { conceptPageMarkdown } from '../../src/core/concepts/conceptPage';
import { conceptPageHtml } from '../../src/core/concepts/conceptPageHtml';
import { distPack, Figure, medianMs, medianUs } from './harness';

export async function bench(): Promise<Figure[]> {
  const pack = distPack();
  const scope = pack.concept('scope') ?? pack.concepts[0];
  return [
    { name: 'Concepts tree: build every row of the pack', value: medianMs(() => new ConceptTreeModel(pack)), unit: 'ms', note: `${pack.concepts.length} concepts` },
    { name: 'Concept page: Markdown of SCOPE', value: medianUs(() => conceptPageMarkdown(scope, pack), 200), unit: 'µs' },
    { name: 'Concept page: panel HTML of SCOPE', value: medianUs(() => conceptPageHtml(scope, pack, { cspSource: 'x', nonce: 'n' }), 50), unit: 'µs' },
  ];
}
