import { type ResultOf } from '../graphql';
import { useI18n } from '../i18n/i18n-context';
import { type rupiahFigureFields } from './program-fragments';

export type RupiahFigure = ResultOf<typeof rupiahFigureFields>;

/** A figure the API worked out from others says so, naming its inputs. */
export function DerivedNote({ figure }: { figure: RupiahFigure | null | undefined }) {
  const { t } = useI18n();
  if (!figure?.derived || figure.basis === 'ENTERED') return null;
  return <span className="muted derived-note"> ({t(`program.figures.derivedFrom.${figure.basis}`)})</span>;
}
