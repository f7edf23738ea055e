// Reads of personal data shown whole (PIPL): the handler that answers one writes an audit row naming the record and
// the kinds of data shown, never the data. The router writes it before the answer leaves.
import type { SensitiveDataKind } from '../../shared/contract/audit';
import type { ResidentSummary } from '../../shared/contract/residents';
import { isAttentionTag, type ResidentTag } from '../../shared/domain/residents';
import type { Ctx } from './context';
import { phoneShownWhole } from './residentViews';

export function recordSensitiveRead(
  ctx: Ctx,
  entity: string,
  entityId: number | null,
  shown: readonly SensitiveDataKind[],
  extra: Record<string, unknown> = {},
): void {
  if (shown.length === 0) return;
  ctx.audit.record({ entity, entityId, after: { shown: [...new Set(shown)], ...extra } });
}

/** Care tags (关怀对象) that tell of health or income (PIPL art. 28): seen by every register reader, logged on a record. */
const healthOrIncomeTags: ReadonlySet<ResidentTag> = new Set(['disabled', 'minimum_allowance', 'hardship']);

/** What a resident's record shows whole: the phone for roles that keep the file, attention groups, health or income. */
export function sensitiveKindsOfResident(ctx: Ctx, r: ResidentSummary): SensitiveDataKind[] {
  const kinds: SensitiveDataKind[] = [];
  if (r.phone !== null && phoneShownWhole(ctx)) kinds.push('phone');
  if (r.tags.some((t) => isAttentionTag(t.tag))) kinds.push('attentionTags');
  if (r.tags.some((t) => healthOrIncomeTags.has(t.tag))) kinds.push('healthOrIncome');
  return kinds;
}

/** The residents of an answer whose attention groups (重点人群) it shows. */
export function residentsWithAttentionTags(rows: readonly ResidentSummary[]): number[] {
  return rows.filter((r) => r.tags.some((t) => isAttentionTag(t.tag))).map((r) => r.id);
}
