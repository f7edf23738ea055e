// How the monthly summary writes its figures and their changes, as a manager reads them on screen and on paper:
// counts "+12 (+8.5%)", rates in percentage points, money in yuan, a dash where there is nothing to compare; and
// the printed pages' running head and page numbers.
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { changeView, valueText } from '../../src/renderer/src/features/stats/summary/summaryFormat';
import {
  pageNumberContent,
  pageNumberSlots,
  summaryPageRules,
} from '../../src/renderer/src/features/stats/summary/summaryPageRules';
import { en } from '../../src/renderer/src/i18n/en';
import { zhCN } from '../../src/renderer/src/i18n/zh-CN';

const i18n = i18next.createInstance();
void i18n.init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: 'zh-CN',
  initAsync: false,
  interpolation: { escapeValue: false },
});
const t = i18n.t;
const english = i18n.getFixedT('en');

describe('a figure’s value', () => {
  it('is written by its kind', () => {
    expect(valueText('count', 4120)).toBe('4120');
    expect(valueText('rate', 0.9312)).toBe('93.1%');
    expect(valueText('hours', 512.5)).toBe('512.5');
    expect(valueText('fen', 1234550)).toBe('12345.50');
    expect(valueText('score', 86)).toBe('86.0');
  });

  it('is a dash when there is none', () => {
    expect(valueText('rate', null)).toBe('—');
  });
});

describe('a count’s change', () => {
  it('reads as a signed difference and ratio', () => {
    expect(changeView('count', 312, 288, t)).toEqual({ text: '+24 (+8.3%)', direction: 'up' });
    expect(changeView('count', 147, 150, t)).toEqual({ text: '−3 (−2.0%)', direction: 'down' });
    expect(changeView('count', 24, 24, t)).toEqual({ text: '0 (0.0%)', direction: 'flat' });
  });

  it('has no ratio against a month of nothing, and is null against no data', () => {
    expect(changeView('count', 5, 0, t)).toEqual({ text: '+5', direction: 'up' });
    expect(changeView('count', 5, null, t)).toBeNull();
    expect(changeView('count', null, 5, t)).toBeNull();
  });

  it('keeps the kind’s own unit of difference: hours to a tenth, money in yuan', () => {
    expect(changeView('hours', 512.5, 480, t)?.text).toBe('+32.5 (+6.8%)');
    expect(changeView('fen', 1200000, 1234550, t)?.text).toBe('−345.50 (−2.8%)');
  });
});

describe('a rate’s change', () => {
  it('reads in percentage points, in either language', () => {
    expect(changeView('rate', 0.93, 0.9, t)).toEqual({ text: '+3.0 个百分点', direction: 'up' });
    expect(changeView('rate', 0.8125, 0.85, t)).toEqual({ text: '−3.8 个百分点', direction: 'down' });
    expect(changeView('rate', 0.93, 0.9, english)?.text).toBe('+3.0 pp');
  });

  it('is null when either month had nothing to rate', () => {
    expect(changeView('rate', null, 0.9, t)).toBeNull();
    expect(changeView('rate', 0.9, null, t)).toBeNull();
  });
});

describe('the printed pages’ head and numbers', () => {
  it('counts pages in the catalogue’s words', () => {
    expect(pageNumberContent(t('monthlySummary.pageOf', pageNumberSlots))).toBe(
      '"第 " counter(page) " 页 / 共 " counter(pages) " 页"',
    );
    expect(pageNumberContent(english('monthlySummary.pageOf', pageNumberSlots))).toBe(
      '"Page " counter(page) " of " counter(pages)',
    );
  });

  it('keeps any scope name inside its CSS string and inside the <style>', () => {
    const rules = summaryPageRules('振兴"街道\\ </style><script>x</script>\n2026年10月', '[[page]]');
    expect(rules).toContain('content: "振兴\\"街道\\\\ \\3c /style>\\3c script>x\\3c /script> 2026年10月";');
    expect(rules).not.toContain('</');
    expect(rules).toContain('@bottom-center { content: counter(page); }');
  });
});
