// Believable households for the demo register: who lives together, their ages and origins, phones and tags.
import { checkCharOf } from '../../shared/domain/idNumber';
import type {
  Gender,
  LifeStatus,
  PoliticalStatus,
  RelationToHead,
  ResidenceStatus,
  ResidenceType,
  ResidentTag,
  RiskLevel,
} from '../../shared/domain/residents';
import { chineseName, givenName, mobileNumber, surname } from './names';
import type { Random } from './random';

export interface DemoPerson {
  name: string;
  gender: Gender;
  birthDate: string;
  /** Region code for the ID number; null for someone without one (a newborn not yet registered). */
  regionCode: string | null;
  /** A fixed ID number, for a person tests look for; otherwise one is drawn from the region and birth date. */
  idNumber?: string;
  relationToHead: RelationToHead;
  residenceType: ResidenceType;
  residenceStatus: ResidenceStatus;
  politicalStatus: PoliticalStatus;
  ethnicity: string;
  phone: string | null;
  tags: { tag: ResidentTag; riskLevel: RiskLevel | null }[];
  lifeStatus: LifeStatus;
  lifeStatusDate: string | null;
}

/** 姜堰区 first: the demo street is in Jiangyan, Taizhou; then the rest of Taizhou. */
const localRegions = [
  '321204',
  '321204',
  '321204',
  '321204',
  '321204',
  '321204',
  '321202',
  '321203',
  '321281',
  '321283',
];
/** Where floating residents come from: elsewhere in Jiangsu, Anhui, Henan, Sichuan, Guizhou, Hunan, Jiangxi. */
const distantRegions = [
  '321281',
  '321282',
  '320102',
  '320602',
  '321002',
  '341202',
  '341221',
  '411702',
  '412726',
  '510104',
  '511304',
  '522121',
  '430181',
  '360121',
];
const minorityEthnicities = ['回族', '满族', '蒙古族', '苗族', '土家族', '壮族'];

const dayMs = 86_400_000;

/** A birth date `age` full years before today, on a random day of that year of life. */
function birthDateFor(random: Random, age: number, today: string): string {
  const year = Number(today.slice(0, 4)) - age;
  const birthday = Date.UTC(year, Number(today.slice(5, 7)) - 1, Number(today.slice(8, 10)));
  return new Date(birthday - random.int(0, 364) * dayMs).toISOString().slice(0, 10);
}

export function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) >= birthDate.slice(5) ? years : years - 1;
}

/** A date in the last two years, for a move-out or a death. */
function recentDate(random: Random, today: string): string {
  return new Date(Date.parse(today) - random.int(10, 720) * dayMs).toISOString().slice(0, 10);
}

/** A valid ID number for a person, unique among `taken`: sequence parity carries the gender. */
export function idNumberFor(random: Random, person: DemoPerson, taken: Set<string>): string | null {
  if (person.idNumber) {
    taken.add(person.idNumber);
    return person.idNumber;
  }
  if (!person.regionCode) return null;
  const stem = person.regionCode + person.birthDate.replaceAll('-', '');
  for (;;) {
    const sequence = random.int(0, 499) * 2 + (person.gender === 'male' ? 1 : 0);
    const first17 = stem + String(sequence).padStart(3, '0');
    const idNumber = first17 + checkCharOf(first17);
    if (!taken.has(idNumber)) {
      taken.add(idNumber);
      return idNumber;
    }
  }
}

function phoneFor(random: Random, age: number): string | null {
  if (age < 16) return null;
  const roll = random.next();
  if (age <= 75) return roll < 0.92 ? mobileNumber(random) : null;
  if (roll < 0.35) return mobileNumber(random);
  if (roll < 0.6) return `0523-8${String(random.int(0, 9_999_999)).padStart(7, '0')}`;
  return null;
}

function politicalStatusFor(random: Random, age: number): PoliticalStatus {
  const roll = random.next();
  if (age >= 18 && roll < (age >= 60 ? 0.12 : 0.06)) return 'party_member';
  if (age >= 18 && age <= 35 && roll < 0.065) return 'probationary_member';
  if (age >= 14 && age <= 28 && roll < 0.4) return 'league_member';
  return 'masses';
}

const attentionRates: [ResidentTag, number][] = [
  ['released_prisoner', 0.001],
  ['community_correction', 0.0005],
  ['drug_rehabilitation', 0.0005],
  ['severe_mental_disorder', 0.003],
  ['repeat_petitioner', 0.001],
];

function riskLevelFor(random: Random): RiskLevel {
  const roll = random.next();
  return roll < 0.6 ? 'low' : roll < 0.9 ? 'medium' : 'high';
}

interface Member {
  relation: RelationToHead;
  gender: Gender;
  age: number;
  /** Born into another family: a spouse, the head's mother, an unrelated tenant. */
  ownSurname?: boolean;
}

/** Who lives together in a household of `size`: couples, children, a grandparent, or an old person alone. */
function membersOf(random: Random, size: number): Member[] {
  const other = (g: Gender): Gender => (g === 'male' ? 'female' : 'male');
  const anyGender = (): Gender => (random.next() < 0.5 ? 'male' : 'female');
  if (size === 1) {
    return [
      { relation: 'head', gender: anyGender(), age: random.next() < 0.55 ? random.int(65, 92) : random.int(22, 64) },
    ];
  }
  if (size === 2 && random.next() < 0.5) {
    const age = random.int(60, 86);
    return [
      { relation: 'head', gender: 'male', age },
      { relation: 'spouse', gender: 'female', age: Math.max(55, age - random.int(0, 5)) },
    ];
  }
  const headGender: Gender = random.next() < 0.85 ? 'male' : 'female';
  const age = random.int(28, 58);
  const members: Member[] = [{ relation: 'head', gender: headGender, age }];
  const singleParent = size === 2 || random.next() < 0.08;
  if (!singleParent) members.push({ relation: 'spouse', gender: other(headGender), age: age + random.int(-4, 3) });
  let parents = size >= 5 ? Math.min(2, size - members.length - 1) : size === 4 && random.next() < 0.45 ? 1 : 0;
  if (size === 3 && !singleParent && random.next() < 0.2) parents = 1;
  const children = size - members.length - parents;
  for (let c = 0; c < children; c++) {
    const gender = anyGender();
    members.push({
      relation: gender === 'male' ? 'son' : 'daughter',
      gender,
      age: Math.max(0, age - random.int(22, 36)),
    });
  }
  const parentAge = Math.min(99, age + random.int(22, 32));
  if (parents === 2) {
    members.push({ relation: 'parent', gender: 'male', age: parentAge });
    members.push({ relation: 'parent', gender: 'female', age: parentAge - random.int(0, 4), ownSurname: true });
  } else if (parents === 1) {
    members.push({ relation: 'parent', gender: 'female', age: parentAge, ownSurname: true });
  }
  return members;
}

/** Household size: 1 + Poisson(mean − 1), capped at 6, which gives China's mix of one- to six-person homes. */
export function householdSize(random: Random, mean: number): number {
  const limit = Math.exp(-(mean - 1));
  let k = 0;
  for (let p = random.next(); p > limit; p *= random.next()) k++;
  return Math.min(6, 1 + k);
}

/** The people of one household. A rented home holds floating residents, now and then unrelated tenants. */
export function familyOf(random: Random, size: number, rented: boolean, today: string): DemoPerson[] {
  const family = surname(random);
  const floating = rented && random.next() < 0.7;
  const sharedFlat = rented && size > 1 && random.next() < 0.25;
  const origin = floating ? random.pick(distantRegions) : random.pick(localRegions);
  const parentsAway = !rented && size >= 4 && random.next() < 0.12;
  const members: Member[] = sharedFlat
    ? Array.from({ length: size }, (_, i) => ({
        relation: i === 0 ? 'head' : 'tenant',
        gender: random.next() < 0.6 ? 'male' : 'female',
        age: random.int(19, 45),
        ownSurname: true,
      }))
    : membersOf(random, size);
  return members.map((m): DemoPerson => {
    const name = m.ownSurname || m.relation === 'spouse' ? chineseName(random) : family + givenName(random);
    const birthDate = birthDateFor(random, m.age, today);
    const newborn = m.age === 0 && random.next() < 0.5;
    const absent = parentsAway && (m.relation === 'head' || m.relation === 'spouse');
    const tags: DemoPerson['tags'] = [];
    if (m.age >= 80) tags.push({ tag: 'elderly_80_plus', riskLevel: null });
    if (size === 1 && m.age >= 65 && random.next() < 0.8) tags.push({ tag: 'elderly_alone', riskLevel: null });
    if (parentsAway && m.age < 16) tags.push({ tag: 'left_behind_child', riskLevel: null });
    if (random.next() < 0.02) tags.push({ tag: 'disabled', riskLevel: null });
    if (m.relation === 'head' && random.next() < 0.015) tags.push({ tag: 'minimum_allowance', riskLevel: null });
    if (m.relation === 'head' && random.next() < 0.01) tags.push({ tag: 'hardship', riskLevel: null });
    if (m.age >= 40 && random.next() < 0.01) tags.push({ tag: 'veteran_family', riskLevel: null });
    if (m.age >= 18) {
      for (const [tag, rate] of attentionRates) {
        if (random.next() < rate) {
          tags.push({ tag, riskLevel: tag === 'severe_mental_disorder' ? riskLevelFor(random) : null });
        }
      }
    }
    const leaves =
      m.relation !== 'head' && random.next() < (m.age >= 70 ? 0.03 : m.age >= 18 && m.age <= 40 ? 0.02 : 0);
    return {
      name,
      gender: m.gender,
      birthDate,
      regionCode: newborn ? null : m.relation === 'spouse' && random.next() < 0.3 ? random.pick(localRegions) : origin,
      relationToHead: m.relation,
      residenceType: newborn ? 'unregistered' : floating ? 'floating' : 'registered',
      residenceStatus:
        floating || newborn ? 'present_unregistered' : absent ? 'registered_absent' : 'present_registered',
      politicalStatus: politicalStatusFor(random, m.age),
      ethnicity: random.next() < 0.985 ? '汉族' : random.pick(minorityEthnicities),
      phone: phoneFor(random, m.age),
      tags,
      lifeStatus: leaves ? (m.age >= 70 ? 'deceased' : 'moved_out') : 'active',
      lifeStatusDate: leaves ? recentDate(random, today) : null,
    };
  });
}
