// The mocha instance of the integration suite. Imported before the test files
// so the tdd globals (suite, test, ...) exist when their top level runs.
// INTEGRATION_GREP (in the launcher's environment, which the extension host
// inherits) runs only the tests whose full title holds it: a targeted run.
import Mocha from 'mocha';

const grep = process.env.INTEGRATION_GREP;
export const mocha = new Mocha({ ui: 'tdd', color: !process.env.NO_COLOR, timeout: 20000, ...(grep ? { grep } : {}) });
mocha.suite.emit('pre-require', globalThis, 'integration', mocha);
