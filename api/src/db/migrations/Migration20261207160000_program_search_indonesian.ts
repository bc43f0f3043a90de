import { Migration } from '@mikro-orm/migrations';

/**
 * The fallback search stems Indonesian where the server has the Snowball 'indonesian' text-search
 * configuration (PostgreSQL 15+ and PGlite do: "pemberdayaan" and "memberdayakan" both become "daya"),
 * and stays on 'simple' where it does not. The choice is made here, once per database, inside two
 * immutable functions, so every replica and the GIN index agree on it and the query text never names a
 * configuration (search/program-database-search.ts calls the functions; the index is on the first).
 */
export class Migration20261207160000_program_search_indonesian extends Migration {
  override name = 'Migration20261207160000_program_search_indonesian';

  override up(): void {
    this.addSql(`do $$
declare config text := case when exists (select 1 from pg_ts_config where cfgname = 'indonesian') then 'indonesian' else 'simple' end;
begin
  execute format($f$create function program_search_vector(title text, acronym text, local_name text, summary text) returns tsvector
    language sql immutable parallel safe
    return to_tsvector(%L::regconfig, coalesce(title, '') || ' ' || coalesce(acronym, '') || ' ' || coalesce(local_name, '') || ' ' || coalesce(summary, ''))$f$, config);
  execute format($f$create function program_search_query(query text) returns tsquery
    language sql immutable parallel safe
    return to_tsquery(%L::regconfig, query)$f$, config);
end $$;`);
    this.addSql(`drop index if exists "program_search_text_index";`);
    this.addSql(`create index "program_search_text_index" on "program" using gin (program_search_vector(title, acronym, local_name, summary));`);
  }

  override down(): void {
    this.addSql(`drop index if exists "program_search_text_index";`);
    this.addSql(`drop function if exists program_search_vector(text, text, text, text);`);
    this.addSql(`drop function if exists program_search_query(text);`);
    this.addSql(
      `create index "program_search_text_index" on "program" using gin (to_tsvector('simple'::regconfig, coalesce(title, '') || ' ' || coalesce(acronym, '') || ' ' || coalesce(local_name, '') || ' ' || coalesce(summary, '')));`,
    );
  }
}
