// A 住址 as registers write it, split into estate, building, unit and room: 振兴花园3栋2单元501室,
// 人民路18号2单元301, 振兴花园3-2-501, with or without the province, city, street and community before it.

export interface AddressParts {
  estate: string;
  building: string;
  unit: string | null;
  room: string;
}

const chineseDigits: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 三 → 3, 十二 → 12, 二十 → 20; digits stay as they are. */
function arabic(value: string): string {
  if (!/^[零〇一二两三四五六七八九十]+$/.test(value)) return value;
  const ten = value.indexOf('十');
  if (ten === -1) return [...value].map((ch) => chineseDigits[ch] ?? '').join('');
  const tens = ten === 0 ? 1 : (chineseDigits[value[0] as string] ?? 1);
  const ones = ten === value.length - 1 ? 0 : (chineseDigits[value[ten + 1] as string] ?? 0);
  return String(tens * 10 + ones);
}

const number = '[0-9]+|[零〇一二两三四五六七八九十]+';
const explicit = new RegExp(
  `^(?<estate>.+?)(?<building>[0-9]+[A-Za-z]?|[A-Za-z]|[零〇一二两三四五六七八九十]+)(?:号楼|栋|幢|座|号)` +
    `(?:(?<unit>${number})单元)?(?:[0-9]+(?:楼|层))?(?<room>[A-Za-z]?[0-9]+[A-Za-z]?)(?:室|号|户)?$`,
  'u',
);
const dashed = /^(?<estate>.*?[^0-9-])(?<building>[0-9]+[A-Za-z]?)-(?:(?<unit>[0-9]+)-)?(?<room>[0-9]+[A-Za-z]?)室?$/u;

/** A province, city and district chain (江苏省泰州市姜堰区): two administrative levels in a row name no estate. */
const adminChain = /^(?:[^0-9]{2,7}?(?:省|自治区))?[^0-9]{2,7}?市[^0-9]{2,7}?[区县市]/u;

/**
 * The parts of an address, or null when it does not name a room in a building. `placeNames` are the
 * street's and communities' names: an address that begins with them has them cut off its estate.
 */
export function parseAddress(text: string, placeNames: readonly string[] = []): AddressParts | null {
  const compact = text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[,，.。;；]+$/u, '');
  if (!compact) return null;
  const match = explicit.exec(compact) ?? dashed.exec(compact);
  const groups = match?.groups;
  if (!groups) return null;
  const estate = estateWithoutPlace(groups.estate ?? '', placeNames);
  if (!estate) return null;
  return {
    estate,
    building: arabic(groups.building ?? ''),
    unit: groups.unit ? arabic(groups.unit) : null,
    room: groups.room ?? '',
  };
}

function estateWithoutPlace(estate: string, placeNames: readonly string[]): string {
  let rest = estate.replace(adminChain, '') || estate;
  for (const name of placeNames) {
    const at = rest.lastIndexOf(name);
    if (at !== -1 && rest.length - at - name.length >= 2) rest = rest.slice(at + name.length);
  }
  return rest;
}
