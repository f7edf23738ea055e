// A resident's name spelled for search while typing: full pinyin without tones, and its initials.
import { describe, expect, it } from 'vitest';
import { pinyinOf } from '../../src/main/services/register';

describe('pinyinOf', () => {
  it.each([
    ['张三', 'zhangsan', 'zs'],
    // Surnames read otherwise than the same character elsewhere.
    ['曾小贤', 'zengxiaoxian', 'zxx'],
    ['单田芳', 'shantianfang', 'stf'],
    ['解晓东', 'xiexiaodong', 'xxd'],
    ['欧阳娜娜', 'ouyangnana', 'oynn'],
    // Each syllable gives one initial, zh/ch/sh included.
    ['朱长生', 'zhuchangsheng', 'zcs'],
  ])('spells %s as %s, initials %s', (name, spelled, initials) => {
    expect(pinyinOf(name)).toEqual({ pinyin: spelled, initials });
  });
});
