import { useTranslation } from 'react-i18next';
import { useDocument } from '../../store/document';
import { useEditorUi } from './uiStore';

/**
 * A visually hidden live region for screen readers: says which card the keyboard (or mouse) selected
 * ("stage · lane: text"), and what keyboard connect mode is doing. The canvas itself is a bitmap.
 */
export function LiveRegion({ journeyId }: { journeyId: string }) {
  const { t } = useTranslation();
  const journey = useDocument((s) => s.doc?.workspace.journeys.find((j) => j.id === journeyId));
  const cards = useEditorUi((s) => s.selection.cards);
  const connectFrom = useEditorUi((s) => s.connectFrom);
  const describe = (id: string | undefined): string => {
    const card = journey?.cards.find((c) => c.id === id);
    if (!journey || !card) return '';
    const stage = journey.stages.find((s) => s.id === card.stageId)?.name ?? '';
    const lane = journey.lanes.find((l) => l.id === card.laneId)?.name ?? '';
    const text = card.text.trim().replace(/\s+/g, ' ').slice(0, 300) || t('journey.a11y.empty');
    return t('journey.a11y.card', { stage, lane, text });
  };
  let message = '';
  if (connectFrom) {
    const target = cards[0];
    message =
      target && target !== connectFrom
        ? t('journey.a11y.connectTo', { card: describe(target) })
        : t('journey.a11y.connectStart', { card: describe(connectFrom) });
  } else if (cards.length === 1) {
    message = describe(cards[0]);
  } else if (cards.length > 1) {
    message = t('journey.a11y.cards', { count: cards.length });
  }
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="journey-live">
      {message}
    </div>
  );
}
