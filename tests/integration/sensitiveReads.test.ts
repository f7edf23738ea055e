import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { attentionTags } from '../../src/shared/domain/residents';
import { startDemoGridDesk, type TestGridDesk } from '../support/testGridDesk';

let desk: TestGridDesk;
beforeEach(() => {
  desk = startDemoGridDesk();
});
afterEach(() => desk.close());

const sqlite = () => desk.app.database.sqlite;

/** The rows the log gained since `mark`, as stored. */
function rowsSince(mark: number) {
  return sqlite()
    .prepare(
      'select actor_id as actorId, action, entity, entity_id as entityId, before, after from audit_log where id > ?',
    )
    .all(mark) as { actorId: number; action: string; entity: string; entityId: number | null; after: string }[];
}
const lastId = () => (sqlite().prepare('select max(id) from audit_log').pluck().get() as number) ?? 0;
const userId = (username: string) => sqlite().prepare('select id from users where username = ?').pluck().get(username);

/** A resident with a phone, an ID number and an attention group, and the household they live in. */
function residentWithAttentionGroup() {
  return sqlite()
    .prepare(
      `select r.id, r.household_id as householdId, r.name, r.phone, r.id_number as idNumber from residents r
         join resident_tags t on t.resident_id = r.id
        where r.phone is not null and r.id_number is not null and r.life_status = 'active'
          and t.tag in (select value from json_each(?))
        limit 1`,
    )
    .get(JSON.stringify(attentionTags)) as {
    id: number;
    householdId: number;
    name: string;
    phone: string;
    idNumber: string;
  };
}

describe('a read of personal data shown whole', () => {
  it('writes one row for a resident’s record: who, which resident, which kinds of data, and none of the data', () => {
    const manager = desk.login('manager');
    const resident = residentWithAttentionGroup();
    const mark = lastId();
    desk.call('residents.get', { id: resident.id }, manager);
    const rows = rowsSince(mark);
    expect(rows).toEqual([
      expect.objectContaining({
        actorId: userId('manager'),
        action: 'residents.get',
        entity: 'residents',
        entityId: resident.id,
      }),
    ]);
    expect(JSON.parse(rows[0]?.after ?? '{}').shown).toEqual(expect.arrayContaining(['phone', 'attentionTags']));
    const text = JSON.stringify(rows);
    for (const secret of [resident.name, resident.phone, resident.idNumber]) expect(text).not.toContain(secret);
  });

  it('writes one row for a household file, naming the residents whose data it showed', () => {
    const manager = desk.login('manager');
    const resident = residentWithAttentionGroup();
    const mark = lastId();
    const file = desk.call('households.get', { id: resident.householdId }, manager);
    const rows = rowsSince(mark);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'households.get', entity: 'households', entityId: resident.householdId });
    expect(JSON.parse(rows[0]?.after ?? '{}').residentIds).toContain(resident.id);
    expect(JSON.stringify(rows)).not.toContain(resident.phone);
    // The file's own history stays a history of changes.
    expect(file.history.map((h) => h.action)).not.toContain('households.get');
  });

  it('writes one row for a list of an attention group, with the residents on the page', () => {
    const manager = desk.login('manager');
    const mark = lastId();
    const list = desk.call('residents.list', { tag: 'community_correction', limit: 20 }, manager);
    const rows = rowsSince(mark);
    expect(rows).toHaveLength(1);
    expect(JSON.parse(rows[0]?.after ?? '{}')).toEqual({
      shown: ['attentionTags'],
      residentIds: list.rows.map((r) => r.id),
    });
    for (const r of list.rows) expect(JSON.stringify(rows)).not.toContain(r.name);
  });

  it('writes nothing for a list the desk reads, where attention groups are never shown', () => {
    const deskToken = desk.login('desk');
    const mark = lastId();
    desk.call('residents.list', { limit: 50 }, deskToken);
    expect(rowsSince(mark)).toEqual([]);
  });

  it('writes one row for a case page that shows the caller’s phone', () => {
    const deskToken = desk.login('desk');
    const caseId = sqlite()
      .prepare('select id from cases where contact_phone is not null limit 1')
      .pluck()
      .get() as number;
    const phone = sqlite().prepare('select contact_phone from cases where id = ?').pluck().get(caseId) as string;
    const mark = lastId();
    desk.call('cases.get', { id: caseId }, deskToken);
    const rows = rowsSince(mark);
    expect(rows).toEqual([expect.objectContaining({ action: 'cases.get', entity: 'cases', entityId: caseId })]);
    expect(JSON.parse(rows[0]?.after ?? '{}')).toEqual({ shown: ['callerPhone'] });
    expect(JSON.stringify(rows)).not.toContain(phone);
  });

  it('writes one row for a party member’s record, which shows their phone and income', () => {
    const manager = desk.login('manager');
    const member = sqlite().prepare('select id, phone from party_members where phone is not null limit 1').get() as {
      id: number;
      phone: string;
    };
    const mark = lastId();
    desk.call('party.member', { id: member.id }, manager);
    const rows = rowsSince(mark);
    expect(rows).toEqual([
      expect.objectContaining({ action: 'party.member', entity: 'party_members', entityId: member.id }),
    ]);
    expect(JSON.parse(rows[0]?.after ?? '{}')).toEqual({ shown: ['phone', 'income'] });
    expect(JSON.stringify(rows)).not.toContain(member.phone);
  });

  it('is found on the audit page by its own filter, apart from the changes', () => {
    const manager = desk.login('manager');
    desk.call('residents.get', { id: residentWithAttentionGroup().id }, manager);
    const reads = desk.call('audit.list', { sensitiveReads: true, limit: 50 }, manager).rows;
    expect(reads.length).toBeGreaterThan(0);
    expect(new Set(reads.map((r) => r.action))).toEqual(new Set(['residents.get']));
  });
});
