// The demo members' dues for the past year (monthly, quarterly or a year at a time, the amount by the domain rule,
// a few members behind by one to four months), their community service, and the wishes they claimed linked to them.
import type Database from 'better-sqlite3';
import { localDate } from '../../shared/domain/dates';
import { addMonths } from '../../shared/domain/months';
import type { DuesPaymentMethod } from '../../shared/domain/party';
import { monthlyDuesFen } from '../../shared/domain/partyDues';
import { quarterMonths } from '../../shared/domain/partyLife';
import { addDays, ageOn, dayOf, earlier, instantOn, later } from './demoPartyDates';
import { activeOn } from './demoPartyLife';
import type { DemoMember } from './demoPartyRoster';
import { communityService, servicePosts } from './demoPartyTexts';
import type { Random } from './random';

function methodFor(random: Random, m: DemoMember, today: string): DuesPaymentMethod {
  const roll = random.next();
  if (ageOn(m.birthDate, today) >= 70) return roll < 0.6 ? 'cash' : roll < 0.9 ? 'wechat' : 'bank_transfer';
  return roll < 0.55 ? 'wechat' : roll < 0.75 ? 'alipay' : roll < 0.9 ? 'cash' : 'bank_transfer';
}

/** Dues for the months of `months` (the past year and this month); returns how many months were paid. */
export function writeDues(
  sqlite: Database.Database,
  random: Random,
  members: DemoMember[],
  months: string[],
  today: string,
  now: number,
): number {
  const insert = sqlite.prepare(
    `insert into party_dues_payments (member_id, branch_id, month, due_fen, paid_fen, paid_on, method, recorded_by,
       created_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const current = today.slice(0, 7);
  let payments = 0;
  for (const m of members) {
    const due = monthlyDuesFen(m.incomeCategory, m.incomeFen);
    const method = methodFor(random, m, today);
    const lastMonth = m.statusDate?.slice(0, 7) ?? null;
    const owes = (month: string) => month >= m.arrivedOn.slice(0, 7) && (lastMonth === null || month <= lastMonth);
    /** Paid on a day: never before arriving, after leaving or after today. */
    const pay = (month: string, day: string) => {
      let paidOn = later(day, m.arrivedOn);
      if (m.statusDate !== null) paidOn = earlier(paidOn, m.statusDate);
      if (paidOn > today || !owes(month)) return;
      insert.run(m.id, m.branch.id, month, due, due, paidOn, method, m.branch.actor.id, instantOn(random, paidOn, now));
      payments++;
    };
    // A few are behind with the last one to four months (mobile members more often).
    const behind = m.status === 'active' && random.next() < (m.kind === 'mobile' ? 0.3 : 0.035) ? random.int(1, 4) : 0;
    const roll = random.next();
    const style =
      behind > 0 || m.status !== 'active' ? 'monthly' : roll < 0.55 ? 'monthly' : roll < 0.9 ? 'quarterly' : 'yearly';
    if (style === 'monthly') {
      for (const month of months) {
        if (behind > 0 && month >= addMonths(current, -behind)) continue;
        const day = addDays(dayOf(month, random.int(1, 28)), random.next() < 0.3 ? random.int(1, 10) : 0);
        pay(month, month < current ? earlier(day, today) : day);
      }
      continue;
    }
    // Quarterly or yearly payers pay ahead for the rest of the quarter or year, on the period's first month.
    const periodOf = (month: string) =>
      style === 'quarterly' ? (quarterMonths(month)[0] ?? month) : `${month.slice(0, 4)}-01`;
    const ahead = style === 'quarterly' ? quarterMonths(current).filter((x) => x > current) : [];
    if (style === 'yearly')
      for (let x = addMonths(current, 1); x.slice(0, 4) === current.slice(0, 4); x = addMonths(x, 1)) ahead.push(x);
    const paidOnBy = new Map<string, string>();
    for (const month of [...months, ...ahead]) {
      const period = periodOf(month);
      if (!paidOnBy.has(period)) paidOnBy.set(period, dayOf(period, random.int(5, 20)));
      pay(month, paidOnBy.get(period) ?? month);
    }
  }
  return payments;
}

/** 在职党员 serve one to three times a month at their post; some community members help now and then. */
export function writeService(
  sqlite: Database.Database,
  random: Random,
  members: DemoMember[],
  months: string[],
  today: string,
  now: number,
): number {
  const insert = sqlite.prepare(
    `insert into party_service_records (member_id, branch_id, served_on, month, activity, hours, recorded_by,
       created_at)
     values (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let records = 0;
  for (const m of members) {
    const post = m.servicePost;
    const helper = post === null && m.kind === 'community' && ageOn(m.birthDate, today) < 76 && random.next() < 0.2;
    if (post === null && !helper) continue;
    for (const month of months) {
      const times = post !== null ? random.int(1, 3) : random.next() < 0.35 ? 1 : 0;
      for (let t = 0; t < times; t++) {
        const servedOn = dayOf(month, random.int(1, 28));
        if (servedOn > today || !activeOn(m, servedOn) || (m.reportedOn !== null && servedOn < m.reportedOn)) continue;
        const activity =
          post !== null
            ? `${post}：${random.pick(servicePosts[post] ?? communityService)}`
            : random.pick(communityService);
        const hours = post !== null ? 2 + 0.5 * random.int(0, 4) : 1.5 + 0.5 * random.int(0, 3);
        insert.run(
          m.id,
          m.branch.id,
          servedOn,
          month,
          activity,
          hours,
          m.branch.actor.id,
          instantOn(random, servedOn, now),
        );
        records++;
      }
    }
  }
  return records;
}

/**
 * Wishes claimed by a party member of the case's own grid: the case is linked to that member, so the branch's
 * report counts it. Only where the claimant's name is one member of that branch on the day it was claimed.
 */
export function linkClaimedWishes(sqlite: Database.Database, members: DemoMember[]): number {
  const wishes = sqlite
    .prepare(
      `select c.id, c.claimant_name as name, c.claimed_at as claimedAt,
         case when g.level = 'micro_grid' then g.parent_id else g.id end as gridId
       from cases c join grids g on g.id = c.grid_id
       where c.kind = 'wish' and c.claimant_kind = 'party_member' and c.claimed_at is not null
       order by c.id`,
    )
    .all() as { id: number; name: string; claimedAt: number; gridId: number }[];
  const link = sqlite.prepare('update cases set claimant_member_id = ? where id = ?');
  let linked = 0;
  for (const wish of wishes) {
    const day = localDate(wish.claimedAt);
    const matches = members.filter((m) => m.branch.gridId === wish.gridId && m.name === wish.name && activeOn(m, day));
    const [member] = matches;
    if (matches.length !== 1 || !member) continue;
    link.run(member.id, wish.id);
    linked++;
  }
  return linked;
}
