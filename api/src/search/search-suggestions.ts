import { type EntityManager } from '@mikro-orm/core';
import { selectRows } from '../db';
import { THEMES, type Theme } from '../programs';
import { THEME_LABELS_ID } from './theme-labels';

export type ThemeCount = { theme: Theme; count: number };
export type SearchSuggestions = { themes: ThemeCount[]; terms: string[] };

/** How many example search terms the home page offers. */
const TERMS = 3;

/**
 * What a newcomer can browse and search for without meeting an empty page: the themes that published programs
 * hold (most programs first, counted in PostgreSQL, the source of truth), and as example searches the Indonesian
 * names of the most common of them, which every program of the theme carries in its search document
 * (`themeLabels`). A theme no published program holds is never offered.
 */
export async function searchSuggestions(em: EntityManager): Promise<SearchSuggestions> {
  const rows = await selectRows<{ theme: string; count: string | number }>(
    em,
    `select theme, count(*) as count from program, unnest(program.themes) as theme
      where program.publication = 'PUBLISHED' group by theme order by count(*) desc, theme`,
  );
  const themes = rows
    .filter((row): row is { theme: Theme; count: string | number } => (THEMES as readonly string[]).includes(row.theme))
    .map((row) => ({ theme: row.theme, count: Number(row.count) }));
  return { themes, terms: themes.slice(0, TERMS).map(({ theme }) => THEME_LABELS_ID[theme].toLowerCase()) };
}
