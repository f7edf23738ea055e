import { describe, expect, it } from 'vitest';
import { addressKeyOf, formatAddress } from '../../src/main/services/addresses';
import { idNumberInput } from '../../src/shared/contract/residents';
import { checkCharOf, idNumberFacts, idNumberProblem, normaliseIdNumber } from '../../src/shared/domain/idNumber';
import { maskIdNumber, maskPhone } from '../../src/shared/domain/masking';

const today = '2026-11-16';

describe('citizen ID numbers (GB 11643)', () => {
  it('accepts the standard’s own example 11010519491231002X', () => {
    expect(idNumberProblem('11010519491231002X', today)).toBeNull();
    expect(checkCharOf('11010519491231002')).toBe('X');
  });

  it('refuses an ID number whose check digit is wrong', () => {
    expect(idNumberProblem('110105194912310021', today)).toBe('checkDigit');
  });

  it('refuses an impossible birth date such as 1999-02-30', () => {
    const first17 = '32120419990230123';
    expect(idNumberProblem(first17 + checkCharOf(first17), today)).toBe('birthDate');
  });

  it('refuses a birth date after today, and one before 1900', () => {
    const tomorrow = '32120420261117123';
    expect(idNumberProblem(tomorrow + checkCharOf(tomorrow), today)).toBe('birthDate');
    const ancient = '32120418991231123';
    expect(idNumberProblem(ancient + checkCharOf(ancient), today)).toBe('birthDate');
  });

  it('refuses anything that is not 17 digits and a digit or X', () => {
    for (const bad of ['', '11010519491231002', '11010519491231002XX', '1101051949123100AX']) {
      expect(idNumberProblem(bad, today)).toBe('format');
    }
  });

  it('takes a lower-case x and spaces as people type them', () => {
    expect(normaliseIdNumber(' 110105 19491231 002x ')).toBe('11010519491231002X');
    expect(idNumberInput.parse('11010519491231002x')).toBe('11010519491231002X');
  });

  it('reads birth date, region and gender: an odd sequence digit is a man, an even one a woman', () => {
    expect(idNumberFacts('11010519491231002X')).toEqual({
      birthDate: '1949-12-31',
      gender: 'female',
      regionCode: '110105',
    });
    const man = '32120419800517123';
    expect(idNumberFacts(man + checkCharOf(man)).gender).toBe('male');
  });
});

describe('masking for display (DOMAIN.md)', () => {
  it('shows a mobile as 180****1999', () => {
    expect(maskPhone('18012341999')).toBe('180****1999');
  });

  it('shows an ID number as its first four and last four characters: 3210**********123X', () => {
    expect(maskIdNumber('32100119800101123X')).toBe('3210**********123X');
  });

  it('keeps a landline’s area code and last four digits', () => {
    expect(maskPhone('0523-86123456')).toBe('0523-****3456');
  });
});

describe('addresses', () => {
  it('writes 振兴花园3栋2单元501室 without doubling a suffix the user typed', () => {
    expect(formatAddress({ estate: '振兴花园', building: '3', unit: '2', room: '501' })).toBe('振兴花园3栋2单元501室');
    expect(formatAddress({ estate: '振兴花园', building: '3栋', unit: '2单元', room: '501室' })).toBe(
      '振兴花园3栋2单元501室',
    );
    expect(formatAddress({ estate: '人民路', building: '18号楼', unit: null, room: '１０２' })).toBe(
      '人民路18号楼102室',
    );
  });

  it('keys one address however it is typed: suffixes, full-width digits, spaces and case', () => {
    const key = addressKeyOf('振兴花园', '3', '2', '501');
    expect(key).toBe('振兴花园|3|2|501');
    expect(addressKeyOf(' 振兴花园 ', '3栋', '2单元', '501室')).toBe(key);
    expect(addressKeyOf('振兴花园', '３幢', '２', '５０１')).toBe(key);
    expect(addressKeyOf('阳光公寓', 'A座', null, '12号')).toBe(addressKeyOf('阳光公寓', 'a', null, '12'));
    expect(addressKeyOf('振兴花园', '3', null, '501')).not.toBe(key);
  });
});
