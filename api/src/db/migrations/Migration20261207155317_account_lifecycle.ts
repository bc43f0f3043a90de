import { Migration } from '@mikro-orm/migrations';

export class Migration20261207155317_account_lifecycle extends Migration {

  override name = 'Migration20261207155317_account_lifecycle';

  override up(): void | Promise<void> {
    this.addSql(`alter table "account" add "deactivated_at" timestamptz null;`);
    // Rows that exist get their id from the database; new ones from the API (`onCreate`).
    this.addSql(`alter table "invitation" add "id" uuid not null default gen_random_uuid();`);
    this.addSql(`alter table "invitation" alter column "id" drop default;`);
    this.addSql(`alter table "invitation" add constraint "invitation_id_unique" unique ("id");`);
    this.addSql(`alter table "session" add "id" uuid not null default gen_random_uuid(), add "client_address" varchar(64) null;`);
    this.addSql(`alter table "session" alter column "id" drop default;`);
    this.addSql(`alter table "session" add constraint "session_id_unique" unique ("id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "session" drop constraint "session_id_unique";`);
    this.addSql(`alter table "session" drop column "id", drop column "client_address";`);
    this.addSql(`alter table "invitation" drop constraint "invitation_id_unique";`);
    this.addSql(`alter table "invitation" drop column "id";`);
    this.addSql(`alter table "account" drop column "deactivated_at";`);
  }

}
