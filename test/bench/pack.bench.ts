// Pack load (JSON parse + index build), activation with the bundled pack, and bundle sizes.

import * as fs from 'fs';
import * as path from 'path';
import { execFileSync } from 'child_process';
import { ContentIndex } from '../../src/core/content/contentIndex';
import { Figure, medianMs } from './harness';

const root = path.join(__dirname, '..', '..');
const dist = path.join(root, 'dist');

export async function bench(): Promise<Figure[]> {
  const json = fs.readFileSync(path.join(dist, 'content.json'), 'utf8');
  const load = medianMs(() => ContentIndex.fromJson(json), 50);

  // Module load + activate, measured in plain Node (see activation.js).
  const run = JSON.parse(execFileSync(process.execPath, [path.join(__dirname, 'activation.js')], { encoding: 'utf8' })) as {
    activation: number; moduleLoad: number; firstRender: number; loadedLazily: string[];
  };
  if (run.loadedLazily.length) throw new Error(`activation loaded ${run.loadedLazily.map((f) => `dist/${f}`).join(', ')}; they should load on first use only`);

  const size = (file: string) => fs.statSync(path.join(dist, file)).size / 1024;
  const figures: Figure[] = [
    { name: 'pack load: JSON parse + index build (median of 50)', value: load, unit: 'ms', note: `${(json.length / 1024).toFixed(0)} KB of JSON` },
    { name: 'activation: module load + activate (median of 30)', value: run.activation, unit: 'ms', budget: 15, note: `of which module load ${run.moduleLoad.toFixed(1)} ms` },
    { name: 'first Markdown render: loads dist/markdown-it.js (once)', value: run.firstRender, unit: 'ms', note: 'not part of activation; paid by the first concept page or flashcard' },
    { name: 'bundle: dist/extension.js (minified)', value: size('extension.js'), unit: 'KB', budget: 150, note: `plus dist/markdown-it.js ${size('markdown-it.js').toFixed(1)} KB, dist/fuse.js ${size('fuse.js').toFixed(1)} KB and dist/ignore.js ${size('ignore.js').toFixed(1)} KB, loaded on first use` },
  ];
  // The browser build (package.json "browser", issue 15): one file for the web worker extension host; the libraries and
  // the features that start after activation are the desktop's own files there too (read by src/web/).
  figures.push({ name: 'bundle: dist/web/extension.js (minified, the browser build)', value: size('web/extension.js'), unit: 'KB', budget: 350, note: 'activation also reads dist/content.json and the libraries\' files (evaluated on first use); its time in the web worker host is printed by the web layer (test:web)' });
  // The dashboard's page: its script (uPlot bundled in) and stylesheet (uPlot's inside), loaded only when the panel opens.
  // uPlot over Chart.js: ~50 KB minified against ~200 KB, canvas drawing, maintained (see src/webview/dashboard/main.ts).
  const dashboardPage = size('webview/dashboard.js') + size('webview/dashboard.css');
  figures.push({ name: 'bundle: dashboard page (dist/webview/dashboard.js + .css, uPlot included)', value: dashboardPage, unit: 'KB', budget: 250, note: `plus the panel's host code dist/dashboard.js ${size('dashboard.js').toFixed(1)} KB; none of it loads before Show Progress` });
  const vsix = path.join(dist, 'crm-study-notes.vsix');
  if (fs.existsSync(vsix)) figures.push({ name: 'package: dist/crm-study-notes.vsix', value: fs.statSync(vsix).size / 1024, unit: 'KB', budget: 500 });
  return figures;
}
