// The register's categories (DOMAIN.md "Households and residents"): values only; labels live in the i18n catalogues.

export const houseUses = ['owner_occupied', 'rented', 'vacant', 'commercial'] as const;
export type HouseUse = (typeof houseUses)[number];

export const genders = ['male', 'female'] as const;
export type Gender = (typeof genders)[number];

export const relationsToHead = [
  'head',
  'spouse',
  'son',
  'daughter',
  'parent',
  'parent_in_law',
  'grandparent',
  'grandchild',
  'sibling',
  'child_in_law',
  'tenant',
  'other',
] as const;
export type RelationToHead = (typeof relationsToHead)[number];

/** 户籍 registered, 流动 floating, 未落户 unregistered, 境外 foreign. */
export const residenceTypes = ['registered', 'floating', 'unregistered', 'foreign'] as const;
export type ResidenceType = (typeof residenceTypes)[number];

/** 人户同在, 户在人不在, 人在户不在. */
export const residenceStatuses = ['present_registered', 'registered_absent', 'present_unregistered'] as const;
export type ResidenceStatus = (typeof residenceStatuses)[number];

/** 群众, 共青团员, 中共党员, 中共预备党员. */
export const politicalStatuses = ['masses', 'league_member', 'party_member', 'probationary_member'] as const;
export type PoliticalStatus = (typeof politicalStatuses)[number];

/** A resident leaves the register's current view by moving out or dying; the record is kept. */
export const lifeStatuses = ['active', 'moved_out', 'deceased'] as const;
export type LifeStatus = (typeof lifeStatuses)[number];

/** 关怀对象: people the centre looks after. */
export const careTags = [
  'elderly_alone',
  'elderly_80_plus',
  'disabled',
  'minimum_allowance',
  'hardship',
  'veteran_family',
  'left_behind_child',
] as const;

/** 重点人群: sensitive personal information (PIPL art. 28), seen only by those the law lets see them. */
export const attentionTags = [
  'released_prisoner',
  'community_correction',
  'drug_rehabilitation',
  'severe_mental_disorder',
  'repeat_petitioner',
] as const;

export const residentTags = [...careTags, ...attentionTags] as const;
export type ResidentTag = (typeof residentTags)[number];
export type AttentionTag = (typeof attentionTags)[number];

export function isAttentionTag(tag: ResidentTag): tag is AttentionTag {
  return (attentionTags as readonly string[]).includes(tag);
}

/** Risk level, recorded for 严重精神障碍 only. */
export const riskLevels = ['high', 'medium', 'low'] as const;
export type RiskLevel = (typeof riskLevels)[number];

export const visitTypes = [
  'routine',
  'hazard_check',
  'dispute_mediation',
  'attention_visit',
  'policy_outreach',
] as const;
export type VisitType = (typeof visitTypes)[number];
