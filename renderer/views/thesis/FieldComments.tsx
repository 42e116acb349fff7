import { useTranslation } from 'react-i18next';
import type { CommentField, Thesis } from '../../../shared/model/schema';

/** Open reviewer comments on one field (or one metric), shown where the field is edited. */
export function FieldComments({ thesis, field, metricId }: { thesis: Thesis; field: CommentField; metricId?: string }) {
  const { t } = useTranslation();
  const open = (thesis.comments ?? []).filter(
    (c) => !c.resolved && (metricId !== undefined ? c.metricId === metricId : c.field === field && c.metricId === undefined),
  );
  if (!open.length) return null;
  return (
    <ul className="field-comments" aria-label={t('thesis.review.comments')}>
      {open.map((c) => (
        <li key={c.id}>
          <span aria-hidden="true">💬 </span>
          {c.author && <strong>{c.author.name}: </strong>}
          {c.text}
        </li>
      ))}
    </ul>
  );
}
