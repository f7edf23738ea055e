// Two years of believable cases for the demo street (and, scaled, for the bench's district): intake that follows
// working days, holidays and seasons, residents from the register, handling through the real case flow, and
// deadlines, facts and numbers computed by the same domain rules the app uses. Deterministic for a seed and a clock.
import type Database from 'better-sqlite3';
import { addWorkingDays, caseDeadlines } from '../../shared/domain/caseDeadlines';
import type { CaseKind, CaseSource, ClaimantKind } from '../../shared/domain/cases';
import { localDate } from '../../shared/domain/dates';
import { withSearchIndexesAfterLoad } from '../db/searchIndexLoad';
import {
  dayMs,
  dayStart,
  intakeFactor,
  intakeTime,
  localMonth,
  poisson,
  seasonFactor,
  wishFactor,
} from './demoCaseCalendar';
import { type CaseCrew, planCase } from './demoCasePlans';
import { showcaseCases } from './demoCaseShowcase';
import {
  caseWriter,
  type DemoCase,
  type DemoResident,
  loadCategories,
  loadDeskCrew,
  loadGridWorkers,
  loadResidents,
} from './demoCaseStore';
import { caseText, wishText } from './demoCaseTexts';
import { type PlannedStep, runTimeline } from './demoCaseTimeline';
import {
  kindOf,
  linkedShare,
  sourceOf,
  type Topic,
  topics,
  volunteerGroups,
  wishTopics,
  wishUnits,
} from './demoCaseTopics';
import { chineseName, mobileNumber } from './names';
import { type Random, seededRandom } from './random';

export interface CaseOptions {
  now: number;
  seed: number;
  /** How far back the cases go; 730 days unless told. */
  days?: number;
  /** About this many cases in all; unless told, the demo street's own pace (about 12 a working day). */
  total?: number;
  /** The demo's hand-picked recent cases, so My work has something in every bucket. */
  showcase?: boolean;
  /** One more case, worked with this many notes: the bench's long timeline. */
  longTimelineNotes?: number;
}

export interface CaseSummary {
  cases: number;
  events: number;
  open: number;
}

const spots = ['楼下', '东侧', '附近', '北门', '南门口', '单元门口', '地下车库', '停车场'];

/** A case before it is written: what it is about, who raised it and when; showcase cases bring their own steps. */
export interface Draft {
  topic: Topic;
  kind: CaseKind;
  source: CaseSource;
  resident: DemoResident | null;
  /** Where it happened when no resident is named; otherwise a place is drawn from the register. */
  place?: DemoResident;
  registeredAt: number;
  urgent?: boolean;
  hotlineWorkingDays?: number;
  hotlineDeadline?: number;
  planned?: (c: DemoCase, crew: CaseCrew) => PlannedStep[];
}

export function generateCases(sqlite: Database.Database, options: CaseOptions): CaseSummary {
  const random = seededRandom(options.seed);
  const { now } = options;
  const categories = loadCategories(sqlite);
  const deskCrew = loadDeskCrew(sqlite);
  const workers = loadGridWorkers(sqlite);
  const residents = loadResidents(sqlite, localDate(now));
  if (residents.length === 0) throw new Error('The demo cases need residents on the register.');
  const elderly = residents.filter((r) => r.old);
  const partyMembers = residents.filter((r) => r.partyMember);
  const writer = caseWriter(sqlite);
  const summary: CaseSummary = { cases: 0, events: 0, open: 0 };
  const lastDay = dayStart(now);
  const firstDay = lastDay - (options.days ?? 730) * dayMs;
  const allTopics = [...topics, ...wishTopics].filter((t) => categories.has(t.path));
  const pace = (topic: Topic, day: number) =>
    topic.weight *
    intakeFactor(day) *
    seasonFactor(topic.season, localMonth(day).monthNumber) *
    (topic.wishTheme ? wishFactor(day) : 1);
  let scale = 1;
  // A district is the street's pattern at a larger pace.
  if (options.total !== undefined) {
    let expected = 0;
    for (let day = firstDay; day <= lastDay; day += dayMs) for (const t of allTopics) expected += pace(t, day);
    scale = options.total / expected;
  }
  let hotlineSerial = 0;
  let recent: { id: number; number: string; draft: Draft } | null = null;

  function addCase(draft: Draft, duplicate: { id: number; number: string } | null) {
    const { topic, registeredAt, kind, source, resident } = draft;
    const category = categories.get(topic.path);
    if (!category) return;
    const place = resident ?? draft.place ?? random.pick(residents);
    const worker = workers.get(place.gridId) ?? null;
    const crew: CaseCrew = { ...deskCrew, worker };
    const urgent = draft.urgent ?? random.next() < topic.urgent;
    const hotline = source === 'hotline';
    const hotlineDeadline = hotline
      ? (draft.hotlineDeadline ?? addWorkingDays(registeredAt, draft.hotlineWorkingDays ?? random.pick([2, 3, 5])))
      : null;
    const limits = category.limits;
    const base = caseDeadlines({ registeredAt, urgency: urgent ? 'urgent' : 'ordinary', limits, hotlineDeadline });
    const claimant = kind === 'wish' ? claimantOf(random, partyMembers) : undefined;
    const slots = {
      place: `${place.estate}${place.building}栋`,
      estate: place.estate,
      handler: worker ? `网格员${worker.name}` : '网格员',
      claimant: claimant?.name,
    };
    const text = topic.wishTheme ? wishText(random, topic.wishTheme, slots) : caseText(random, topic.path, slots);
    if (hotline) hotlineSerial += random.int(1, 40);
    const unlinkedContact = source === 'patrol' || resident ? null : chineseName(random);
    const c: DemoCase = {
      kind,
      source,
      urgency: urgent ? 'urgent' : 'ordinary',
      category,
      description: text.description,
      resident,
      gridId: place.gridId,
      address: resident ? null : `${place.estate}${place.building}栋${random.pick(spots)}`,
      contactName: resident?.name ?? unlinkedContact,
      contactPhone: resident ? resident.phone : unlinkedContact ? mobileNumber(random) : null,
      hotlineOrderNo: hotline ? hotlineOrderNo(registeredAt, hotlineSerial) : null,
      hotlineDeadline,
      registeredAt,
      registeredMonth: localMonth(registeredAt).month,
      registrar: deskCrew.desk,
      acceptBy: base.acceptBy,
      resolveBy: base.resolveBy,
      duplicateOfId: duplicate?.id ?? null,
    };
    const isDuplicate = c.duplicateOfId !== null;
    const steps = draft.planned
      ? draft.planned(c, crew)
      : planCase(random, crew, {
          kind,
          urgent,
          registeredAt,
          resolveBy: base.resolveBy,
          departments: topic.departments,
          resolution: text.resolution,
          duplicateOf: duplicate ?? undefined,
          claimant,
        });
    const outcome = runTimeline(kind, deskCrew.desk, registeredAt, steps, now);
    const { extensionDays } = outcome;
    c.resolveBy = caseDeadlines({ registeredAt, urgency: c.urgency, limits, hotlineDeadline, extensionDays }).resolveBy;
    const written = writer.write(c, outcome);
    summary.cases++;
    summary.events += outcome.events.length;
    if (!['resolved', 'followed_up', 'closed', 'voided'].includes(outcome.status)) summary.open++;
    if (resident && !isDuplicate && !draft.planned) recent = { ...written, draft };
  }

  const showcase = options.showcase ? showcaseCases(random, residents, workers, deskCrew.gridAccount, now) : [];
  const writeDay = sqlite.transaction((day: number) => {
    const drafts: Draft[] = [];
    hotlineSerial = random.int(1, 30);
    for (const topic of allTopics) {
      const count = poisson(random, pace(topic, day) * scale);
      for (let i = 0; i < count; i++) {
        const kind = kindOf(random, topic);
        const source = sourceOf(random, topic, kind);
        const linked = random.next() < linkedShare[source];
        const resident = linked ? pickResident(random, topic, residents, elderly) : null;
        drafts.push({ topic, kind, source, resident, registeredAt: intakeTime(random, day) });
      }
    }
    for (const s of showcase) if (dayStart(s.registeredAt) === day) drafts.push(s);
    drafts.sort((a, b) => a.registeredAt - b.registeredAt);
    for (const draft of drafts) {
      if (draft.registeredAt > now) continue;
      // Now and then the same resident comes back about the same thing before it is done: a duplicate to void.
      const duplicateOf =
        recent && !draft.planned && random.next() < 0.012 && draft.registeredAt - recent.draft.registeredAt < 3 * dayMs
          ? recent
          : null;
      if (duplicateOf) addCase({ ...duplicateOf.draft, registeredAt: draft.registeredAt }, duplicateOf);
      else addCase(draft, null);
    }
  });
  // The cases' search index is rebuilt once at the end: the generator also changes the cases it adds.
  withSearchIndexesAfterLoad(sqlite, 'cases', 'rebuild', () => {
    for (let day = firstDay; day <= lastDay; day += dayMs) writeDay(day);
    if (options.longTimelineNotes) addLongCase(options.longTimelineNotes);
    writer.finish();
  });
  return summary;

  function addLongCase(notes: number) {
    addCase(
      {
        topic: topics[0]!,
        kind: 'demand',
        source: 'walk_in',
        resident: residents[0]!,
        registeredAt: now - 20 * dayMs,
        planned: (c, crew) => {
          const handler = crew.worker ?? crew.desk;
          const at = (hours: number) => c.registeredAt + hours * 3_600_000;
          const steps: PlannedStep[] = [
            { action: 'accept', actor: crew.desk, at: at(1) },
            {
              action: 'assign',
              actor: crew.desk,
              at: at(2),
              data: { handlerUserId: handler.userId, handlerName: handler.name },
            },
            { action: 'start', actor: handler, at: at(3) },
          ];
          for (let i = 0; i < notes; i++)
            steps.push({
              action: 'note',
              actor: handler,
              at: at(4 + i * 5),
              note: `第${i + 1}次上门调解，双方仍有分歧`,
            });
          steps.push({
            action: 'resolve',
            actor: handler,
            at: at(5 + notes * 5),
            data: { resolution: '经多次调解，双方签订调解协议' },
          });
          return steps;
        },
      },
      null,
    );
  }
}

function pickResident(random: Random, topic: Topic, residents: DemoResident[], elderly: DemoResident[]) {
  const elderlyTopic = topic.wishTheme === 'elderly' || topic.path === '民生服务/养老';
  return random.pick(elderlyTopic && elderly.length > 0 ? elderly : residents);
}

function claimantOf(random: Random, partyMembers: DemoResident[]): { kind: ClaimantKind; name: string } {
  const r = random.next();
  if (r < 0.45 && partyMembers.length > 0) return { kind: 'party_member', name: random.pick(partyMembers).name };
  if (r < 0.75)
    return { kind: 'volunteer', name: random.next() < 0.5 ? random.pick(volunteerGroups) : chineseName(random) };
  return { kind: 'unit', name: random.pick(wishUnits) };
}

/** A 12345 work-order number as the city platform gives it: the date (yyMMdd) and a four-digit serial. */
function hotlineOrderNo(at: number, serial: number): string {
  return localDate(at).slice(2).replaceAll('-', '') + String(serial % 10_000).padStart(4, '0');
}
