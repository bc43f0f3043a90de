import { Badge, type BadgeTone } from '../components/badge';
import { useI18n } from '../i18n/i18n-context';
import { type AdoptionStage } from './program-vocabulary';
import { type ProgramProfile } from './program-profile.server';

const stageTone: Record<AdoptionStage, BadgeTone> = {
  INTERESTED: 'info',
  PLANNING: 'accent',
  ADOPTED: 'success',
  EVALUATED: 'success',
};

/** Who learned from the program and where they are, grouped by province. */
export function AdoptionsList({ adoptions }: { adoptions: ProgramProfile['adoptions'] }) {
  const { t } = useI18n();
  if (adoptions.length === 0) return <p className="muted">{t('program.adoptions.none')}</p>;
  const byProvince = new Map<string, ProgramProfile['adoptions']>();
  for (const adoption of adoptions) {
    const province = adoption.adopterRegency.province.name;
    byProvince.set(province, [...(byProvince.get(province) ?? []), adoption]);
  }
  return (
    <div className="adoption-list">
      {[...byProvince].map(([province, inProvince]) => (
        <div key={province}>
          <h3 className="adoption-list__province">{province}</h3>
          <ul className="plain-list">
            {inProvince.map((adoption) => (
              <li key={adoption.id}>
                <span className="adoption-list__regency">{adoption.adopterRegency.name}</span>{' '}
                <Badge tone={stageTone[adoption.stage]}>
                  {t('program.adoptions.stageYear', {
                    stage: t(`adoptionStage.${adoption.stage}`),
                    year: adoption.year,
                  })}
                </Badge>
                {adoption.notes ? <span className="muted adoption-list__notes">{adoption.notes}</span> : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
