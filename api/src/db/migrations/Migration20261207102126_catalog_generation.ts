import { Migration } from '@mikro-orm/migrations';

export class Migration20261207102126_catalog_generation extends Migration {

  override name = 'Migration20261207102126_catalog_generation';

  override up(): void | Promise<void> {
    this.addSql(`create table "catalog_generation" ("id" int primary key check ("id" = 1), "generation" bigint not null);`);
    this.addSql(`insert into "catalog_generation" ("id", "generation") values (1, 0);`);
    // Once per statement, not per row: a bulk insert of 100 000 programs raises it once.
    this.addSql(`create function "raise_catalog_generation"() returns trigger language plpgsql as $$
      begin
        update "catalog_generation" set "generation" = "generation" + 1 where "id" = 1;
        return null;
      end $$;`);
    for (const table of ['program', 'program_funding']) {
      this.addSql(`create trigger "${table}_raises_catalog_generation" after insert or update or delete or truncate on "${table}"
        for each statement execute function "raise_catalog_generation"();`);
    }
  }

  override down(): void | Promise<void> {
    for (const table of ['program', 'program_funding']) this.addSql(`drop trigger if exists "${table}_raises_catalog_generation" on "${table}";`);
    this.addSql(`drop function if exists "raise_catalog_generation"();`);
    this.addSql(`drop table if exists "catalog_generation" cascade;`);
  }

}
