import { useI18n } from '../i18n/i18n-context';
import { type ProvinceFigures } from './national-picture.server';
import { GRID_COLUMNS, GRID_ROWS, PROVINCE_TILES } from './province-grid';

const tile = 56;
const gap = 4;

/** Darker for more programs and adoptions; five steps, so a province with one program still shows. */
function shadeOf(province: ProvinceFigures, most: number): number {
  const activity = province.programs + province.adoptions;
  return activity === 0 ? 0 : Math.ceil((activity / most) * 4);
}

/**
 * Every province as a tile at about its place, drawn on the server as SVG: programs hosted (P) and adoptions by its
 * regencies (A) written in each tile, the full name and counts in its title. The table below it holds the same figures.
 */
export function ProvinceMap({ provinces }: { provinces: readonly ProvinceFigures[] }) {
  const { t } = useI18n();
  const most = Math.max(1, ...provinces.map((province) => province.programs + province.adoptions));
  const width = GRID_COLUMNS * (tile + gap);
  const height = GRID_ROWS * (tile + gap);
  return (
    <svg className="province-map" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="province-map-title">
      <title id="province-map-title">{t('national.map.title')}</title>
      {provinces.map((province) => {
        const place = PROVINCE_TILES[province.code];
        if (!place) return null;
        const x = place.column * (tile + gap);
        const y = place.row * (tile + gap);
        return (
          <g key={province.code} className={`province-tile province-tile--${shadeOf(province, most)}`} data-province={province.code}>
            <title>{t('national.map.tile', { province: province.name, programs: province.programs, adoptions: province.adoptions })}</title>
            <rect x={x} y={y} width={tile} height={tile} rx={6} />
            <text x={x + tile / 2} y={y + 22} textAnchor="middle" className="province-tile__name">
              {place.short}
            </text>
            <text x={x + tile / 2} y={y + 42} textAnchor="middle" className="province-tile__figures">
              {`${province.programs}·${province.adoptions}`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
