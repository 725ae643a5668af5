// How typed answers and recalled lists are graded: forgiving of how a student
// types, strict about what they mean.
import * as assert from 'assert';
import { editDistance } from '../../src/core/util/editDistance';
import { gradeList, gradeTyped, normalizeAnswer } from '../../src/core/quiz/textMatch';

type Row = [answer: string, accepted: string[], rejects?: string[]];

const ACCEPTED: Row[] = [
  ['key account management', ['Key account management']],
  ['KEY ACCOUNT MANAGEMENT', ['Key account management']],
  ['key account mangement', ['Key account management']],
  ['key acount managment', ['Key account management']],
  ['management key account', ['Key account management']],
  ['Key-account management.', ['Key account management']],
  ['  the key   account management ', ['Key account management']],
  ['KAM', ['Key account management', 'KAM']],
  ['customer lifetime value', ['Customer lifetime value']],
  ['customer life-time value', ['Customer lifetime value']],
  ['Customer Lifetme Value', ['Customer lifetime value']],
  ['strategic', ['Strategic CRM']],
  ['Strategic C.R.M.', ['Strategic CRM']],
  ['value creation', ['The value creation process']],
  ['trust and commitment', ['Trust and commitment']],
  ['commitment and trust', ['Trust and commitment']],
  ['commitment & trust', ['Trust and commitment']],
  ['owners', ['Owners (investors)']],
  ['cocreation', ['Co-creation']],
  ['ecommerce', ['E-commerce']],
  ['turnovr', ['turnover']],
  ['34', ['34']],
  ['customise', ['customize']],
  ['rfm', ['RFM analysis']],
  ['Dwyers phases', ["Dwyer's phases"]],
  ['Éxploration', ['Exploration']],
];

const REJECTED: Row[] = [
  ['', ['Key account management']],
  ['   ', ['Key account management']],
  ['k', ['Key account management']],
  ['the', ['The value creation process']],
  ['KAM', ['Key account management'], ['KAM']],
  ['customer', ['Customer lifetime value']],
  ['customer lifetime', ['Customer lifetime value']],
  ['key account', ['Key account management']],
  ['expansion', ['Exploration']],
  ['exploration', ['Expansion']],
  ['commitment', ['Trust and commitment']],
  ['trust', ['Trust and commitment']],
  ['35', ['34']],
  ['churn', ['Customer retention']],
  ['Operational CRM', ['Strategic CRM']],
  ['CRM', ['Strategic CRM']],
  ['Data mining', ['Data warehouse']],
  ['Relational', ['Hierarchical']],
  ['value', ['Value delivery']],
  ['marketing automation', ['Sales automation']],
  ['Value proposition', ['Value delivery']],
  ['Customer equity', ['Customer experience']],
  ['awareness exploration', ['Awareness']],
  ['Custome', ['Customize'], ['Customer']],
];

suite('Quiz grading: typed answers', () => {
  for (const [answer, accepted, rejects] of ACCEPTED) {
    test(`"${answer}" is accepted for "${accepted[0]}"`, () => {
      assert.strictEqual(gradeTyped(answer, accepted, rejects).correct, true);
    });
  }
  for (const [answer, accepted, rejects] of REJECTED) {
    test(`"${answer}" is rejected for "${accepted[0]}"${rejects ? ` (not ${rejects.join(', ')})` : ''}`, () => {
      assert.strictEqual(gradeTyped(answer, accepted, rejects).correct, false);
    });
  }

  test('an empty answer is reported as empty and a one-letter one as too short', () => {
    assert.strictEqual(gradeTyped('', ['Trust']).reason, 'empty');
    assert.strictEqual(gradeTyped('t', ['T']).reason, 'tooShort');
  });

  test('an answer closer to another term is reported as that other term', () => {
    assert.strictEqual(gradeTyped('Custome', ['Customize'], ['Customer']).reason, 'otherTerm');
  });

  test('normalising drops case, accents, punctuation and articles', () => {
    assert.strictEqual(normalizeAnswer('  The Payne & Frow  Framework! '), 'payne and frow framework');
    assert.strictEqual(normalizeAnswer('Café-Owner'), 'cafe owner');
  });

  test('edit distance counts a swap of neighbouring letters as one typo', () => {
    assert.strictEqual(editDistance('trsut', 'trust'), 1);
    assert.strictEqual(editDistance('kitten', 'sitting'), 3);
  });
});

const DWYER = ['Awareness', 'Exploration', 'Expansion', 'Commitment', 'Dissolution'];

suite('Quiz grading: list recall', () => {
  test('3 of Dwyer\'s 5 phases earn 0.6 and name the two missed', () => {
    const grade = gradeList('awareness, exploration, expansion', DWYER);
    assert.strictEqual(grade.score, 0.6);
    assert.deepStrictEqual(grade.missed, ['Commitment', 'Dissolution']);
  });

  test('misspelt items still count', () => {
    assert.strictEqual(gradeList('awarenes, exploraton, expanson, comitment, disolution', DWYER).score, 1);
  });

  test('a repeated item counts once', () => {
    const grade = gradeList('awareness, awareness, Awareness', DWYER);
    assert.strictEqual(grade.score, 0.2);
    assert.strictEqual(grade.extras.length, 2);
  });

  test('order does not matter unless the prompt asks for it', () => {
    const answer = 'exploration, awareness, expansion, commitment, dissolution';
    assert.strictEqual(gradeList(answer, DWYER).score, 1);
    const ordered = gradeList(answer, DWYER, true);
    assert.strictEqual(ordered.score, 0.8);
    assert.strictEqual(ordered.outOfOrder.length, 1);
  });

  test('semicolons, new lines and list markers separate items', () => {
    assert.strictEqual(gradeList('1. Awareness; 2. Exploration\n- Expansion', DWYER).score, 0.6);
  });

  test('"trust and commitment" names both relationship attributes', () => {
    assert.strictEqual(gradeList('trust and commitment', ['Trust', 'Commitment']).score, 1);
  });

  test('an item that itself holds a comma is matched whole', () => {
    const items = ['Arises from trust, shared values and hard-to-replace partners', 'Motivates cooperation', 'Forgoes short-term alternatives', 'Entails vulnerability'];
    const grade = gradeList('arises from trust, shared values and hard to replace partners; motivates cooperation', items);
    assert.strictEqual(grade.score, 0.5);
  });

  test('a part written without its parenthesis counts ("Owners" for "Owners (investors)")', () => {
    const scope = ['Suppliers', 'Customers', 'Owners (investors)', 'Partners', 'Employees'];
    assert.strictEqual(gradeList('suppliers, customers, owners, partners, employees', scope).score, 1);
  });

  test('an empty answer or items of another list earn nothing', () => {
    assert.strictEqual(gradeList('', DWYER).score, 0);
    const other = gradeList('listening, talking', DWYER);
    assert.strictEqual(other.score, 0);
    assert.deepStrictEqual(other.extras, ['listening', 'talking']);
  });
});
