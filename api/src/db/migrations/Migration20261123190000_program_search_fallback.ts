import { Migration } from '@mikro-orm/migrations';

/**
 * Full-text search over programs for when Meilisearch is unavailable (search/program-database-search.ts
 * uses this exact expression). The 'simple' configuration lowercases and never stems: PostgreSQL has
 * no Indonesian dictionary, and PGlite ships 'simple' too.
 */
export class Migration20261123190000_program_search_fallback extends Migration {
  override name = 'Migration20261123190000_program_search_fallback';

  override up(): void {
    this.addSql(
      `create index "program_search_text_index" on "program" using gin (to_tsvector('simple'::regconfig, coalesce(title, '') || ' ' || coalesce(acronym, '') || ' ' || coalesce(local_name, '') || ' ' || coalesce(summary, '')));`,
    );
  }

  override down(): void {
    this.addSql(`drop index if exists "program_search_text_index";`);
  }
}
