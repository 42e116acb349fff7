import { useTranslation } from 'react-i18next';
import type { Persona } from '../../../shared/model/schema';
import { Avatar } from './Avatar';
import { EvidenceMeter } from './EvidenceMeter';

interface Props {
  persona: Persona;
  index: number;
  count: number;
  onEdit(): void;
  onDuplicate(): void;
  onMove(by: -1 | 1): void;
  onDelete(): void;
}

export function PersonaCard({ persona: p, index, count, onEdit, onDuplicate, onMove, onDelete }: Props) {
  const { t } = useTranslation();
  const subtitle = [p.role, p.segment].filter((s) => s?.trim()).join(' · ');
  return (
    <li className="persona-card" data-persona={p.id} data-testid="persona-card">
      <div className="persona-order">
        <span className="meta">{t('persona.order', { index: index + 1, count })}</span>
        <button className="icon move-earlier" onClick={() => onMove(-1)} disabled={index === 0} aria-label={t('persona.moveEarlier', { name: p.name })} title={t('persona.moveEarlier', { name: p.name })}>
          ◀
        </button>
        <button className="icon move-later" onClick={() => onMove(1)} disabled={index === count - 1} aria-label={t('persona.moveLater', { name: p.name })} title={t('persona.moveLater', { name: p.name })}>
          ▶
        </button>
      </div>
      <div className="persona-card-head">
        <Avatar persona={p} size={84} />
        <div className="persona-card-title">
          <h2>{p.name}</h2>
          <p className={subtitle ? 'persona-role' : 'persona-role muted'}>{subtitle || t('persona.untitledRole')}</p>
        </div>
      </div>
      {p.quote?.trim() && <blockquote className="persona-quote">“{p.quote}”</blockquote>}
      <EvidenceMeter persona={p} />
      {p.channels && p.channels.length > 0 && (
        <ul className="chips" aria-label={t('persona.fields.channels')}>
          {p.channels.map((c) => (
            <li key={c} className="chip">
              {t(`persona.channel.${c}`)}
            </li>
          ))}
        </ul>
      )}
      <div className="persona-card-actions">
        <button className="primary edit-persona" onClick={onEdit} aria-label={t('persona.editNamed', { name: p.name })}>
          {t('persona.edit')}
        </button>
        <button onClick={onDuplicate} aria-label={t('persona.duplicateNamed', { name: p.name })}>
          {t('persona.duplicate')}
        </button>
        <button className="danger" onClick={onDelete} aria-label={t('persona.deleteNamed', { name: p.name })}>
          {t('persona.delete')}
        </button>
      </div>
    </li>
  );
}
