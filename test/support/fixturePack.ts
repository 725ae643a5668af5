// The synthetic course pack in test/fixtures/pack/ (a small beekeeping course,
// see its README), compiled with the real compiler, for engine tests that must
// not depend on the wording of the bundled course. Compiled once per process;
// a fixture that does not compile cleanly fails loudly rather than testing less.

import * as path from 'path';
import { ContentFile, compilePack } from '../../src/core/content/packCompiler';
import { ContentIndex } from '../../src/core/content/contentIndex';
import { formatDiagnostic } from '../../src/core/content/model';
import { packFiles } from './bundledPack';

const FIXTURE_DIR = path.join(__dirname, '..', 'fixtures', 'pack');

let index: ContentIndex | undefined;

/** Compiles content files as the build does; throws on any diagnostic, so a broken fixture cannot pass unnoticed. */
export function compileFixture(files: ContentFile[]): ContentIndex {
  const { pack, diagnostics } = compilePack(files);
  if (diagnostics.length) throw new Error(`the fixture does not compile cleanly:\n${diagnostics.map(formatDiagnostic).join('\n')}`);
  return new ContentIndex(pack);
}

/** The fixture pack with its look-ups, as activation would build it. */
export function fixtureIndex(): ContentIndex {
  return (index ??= compileFixture(packFiles(FIXTURE_DIR, 'fixtures')));
}

/** A fixture pack of its own, for a test that adds notes to it (fixtureIndex() is shared by every suite). */
export function freshFixtureIndex(): ContentIndex {
  return compileFixture(packFiles(FIXTURE_DIR, 'fixtures'));
}
