import { useTranslation } from 'react-i18next';
import { evidenceSummary, sharePercent } from '../../../shared/analysis/evidence';
import type { Persona } from '../../../shared/model/schema';

/** How much of the persona rests on research: a bar and plain words, never colour alone. */
export function EvidenceMeter({ persona }: { persona: Persona }) {
  const { t } = useTranslation();
  const summary = evidenceSummary(persona);
  const percent = sharePercent(summary);
  if (percent === null) return <p className="evidence-meter empty-meter">{t('persona.shareNone')}</p>;
  const low = percent < 50;
  return (
    <div className={`evidence-meter${low ? ' low' : ''}`} data-testid="evidence-meter">
      <div className="meter-label">
        <strong>{t('persona.share', { percent })}</strong>
        <span>{t('persona.shareDetail', { research: summary.research, total: summary.total })}</span>
      </div>
      <div className="meter-track" role="meter" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-label={t('persona.share', { percent })}>
        <div className="meter-fill" style={{ width: `${percent}%` }} />
      </div>
      {low && <p className="meter-warning">{t('persona.shareLow')}</p>}
      {summary.unsourced > 0 && <p className="meter-warning">{t('persona.shareUnsourced', { count: summary.unsourced })}</p>}
    </div>
  );
}
