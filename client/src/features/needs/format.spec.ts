import { describe, expect, it } from 'vitest';
import { MINUS, needsFormat, numberLocale, signOf, sum } from './format';

const id = needsFormat('id');
const en = needsFormat('en');
// Intl separates "Rp" from the amount with a no-break space
const plain = (s: string) => s.replace(/\u00a0/g, ' ');

describe('needs number formats', () => {
  it('should group thousands with dots and use a decimal comma in both languages', () => {
    expect(numberLocale('id')).toBe('id-ID');
    expect(id.int(15234)).toBe('15.234');
    expect(en.int(15234)).toBe('15.234');
    expect(id.int(2.5)).toBe('3');
  });
  it('should show FTE and supply with one or two decimals', () => {
    expect(id.dec(1.1264)).toBe('1,13');
    expect(id.dec(12)).toBe('12,0');
    expect(id.dec(0.05)).toBe('0,05');
  });
  it('should show money as whole rupiah and short amounts with the Indonesian units', () => {
    expect(plain(id.money(5_860_000_000_000))).toBe('Rp 5.860.000.000.000');
    expect(plain(id.money(59_000_000.4))).toBe('Rp 59.000.000');
    expect(plain(id.moneyShort(5_860_000_000_000))).toBe('Rp 5,86 T');
    expect(plain(id.moneyShort(25_000_000_000))).toBe('Rp 25 M');
  });
  it('should sign a gap with a real minus for a shortage and a plus for a surplus', () => {
    expect(id.gap(-2.44)).toBe(`${MINUS}2,4`);
    expect(id.gap(3)).toBe('+3');
    expect(id.gap(0.001)).toBe('0');
    expect(signOf(-0.5)).toBe('negative');
  });
  it('should show percentages given in percent and as shares', () => {
    expect(id.percent(29.583)).toBe('29,58%');
    expect(id.share(0.2958)).toBe('29,6%');
  });
  it('should show a dash for a missing figure and sum a series', () => {
    expect(id.int(null)).toBe('—');
    expect(id.money(undefined)).toBe('—');
    expect(id.gap(Number.NaN)).toBe('—');
    expect(sum([3, 4, 5])).toBe(12);
    expect(sum(undefined)).toBe(0);
  });
});
