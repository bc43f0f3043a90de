import { Migration } from '@mikro-orm/migrations';

export class Migration20261207163147_program_english_text extends Migration {

  override name = 'Migration20261207163147_program_english_text';

  override up(): void | Promise<void> {
    this.addSql(`alter table "program" add "title_en" varchar(300) null, add "summary_en" text null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "program" drop column "title_en", drop column "summary_en";`);
  }

}
