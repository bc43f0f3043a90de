import { Migration } from '@mikro-orm/migrations';

export class Migration20261207155159_feedback_replications extends Migration {

  override name = 'Migration20261207155159_feedback_replications';

  override up(): void | Promise<void> {
    this.addSql(`create table "study_visit_replication" ("id" serial primary key, "feedback_id" int not null, "regency_code" varchar(5) not null, "program_id" int not null, "stage" text not null, "adoption_id" uuid null, "answered_by_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`create index "study_visit_replication_adoption_id_index" on "study_visit_replication" ("adoption_id");`);
    this.addSql(`alter table "study_visit_replication" add constraint "study_visit_replication_unique" unique ("feedback_id", "regency_code", "program_id");`);
    this.addSql(`alter table "study_visit_replication" add constraint "study_visit_replication_feedback_id_foreign" foreign key ("feedback_id") references "study_visit_feedback" ("id") on delete cascade;`);
    this.addSql(`alter table "study_visit_replication" add constraint "study_visit_replication_regency_code_foreign" foreign key ("regency_code") references "regency" ("code");`);
    this.addSql(`alter table "study_visit_replication" add constraint "study_visit_replication_program_id_foreign" foreign key ("program_id") references "program" ("id") on delete cascade;`);
    this.addSql(`alter table "study_visit_replication" add constraint "study_visit_replication_adoption_id_foreign" foreign key ("adoption_id") references "adoption" ("id") on delete set null;`);
    this.addSql(`alter table "study_visit_replication" add constraint "study_visit_replication_answered_by_id_foreign" foreign key ("answered_by_id") references "account" ("id") on delete set null;`);
    this.addSql(`alter table "study_visit_replication" add constraint "study_visit_replication_stage_check" check ("stage" in ('INTERESTED', 'PLANNING', 'ADOPTED', 'EVALUATED'));`);
    // Feedback used to tick programs for the whole delegation, giving every visiting regency an Adoption at
    // PLANNING. Those adoptions stay; each becomes its regency's answer, linked to it, so nothing is lost and
    // nothing new is counted.
    this.addSql(`insert into "study_visit_replication" ("feedback_id", "regency_code", "program_id", "stage", "adoption_id", "answered_by_id", "created_at", "updated_at")
      select f."id", r."regency_code", fp."program_id", 'PLANNING', a."id", f."author_id", f."updated_at", f."updated_at"
      from "study_visit_feedback_program" fp
      join "study_visit_feedback" f on f."id" = fp."feedback_id"
      join "study_visit_regency" r on r."visit_id" = f."visit_id"
      join "adoption" a on a."program_id" = fp."program_id" and a."adopter_regency_code" = r."regency_code";`);
    this.addSql(`drop table if exists "study_visit_feedback_program" cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`create table "study_visit_feedback_program" ("feedback_id" int not null, "program_id" int not null, primary key ("feedback_id", "program_id"));`);
    this.addSql(`alter table "study_visit_feedback_program" add constraint "study_visit_feedback_program_feedback_id_foreign" foreign key ("feedback_id") references "study_visit_feedback" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "study_visit_feedback_program" add constraint "study_visit_feedback_program_program_id_foreign" foreign key ("program_id") references "program" ("id") on update cascade on delete cascade;`);
    this.addSql(`insert into "study_visit_feedback_program" ("feedback_id", "program_id") select distinct "feedback_id", "program_id" from "study_visit_replication";`);
    this.addSql(`drop table if exists "study_visit_replication" cascade;`);
  }

}
