// The register: households by address on micro-grids, their residents and tags, and home visits.
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import {
  genders,
  houseUses,
  lifeStatuses,
  politicalStatuses,
  relationsToHead,
  residenceStatuses,
  residenceTypes,
  residentTags,
  riskLevels,
  visitTypes,
} from '../../../shared/domain/residents';
import { users } from './auth';
import { grids } from './grids';

export const households = sqliteTable(
  'households',
  {
    id: integer('id').primaryKey(),
    /** The micro-grid the household belongs to. */
    gridId: integer('grid_id')
      .notNull()
      .references(() => grids.id),
    estate: text('estate').notNull(),
    building: text('building').notNull(),
    unit: text('unit'),
    room: text('room').notNull(),
    /** estate|building|unit|room, normalised: one household per address. */
    addressKey: text('address_key').notNull(),
    /** The address as people write it (振兴花园3栋2单元501室), kept for lists and the address search index. */
    address: text('address').notNull(),
    houseUse: text('house_use', { enum: houseUses }).notNull(),
    landlordName: text('landlord_name'),
    landlordPhone: text('landlord_phone'),
    tenantCount: integer('tenant_count'),
    leaseStart: text('lease_start'),
    leaseEnd: text('lease_end'),
    pledgeSigned: integer('pledge_signed', { mode: 'boolean' }),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    version: integer('version').notNull().default(1),
    archivedAt: integer('archived_at'),
  },
  (t) => [
    index('households_grid_idx').on(t.gridId, t.id),
    uniqueIndex('households_address_uq').on(t.addressKey).where(sql`${t.archivedAt} is null`),
  ],
);

export const residents = sqliteTable(
  'residents',
  {
    id: integer('id').primaryKey(),
    householdId: integer('household_id')
      .notNull()
      .references(() => households.id),
    name: text('name').notNull(),
    idNumber: text('id_number'),
    gender: text('gender', { enum: genders }),
    birthDate: text('birth_date'),
    phone: text('phone'),
    ethnicity: text('ethnicity').notNull().default('汉族'),
    relationToHead: text('relation_to_head', { enum: relationsToHead }).notNull(),
    residenceType: text('residence_type', { enum: residenceTypes }).notNull(),
    residenceStatus: text('residence_status', { enum: residenceStatuses }).notNull(),
    politicalStatus: text('political_status', { enum: politicalStatuses }).notNull().default('masses'),
    lifeStatus: text('life_status', { enum: lifeStatuses }).notNull().default('active'),
    lifeStatusDate: text('life_status_date'),
    note: text('note'),
    /** Full pinyin without tones or spaces (zhangsan) and initials (zs), for search while typing. */
    pinyin: text('pinyin').notNull(),
    initials: text('initials').notNull(),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('residents_household_idx').on(t.householdId),
    uniqueIndex('residents_id_number_uq').on(t.idNumber).where(sql`${t.idNumber} is not null`),
    index('residents_name_idx').on(t.name),
    index('residents_pinyin_idx').on(t.pinyin),
    index('residents_initials_idx').on(t.initials),
    index('residents_phone_idx').on(t.phone),
    index('residents_updated_idx').on(t.updatedAt),
  ],
);

/** Care and attention groups, several per resident; a risk level for severe mental disorder. */
export const residentTagsTable = sqliteTable(
  'resident_tags',
  {
    residentId: integer('resident_id')
      .notNull()
      .references(() => residents.id),
    tag: text('tag', { enum: residentTags }).notNull(),
    riskLevel: text('risk_level', { enum: riskLevels }),
  },
  (t) => [primaryKey({ columns: [t.residentId, t.tag] }), index('resident_tags_tag_idx').on(t.tag, t.residentId)],
);

export const visits = sqliteTable(
  'visits',
  {
    id: integer('id').primaryKey(),
    householdId: integer('household_id')
      .notNull()
      .references(() => households.id),
    /** The household's micro-grid on the day of the visit, so coverage of past months stays as it was. */
    gridId: integer('grid_id')
      .notNull()
      .references(() => grids.id),
    visitDate: text('visit_date').notNull(),
    /** YYYY-MM of the visit date: coverage is counted per month. */
    month: text('month').notNull(),
    type: text('type', { enum: visitTypes }).notNull(),
    visitorId: integer('visitor_id').references(() => users.id),
    visitorName: text('visitor_name').notNull(),
    peopleMet: text('people_met').notNull().default(''),
    findings: text('findings').notNull().default(''),
    followUpNeeded: integer('follow_up_needed', { mode: 'boolean' }).notNull().default(false),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [
    index('visits_household_idx').on(t.householdId, t.visitDate),
    index('visits_grid_month_idx').on(t.gridId, t.month, t.householdId),
    index('visits_month_idx').on(t.month, t.householdId),
  ],
);
