import { Migration } from '@mikro-orm/migrations';

export class Migration20261123182532_initial extends Migration {

  override name = 'Migration20261123182532_initial';

  override up(): void | Promise<void> {
    this.addSql(`create table "account" ("id" uuid not null, "email" varchar(254) not null, "display_name" varchar(200) not null, "password_hash" varchar(200) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "account" add constraint "account_email_unique" unique ("email");`);

    this.addSql(`create table "outbox_event" ("id" bigserial primary key, "topic" varchar(60) not null, "key" varchar(200) not null, "payload" jsonb not null, "created_at" timestamptz not null, "available_at" timestamptz not null, "attempts" int not null default 0, "last_error" text null, "processed_at" timestamptz null);`);
    this.addSql(`create index "outbox_event_pending_index" on "outbox_event" ("topic", "processed_at", "available_at");`);

    this.addSql(`create table "province" ("code" varchar(2) not null, "name" varchar(255) not null, "time_zone" text not null, primary key ("code"));`);

    this.addSql(`create table "regency" ("code" varchar(5) not null, "province_code" varchar(2) not null, "name" varchar(255) not null, "kind" text not null, primary key ("code"));`);
    this.addSql(`create index "regency_province_code_index" on "regency" ("province_code");`);

    this.addSql(`create table "agency" ("id" uuid not null, "name" varchar(300) not null, "type" text not null, "regency_code" varchar(5) null, "province_code" varchar(2) null, primary key ("id"));`);
    this.addSql(`create index "agency_regency_code_index" on "agency" ("regency_code");`);
    this.addSql(`create index "agency_province_code_index" on "agency" ("province_code");`);

    this.addSql(`create table "program" ("id" serial primary key, "slug" varchar(120) not null, "title" varchar(300) not null, "local_name" varchar(200) null, "acronym" varchar(40) null, "host_regency_code" varchar(5) not null, "lead_agency_id" uuid null, "themes" text[] not null default '{}', "summary" text not null, "problem" text not null default '', "approach_steps" text[] not null default '{}', "legal_basis" text null, "start_year" int null, "end_year" int null, "activity" text not null default 'RUNNING', "publication" text not null default 'DRAFT', "beneficiaries" bigint null, "beneficiary_unit" varchar(80) null, "units_built" int null, "total_budget_rupiah" bigint null, "unit_cost_rupiah" bigint null, "unit_cost_unit" varchar(80) null, "last_verified_at" timestamptz null, "published_at" timestamptz null, "synthetic" boolean not null default false, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`alter table "program" add constraint "program_slug_unique" unique ("slug");`);
    this.addSql(`create index "program_host_regency_code_index" on "program" ("host_regency_code");`);
    this.addSql(`create index "program_lead_agency_id_index" on "program" ("lead_agency_id");`);
    this.addSql(`create index "program_publication_index" on "program" ("publication");`);
    this.addSql(`create index "program_publication_id_index" on "program" ("publication", "id");`);

    this.addSql(`create table "program_revision" ("id" serial primary key, "program_id" int not null, "version" int not null, "editor_account_id" uuid null, "action" varchar(60) not null, "changed_fields" text[] not null default '{}', "snapshot" jsonb not null, "created_at" timestamptz not null);`);
    this.addSql(`create index "program_revision_program_id_index" on "program_revision" ("program_id");`);

    this.addSql(`create table "program_partner" ("id" serial primary key, "program_id" int not null, "position" int not null default 0, "name" varchar(300) not null, "role" varchar(300) null, "agency_id" uuid null);`);
    this.addSql(`create index "program_partner_program_id_index" on "program_partner" ("program_id");`);

    this.addSql(`create table "program_outcome" ("id" serial primary key, "program_id" int not null, "position" int not null default 0, "indicator" varchar(300) not null, "baseline" double precision null, "value" double precision not null, "unit" varchar(80) not null, "period" varchar(40) not null, "source" text null, "illustrative" boolean not null default false);`);
    this.addSql(`create index "program_outcome_program_id_index" on "program_outcome" ("program_id");`);

    this.addSql(`create table "program_funding" ("id" serial primary key, "program_id" int not null, "position" int not null default 0, "kind" text not null, "share_percent" double precision null, "amount_rupiah" bigint null, "note" text null, "illustrative" boolean not null default false, "source" text null);`);
    this.addSql(`create index "program_funding_program_id_index" on "program_funding" ("program_id");`);

    this.addSql(`create table "program_document" ("id" serial primary key, "program_id" int not null, "position" int not null default 0, "title" varchar(300) not null, "url" varchar(2000) not null);`);
    this.addSql(`create index "program_document_program_id_index" on "program_document" ("program_id");`);

    this.addSql(`create table "program_cost" ("id" serial primary key, "program_id" int not null, "position" int not null default 0, "kind" text not null, "label" varchar(300) not null, "amount_rupiah" bigint not null, "unit" varchar(80) null, "year" int null, "illustrative" boolean not null default false, "source" text null);`);
    this.addSql(`create index "program_cost_program_id_index" on "program_cost" ("program_id");`);

    this.addSql(`create table "program_contact" ("id" serial primary key, "program_id" int not null, "position" int not null default 0, "name" varchar(200) not null, "role" varchar(200) not null, "agency_id" uuid null, "phone" varchar(40) null, "email" varchar(254) null, "illustrative" boolean not null default false);`);
    this.addSql(`create index "program_contact_program_id_index" on "program_contact" ("program_id");`);

    this.addSql(`create table "membership" ("id" uuid not null, "account_id" uuid not null, "role" text not null, "regency_code" varchar(5) null, "agency_id" uuid null, "covered_regency_codes" text[] not null default '{}', primary key ("id"));`);
    this.addSql(`create index "membership_account_id_index" on "membership" ("account_id");`);

    this.addSql(`create table "invitation" ("token_hash" varchar(64) not null, "email" varchar(254) not null, "role" text not null, "regency_code" varchar(5) null, "agency_id" uuid null, "covered_regency_codes" text[] not null default '{}', "invited_by_id" uuid null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, primary key ("token_hash"));`);
    this.addSql(`create index "invitation_email_index" on "invitation" ("email");`);

    this.addSql(`create table "adoption" ("id" uuid not null, "program_id" int not null, "adopter_regency_code" varchar(5) not null, "stage" text not null, "year" int not null, "notes" text not null default '', "source" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "adoption_program_id_index" on "adoption" ("program_id");`);
    this.addSql(`create index "adoption_adopter_regency_code_index" on "adoption" ("adopter_regency_code");`);
    this.addSql(`alter table "adoption" add constraint "adoption_program_id_adopter_regency_code_unique" unique ("program_id", "adopter_regency_code");`);

    this.addSql(`create table "session" ("token_hash" varchar(64) not null, "account_id" uuid not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, primary key ("token_hash"));`);
    this.addSql(`create index "session_account_id_index" on "session" ("account_id");`);
    this.addSql(`create index "session_expires_at_index" on "session" ("expires_at");`);

    this.addSql(`alter table "province" add constraint "province_time_zone_check" check ("time_zone" in ('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'));`);

    this.addSql(`alter table "regency" add constraint "regency_province_code_foreign" foreign key ("province_code") references "province" ("code");`);
    this.addSql(`alter table "regency" add constraint "regency_kind_check" check ("kind" in ('KOTA', 'KABUPATEN'));`);

    this.addSql(`alter table "agency" add constraint "agency_regency_code_foreign" foreign key ("regency_code") references "regency" ("code") on delete set null;`);
    this.addSql(`alter table "agency" add constraint "agency_province_code_foreign" foreign key ("province_code") references "province" ("code") on delete set null;`);
    this.addSql(`alter table "agency" add constraint "agency_type_check" check ("type" in ('CITY_GOVERNMENT', 'REGENCY_GOVERNMENT', 'PROVINCIAL_GOVERNMENT', 'DINAS', 'BAPPEDA', 'BAZNAS', 'SOE_CSR', 'PRIVATE_COMPANY', 'POLICE_MILITARY', 'DPRD', 'COMMUNITY_ORGANISATION', 'CENTRAL_GOVERNMENT', 'OTHER'));`);

    this.addSql(`alter table "program" add constraint "program_host_regency_code_foreign" foreign key ("host_regency_code") references "regency" ("code");`);
    this.addSql(`alter table "program" add constraint "program_lead_agency_id_foreign" foreign key ("lead_agency_id") references "agency" ("id") on delete set null;`);
    this.addSql(`alter table "program" add constraint "program_money_non_negative" check (total_budget_rupiah >= 0 and unit_cost_rupiah >= 0);`);
    this.addSql(`alter table "program" add constraint "program_counts_non_negative" check (beneficiaries >= 0 and units_built >= 0);`);
    this.addSql(`alter table "program" add constraint "program_years_ordered" check (start_year between 1945 and 2100 and end_year >= start_year);`);
    this.addSql(`alter table "program" add constraint "program_activity_check" check ("activity" in ('RUNNING', 'STOPPED'));`);
    this.addSql(`alter table "program" add constraint "program_publication_check" check ("publication" in ('DRAFT', 'PUBLISHED', 'ARCHIVED'));`);

    this.addSql(`alter table "program_revision" add constraint "program_revision_program_id_foreign" foreign key ("program_id") references "program" ("id") on delete cascade;`);

    this.addSql(`alter table "program_partner" add constraint "program_partner_program_id_foreign" foreign key ("program_id") references "program" ("id") on delete cascade;`);
    this.addSql(`alter table "program_partner" add constraint "program_partner_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on delete set null;`);

    this.addSql(`alter table "program_outcome" add constraint "program_outcome_program_id_foreign" foreign key ("program_id") references "program" ("id") on delete cascade;`);

    this.addSql(`alter table "program_funding" add constraint "program_funding_program_id_foreign" foreign key ("program_id") references "program" ("id") on delete cascade;`);
    this.addSql(`alter table "program_funding" add constraint "program_funding_share_is_percent" check (share_percent between 0 and 100);`);
    this.addSql(`alter table "program_funding" add constraint "program_funding_amount_non_negative" check (amount_rupiah >= 0);`);
    this.addSql(`alter table "program_funding" add constraint "program_funding_kind_check" check ("kind" in ('APBN', 'APBD_PROVINCE', 'APBD', 'ZAKAT_INFAQ', 'CSR', 'SWADAYA', 'VILLAGE_FUND', 'OTHER'));`);

    this.addSql(`alter table "program_document" add constraint "program_document_program_id_foreign" foreign key ("program_id") references "program" ("id") on delete cascade;`);

    this.addSql(`alter table "program_cost" add constraint "program_cost_program_id_foreign" foreign key ("program_id") references "program" ("id") on delete cascade;`);
    this.addSql(`alter table "program_cost" add constraint "program_cost_amount_non_negative" check (amount_rupiah >= 0);`);
    this.addSql(`alter table "program_cost" add constraint "program_cost_kind_check" check ("kind" in ('TOTAL_BUDGET', 'UNIT_COST', 'OTHER'));`);

    this.addSql(`alter table "program_contact" add constraint "program_contact_program_id_foreign" foreign key ("program_id") references "program" ("id") on delete cascade;`);
    this.addSql(`alter table "program_contact" add constraint "program_contact_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on delete set null;`);

    this.addSql(`alter table "membership" add constraint "membership_account_id_foreign" foreign key ("account_id") references "account" ("id") on delete cascade;`);
    this.addSql(`alter table "membership" add constraint "membership_regency_code_foreign" foreign key ("regency_code") references "regency" ("code") on delete set null;`);
    this.addSql(`alter table "membership" add constraint "membership_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on delete set null;`);
    this.addSql(`alter table "membership" add constraint "membership_role_check" check ("role" in ('ADMIN', 'HOST_EDITOR', 'COORDINATOR', 'DELEGATE'));`);

    this.addSql(`alter table "invitation" add constraint "invitation_regency_code_foreign" foreign key ("regency_code") references "regency" ("code") on delete set null;`);
    this.addSql(`alter table "invitation" add constraint "invitation_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on delete set null;`);
    this.addSql(`alter table "invitation" add constraint "invitation_invited_by_id_foreign" foreign key ("invited_by_id") references "account" ("id") on delete set null;`);
    this.addSql(`alter table "invitation" add constraint "invitation_role_check" check ("role" in ('ADMIN', 'HOST_EDITOR', 'COORDINATOR', 'DELEGATE'));`);

    this.addSql(`alter table "adoption" add constraint "adoption_program_id_foreign" foreign key ("program_id") references "program" ("id") on delete cascade;`);
    this.addSql(`alter table "adoption" add constraint "adoption_adopter_regency_code_foreign" foreign key ("adopter_regency_code") references "regency" ("code");`);
    this.addSql(`alter table "adoption" add constraint "adoption_stage_check" check ("stage" in ('INTERESTED', 'PLANNING', 'ADOPTED', 'EVALUATED'));`);

    this.addSql(`alter table "session" add constraint "session_account_id_foreign" foreign key ("account_id") references "account" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "membership" drop constraint "membership_account_id_foreign";`);
    this.addSql(`alter table "invitation" drop constraint "invitation_invited_by_id_foreign";`);
    this.addSql(`alter table "session" drop constraint "session_account_id_foreign";`);
    this.addSql(`alter table "regency" drop constraint "regency_province_code_foreign";`);
    this.addSql(`alter table "agency" drop constraint "agency_province_code_foreign";`);
    this.addSql(`alter table "agency" drop constraint "agency_regency_code_foreign";`);
    this.addSql(`alter table "program" drop constraint "program_host_regency_code_foreign";`);
    this.addSql(`alter table "membership" drop constraint "membership_regency_code_foreign";`);
    this.addSql(`alter table "invitation" drop constraint "invitation_regency_code_foreign";`);
    this.addSql(`alter table "adoption" drop constraint "adoption_adopter_regency_code_foreign";`);
    this.addSql(`alter table "program" drop constraint "program_lead_agency_id_foreign";`);
    this.addSql(`alter table "program_partner" drop constraint "program_partner_agency_id_foreign";`);
    this.addSql(`alter table "program_contact" drop constraint "program_contact_agency_id_foreign";`);
    this.addSql(`alter table "membership" drop constraint "membership_agency_id_foreign";`);
    this.addSql(`alter table "invitation" drop constraint "invitation_agency_id_foreign";`);
    this.addSql(`alter table "program_revision" drop constraint "program_revision_program_id_foreign";`);
    this.addSql(`alter table "program_partner" drop constraint "program_partner_program_id_foreign";`);
    this.addSql(`alter table "program_outcome" drop constraint "program_outcome_program_id_foreign";`);
    this.addSql(`alter table "program_funding" drop constraint "program_funding_program_id_foreign";`);
    this.addSql(`alter table "program_document" drop constraint "program_document_program_id_foreign";`);
    this.addSql(`alter table "program_cost" drop constraint "program_cost_program_id_foreign";`);
    this.addSql(`alter table "program_contact" drop constraint "program_contact_program_id_foreign";`);
    this.addSql(`alter table "adoption" drop constraint "adoption_program_id_foreign";`);

    this.addSql(`drop table if exists "account" cascade;`);
    this.addSql(`drop table if exists "outbox_event" cascade;`);
    this.addSql(`drop table if exists "province" cascade;`);
    this.addSql(`drop table if exists "regency" cascade;`);
    this.addSql(`drop table if exists "agency" cascade;`);
    this.addSql(`drop table if exists "program" cascade;`);
    this.addSql(`drop table if exists "program_revision" cascade;`);
    this.addSql(`drop table if exists "program_partner" cascade;`);
    this.addSql(`drop table if exists "program_outcome" cascade;`);
    this.addSql(`drop table if exists "program_funding" cascade;`);
    this.addSql(`drop table if exists "program_document" cascade;`);
    this.addSql(`drop table if exists "program_cost" cascade;`);
    this.addSql(`drop table if exists "program_contact" cascade;`);
    this.addSql(`drop table if exists "membership" cascade;`);
    this.addSql(`drop table if exists "invitation" cascade;`);
    this.addSql(`drop table if exists "adoption" cascade;`);
    this.addSql(`drop table if exists "session" cascade;`);
  }

}
