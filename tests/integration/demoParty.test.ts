// The demo's party area as a newcomer finds it: a branch on every comprehensive grid, the register's party members
// on their grid's roster, a year of meetings, dues and reports that obey the rules the services enforce.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDate } from '../../src/shared/domain/dates';
import { addMonths } from '../../src/shared/domain/months';
import { type MemberStanding, standingOf } from '../../src/shared/domain/party';
import { type IncomeCategory, monthlyDuesFen } from '../../src/shared/domain/partyDues';
import { defaultNow, startDemoGridDesk, type TestGridDesk } from '../support/testGridDesk';

let demo: TestGridDesk;
let secretary: string;
let manager: string;
beforeAll(() => {
  demo = startDemoGridDesk();
  secretary = demo.login('secretary');
  manager = demo.login('manager');
});
afterAll(() => demo.close());

const all = <T>(sql: string, ...params: unknown[]) => demo.app.database.sqlite.prepare(sql).all(...params) as T[];
const one = <T>(sql: string, ...params: unknown[]) => all<T>(sql, ...params)[0] as T;

const today = localDate(defaultNow);
const currentMonth = today.slice(0, 7);
const lastMonth = addMonths(currentMonth, -1);
const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;

function secretaryBranch() {
  const { rows } = demo.call('party.branches', {}, secretary);
  expect(rows).toHaveLength(1);
  return rows[0] as (typeof rows)[number];
}

describe('the demo party branches', () => {
  it('stand on each of the six comprehensive grids, some with a brand name', () => {
    const { rows } = demo.call('party.branches', {}, manager);
    expect(rows).toHaveLength(6);
    const grids = all<{ id: number }>("select id from grids where level = 'grid' order by id").map((g) => g.id);
    expect(rows.map((b) => b.gridId).sort((a, b) => a - b)).toEqual(grids);
    expect(rows.map((b) => b.name)).toContain('振兴社区第一网格党支部');
    expect(rows.map((b) => b.brandName)).toEqual(expect.arrayContaining(['好邻居', '六尺巷', null]));
    for (const branch of rows) {
      expect(branch.foundedOn < yearAgo).toBe(true);
      expect(branch.secretaryName).not.toBeNull();
      expect(branch.members).toBeGreaterThan(100);
    }
  });

  it('let the secretary account reach exactly 孙桂兰’s branch, where she sits as 书记', () => {
    const branch = secretaryBranch();
    expect(branch).toMatchObject({ name: '振兴社区第一网格党支部', brandName: '好邻居', secretaryName: '孙桂兰' });
    const detail = demo.call('party.branch', { id: branch.id }, secretary);
    expect(detail.committee).toContainEqual(
      expect.objectContaining({ name: '孙桂兰', post: 'secretary', background: 'retired_cadre' }),
    );
    expect(detail.committee.filter((s) => s.post === 'deputy_secretary')).toHaveLength(1);
    // She lives in her grid: a resident of the register with a party member's status.
    const resident = one<{ politicalStatus: string }>(
      `select r.political_status as politicalStatus from party_members m join residents r on r.id = m.resident_id
       where m.name = '孙桂兰' and m.branch_id = ?`,
      branch.id,
    );
    expect(resident.politicalStatus).toBe('party_member');
  });
});

interface StoredMember {
  id: number;
  branchId: number;
  residentId: number | null;
  idNumber: string | null;
  standing: MemberStanding;
  joinedOn: string;
  fullOn: string | null;
  arrivedOn: string;
  status: string;
  statusDate: string | null;
  kind: string;
  employer: string | null;
  reportedOn: string | null;
  mobileWhere: string | null;
  mobileSince: string | null;
  incomeCategory: IncomeCategory;
  incomeFen: number;
  politicalStatus: string | null;
  residentIdNumber: string | null;
  homeGridId: number | null;
  branchGridId: number;
}

const members = () =>
  all<StoredMember>(
    `select m.id, m.branch_id as branchId, m.resident_id as residentId, m.id_number as idNumber, m.standing,
       m.joined_on as joinedOn, m.full_on as fullOn, m.arrived_on as arrivedOn, m.status, m.status_date as statusDate,
       m.kind, m.employer, m.reported_on as reportedOn, m.mobile_where as mobileWhere, m.mobile_since as mobileSince,
       m.income_category as incomeCategory, m.income_fen as incomeFen, r.political_status as politicalStatus,
       r.id_number as residentIdNumber, g.parent_id as homeGridId, b.grid_id as branchGridId
     from party_members m join party_branches b on b.id = m.branch_id
     left join residents r on r.id = m.resident_id left join households h on h.id = r.household_id
     left join grids g on g.id = h.grid_id`,
  );

describe('the demo rosters', () => {
  it('hold the register’s party members in the branch of their grid, their political status agreeing', () => {
    const active = members().filter((m) => m.status === 'active');
    for (const m of active) {
      expect(m.standing).toBe(standingOf(m.fullOn));
      if (m.residentId === null) continue;
      expect(m.politicalStatus).toBe(m.standing === 'full' ? 'party_member' : 'probationary_member');
      expect(m.idNumber).toBe(m.residentIdNumber);
      expect(m.homeGridId).toBe(m.branchGridId);
    }
    const onRegister = one<{ n: number }>(
      `select count(*) as n from residents
       where life_status = 'active' and political_status in ('party_member', 'probationary_member')`,
    ).n;
    expect(active.filter((m) => m.residentId !== null)).toHaveLength(onRegister);
  });

  it('never count a resident as an active member twice', () => {
    expect(
      all(
        `select resident_id from party_members where status = 'active' and resident_id is not null
         group by resident_id having count(*) > 1`,
      ),
    ).toEqual([]);
  });

  it('keep believable dates, kinds and incomes', () => {
    const rows = members();
    for (const m of rows) {
      expect(m.fullOn === null || m.fullOn >= m.joinedOn).toBe(true);
      expect(m.arrivedOn >= m.joinedOn).toBe(true);
      expect(
        [m.joinedOn, m.fullOn ?? '', m.arrivedOn, m.statusDate ?? '', m.reportedOn ?? ''].every((d) => d <= today),
      ).toBe(true);
      if (m.standing === 'probationary') expect(m.joinedOn >= yearAgo).toBe(true);
      if (m.kind === 'on_the_job') expect(m.employer && m.reportedOn).toBeTruthy();
      if (m.kind === 'mobile') expect(m.mobileWhere && m.mobileSince).toBeTruthy();
      expect(Number.isSafeInteger(m.incomeFen) && m.incomeFen >= 0).toBe(true);
    }
    const share = (kind: string) => rows.filter((m) => m.kind === kind).length / rows.length;
    expect(share('on_the_job')).toBeGreaterThan(0.1);
    expect(share('on_the_job')).toBeLessThan(0.2);
    expect(share('mobile')).toBeGreaterThan(0.02);
    expect(share('mobile')).toBeLessThan(0.08);
    const categories = new Set(rows.map((m) => m.incomeCategory));
    expect([...categories].sort()).toEqual(['employed', 'minimum_allowance', 'retired', 'student', 'unemployed']);
  });

  it('show the past year’s changes: members transferred out and deceased, each with its event', () => {
    const left = members().filter((m) => m.status !== 'active');
    expect(
      left.filter((m) => m.status === 'transferred_out' && (m.statusDate ?? '') >= yearAgo).length,
    ).toBeGreaterThan(0);
    expect(left.filter((m) => m.status === 'deceased' && (m.statusDate ?? '') >= yearAgo).length).toBeGreaterThan(0);
    for (const m of left) {
      const event = one<{ date: string }>(
        'select date from party_member_events where member_id = ? and kind = ?',
        m.id,
        m.status,
      );
      expect(event.date).toBe(m.statusDate);
    }
    const recent = all<{ kind: string }>('select distinct kind from party_member_events where date >= ?', yearAgo);
    expect(recent.map((e) => e.kind).sort()).toEqual([
      'became_full',
      'deceased',
      'joined',
      'transferred_in',
      'transferred_out',
    ]);
  });
});

describe('the demo organisational life', () => {
  it('lists at each meeting only members of its branch on the roster that day, never more than the branch', () => {
    const outsiders = one<{ n: number }>(
      `select count(*) as n from party_attendance a join party_meetings t on t.id = a.meeting_id
       join party_members m on m.id = a.member_id
       where m.branch_id <> t.branch_id or m.arrived_on > t.held_on
         or (m.status <> 'active' and m.status_date < t.held_on)`,
    ).n;
    expect(outsiders).toBe(0);
    const crowded = all(
      `select t.id from party_meetings t
       where (select count(*) from party_attendance a where a.meeting_id = t.id) >
             (select count(*) from party_members m where m.branch_id = t.branch_id and m.arrived_on <= t.held_on
                and (m.status = 'active' or m.status_date >= t.held_on))`,
    );
    expect(crowded).toEqual([]);
    expect(one<{ n: number }>('select count(*) as n from party_meetings where held_on > ?', today).n).toBe(0);
  });

  it('has most members present, and every absence with its reason', () => {
    const rows = all<{ present: number; reason: string | null; n: number }>(
      'select present, absence_reason as reason, count(*) as n from party_attendance group by 1, 2',
    );
    expect(rows.filter((r) => r.present === 0 && r.reason === null)).toEqual([]);
    expect(rows.filter((r) => r.present === 1 && r.reason !== null)).toEqual([]);
    const total = rows.reduce((sum, r) => sum + r.n, 0);
    const present = rows.filter((r) => r.present === 1).reduce((sum, r) => sum + r.n, 0);
    expect(present / total).toBeGreaterThan(0.8);
    expect(present / total).toBeLessThan(0.95);
  });

  it('leaves meetings still owed this month, 孙桂兰’s committee meeting among them', () => {
    const owed = demo.call('party.meetingsOwed', { month: currentMonth }, manager);
    expect(owed.rows).toHaveLength(6);
    expect(owed.rows.some((row) => row.owed > 0)).toBe(true);
    const mine = demo.call('party.meetingsOwed', { month: currentMonth }, secretary);
    expect(mine.rows).toHaveLength(1);
    expect(mine.rows[0]?.due.find((d) => d.type === 'committee_meeting')).toMatchObject({ held: 0, owed: true });
    // Last month every branch held its committee meeting.
    const previous = demo.call('party.meetingsOwed', { month: lastMonth }, manager);
    for (const row of previous.rows) {
      expect(row.due.find((d) => d.type === 'committee_meeting')?.held).toBeGreaterThan(0);
    }
  });
});

describe('the demo dues and service', () => {
  it('records each month at the amount the rule gives for the member’s income', () => {
    const rows = all<{
      dueFen: number;
      paidFen: number;
      category: IncomeCategory;
      incomeFen: number;
      paidOn: string;
      month: string;
      arrivedOn: string;
    }>(
      `select d.due_fen as dueFen, d.paid_fen as paidFen, m.income_category as category, m.income_fen as incomeFen,
         d.paid_on as paidOn, d.month, m.arrived_on as arrivedOn
       from party_dues_payments d join party_members m on m.id = d.member_id`,
    );
    expect(rows.length).toBeGreaterThan(10_000);
    const wrong = rows.filter(
      (row) =>
        row.dueFen !== monthlyDuesFen(row.category, row.incomeFen) ||
        row.paidFen !== row.dueFen ||
        row.paidOn > today ||
        row.month < row.arrivedOn.slice(0, 7),
    );
    expect(wrong).toEqual([]);
  });

  it('has a few members behind with last month’s dues', () => {
    const active = one<{ n: number }>("select count(*) as n from party_members where status = 'active'").n;
    const behind = one<{ n: number }>(
      `select count(*) as n from party_members m where m.status = 'active' and m.arrived_on < ?
         and not exists (select 1 from party_dues_payments d where d.member_id = m.id and d.month = ?)`,
      `${lastMonth}-01`,
      lastMonth,
    ).n;
    expect(behind).toBeGreaterThan(0);
    expect(behind / active).toBeLessThan(0.1);
  });

  it('has on-the-job members serving at their post, in half hours', () => {
    const rows = all<{ hours: number; servedOn: string; kind: string; post: string | null; activity: string }>(
      `select s.hours, s.served_on as servedOn, m.kind, m.service_post as post, s.activity
       from party_service_records s join party_members m on m.id = s.member_id`,
    );
    expect(rows.some((r) => r.kind === 'on_the_job')).toBe(true);
    expect(rows.some((r) => r.kind === 'community')).toBe(true);
    for (const r of rows) {
      expect(Number.isInteger(r.hours * 2) && r.hours > 0).toBe(true);
      expect(r.servedOn <= today).toBe(true);
      if (r.post !== null) expect(r.activity.startsWith(r.post)).toBe(true);
    }
  });

  it('links a few claimed wishes to a member of the branch of their grid', () => {
    const linked = all<{ claimant: string; member: string; caseGrid: number; branchGrid: number }>(
      `select c.claimant_name as claimant, m.name as member, g.parent_id as caseGrid, b.grid_id as branchGrid
       from cases c join party_members m on m.id = c.claimant_member_id join party_branches b on b.id = m.branch_id
       join grids g on g.id = c.grid_id
       where c.kind = 'wish'`,
    );
    expect(linked.length).toBeGreaterThan(2);
    for (const row of linked) {
      expect(row.member).toBe(row.claimant);
      expect(row.caseGrid).toBe(row.branchGrid);
    }
  });
});

describe('the demo monthly reports', () => {
  it('leave last month’s report of 孙桂兰’s branch for her to file', () => {
    const branch = secretaryBranch();
    const report = demo.call('party.report', { branchId: branch.id, month: lastMonth }, secretary);
    expect(report.status).toBeNull();
    expect(report.figures.members.total).toBeGreaterThan(100);
  });

  it('have the past year reviewed, one branch waiting for the manager and one returned with an opinion', () => {
    const { rows } = demo.call('party.reports', { month: lastMonth }, manager);
    expect(rows.map((r) => r.status ?? 'none').sort()).toEqual([
      'none',
      'returned',
      'reviewed',
      'reviewed',
      'reviewed',
      'submitted',
    ]);
    expect(rows.find((r) => r.status === 'returned')?.opinion).toBeTruthy();
    const earlier = demo.call('party.reports', { month: addMonths(currentMonth, -8) }, manager);
    expect(earlier.rows.every((r) => r.status === 'reviewed')).toBe(true);
    expect(one<{ n: number }>('select count(*) as n from party_reports').n).toBe(6 * 12 - 1);
  });

  it('freeze the figures of submitted and reviewed reports, and keep each step with who took it', () => {
    const reports = all<{ id: number; status: string; figures: string | null; month: string }>(
      'select id, status, figures, month from party_reports',
    );
    for (const report of reports) {
      const steps = all<{ action: string; actorName: string; opinion: string }>(
        'select action, actor_name as actorName, opinion from party_report_events where report_id = ? order by id',
        report.id,
      );
      expect(steps[0]?.action).toBe('submit');
      expect(steps.every((s) => ['孙桂兰', '周卫东'].includes(s.actorName))).toBe(true);
      expect(steps.filter((s) => s.action === 'return').every((s) => s.opinion !== '')).toBe(true);
      if (report.status === 'returned') {
        expect(report.figures).toBeNull();
        continue;
      }
      const figures = JSON.parse(report.figures ?? 'null') as { month: string; members: { total: number } };
      expect(figures.month).toBe(report.month);
      expect(figures.members.total).toBeGreaterThan(100);
    }
  });
});

describe('the demo party area', () => {
  it('is the same on every build', () => {
    const again = startDemoGridDesk();
    const tables = [
      'party_branches',
      'party_members',
      'party_member_events',
      'party_committee',
      'party_meetings',
      'party_attendance',
      'party_dues_payments',
      'party_service_records',
      'party_reports',
      'party_report_events',
      'cases',
    ];
    const digest = (desk: TestGridDesk) => tables.map((table) => desk.rowsOf(table));
    expect(digest(again)).toEqual(digest(demo));
    again.close();
  });
});
