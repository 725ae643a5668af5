// The numeric grader of worked calculations (src/core/quiz/numeric.ts): a typed
// answer read as the student means it, and a Calc card's A: line read as the
// author means it. Examples for each rule, then properties over random numbers.

import * as assert from 'assert';
import fc from 'fast-check';
import { defaultTolerance, gradeNumeric, parseNumericSpec, readNumber } from '../../src/core/quiz/numeric';
import type { NumericAnswer } from '../../src/core/content/model';

const value = (text: string): number | string => {
  const read = readNumber(text);
  return read.ok ? read.number.value : read.reason;
};
const spec = (line: string): NumericAnswer => {
  const read = parseNumericSpec(line);
  if (!read.ok) throw new Error(read.message);
  return read.answer;
};
const verdict = (typed: string, line: string) => gradeNumeric(typed, spec(line)).verdict;

suite('Numeric answers: reading what a student types', () => {
  test('units, currency signs and words around the number are ignored', () => {
    for (const text of ['205.11', '£205.11', '205.11 pounds', 'about £205.11', '≈ 205.11', '  205.11  ', 'CLV: 205.11']) {
      assert.strictEqual(value(text), 205.11, text);
    }
    assert.strictEqual(value('18 months'), 18);
    assert.strictEqual(value('12%'), 12);
    assert.strictEqual(value('12 %'), 12);
  });

  test('thousands separators: comma, point, space or apostrophe before groups of three digits', () => {
    assert.strictEqual(value('1,250'), 1250);
    assert.strictEqual(value('1 250'), 1250);
    assert.strictEqual(value('1\u00a0250'), 1250);
    assert.strictEqual(value("1'250"), 1250);
    assert.strictEqual(value('12,500,000'), 12500000);
    assert.strictEqual(value('1.250.000'), 1250000);
    assert.strictEqual(value('£1,250.00'), 1250);
  });

  test('a lone comma is a decimal comma unless exactly three digits follow a 1-3 digit lead', () => {
    assert.strictEqual(value('205,11'), 205.11);
    assert.strictEqual(value('7,5%'), 7.5);
    assert.strictEqual(value('0,125'), 0.125, 'a leading zero is never a thousands group');
    assert.strictEqual(value('2050,500'), 2050.5, 'four digits before the comma: not a thousands group');
    assert.strictEqual(value('1,250'), 1250);
  });

  test('with a point and a comma, the last one is the decimal mark', () => {
    assert.strictEqual(value('1,250.5'), 1250.5);
    assert.strictEqual(value('1.250,5'), 1250.5);
    assert.strictEqual(value('1 250,5'), 1250.5);
  });

  test('negative numbers, and a bare decimal point', () => {
    assert.strictEqual(value('-5'), -5);
    assert.strictEqual(value('−5'), -5);
    assert.strictEqual(value('£-12.50'), -12.5);
    assert.strictEqual(value('.5'), 0.5);
  });

  test('two different numbers are not one answer; working typed with "=" is read after the last "="', () => {
    assert.strictEqual(value('205 or 210'), 'several-numbers');
    assert.strictEqual(value('2-3'), 'several-numbers', 'a range, not minus three');
    assert.strictEqual(value('1, 250'), 'several-numbers', 'a comma and a space: a list, not a thousands group');
    assert.strictEqual(value('205, i.e. 205'), 205, 'the same number twice is still one answer');
    assert.strictEqual(value('90.91 + 66.12 + 48.08 = 205.11'), 205.11);
    assert.strictEqual(value('4:1'), 4, 'a ratio against one');
    assert.strictEqual(value('4 to 1'), 4);
    assert.strictEqual(value('4:3'), 'several-numbers');
  });

  test('nothing, no digits, or separators that make no number', () => {
    assert.strictEqual(value(''), 'empty');
    assert.strictEqual(value('   '), 'empty');
    assert.strictEqual(value('no idea'), 'no-number');
    assert.strictEqual(value('1.2.3'), 'unclear');
    assert.strictEqual(value('1,25,000'), 'unclear');
  });

  test('percent is noted, so a fraction can stand for a rate', () => {
    const read = readNumber('92.5 per cent');
    assert.ok(read.ok && read.number.percent && read.number.value === 92.5);
    const bare = readNumber('0.925');
    assert.ok(bare.ok && !bare.number.percent && bare.number.decimals === 3);
  });
});

suite('Numeric answers: a Calc card\'s A: line', () => {
  test('number, unit and an absolute tolerance', () => {
    assert.deepStrictEqual(parseNumericSpec('£273.55 ± 0.5'), { ok: true, answer: { value: 273.55, tolerance: 0.5, unit: '£' }, display: '£273.55' });
    assert.deepStrictEqual(spec('18 months ± 1'), { value: 18, tolerance: 1, unit: 'months' });
    assert.deepStrictEqual(spec('£273.55 ± £0.5'), { value: 273.55, tolerance: 0.5, unit: '£' }, 'the tolerance may repeat the unit');
    assert.deepStrictEqual(spec('155 ± 0'), { value: 155, tolerance: 0, unit: '' });
  });

  test('"+/-" and "+-" mean ±; "± 1%" is a share of the answer, also for a percentage', () => {
    assert.strictEqual(spec('£200 +/- 1%').tolerance, 2);
    assert.strictEqual(spec('£200 +- 1').tolerance, 1);
    assert.ok(Math.abs(spec('50% ± 10%').tolerance - 5) < 1e-12);
    assert.strictEqual(spec('7.5% ± 0.1').tolerance, 0.1, 'a bare number is in the answer\'s own unit: percentage points');
  });

  test('without a tolerance: 0.5% of the answer, never less than half the last written decimal place', () => {
    assert.ok(Math.abs(spec('£205.11').tolerance - 1.02555) < 1e-9);
    assert.strictEqual(spec('7.5%').tolerance, 0.05);
    assert.strictEqual(spec('25 months').tolerance, 0.5);
    assert.strictEqual(defaultTolerance(0, 2), 0.005);
  });

  test('an answer that is not one number, or a bad tolerance, is refused with a message naming it', () => {
    for (const [line, words] of [
      ['about lots', /"about lots" is not a number/],
      ['about £205', /words before the number/],
      ['205 or 210', /more than one number/],
      ['100 + 105 = 205', /write only the result/],
      ['5 ± x', /tolerance "x" must be a number/],
      ['5 ± -1', /tolerance "-1"/],
      ['5 months ± 1 year', /tolerance "1 year"/],
    ] as const) {
      const read = parseNumericSpec(line);
      assert.ok(!read.ok, line);
      assert.match(read.message, words, line);
    }
  });
});

suite('Numeric answers: grading', () => {
  test('the CLV example: £205.11 ± 0.5 takes 205, £205.11 and 205,11, not 206 or 250', () => {
    for (const typed of ['205', '£205.11', '205,11', 'about £205', '205.5']) assert.strictEqual(verdict(typed, '£205.11 ± 0.5'), 'right', typed);
    for (const typed of ['206', '250', '-205.11', '20511']) assert.strictEqual(verdict(typed, '£205.11 ± 0.5'), 'wrong', typed);
  });

  test('a percentage takes the rate as a fraction; a fraction takes it as a percentage', () => {
    assert.strictEqual(verdict('0.075', '7.5% ± 0.05'), 'right');
    assert.strictEqual(verdict('7.5', '7.5% ± 0.05'), 'right');
    assert.strictEqual(verdict('92.5%', '7.5% ± 0.05'), 'wrong');
    assert.strictEqual(verdict('92.5%', '0.925 ± 0.001'), 'right');
    assert.strictEqual(verdict('1', '12%'), 'wrong', '1 is neither 12 nor, as a fraction, 100%');
  });

  test('an exact answer (± 0) takes only that number', () => {
    assert.strictEqual(verdict('155', '155 ± 0'), 'right');
    assert.strictEqual(verdict('154', '155 ± 0'), 'wrong');
    assert.strictEqual(verdict('1 5 5', '155 ± 0'), 'several-numbers');
  });

  test('nothing typed, words only, or two numbers are told apart from a wrong number', () => {
    assert.strictEqual(verdict('', '12 months'), 'empty');
    assert.strictEqual(verdict('a year', '12 months'), 'not-a-number');
    assert.strictEqual(verdict('11 or 12', '12 months'), 'several-numbers');
  });

  test('the thousands rule in the answer and in the typed text agree', () => {
    assert.strictEqual(verdict('1250', '£1,250'), 'right');
    assert.strictEqual(verdict('1 250', '£1,250'), 'right');
    assert.strictEqual(verdict('1.250', '£1,250'), 'wrong', 'a lone point is always a decimal point');
  });
});

/** A number written the way a British student writes it: thousands with commas, a decimal point. */
function british(n: number, decimals: number): string {
  return n.toLocaleString('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}
/** And the way much of Europe writes it: thousands with points (or spaces), a decimal comma. */
function european(n: number, decimals: number, group: '.' | ' '): string {
  const [whole, fraction] = n.toFixed(decimals).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return fraction ? `${grouped},${fraction}` : grouped;
}

suite('Numeric answers: properties', () => {
  const amount = fc.tuple(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 2 }))
    .map(([cents, decimals]) => ({ n: Number((cents / 100).toFixed(decimals)), decimals }));

  test('any amount written with thousands commas and a decimal point reads back exactly', () => {
    fc.assert(fc.property(amount, ({ n, decimals }) => value(british(n, decimals)) === n));
  });

  test('any amount with at least one decimal written the European way reads back exactly', () => {
    fc.assert(fc.property(amount.filter((a) => a.decimals > 0), fc.constantFrom('.' as const, ' ' as const), ({ n, decimals }, group) => value(european(n, decimals, group)) === n));
  });

  test('a unit or a word before or after never changes the number', () => {
    fc.assert(fc.property(amount, fc.constantFrom('£', '$', '€', 'about ', '≈ ', ''), fc.constantFrom('', ' pounds', ' months', '%', ' in total'), ({ n, decimals }, before, after) =>
      value(`${before}${british(n, decimals)}${after}`) === n));
  });

  test('an answer typed back as written is right; one just beyond its tolerance is wrong', () => {
    fc.assert(fc.property(amount, fc.constantFrom('£', '', '%'), ({ n, decimals }, unit) => {
      const written = unit === '£' ? `£${british(n, decimals)}` : `${british(n, decimals)}${unit}`;
      const answer = spec(written);
      if (gradeNumeric(written, answer).verdict !== 'right') return false;
      const beyond = n + answer.tolerance * 1.5 + 0.01;
      // The fraction reading of a percentage (0.5 for 50%) is right on purpose; keep away from it.
      if (unit === '%' && beyond <= 1) return true;
      return gradeNumeric(String(beyond), answer).verdict === 'wrong';
    }));
  });

  test('two different numbers in one answer are never graded right', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 9999 }), fc.constantFrom(' or ', ' and ', '; ', ' / '), (a, b, joint) => {
      fc.pre(a !== b);
      return gradeNumeric(`${a}${joint}${b}`, { value: a, tolerance: 0.5, unit: '' }).verdict === 'several-numbers';
    }));
  });

  test('any text at all is read without throwing', () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (text) => {
      readNumber(text);
      parseNumericSpec(text);
      gradeNumeric(text, { value: 1, tolerance: 0.5, unit: '%' });
      return true;
    }));
  });
});
