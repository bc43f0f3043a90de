import { Migration } from '@mikro-orm/migrations';

export class Migration20261123183052_study_visits extends Migration {

  override name = 'Migration20261123183052_study_visits';

  override up(): void | Promise<void> {
    this.addSql(`create table "host_day_load" ("host_regency_code" varchar(5) not null, "date" date not null, "delegations" int not null default 0, "participants" int not null default 0, "delegation_capacity" int not null, "participant_capacity" int not null, primary key ("host_regency_code", "date"));`);

    this.addSql(`create table "host_calendar" ("id" uuid not null, "host_regency_code" varchar(5) not null, "agency_id" uuid null, "working_days" jsonb not null, "delegations_per_day" int not null, "participants_per_day" int not null, "lead_time_days" int not null, "version" int not null default 1, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "host_calendar" add constraint "host_calendar_host_regency_unique" unique ("host_regency_code");`);

    this.addSql(`create table "host_blackout_date" ("id" serial primary key, "calendar_id" uuid not null, "date" date not null, "reason" varchar(300) not null);`);
    this.addSql(`alter table "host_blackout_date" add constraint "host_blackout_date_calendar_date_unique" unique ("calendar_id", "date");`);

    this.addSql(`create table "study_visit" ("id" uuid not null, "host_regency_code" varchar(5) not null, "requester_id" uuid null, "coordinator_agency_id" uuid null, "participant_count" int not null, "objectives" text not null, "questions" text not null default '', "request_letter_number" varchar(120) null, "state" text not null default 'REQUESTED', "version" int not null default 1, "calendar_sequence" int not null default 0, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "study_visit_host_regency_code_index" on "study_visit" ("host_regency_code");`);
    this.addSql(`create index "study_visit_requester_id_index" on "study_visit" ("requester_id");`);
    this.addSql(`create index "study_visit_state_index" on "study_visit" ("state");`);

    this.addSql(`create table "study_visit_regency" ("visit_id" uuid not null, "regency_code" varchar(5) not null, primary key ("visit_id", "regency_code"));`);

    this.addSql(`create table "study_visit_program" ("visit_id" uuid not null, "program_id" int not null, primary key ("visit_id", "program_id"));`);

    this.addSql(`create table "study_visit_agency" ("visit_id" uuid not null, "agency_id" uuid not null, primary key ("visit_id", "agency_id"));`);

    this.addSql(`create table "study_visit_agenda_item" ("id" serial primary key, "visit_id" uuid not null, "date" date not null, "start_time" varchar(5) not null, "end_time" varchar(5) not null, "activity" varchar(300) not null, "place" varchar(300) not null default '', "presenter" varchar(300) not null default '');`);
    this.addSql(`create index "study_visit_agenda_item_visit_id_index" on "study_visit_agenda_item" ("visit_id");`);

    this.addSql(`create table "study_visit_day" ("id" serial primary key, "visit_id" uuid not null, "date" date not null, "proposed" boolean not null default false);`);
    this.addSql(`alter table "study_visit_day" add constraint "study_visit_day_unique" unique ("visit_id", "proposed", "date");`);

    this.addSql(`create table "study_visit_feedback" ("id" serial primary key, "visit_id" uuid not null, "author_id" uuid null, "rating" int not null, "will_adopt" text not null default '', "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`alter table "study_visit_feedback" add constraint "study_visit_feedback_visit_unique" unique ("visit_id");`);

    this.addSql(`create table "study_visit_feedback_program" ("feedback_id" int not null, "program_id" int not null, primary key ("feedback_id", "program_id"));`);

    this.addSql(`create table "study_visit_message" ("id" serial primary key, "visit_id" uuid not null, "author_id" uuid null, "side" text not null, "body" text not null, "created_at" timestamptz not null);`);
    this.addSql(`create index "study_visit_message_visit_id_index" on "study_visit_message" ("visit_id");`);

    this.addSql(`create table "study_visit_participant" ("id" serial primary key, "visit_id" uuid not null, "name" varchar(200) not null, "position" varchar(300) not null, "agency_id" uuid null);`);
    this.addSql(`create index "study_visit_participant_visit_id_index" on "study_visit_participant" ("visit_id");`);

    this.addSql(`create table "study_visit_transition" ("id" serial primary key, "visit_id" uuid not null, "actor_id" uuid null, "action" text not null, "from_state" text null, "to_state" text not null, "reason" text not null default '', "dates" jsonb null, "at" timestamptz not null);`);
    this.addSql(`create index "study_visit_transition_visit_id_index" on "study_visit_transition" ("visit_id");`);

    this.addSql(`alter table "program" drop constraint "program_years_ordered";`);
    this.addSql(`alter table "program" add constraint "program_years_ordered" check (start_year between 1945 and 2100 and end_year >= start_year);`);

    this.addSql(`alter table "program_funding" drop constraint "program_funding_share_is_percent";`);
    this.addSql(`alter table "program_funding" add constraint "program_funding_share_is_percent" check (share_percent between 0 and 100);`);

    this.addSql(`alter table "host_day_load" add constraint "host_day_load_host_regency_code_foreign" foreign key ("host_regency_code") references "regency" ("code");`);
    this.addSql(`alter table "host_day_load" add constraint "host_day_load_within_delegation_capacity" check (delegations <= delegation_capacity);`);
    this.addSql(`alter table "host_day_load" add constraint "host_day_load_within_participant_capacity" check (participants <= participant_capacity);`);
    this.addSql(`alter table "host_day_load" add constraint "host_day_load_not_negative" check (delegations >= 0 and participants >= 0);`);

    this.addSql(`alter table "host_calendar" add constraint "host_calendar_host_regency_code_foreign" foreign key ("host_regency_code") references "regency" ("code");`);
    this.addSql(`alter table "host_calendar" add constraint "host_calendar_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on delete set null;`);
    this.addSql(`alter table "host_calendar" add constraint "host_calendar_capacity_positive" check (delegations_per_day >= 1 and participants_per_day >= 1);`);
    this.addSql(`alter table "host_calendar" add constraint "host_calendar_lead_time_range" check (lead_time_days between 0 and 365);`);

    this.addSql(`alter table "host_blackout_date" add constraint "host_blackout_date_calendar_id_foreign" foreign key ("calendar_id") references "host_calendar" ("id") on delete cascade;`);

    this.addSql(`alter table "study_visit" add constraint "study_visit_host_regency_code_foreign" foreign key ("host_regency_code") references "regency" ("code");`);
    this.addSql(`alter table "study_visit" add constraint "study_visit_requester_id_foreign" foreign key ("requester_id") references "account" ("id") on delete set null;`);
    this.addSql(`alter table "study_visit" add constraint "study_visit_coordinator_agency_id_foreign" foreign key ("coordinator_agency_id") references "agency" ("id") on delete set null;`);
    this.addSql(`alter table "study_visit" add constraint "study_visit_participant_count_positive" check (participant_count >= 1);`);
    this.addSql(`alter table "study_visit" add constraint "study_visit_calendar_sequence_not_negative" check (calendar_sequence >= 0);`);
    this.addSql(`alter table "study_visit" add constraint "study_visit_state_check" check ("state" in ('REQUESTED', 'ACCEPTED', 'DECLINED', 'RESCHEDULE_PROPOSED', 'CONFIRMED', 'COMPLETED', 'CANCELLED'));`);

    this.addSql(`alter table "study_visit_regency" add constraint "study_visit_regency_visit_id_foreign" foreign key ("visit_id") references "study_visit" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "study_visit_regency" add constraint "study_visit_regency_regency_code_foreign" foreign key ("regency_code") references "regency" ("code") on update cascade on delete cascade;`);

    this.addSql(`alter table "study_visit_program" add constraint "study_visit_program_visit_id_foreign" foreign key ("visit_id") references "study_visit" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "study_visit_program" add constraint "study_visit_program_program_id_foreign" foreign key ("program_id") references "program" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "study_visit_agency" add constraint "study_visit_agency_visit_id_foreign" foreign key ("visit_id") references "study_visit" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "study_visit_agency" add constraint "study_visit_agency_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "study_visit_agenda_item" add constraint "study_visit_agenda_item_visit_id_foreign" foreign key ("visit_id") references "study_visit" ("id") on delete cascade;`);
    this.addSql(`alter table "study_visit_agenda_item" add constraint "study_visit_agenda_item_times_ordered" check (end_time > start_time);`);

    this.addSql(`alter table "study_visit_day" add constraint "study_visit_day_visit_id_foreign" foreign key ("visit_id") references "study_visit" ("id") on delete cascade;`);

    this.addSql(`alter table "study_visit_feedback" add constraint "study_visit_feedback_visit_id_foreign" foreign key ("visit_id") references "study_visit" ("id") on delete cascade;`);
    this.addSql(`alter table "study_visit_feedback" add constraint "study_visit_feedback_author_id_foreign" foreign key ("author_id") references "account" ("id") on delete set null;`);
    this.addSql(`alter table "study_visit_feedback" add constraint "study_visit_feedback_rating_range" check (rating between 1 and 5);`);

    this.addSql(`alter table "study_visit_feedback_program" add constraint "study_visit_feedback_program_feedback_id_foreign" foreign key ("feedback_id") references "study_visit_feedback" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "study_visit_feedback_program" add constraint "study_visit_feedback_program_program_id_foreign" foreign key ("program_id") references "program" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "study_visit_message" add constraint "study_visit_message_visit_id_foreign" foreign key ("visit_id") references "study_visit" ("id") on delete cascade;`);
    this.addSql(`alter table "study_visit_message" add constraint "study_visit_message_author_id_foreign" foreign key ("author_id") references "account" ("id") on delete set null;`);
    this.addSql(`alter table "study_visit_message" add constraint "study_visit_message_side_check" check ("side" in ('HOST', 'REQUESTER'));`);

    this.addSql(`alter table "study_visit_participant" add constraint "study_visit_participant_visit_id_foreign" foreign key ("visit_id") references "study_visit" ("id") on delete cascade;`);
    this.addSql(`alter table "study_visit_participant" add constraint "study_visit_participant_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on delete set null;`);

    this.addSql(`alter table "study_visit_transition" add constraint "study_visit_transition_visit_id_foreign" foreign key ("visit_id") references "study_visit" ("id") on delete cascade;`);
    this.addSql(`alter table "study_visit_transition" add constraint "study_visit_transition_actor_id_foreign" foreign key ("actor_id") references "account" ("id") on delete set null;`);
    this.addSql(`alter table "study_visit_transition" add constraint "study_visit_transition_action_check" check ("action" in ('REQUEST', 'ACCEPT', 'DECLINE', 'PROPOSE_DATES', 'CONFIRM', 'CANCEL', 'COMPLETE'));`);
    this.addSql(`alter table "study_visit_transition" add constraint "study_visit_transition_from_state_check" check ("from_state" in ('REQUESTED', 'ACCEPTED', 'DECLINED', 'RESCHEDULE_PROPOSED', 'CONFIRMED', 'COMPLETED', 'CANCELLED'));`);
    this.addSql(`alter table "study_visit_transition" add constraint "study_visit_transition_to_state_check" check ("to_state" in ('REQUESTED', 'ACCEPTED', 'DECLINED', 'RESCHEDULE_PROPOSED', 'CONFIRMED', 'COMPLETED', 'CANCELLED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "host_blackout_date" drop constraint "host_blackout_date_calendar_id_foreign";`);
    this.addSql(`alter table "study_visit_regency" drop constraint "study_visit_regency_visit_id_foreign";`);
    this.addSql(`alter table "study_visit_program" drop constraint "study_visit_program_visit_id_foreign";`);
    this.addSql(`alter table "study_visit_agency" drop constraint "study_visit_agency_visit_id_foreign";`);
    this.addSql(`alter table "study_visit_agenda_item" drop constraint "study_visit_agenda_item_visit_id_foreign";`);
    this.addSql(`alter table "study_visit_day" drop constraint "study_visit_day_visit_id_foreign";`);
    this.addSql(`alter table "study_visit_feedback" drop constraint "study_visit_feedback_visit_id_foreign";`);
    this.addSql(`alter table "study_visit_message" drop constraint "study_visit_message_visit_id_foreign";`);
    this.addSql(`alter table "study_visit_participant" drop constraint "study_visit_participant_visit_id_foreign";`);
    this.addSql(`alter table "study_visit_transition" drop constraint "study_visit_transition_visit_id_foreign";`);
    this.addSql(`alter table "study_visit_feedback_program" drop constraint "study_visit_feedback_program_feedback_id_foreign";`);

    this.addSql(`drop table if exists "host_day_load" cascade;`);
    this.addSql(`drop table if exists "host_calendar" cascade;`);
    this.addSql(`drop table if exists "host_blackout_date" cascade;`);
    this.addSql(`drop table if exists "study_visit" cascade;`);
    this.addSql(`drop table if exists "study_visit_regency" cascade;`);
    this.addSql(`drop table if exists "study_visit_program" cascade;`);
    this.addSql(`drop table if exists "study_visit_agency" cascade;`);
    this.addSql(`drop table if exists "study_visit_agenda_item" cascade;`);
    this.addSql(`drop table if exists "study_visit_day" cascade;`);
    this.addSql(`drop table if exists "study_visit_feedback" cascade;`);
    this.addSql(`drop table if exists "study_visit_feedback_program" cascade;`);
    this.addSql(`drop table if exists "study_visit_message" cascade;`);
    this.addSql(`drop table if exists "study_visit_participant" cascade;`);
    this.addSql(`drop table if exists "study_visit_transition" cascade;`);

    this.addSql(`alter table "program" drop constraint "program_years_ordered";`);
    this.addSql(`alter table "program" add constraint "program_years_ordered" check (((start_year >= 1945) AND (start_year <= 2100)) AND (end_year >= start_year));`);

    this.addSql(`alter table "program_funding" drop constraint "program_funding_share_is_percent";`);
    this.addSql(`alter table "program_funding" add constraint "program_funding_share_is_percent" check ((share_percent >= 0 precision) AND (share_percent <= 100 precision));`);
  }

}
