import type { Theme } from '../programs';

/** Indonesian names of the themes, indexed so that "perumahan" or "kumuh" find programs by theme. */
export const THEME_LABELS_ID: Record<Theme, string> = {
  HOUSING: 'Perumahan',
  SLUM_UPGRADING: 'Penataan permukiman kumuh',
  EXTREME_POVERTY: 'Kemiskinan ekstrem',
  COMMUNITY_INFRASTRUCTURE: 'Infrastruktur lingkungan',
  DATA_AND_TARGETING: 'Data dan penyasaran',
  HEALTH_AND_STUNTING: 'Kesehatan dan stunting',
  ECONOMIC_EMPOWERMENT: 'Pemberdayaan ekonomi',
  DISASTER_RESILIENCE: 'Ketangguhan bencana',
};
