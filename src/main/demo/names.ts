// Plausible Chinese personal names and mobile numbers for demo people.
import type { Random } from './random';

const surnames =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔';
const givenChars =
  '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍红建国建华志强海燕春梅丹凤晓东晓燕文斌国庆玲俊鹏宇浩然子涵欣怡梓萱一诺雨桐佳怡思远家豪子轩浩宇晨阳';

const surnameList = [...surnames];
const givenCharList = [...givenChars];

export function chineseName(random: Random): string {
  return surname(random) + givenName(random);
}

export function surname(random: Random): string {
  return random.pick(surnameList);
}

/** One or two characters, never the same one twice in a row. */
export function givenName(random: Random): string {
  const length = random.next() < 0.7 ? 2 : 1;
  let given = '';
  while (given.length < length) {
    const char = random.pick(givenCharList);
    // 子子 or 华华 read as nicknames, not as names on a register.
    if (!given.endsWith(char)) given += char;
  }
  return given;
}

const mobilePrefixes = [
  '130',
  '131',
  '133',
  '135',
  '136',
  '138',
  '139',
  '150',
  '151',
  '152',
  '158',
  '159',
  '177',
  '180',
  '181',
  '187',
  '189',
  '199',
];

export function mobileNumber(random: Random): string {
  return random.pick(mobilePrefixes) + String(random.int(0, 99_999_999)).padStart(8, '0');
}
