import { useTranslation } from 'react-i18next';
import { useDocument } from '../store/document';

export function SaveStatus() {
  const { t } = useTranslation();
  const state = useDocument((s) => s.saveState);
  const error = useDocument((s) => s.saveError);
  const label = state === 'error' ? t('status.error', { message: error ?? '' }) : t(`status.${state}`);
  return (
    <span className={`save-status save-${state}`} role="status" aria-live="polite" data-state={state}>
      {label}
    </span>
  );
}
