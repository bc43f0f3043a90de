import { Migration } from '@mikro-orm/migrations';

export class Migration20261207105920_outcome_source_fields extends Migration {

  override name = 'Migration20261207105920_outcome_source_fields';

  override up(): void | Promise<void> {
    this.addSql(`alter table "program_outcome" add "source_title" varchar(300) null, add "source_publisher" varchar(200) null, add "source_published_on" date null, add "source_url" varchar(2000) null;`);
    // The old free text becomes the title; a bare file name ("muara-enim-kotaku-slums-2021.txt") reads as words,
    // and a bare web address also becomes the link.
    this.addSql(`update "program_outcome" set
      "source_title" = left(case
        when btrim("source") ~ '^[^\\s/]+\\.[A-Za-z0-9]{1,5}$'
          then btrim(regexp_replace(regexp_replace(btrim("source"), '\\.[A-Za-z0-9]{1,5}$', ''), '[-_]+', ' ', 'g'))
        else btrim("source")
      end, 300),
      "source_url" = case when btrim("source") ~ '^https?://\\S+$' and length(btrim("source")) <= 2000 then btrim("source") end
      where btrim(coalesce("source", '')) <> '';`);
    this.addSql(`alter table "program_outcome" drop column "source";`);
    this.addSql(`alter table "program_outcome" add constraint "program_outcome_source_has_title" check (source_title is not null or (source_publisher is null and source_published_on is null and source_url is null));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "program_outcome" drop constraint "program_outcome_source_has_title";`);
    this.addSql(`alter table "program_outcome" add "source" text null;`);
    this.addSql(`update "program_outcome" set "source" = concat_ws(', ', "source_title", "source_publisher", "source_published_on"::text, "source_url") where "source_title" is not null;`);
    this.addSql(`alter table "program_outcome" drop column "source_title", drop column "source_publisher", drop column "source_published_on", drop column "source_url";`);
  }

}
