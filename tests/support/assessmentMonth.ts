// October 2026 hand-built for the assessment (teamAssessment.test.ts): three workers on the register desk's grids
// with households, visits, cases, training and inspections written straight into the tables the assessment reads,
// each chosen so every item's points can be worked out by hand.
import { startRegisterDesk } from './registerFactory';

const at = (dateTime: string) => Date.parse(`${dateTime}+08:00`);

/**
 * 刘建华 (`liu`, signs in as `worker`) full time on 振兴社区 第一网格 (both micro-grids); 王芳 (`wang`, her own
 * grid_worker account) on 凤凰社区 第一网格; 李明 (`li`, no account) on 振兴 第02微网格, eliminated on 15 October.
 * All on the roster since 2024-03-01.
 */
export function startAssessmentDesk() {
  const r = startRegisterDesk();
  const { desk, grids, tokens } = r;
  const sqlite = desk.app.database.sqlite;
  const now = desk.app.router.clock.now();
  const run = (statement: string, ...params: unknown[]) =>
    Number(sqlite.prepare(statement).run(...params).lastInsertRowid);

  const liuUser = (sqlite.prepare("select id from users where username = 'worker'").get() as { id: number }).id;
  const wangUser = desk.call(
    'users.create',
    { username: 'wang', displayName: '王芳', role: 'grid_worker', password: 'register-pass-1' },
    tokens.admin,
  ).id;
  const liu = (sqlite.prepare("select id from staff where name = '刘建华'").get() as { id: number }).id;
  sqlite.prepare('update grid_staff set since = ? where staff_id = ?').run('2024-01-01', liu);
  const person = (name: string, userId: number | null) =>
    run('insert into staff (name, user_id, created_at, updated_at) values (?, ?, ?, ?)', name, userId, now, now);
  const wang = person('王芳', wangUser);
  const li = person('李明', null);
  const duty = (gridId: number, staffId: number, until: string | null) =>
    run(
      `insert into grid_staff (grid_id, staff_id, duty, since, until, created_at) values (?, ?, 'full_time', ?, ?, ?)`,
      gridId,
      staffId,
      '2024-01-01',
      until,
      now,
    );
  duty(grids.fhGrid.id, wang, null);
  duty(grids.zxMicro2.id, li, '2026-10-15');
  sqlite
    .prepare(
      `update staff set employment = 'full_time', started_on = '2024-03-01', status = 'active' where id in (?, ?, ?)`,
    )
    .run(liu, wang, li);
  sqlite.prepare(`update staff set status = 'eliminated', status_date = '2026-10-15' where id = ?`).run(li);

  // Households: three on 振兴 第01, one on 第02, one archived on 第01; two on 凤凰 第01.
  let room = 100;
  const household = (gridId: number, archived = false) => {
    room += 1;
    return run(
      `insert into households (grid_id, estate, building, unit, room, address_key, address, house_use, created_at,
         updated_at, archived_at) values (?, '振兴花园', '1', '1', ?, ?, ?, 'owner_occupied', ?, ?, ?)`,
      gridId,
      String(room),
      `振兴花园|1|1|${room}|${gridId}`,
      `振兴花园1栋1单元${room}室`,
      now,
      now,
      archived ? now : null,
    );
  };
  const [h1, h2, h3] = [household(grids.zxMicro1.id), household(grids.zxMicro1.id), household(grids.zxMicro1.id)];
  const h4 = household(grids.zxMicro2.id);
  // An archived household: off the households counted, and unvisited.
  household(grids.zxMicro1.id, true);
  const [h6] = [household(grids.fhMicro.id), household(grids.fhMicro.id)];
  const visit = (householdId: number, gridId: number, date: string) =>
    run(
      `insert into visits (household_id, grid_id, visit_date, month, type, visitor_name, created_at)
       values (?, ?, ?, ?, 'routine', '刘建华', ?)`,
      householdId,
      gridId,
      date,
      date.slice(0, 7),
      now,
    );
  visit(h1, grids.zxMicro1.id, '2026-10-03');
  visit(h1, grids.zxMicro1.id, '2026-10-20');
  visit(h2, grids.zxMicro1.id, '2026-10-08');
  visit(h3, grids.zxMicro1.id, '2026-09-28');
  visit(h4, grids.zxMicro2.id, '2026-10-09');
  visit(h6, grids.fhMicro.id, '2026-10-11');

  // Cases by their handler; times are Beijing time.
  const category = sqlite
    .prepare('select id, parent_id as parentId from case_categories where parent_id is not null limit 1')
    .get() as {
    id: number;
    parentId: number;
  };
  let sequence = 0;
  const kase = (
    handler: number,
    status: string,
    resolveBy: string,
    resolved: string | null,
    more: { first?: boolean; followedUp?: string; satisfaction?: string } = {},
  ) => {
    sequence += 1;
    return run(
      `insert into cases (number, kind, source, status, category_id, top_category_id, description, grid_id,
         registered_at, registered_month, accept_by, resolve_by, resolved_at, first_resolved_at, handler_user_id,
         first_handling_resolved, followed_up_at, satisfaction, created_at, updated_at)
       values (?, 'demand', 'walk_in', ?, ?, ?, '楼道堆物', ?, ?, '2026-09', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      `SQ202609-${String(sequence).padStart(6, '0')}`,
      status,
      category.id,
      category.parentId,
      grids.zxMicro1.id,
      at('2026-09-20T09:00:00'),
      at('2026-09-21T09:00:00'),
      at(resolveBy),
      resolved === null ? null : at(resolved),
      resolved === null ? null : at(resolved),
      handler,
      more.first ? 1 : 0,
      more.followedUp ? at(more.followedUp) : null,
      more.satisfaction ?? null,
      now,
      now,
    );
  };
  // 刘建华: on time (first contact, satisfied), late, open past its deadline, open within it, September's case
  // followed up in October (basically satisfied), a voided one.
  kase(liuUser, 'followed_up', '2026-10-08T18:00:00', '2026-10-05T10:00:00', {
    first: true,
    followedUp: '2026-10-07T10:00:00',
    satisfaction: 'satisfied',
  });
  kase(liuUser, 'resolved', '2026-10-10T18:00:00', '2026-10-12T10:00:00');
  kase(liuUser, 'in_progress', '2026-10-20T18:00:00', null);
  kase(liuUser, 'in_progress', '2026-11-20T18:00:00', null);
  kase(liuUser, 'followed_up', '2026-09-28T18:00:00', '2026-09-25T10:00:00', {
    first: true,
    followedUp: '2026-10-03T10:00:00',
    satisfaction: 'basically_satisfied',
  });
  kase(liuUser, 'voided', '2026-10-05T18:00:00', null);
  // 王芳: two on time, one on first contact; one follow-up satisfied, one not.
  kase(wangUser, 'closed', '2026-10-20T18:00:00', '2026-10-15T10:00:00', {
    first: true,
    followedUp: '2026-10-18T10:00:00',
    satisfaction: 'satisfied',
  });
  kase(wangUser, 'followed_up', '2026-10-20T18:00:00', '2026-10-16T10:00:00', {
    followedUp: '2026-10-20T10:00:00',
    satisfaction: 'dissatisfied',
  });

  // Training: two sessions in October (李明 expected at the first only), one in September.
  const session = (heldOn: string) =>
    run(
      `insert into training_sessions (held_on, month, topic, organiser, hours, created_at, updated_at)
       values (?, ?, '业务培训', 'street', 2, ?, ?)`,
      heldOn,
      heldOn.slice(0, 7),
      now,
      now,
    );
  const attend = (sessionId: number, staffId: number, present: boolean) =>
    run(
      'insert into training_attendance (session_id, staff_id, present) values (?, ?, ?)',
      sessionId,
      staffId,
      present ? 1 : 0,
    );
  const [s1, s2, s0] = [session('2026-10-09'), session('2026-10-23'), session('2026-09-11')];
  attend(s1, liu, true);
  attend(s2, liu, false);
  attend(s1, wang, true);
  attend(s1, li, false);
  attend(s0, li, true);

  // Inspections: 刘建华 10 in October (above the target of 8) and one in November, 王芳 4, 李明 none.
  const place = run(
    `insert into places (grid_id, kind, name, address, created_at, updated_at)
     values (?, 'shop', '便民超市', '振兴路1号', ?, ?)`,
    grids.zxMicro1.id,
    now,
    now,
  );
  const inspect = (staffId: number, date: string, times: number) => {
    for (let i = 0; i < times; i += 1) {
      run(
        `insert into inspections (place_id, grid_id, inspected_on, month, inspector_staff_id, created_at)
         values (?, ?, ?, ?, ?, ?)`,
        place,
        grids.zxMicro1.id,
        date,
        date.slice(0, 7),
        staffId,
        now,
      );
    }
  };
  inspect(liu, '2026-10-12', 10);
  inspect(liu, '2026-11-02', 1);
  inspect(wang, '2026-10-13', 4);

  return { ...r, staffIds: { liu, wang, li }, wangToken: desk.login('wang', 'register-pass-1') };
}

export type AssessmentDesk = ReturnType<typeof startAssessmentDesk>;
