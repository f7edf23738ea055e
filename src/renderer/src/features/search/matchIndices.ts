// Which characters of a search hit to mark: the part of the field the query matched, pinyin included.
import { match } from 'pinyin-pro';
import type { SearchHit } from '../../../../shared/contract/residents';
import { substringIndices } from '../../components/Highlighted';

export interface HitMarks {
  name: number[];
  idNumber: number[];
  phone: number[];
  address: number[];
}

/**
 * Marks follow `matchedBy`: a pinyin query marks the Chinese characters it spells (`zs` marks 张三), a number
 * marks its digits where the masked number still shows them.
 */
export function hitMarks(hit: SearchHit, query: string): HitMarks {
  const digits = query.replace(/\s+/g, '').toUpperCase();
  return {
    name:
      hit.matchedBy === 'pinyin' || hit.matchedBy === 'initials'
        ? (match(hit.name, query.replace(/\s+/g, '')) ?? [])
        : hit.matchedBy === 'name'
          ? substringIndices(hit.name, query)
          : [],
    idNumber: hit.matchedBy === 'idNumber' && hit.maskedIdNumber ? substringIndices(hit.maskedIdNumber, digits) : [],
    phone: hit.matchedBy === 'phone' && hit.maskedPhone ? substringIndices(hit.maskedPhone, digits) : [],
    address: hit.matchedBy === 'address' ? substringIndices(hit.address, query) : [],
  };
}
