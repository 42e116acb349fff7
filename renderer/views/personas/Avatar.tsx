import { useTranslation } from 'react-i18next';
import type { Persona } from '../../../shared/model/schema';
import { initials } from './avatar';

export function Avatar({ persona, size = 96 }: { persona: Persona; size?: number }) {
  const { t } = useTranslation();
  const style = { width: size, height: size, fontSize: size * 0.42 };
  return persona.avatar ? (
    <img className="avatar" src={persona.avatar} alt={t('persona.avatar.alt', { name: persona.name })} style={style} />
  ) : (
    <span className="avatar avatar-initials" aria-hidden="true" style={style}>
      {initials(persona.name)}
    </span>
  );
}
