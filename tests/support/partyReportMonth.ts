// A desk with two party branches written straight into the tables (as the report reads them), and September 2026
// hand-built on the first: members arriving and leaving around the month, meetings, attendance, dues, service and
// claimed wishes, each chosen so the report's figures can be worked out by hand (partyReports.test.ts).
import { categoryId, registerCase, startCaseDesk } from './caseFactory';
import { password } from './registerFactory';

export interface MemberSeed {
  branch?: number;
  name: string;
  arrivedOn: string;
  fullOn: string | null;
  kind?: 'community' | 'on_the_job' | 'mobile';
  status?: 'active' | 'transferred_out' | 'deceased';
  statusDate?: string;
  incomeCategory?: 'employed' | 'retired' | 'student' | 'unemployed' | 'minimum_allowance';
  incomeFen?: number;
}

/**
 * The case desk of caseFactory plus a second secretary account, the branches 振兴社区第一网格党支部 (kept by
 * `secretary`, brand 好邻居, its committee secretary 王建国) and 凤凰社区党支部 (kept by `secretary2`), and the
 * September of the first branch; `m` names its members by their part in that month.
 */
export function startReportDesk() {
  const c = startCaseDesk();
  const now = () => c.desk.app.router.clock.now();
  const sqlite = () => c.desk.app.database.sqlite;
  let branchId = 0;
  let otherBranchId = 0;
  const m: Record<string, number> = {};

  function insertBranch(name: string, gridId: number, secretaryUserId: number, brandName: string | null): number {
    return Number(
      sqlite()
        .prepare(
          `insert into party_branches (name, brand_name, grid_id, founded_on, secretary_user_id, created_at, updated_at)
           values (?, ?, ?, '2018-07-01', ?, ?, ?)`,
        )
        .run(name, brandName, gridId, secretaryUserId, now(), now()).lastInsertRowid,
    );
  }

  function insertMember(seed: MemberSeed): number {
    return Number(
      sqlite()
        .prepare(
          `insert into party_members (branch_id, name, standing, joined_on, full_on, status, status_date, arrived_on,
             kind, income_category, income_fen, created_at, updated_at)
           values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          seed.branch ?? branchId,
          seed.name,
          seed.fullOn === null ? 'probationary' : 'full',
          seed.arrivedOn,
          seed.fullOn,
          seed.status ?? 'active',
          seed.statusDate ?? null,
          seed.arrivedOn,
          seed.kind ?? 'community',
          seed.incomeCategory ?? 'retired',
          seed.incomeFen ?? 400_000,
          now(),
          now(),
        ).lastInsertRowid,
    );
  }

  function insertEvent(memberId: number, kind: string, date: string, branch = branchId): void {
    sqlite()
      .prepare(
        `insert into party_member_events (member_id, branch_id, kind, date, month, actor_name, created_at)
         values (?, ?, ?, ?, ?, '孙桂兰', ?)`,
      )
      .run(memberId, branch, kind, date, date.slice(0, 7), now());
  }

  /** A meeting with its attendance: [member, present, absence reason]. */
  function insertMeeting(type: string, heldOn: string, attendance: [number, boolean][], branch = branchId): void {
    const meetingId = sqlite()
      .prepare(
        `insert into party_meetings (branch_id, type, held_on, month, topic, presenter, created_at, updated_at)
         values (?, ?, ?, ?, '学习党章', '王建国', ?, ?)`,
      )
      .run(branch, type, heldOn, heldOn.slice(0, 7), now(), now()).lastInsertRowid;
    for (const [memberId, present] of attendance) {
      sqlite()
        .prepare('insert into party_attendance (meeting_id, member_id, present, absence_reason) values (?, ?, ?, ?)')
        .run(meetingId, memberId, present ? 1 : 0, present ? null : 'illness');
    }
  }

  function insertPayment(memberId: number, month: string, dueFen: number, branch = branchId): void {
    sqlite()
      .prepare(
        `insert into party_dues_payments (member_id, branch_id, month, due_fen, paid_fen, paid_on, method, created_at)
         values (?, ?, ?, ?, ?, ?, 'cash', ?)`,
      )
      .run(memberId, branch, month, dueFen, dueFen, `${month}-28`, now());
  }

  function insertService(memberId: number, servedOn: string, hours: number, branch = branchId): void {
    sqlite()
      .prepare(
        `insert into party_service_records (member_id, branch_id, served_on, month, activity, hours, created_at)
         values (?, ?, ?, ?, '楼道清扫', ?, ?)`,
      )
      .run(memberId, branch, servedOn, servedOn.slice(0, 7), hours, now());
  }

  /** A wish on the wall, claimed by a member at an instant (wishes.claim does not link members here yet). */
  function claimedWish(memberId: number, claimedAt: number): void {
    const wish = registerCase(c.desk, c.tokens.desk, {
      kind: 'wish',
      source: 'wish_wall',
      categoryId: categoryId(c.desk, c.tokens.desk, '民生服务', '养老'),
      description: '想要一台收音机听戏',
    });
    sqlite()
      .prepare('update cases set claimant_member_id = ?, claimed_at = ? where id = ?')
      .run(memberId, claimedAt, wish.id);
  }

  const admin = c.tokens.admin;
  const users = c.desk.call('users.list', {}, admin);
  const secretaryId = users.find((u) => u.username === 'secretary')?.id ?? 0;
  const second = c.desk.call(
    'users.create',
    { username: 'secretary2', displayName: '钱国华', password, role: 'branch_secretary' },
    admin,
  );
  const secretary2 = c.desk.login('secretary2', password);
  branchId = insertBranch('振兴社区第一网格党支部', c.grids.zxGrid.id, secretaryId, '好邻居');
  otherBranchId = insertBranch('凤凰社区党支部', c.grids.fenghuang.id, second.id, null);

  // September 2026, the last month of the third quarter: every meeting type is required.
  m.veteran = insertMember({ name: '王建国', arrivedOn: '2015-07-01', fullOn: '2016-07-01' }); // retired 4,000: 20.00
  m.joined = insertMember({
    name: '李明',
    arrivedOn: '2026-09-10',
    fullOn: null,
    kind: 'on_the_job',
    incomeCategory: 'employed',
    incomeFen: 800_000, // 1.5%: 120.00
  });
  m.leftBefore = insertMember({
    name: '赵强',
    arrivedOn: '2010-01-01',
    fullOn: '2011-01-01',
    status: 'transferred_out',
    statusDate: '2026-09-20',
  });
  m.leftAfter = insertMember({
    name: '钱芳',
    arrivedOn: '2012-03-01',
    fullOn: '2013-03-01',
    kind: 'mobile',
    status: 'transferred_out',
    statusDate: '2026-10-05',
    incomeCategory: 'employed',
    incomeFen: 300_000, // 0.5% up to 3,000 inclusive: 15.00
  });
  m.becameFull = insertMember({
    name: '孙丽',
    arrivedOn: '2025-09-15',
    fullOn: '2026-09-15',
    incomeCategory: 'student', // flat 0.20
    incomeFen: 0,
  });
  m.arrivedLater = insertMember({ name: '周杰', arrivedOn: '2026-10-02', fullOn: '2020-01-01' });
  m.transferredIn = insertMember({
    name: '吴刚',
    arrivedOn: '2026-09-05',
    fullOn: '2000-01-01',
    kind: 'on_the_job',
    incomeCategory: 'employed',
    incomeFen: 1_200_000, // 2% today: 240.00; paid at 150.00 when his income was lower
  });
  m.otherBranch = insertMember({ branch: otherBranchId, name: '郑华', arrivedOn: '2015-01-01', fullOn: '2016-01-01' });
  sqlite()
    .prepare(
      `insert into party_committee (branch_id, member_id, post, background, since) values (?, ?, 'secretary', 'retired_cadre', '2020-01-01')`,
    )
    .run(branchId, m.veteran);

  insertEvent(m.joined, 'joined', '2026-09-10');
  insertEvent(m.leftBefore, 'transferred_out', '2026-09-20');
  insertEvent(m.leftAfter, 'transferred_out', '2026-10-05');
  insertEvent(m.becameFull, 'became_full', '2026-09-15');
  insertEvent(m.transferredIn, 'transferred_in', '2026-09-05');
  insertEvent(m.arrivedLater, 'transferred_in', '2026-10-02');
  insertEvent(m.otherBranch, 'joined', '2026-09-01', otherBranchId);

  insertMeeting('committee_meeting', '2026-09-03', [
    [m.veteran, true],
    [m.leftBefore, true],
    [m.becameFull, false],
  ]);
  insertMeeting('themed_party_day', '2026-09-20', [
    [m.veteran, true],
    [m.joined, true],
    [m.becameFull, true],
    [m.leftAfter, false],
    [m.transferredIn, true],
  ]);
  insertMeeting('committee_meeting', '2026-09-25', [
    [m.veteran, true],
    [m.becameFull, true],
  ]);
  // The quarter's party lecture was held in August; the branch assembly only last quarter.
  insertMeeting('party_lecture', '2026-08-12', [[m.veteran, false]]);
  insertMeeting('branch_assembly', '2026-06-18', [[m.veteran, true]]);
  insertMeeting('group_meeting', '2026-09-08', [[m.otherBranch, true]], otherBranchId);

  insertPayment(m.veteran, '2026-09', 2_000);
  insertPayment(m.veteran, '2026-08', 2_000);
  insertPayment(m.becameFull, '2026-09', 20);
  insertPayment(m.transferredIn, '2026-09', 15_000);
  insertPayment(m.otherBranch, '2026-09', 2_000, otherBranchId);

  insertService(m.transferredIn, '2026-09-06', 2.5);
  insertService(m.transferredIn, '2026-09-13', 1.5);
  insertService(m.veteran, '2026-09-22', 3);
  insertService(m.veteran, '2026-10-01', 2);
  insertService(m.otherBranch, '2026-09-09', 4, otherBranchId);

  // 23:30 and 00:30 in Shanghai on either side of the month's end.
  claimedWish(m.joined, Date.parse('2026-09-30T15:30:00Z'));
  claimedWish(m.joined, Date.parse('2026-09-30T16:30:00Z'));
  claimedWish(m.otherBranch, Date.parse('2026-09-15T02:00:00Z'));

  return { c, branchId, otherBranchId, secretary2, m, insertMember, insertEvent };
}

export type ReportDesk = ReturnType<typeof startReportDesk>;
