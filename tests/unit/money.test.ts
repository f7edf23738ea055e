// Yuan as people type and read it, fen as GridDesk keeps it: both ways exact, nothing else accepted.
import { describe, expect, it } from 'vitest';
import { fenToYuanText, yuanTextToFen } from '../../src/shared/domain/money';

describe('fen shown as yuan', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [20, '0.20'],
    [1_500, '15.00'],
    [123_456, '1234.56'],
    [-5, '-0.05'],
  ])('%i fen reads %s', (fen, text) => {
    expect(fenToYuanText(fen)).toBe(text);
  });
});

describe('yuan typed as fen', () => {
  it.each([
    ['4500', 450_000],
    ['4500.5', 450_050],
    ['0.1', 10],
    ['0.29', 29],
    [' 3000.01 ', 300_001],
    ['-1', -100],
  ])('"%s" is %i fen', (text, fen) => {
    expect(yuanTextToFen(text)).toBe(fen);
  });

  it.each(['', 'abc', '1.234', '1,000', '1e3', '.5'])('"%s" is not an amount', (text) => {
    expect(yuanTextToFen(text)).toBeNull();
  });

  it('turns 0.1 + 0.2 yuan into exactly 30 fen', () => {
    expect((yuanTextToFen('0.1') ?? 0) + (yuanTextToFen('0.2') ?? 0)).toBe(30);
  });
});
