// Property tests explore new random inputs on every local run; in CI (CI set)
// they replay one fixed seed, so a landing never hangs on a run of luck, and
// FC_SEED replays any seed a failure printed.
import * as fc from 'fast-check';

const seed = process.env.FC_SEED ?? (process.env.CI ? '20261202' : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });
