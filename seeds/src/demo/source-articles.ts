import type { SourceArticle } from '../dataset';

/** How an article in `reference/news/` is cited on a profile. */
export interface ArticleCitation {
  /** The headline; a plain description where the saved text starts without one. */
  title: string;
  /** The outlet, only where the article names itself. */
  publisher?: string;
  /** YYYY-MM-DD: the day the article reports, where it names the full date; the saved texts carry no other. */
  publishedOn?: string;
  /** None of the saved texts gives its web address, and none is made up here. */
  url?: string;
}

export const ARTICLE_CITATIONS: Record<SourceArticle, ArticleCitation> = {
  'muara-enim-kotaku-slums-2021.txt': {
    title: 'Muara Enim Fokus Tuntaskan Kemiskinan dan Kawasan Kumuh',
    publisher: 'ExtraNews',
    publishedOn: '2021-11-01',
  },
  // Undated, no outlet named; the text itself only says "tahun ini" and cites a 2023 decree.
  'mukomuko-slums-extreme-poverty.txt': {
    title: 'Pemkab Mukomuko tetapkan 28 lokasi kawasan kumuh untuk ditata',
  },
  // A blog-style page without an outlet name.
  'prabumulih-extreme-poverty-coordination-2024.txt': {
    title: 'Pj Walikota Prabumulih Pimpin Rapat Koordinasi Program Percepatan Penghapusan Kemiskinan Ekstrem',
    publishedOn: '2024-01-16',
  },
  'prabumulih-housing-study-visit-2024.txt': {
    title: 'Pemerintah daerah Kalimantan Selatan studi tiru penanganan perumahan ke Prabumulih',
    publisher: 'Sumatera Ekspres',
    publishedOn: '2024-02-16',
  },
  // "Selasa (4/3)" names no year: Tangerang Selatan "baru berusia 5 tahun" (formed 2008) puts it in 2014, when
  // 4 March was a Tuesday — the same day the demo's Prolita profile was last checked against it.
  'tangsel-studies-bontang-prolita.txt': {
    title: 'Pemkot Tangsel Belajar Mekanisme Prolita',
    publishedOn: '2014-03-04',
  },
};
