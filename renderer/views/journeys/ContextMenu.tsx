import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { reverseConnector } from '../../../shared/commands/journey/connectors';
import { setEmotionPoint } from '../../../shared/commands/journey/emotion';
import { moveLane } from '../../../shared/commands/journey/lanes';
import { useDocument } from '../../store/document';
import { useEditorHandles } from './context';
import { select, useEditorUi } from './uiStore';

interface Item {
  label: string;
  action(): void;
  danger?: boolean;
  disabled?: boolean;
  keys?: string;
}

/** Right-click menu on the canvas: what can be done to the thing under the pointer. */
export function ContextMenu() {
  const { t } = useTranslation();
  const menu = useEditorUi((s) => s.menu);
  const clipboard = useEditorUi((s) => s.clipboard);
  const selection = useEditorUi((s) => s.selection);
  const handles = useEditorHandles();
  const run = useDocument((s) => s.run);
  const journeyId = useEditorUi((s) => s.journeyId);
  const journey = useDocument((s) => s.doc?.workspace.journeys.find((j) => j.id === journeyId));
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!menu) return;
    ref.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
    const close = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) useEditorUi.setState({ menu: null });
    };
    window.addEventListener('pointerdown', close, true);
    return () => window.removeEventListener('pointerdown', close, true);
  }, [menu]);

  if (!menu || !handles || !journey) return null;
  const { ix } = handles;
  const target = menu.target;
  const items: Item[] = [];
  const stageIndex = (id: string) => journey.stages.findIndex((s) => s.id === id);
  const laneIndex = (id: string) => journey.lanes.findIndex((l) => l.id === id);
  switch (target.kind) {
    case 'card': {
      const ids = selection.cards.length ? selection.cards : [target.id];
      const allMot = ids.every((id) => journey.cards.find((c) => c.id === id)?.momentOfTruth);
      items.push(
        { label: t('journey.menu.editText'), action: () => ix.editCard(target.id), keys: 'Enter' },
        { label: t('journey.menu.copy'), action: () => ix.copy(), keys: 'Ctrl+C' },
        { label: t('journey.menu.paste'), action: () => ix.paste(), disabled: !clipboard, keys: 'Ctrl+V' },
        { label: t('journey.menu.duplicate'), action: () => ix.duplicate(), keys: 'Ctrl+D' },
        { label: allMot ? t('journey.menu.unmarkMot') : t('journey.menu.markMot'), action: () => ix.toggleMot(ids) },
      );
      if (ids.length >= 2) items.push({ label: t('journey.menu.connectSelected'), action: () => ix.connectSelected() });
      items.push({ label: t('journey.menu.delete'), action: () => ix.deleteSelection(), danger: true, keys: 'Del' });
      break;
    }
    case 'cell':
      items.push(
        { label: t('journey.menu.addCardHere'), action: () => ix.newCard(target.stageId, target.laneId), keys: 'N' },
        { label: t('journey.menu.paste'), action: () => ix.paste(), disabled: !clipboard, keys: 'Ctrl+V' },
      );
      break;
    case 'stage': {
      const i = stageIndex(target.id);
      const name = (n: number) => t('journey.newStage', { n });
      items.push(
        { label: t('journey.menu.renameStage'), action: () => useEditorUi.setState({ editing: { kind: 'stage', id: target.id } }) },
        { label: t('journey.menu.addStageBefore'), action: () => ix.addStage(i, name(journey.stages.length + 1)) },
        { label: t('journey.menu.addStageAfter'), action: () => ix.addStage(i + 1, name(journey.stages.length + 1)) },
        { label: t('journey.menu.deleteStage'), action: () => (select({ stage: target.id }), ix.deleteSelection()), danger: true },
      );
      break;
    }
    case 'lane': {
      const i = laneIndex(target.id);
      const lane = journey.lanes[i];
      const addLike = (at: number) => ix.addLane(lane.type, t(`journey.laneTypes.${lane.type}`), at);
      items.push(
        { label: t('journey.menu.renameLane'), action: () => useEditorUi.setState({ editing: { kind: 'lane', id: target.id } }) },
        { label: t('journey.menu.addLaneAbove'), action: () => addLike(i) },
        { label: t('journey.menu.addLaneBelow'), action: () => addLike(i + 1) },
        { label: t('journey.menu.moveLaneUp'), action: () => run(moveLane, { journeyId: journey.id, laneId: target.id, toIndex: i - 1 }), disabled: i === 0 },
        {
          label: t('journey.menu.moveLaneDown'),
          action: () => run(moveLane, { journeyId: journey.id, laneId: target.id, toIndex: i + 1 }),
          disabled: i === journey.lanes.length - 1,
        },
        { label: t('journey.menu.deleteLane'), action: () => (select({ lane: target.id }), ix.deleteSelection()), danger: true },
      );
      break;
    }
    case 'connector':
      items.push(
        { label: t('journey.menu.reverse'), action: () => run(reverseConnector, { journeyId: journey.id, connectorId: target.id }) },
        { label: t('journey.menu.delete'), action: () => ix.deleteSelection(), danger: true, keys: 'Del' },
      );
      break;
    case 'point':
      items.push({
        label: t('journey.menu.removePoint'),
        action: () => run(setEmotionPoint, { journeyId: journey.id, laneId: target.laneId, stageId: target.stageId, curve: target.curve, value: null }),
        danger: true,
      });
      break;
  }
  const { width, height } = handles.canvas;
  const left = Math.min(menu.x, width - 250);
  const top = Math.min(menu.y, height - items.length * 40 - 16);
  return (
    <div
      ref={ref}
      className="journey-menu"
      role="menu"
      aria-label={t('journey.menu.label')}
      style={{ left: Math.max(0, left), top: Math.max(0, top) }}
      onKeyDown={(e) => {
        const buttons = [...(ref.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? [])];
        const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
        if (e.key === 'ArrowDown') buttons[(i + 1) % buttons.length]?.focus();
        else if (e.key === 'ArrowUp') buttons[(i - 1 + buttons.length) % buttons.length]?.focus();
        else if (e.key === 'Escape') useEditorUi.setState({ menu: null });
        else return;
        e.preventDefault();
        e.stopPropagation();
      }}
    >
      {items.map((item) => (
        <button
          key={item.label}
          role="menuitem"
          className={item.danger ? 'danger' : undefined}
          disabled={item.disabled}
          onClick={() => {
            useEditorUi.setState({ menu: null });
            item.action();
            handles.canvas.stage.container().focus({ preventScroll: true });
          }}
        >
          <span>{item.label}</span>
          {item.keys && <kbd>{item.keys}</kbd>}
        </button>
      ))}
    </div>
  );
}
