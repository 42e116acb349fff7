import { useTranslation } from 'react-i18next';

/** Says plainly that this part is not built yet, instead of an empty screen. */
export function Placeholder({ section }: { section: 'segments' | 'reports' }) {
  const { t } = useTranslation();
  return (
    <section className="placeholder">
      <h1>{t(`nav.${section}`)}</h1>
      <div className="notice">
        <strong>{t('placeholder.title')}</strong>
        <p>{t(`placeholder.${section}`)}</p>
      </div>
    </section>
  );
}
