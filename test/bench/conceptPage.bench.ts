// The Concepts view and the concept page over the bundled pack: building the
// tree's rows, and rendering one page (Markdown, and its HTML in the panel's
// shell). No budget in PRODUCT.md; printed so a slowdown shows.

import { ConceptTreeModel } from '../../src/core/concepts/conceptTree';
import { conceptPageMarkdown } from '../../src/core/concepts/conceptPage';
import { conceptPageBody } from '../../src/core/concepts/conceptPageHtml';
import { shellHtml } from '../../src/vscode/webviewShell';
import { distPack, Figure, medianMs, medianUs } from './harness';

const assets = { cspSource: 'x', nonce: 'n', script: 's.js', style: 's.css' };

export async function bench(): Promise<Figure[]> {
  const pack = distPack();
  const scope = pack.concept('scope') ?? pack.concepts[0];
  const panelHtml = (c: typeof scope) => shellHtml({ bundle: 'conceptPage', title: c.term, setup: { conceptId: c.id, atParts: false }, body: conceptPageBody(c, pack) }, assets);
  return [
    { name: 'Concepts tree: build every row of the pack', value: medianMs(() => new ConceptTreeModel(pack)), unit: 'ms', note: `${pack.concepts.length} concepts` },
    { name: 'Concept page: Markdown of SCOPE', value: medianUs(() => conceptPageMarkdown(scope, pack), 200), unit: 'µs' },
    { name: 'Concept page: panel HTML of SCOPE', value: medianUs(() => panelHtml(scope), 50), unit: 'µs' },
  ];
}
