// Addresses as people write them (振兴花园3栋2单元501室) and as the register keys them: one household per address.

const partSuffix = /(号楼|单元|栋|幢|座|室|号)$/u;

/** Full-width digits and letters to ASCII, spaces out, lower-case. */
function plainText(value: string): string {
  return value.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/** One household per address: 振兴花园|3|2|501 for 振兴花园 3栋 2单元 501室, however it was typed. */
export function addressKeyOf(estate: string, building: string, unit: string | null, room: string): string {
  const part = (value: string | null) => plainText(value ?? '').replace(partSuffix, '');
  return [plainText(estate), part(building), part(unit), part(room)].join('|');
}

/** The start of address keys that begin with a typed text (an estate's first characters): for prefix search. */
export function addressKeyPrefixOf(text: string): string {
  return plainText(text);
}

/** 振兴花园3栋2单元501室: a suffix is added only to a bare number or letter, so 3号楼 stays 3号楼. */
export function formatAddress(h: { estate: string; building: string; unit: string | null; room: string }): string {
  const part = (value: string | null, suffix: string) => {
    const text = (value ?? '').normalize('NFKC').trim();
    return /[0-9a-z]$/i.test(text) ? text + suffix : text;
  };
  return `${h.estate.normalize('NFKC').trim()}${part(h.building, '栋')}${part(h.unit, '单元')}${part(h.room, '室')}`;
}
