// What the case generator reads from the demo database (categories with their deadlines, the people who handle
// cases, residents to raise them) and how it writes a case: its row, its timeline and its number, by prepared
// statements, so two years of a street (or of a district) go in quickly.
import type Database from 'better-sqlite3';
import type { DeadlineLimits } from '../../shared/domain/caseDeadlines';
import { caseFacts } from '../../shared/domain/caseFacts';
import type { CaseKind, CaseSource, CaseUrgency } from '../../shared/domain/cases';
import { formatCaseNumber } from '../../shared/domain/cases';
import type { Role } from '../../shared/domain/roles';
import { effectiveLimits } from '../services/cases/categories';
import type { CaseOutcome, DemoActor } from './demoCaseTimeline';

export interface DemoCategory {
  id: number;
  topId: number;
  limits: DeadlineLimits;
}

interface CategoryRecord {
  id: number;
  parentId: number | null;
  name: string;
  acceptWorkingDays: number | null;
  resolveDays: number | null;
  urgentResolveDays: number | null;
}

/** Active categories by `top/sub` path (a top category alone by its name), with their effective deadlines. */
export function loadCategories(sqlite: Database.Database): Map<string, DemoCategory> {
  const rows = sqlite
    .prepare(
      `select id, parent_id as parentId, name, accept_working_days as acceptWorkingDays, resolve_days as resolveDays,
         urgent_resolve_days as urgentResolveDays
       from case_categories where archived_at is null`,
    )
    .all() as CategoryRecord[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  const categories = new Map<string, DemoCategory>();
  for (const row of rows) {
    const parent = row.parentId === null ? null : (byId.get(row.parentId) ?? null);
    const path = parent ? `${parent.name}/${row.name}` : row.name;
    categories.set(path, { id: row.id, topId: parent?.id ?? row.id, limits: effectiveLimits(row, parent) });
  }
  return categories;
}

function actorByUsername(sqlite: Database.Database, username: string): DemoActor {
  const user = sqlite.prepare('select id, role, display_name as name from users where username = ?').get(username) as
    | { id: number; role: Role; name: string }
    | undefined;
  if (!user) throw new Error(`The demo cases need the ${username} account.`);
  return { userId: user.id, role: user.role, name: user.name };
}

export function loadDeskCrew(sqlite: Database.Database) {
  return {
    desk: actorByUsername(sqlite, 'desk'),
    manager: actorByUsername(sqlite, 'manager'),
    secretary: actorByUsername(sqlite, 'secretary'),
    /** 刘建华, the grid worker the demo's sign-in page offers. */
    gridAccount: actorByUsername(sqlite, 'grid'),
  };
}

/** Each micro-grid's comprehensive-grid worker who has an account. */
export function loadGridWorkers(sqlite: Database.Database): Map<number, DemoActor> {
  const rows = sqlite
    .prepare(
      `select m.id as microGridId, u.id as userId, u.role, u.display_name as name
       from grids m
       join grid_staff gs on gs.grid_id = m.parent_id and gs.duty = 'full_time' and gs.until is null
       join staff s on s.id = gs.staff_id
       join users u on u.id = s.user_id and u.active = 1 and u.role = 'grid_worker'
       where m.level = 'micro_grid' and m.archived_at is null
       order by m.id, gs.id`,
    )
    .all() as { microGridId: number; userId: number; role: Role; name: string }[];
  const workers = new Map<number, DemoActor>();
  for (const row of rows) {
    if (!workers.has(row.microGridId))
      workers.set(row.microGridId, { userId: row.userId, role: row.role, name: row.name });
  }
  return workers;
}

export interface DemoResident {
  id: number;
  name: string;
  phone: string | null;
  old: boolean;
  partyMember: boolean;
  householdId: number;
  gridId: number;
  estate: string;
  building: string;
}

/** Adults on the register, every n-th one so a district's million needs no more memory than a street. */
export function loadResidents(sqlite: Database.Database, today: string, limit = 20_000): DemoResident[] {
  const { n } = sqlite.prepare("select count(*) as n from residents where life_status = 'active'").get() as {
    n: number;
  };
  const step = Math.max(1, Math.ceil(n / limit));
  const adult = `${Number(today.slice(0, 4)) - 18}${today.slice(4)}`;
  const old = `${Number(today.slice(0, 4)) - 60}${today.slice(4)}`;
  return (
    sqlite
      .prepare(
        `select r.id, r.name, r.phone, r.birth_date <= ? as old, r.political_status = 'party_member' as partyMember,
           h.id as householdId, h.grid_id as gridId, h.estate, h.building
         from residents r join households h on h.id = r.household_id
         where r.life_status = 'active' and r.birth_date <= ? and r.id % ? = 0
         order by r.id`,
      )
      .all(old, adult, step) as (Omit<DemoResident, 'old' | 'partyMember'> & { old: number; partyMember: number })[]
  ).map((r) => ({ ...r, old: r.old === 1, partyMember: r.partyMember === 1 }));
}

export interface DemoCase {
  kind: CaseKind;
  source: CaseSource;
  urgency: CaseUrgency;
  category: DemoCategory;
  description: string;
  resident: DemoResident | null;
  gridId: number;
  address: string | null;
  contactName: string | null;
  contactPhone: string | null;
  hotlineOrderNo: string | null;
  hotlineDeadline: number | null;
  registeredAt: number;
  registeredMonth: string;
  registrar: DemoActor;
  acceptBy: number;
  resolveBy: number;
  duplicateOfId: number | null;
}

/** Writes cases with their timelines; numbers continue each month's sequence. Call `finish` to save the sequences. */
export function caseWriter(sqlite: Database.Database) {
  const sequences = new Map(
    (sqlite.prepare('select month, last from case_number_sequences').all() as { month: string; last: number }[]).map(
      (row) => [row.month, row.last],
    ),
  );
  const insertCase = sqlite.prepare(
    `insert into cases (number, kind, source, status, urgency, category_id, top_category_id, description,
       resident_id, household_id, grid_id, address, contact_name, contact_phone, hotline_order_no, hotline_deadline,
       registered_at, registered_month, registered_by, accept_by, resolve_by, accepted_at, resolved_at,
       first_resolved_at, resolution, closed_at, handler_user_id, handler_department, handler_name, claimant_kind,
       claimant_name, claimed_at, escalation_level, supervision_level, extension_pending,
       extension_request_days, extension_days, satisfaction, followed_up_at, reopen_count, first_handling_resolved,
       void_reason, duplicate_of_id, created_at, updated_at, version)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
       ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertEvent = sqlite.prepare(
    `insert into case_events (case_id, kind, from_status, to_status, actor_id, actor_name, at, note, data)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const saveSequence = sqlite.prepare(
    'insert into case_number_sequences (month, last) values (?, ?) on conflict(month) do update set last = excluded.last',
  );

  function write(c: DemoCase, outcome: CaseOutcome): { id: number; number: string } {
    const sequence = (sequences.get(c.registeredMonth) ?? 0) + 1;
    sequences.set(c.registeredMonth, sequence);
    const number = formatCaseNumber(c.registeredMonth, sequence);
    const facts = caseFacts(outcome.events);
    const last = outcome.events[outcome.events.length - 1];
    const id = Number(
      insertCase.run(
        number,
        c.kind,
        c.source,
        outcome.status,
        c.urgency,
        c.category.id,
        c.category.topId,
        c.description,
        c.resident?.id ?? null,
        c.resident?.householdId ?? null,
        c.gridId,
        c.address,
        c.contactName,
        c.contactPhone,
        c.hotlineOrderNo,
        c.hotlineDeadline,
        c.registeredAt,
        c.registeredMonth,
        c.registrar.userId,
        c.acceptBy,
        c.resolveBy,
        outcome.acceptedAt,
        facts.resolvedAt,
        facts.firstResolvedAt,
        outcome.resolution,
        outcome.closedAt,
        outcome.handlerUserId,
        outcome.handlerDepartment,
        outcome.handlerName,
        outcome.claimantKind,
        outcome.claimantName,
        outcome.claimedAt,
        outcome.escalationLevel,
        outcome.supervisionLevel,
        outcome.extensionPending ? 1 : 0,
        outcome.extensionRequestDays,
        outcome.extensionDays,
        facts.satisfaction,
        facts.followedUpAt,
        facts.reopenCount,
        facts.firstHandlingResolved ? 1 : 0,
        outcome.voidReason,
        c.duplicateOfId,
        c.registeredAt,
        last?.at ?? c.registeredAt,
        outcome.events.length,
      ).lastInsertRowid,
    );
    for (const event of outcome.events) {
      insertEvent.run(
        id,
        event.kind,
        event.fromStatus,
        event.toStatus,
        event.actor.userId,
        event.actor.name,
        event.at,
        event.note,
        JSON.stringify(event.data ?? {}),
      );
    }
    return { id, number };
  }

  function finish(): void {
    for (const [month, last] of sequences) saveSequence.run(month, last);
  }

  return { write, finish };
}
