import { Migration } from '@mikro-orm/migrations';

export class Migration20261123192916_audit_log extends Migration {

  override name = 'Migration20261123192916_audit_log';

  override up(): void | Promise<void> {
    this.addSql(`create table "audit_entry" ("id" bigserial primary key, "occurred_at" timestamptz not null, "actor_account_id" uuid null, "actor_name" varchar(200) null, "entity_type" varchar(60) not null, "entity_id" varchar(200) not null, "action" varchar(60) not null, "changed_fields" text[] not null default '{}', "details" jsonb not null, "request_id" varchar(128) null);`);
    this.addSql(`create index "audit_entry_entity_index" on "audit_entry" ("entity_type", "entity_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "audit_entry" cascade;`);
  }

}
