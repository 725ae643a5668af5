// The real course pack, compiled from content/ the way the build does, for the quiz tests.
import * as fs from 'fs';
import * as path from 'path';
import { compilePack } from '../../src/core/packCompiler';
import { Pack } from '../../src/core/model';

let cached: Pack | undefined;

export function realPack(): Pack {
  if (cached) return cached;
  const dir = path.join(__dirname, '..', '..', 'content');
  const files = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.md') && name.toLowerCase() !== 'readme.md')
    .map((name) => ({ path: `content/${name}`, text: fs.readFileSync(path.join(dir, name), 'utf8') }));
  cached = compilePack(files).pack;
  return cached;
}
