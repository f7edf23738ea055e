// What lists say about a household beside its address: its head, its members, its visits (SQL a query selects).
// The outer household is named in full: drizzle renders a bare column as `"id"` here, which would bind to the inner table.
import { sql } from 'drizzle-orm';
import { residents, visits } from '../db/schema';

/** The active member whose relation is head. */
export const headNameSql = sql<string | null>`(select r.name from ${residents} r
  where r.household_id = "households"."id" and r.relation_to_head = 'head' and r.life_status = 'active'
  order by r.id limit 1)`;

export const memberCountSql = sql<number>`(select count(*) from ${residents} r
  where r.household_id = "households"."id" and r.life_status = 'active')`;

export const lastVisitDateSql = sql<string | null>`(select max(v.visit_date) from ${visits} v
  where v.household_id = "households"."id")`;

/** A visit as the household file and the visit form show it. */
export const visitRowColumns = {
  id: visits.id,
  householdId: visits.householdId,
  visitDate: visits.visitDate,
  type: visits.type,
  visitorName: visits.visitorName,
  peopleMet: visits.peopleMet,
  findings: visits.findings,
  followUpNeeded: visits.followUpNeeded,
};
