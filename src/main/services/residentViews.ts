// How residents leave the services: ID numbers always masked, phones whole only for roles that keep the
// household's file, attention tags (重点人群, PIPL art. 28) only for roles allowed to see them.
import type { Resident, ResidentSummary } from '../../shared/contract/residents';
import { maskIdNumber, maskPhone } from '../../shared/domain/masking';
import { isAttentionTag, residentTags } from '../../shared/domain/residents';
import { roleHasPermission } from '../../shared/domain/roles';
import type { Ctx } from './context';
import { maySeeAttentionTags, type ResidentRecord, type StoredTag } from './register';

/** Every tag of each resident, in the catalogue's order; attention tags included (filter before answering). */
export function loadTags(ctx: Ctx, residentIds: readonly number[]): Map<number, StoredTag[]> {
  const tags = new Map<number, StoredTag[]>();
  if (residentIds.length === 0) return tags;
  const rows = ctx.sqlite
    .prepare(
      `select resident_id as residentId, tag, risk_level as riskLevel from resident_tags
        where resident_id in (select value from json_each(?))`,
    )
    .all(JSON.stringify(residentIds)) as ({ residentId: number } & StoredTag)[];
  for (const { residentId, ...tag } of rows) {
    const list = tags.get(residentId) ?? [];
    list.push(tag);
    tags.set(residentId, list);
  }
  for (const list of tags.values()) list.sort((a, b) => residentTags.indexOf(a.tag) - residentTags.indexOf(b.tag));
  return tags;
}

/** The tags the actor may see. */
export function visibleTags(ctx: Ctx, tags: readonly StoredTag[]): StoredTag[] {
  return maySeeAttentionTags(ctx) ? [...tags] : tags.filter((t) => !isAttentionTag(t.tag));
}

export function phoneShownWhole(ctx: Ctx): boolean {
  return ctx.actor !== null && roleHasPermission(ctx.actor.role, 'households.manage');
}

export function phoneForActor(ctx: Ctx, phone: string | null): string | null {
  if (phone === null) return null;
  return phoneShownWhole(ctx) ? phone : maskPhone(phone);
}

export function maskedIdNumberOf(idNumber: string | null): string | null {
  return idNumber === null ? null : maskIdNumber(idNumber);
}

type ResidentFields = Pick<
  ResidentRecord,
  | 'id'
  | 'householdId'
  | 'name'
  | 'gender'
  | 'birthDate'
  | 'idNumber'
  | 'phone'
  | 'relationToHead'
  | 'residenceType'
  | 'residenceStatus'
  | 'politicalStatus'
  | 'lifeStatus'
>;

export function toResidentSummary(ctx: Ctx, r: ResidentFields, tags: readonly StoredTag[] = []): ResidentSummary {
  return {
    id: r.id,
    householdId: r.householdId,
    name: r.name,
    gender: r.gender,
    birthDate: r.birthDate,
    maskedIdNumber: maskedIdNumberOf(r.idNumber),
    phone: phoneForActor(ctx, r.phone),
    relationToHead: r.relationToHead,
    residenceType: r.residenceType,
    residenceStatus: r.residenceStatus,
    politicalStatus: r.politicalStatus,
    lifeStatus: r.lifeStatus,
    tags: visibleTags(ctx, tags),
  };
}

export function toResident(ctx: Ctx, r: ResidentRecord, tags: readonly StoredTag[]): Resident {
  return {
    ...toResidentSummary(ctx, r, tags),
    ethnicity: r.ethnicity,
    note: r.note,
    lifeStatusDate: r.lifeStatusDate,
    version: r.version,
  };
}

/** An audit entry's before/after as the actor may see it: attention tags dropped for those who may not. */
export function auditSnapshotForActor(ctx: Ctx, snapshot: unknown): unknown {
  if (maySeeAttentionTags(ctx) || snapshot === null || typeof snapshot !== 'object') return snapshot;
  const tags = (snapshot as { tags?: unknown }).tags;
  if (!Array.isArray(tags)) return snapshot;
  return { ...snapshot, tags: tags.filter((t: StoredTag) => !isAttentionTag(t.tag)) };
}
