import { Migration } from '@mikro-orm/migrations';

export class Migration20261207070432_shared_client_counters extends Migration {

  override name = 'Migration20261207070432_shared_client_counters';

  override up(): void | Promise<void> {
    this.addSql(`create table "rate_limit_window" ("key" varchar(200) not null, "hits" int not null, "ends_at" timestamptz not null, primary key ("key"));`);

    this.addSql(`create table "sign_in_failure" ("key" varchar(200) not null, "failures" int not null, "last_failed_at" timestamptz not null, primary key ("key"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "rate_limit_window" cascade;`);
    this.addSql(`drop table if exists "sign_in_failure" cascade;`);
  }

}
