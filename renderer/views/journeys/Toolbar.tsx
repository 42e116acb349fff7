import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LANE_TYPES, type LaneType } from '../../../shared/model/journey';
import { useDocument } from '../../store/document';
import { useEditorHandles } from './context';
import { exportJourneyPng } from './exportPng';
import { useEditorUi, useViewStore } from './uiStore';

/** The tools above the map: add things, act on the selection, zoom, export, help. */
export function Toolbar({ journeyId, children }: { journeyId: string; children?: ReactNode }) {
  const { t } = useTranslation();
  const handles = useEditorHandles();
  const selection = useEditorUi((s) => s.selection);
  const panel = useEditorUi((s) => s.panel);
  const stageCount = useDocument((s) => s.doc?.workspace.journeys.find((j) => j.id === journeyId)?.stages.length ?? 0);
  const [busy, setBusy] = useState(false);
  const ix = handles?.ix;
  const canvas = handles?.canvas;
  const hasCards = selection.cards.length > 0;

  const exportPng = async () => {
    if (!canvas?.scene) return;
    setBusy(true);
    useEditorUi.setState({ notice: { text: t('journey.exporting') } });
    try {
      const r = await exportJourneyPng(canvas.scene, canvas.scene.journey.name);
      useEditorUi.setState({ notice: { text: t('journey.exported', r) } });
    } catch (e) {
      useEditorUi.setState({ notice: { text: t('journey.exportFailed', { message: e instanceof Error ? e.message : String(e) }) } });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="journey-toolbar" role="toolbar" aria-label={t('journey.toolbar.label')}>
      {children}
      <div className="group">
        <button onClick={() => ix?.addStage(undefined, t('journey.newStage', { n: stageCount + 1 }))}>＋ {t('journey.toolbar.addStage')}</button>
        <select
          className="add-lane"
          aria-label={t('journey.toolbar.addLane')}
          value=""
          onChange={(e) => {
            const type = e.target.value as LaneType;
            if (type) ix?.addLane(type, t(`journey.laneTypes.${type}`));
            e.target.blur();
          }}
        >
          <option value="">＋ {t('journey.toolbar.addLane')}</option>
          {LANE_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`journey.laneTypes.${type}`)}
            </option>
          ))}
        </select>
        <button onClick={() => ix?.newCardInCurrentCell()} title="N">
          ＋ {t('journey.toolbar.addCard')}
        </button>
      </div>
      <div className="group">
        <button disabled={selection.cards.length < 2} onClick={() => ix?.connectSelected()}>
          {t('journey.toolbar.connect')}
        </button>
        <button
          className="danger"
          disabled={!hasCards && !selection.connector && !selection.stage && !selection.lane}
          onClick={() => ix?.deleteSelection()}
          title="Delete"
        >
          {t('journey.toolbar.delete')}
        </button>
      </div>
      <div className="group zoom">
        <button aria-label={t('journey.toolbar.zoomOut')} title={`${t('journey.toolbar.zoomOut')} (Ctrl+−)`} onClick={() => canvas?.zoomBy(0.8)}>
          −
        </button>
        <ZoomLabel onReset={() => ix?.zoomTo(1)} />
        <button aria-label={t('journey.toolbar.zoomIn')} title={`${t('journey.toolbar.zoomIn')} (Ctrl+=)`} onClick={() => canvas?.zoomBy(1.25)}>
          ＋
        </button>
        <button onClick={() => canvas?.fit()} title="Shift+1">
          {t('journey.toolbar.zoomFit')}
        </button>
      </div>
      <div className="group end">
        <button onClick={() => void exportPng()} disabled={busy} title={t('journey.toolbar.exportPngTitle')}>
          ⤓ {t('journey.toolbar.exportPng')}
        </button>
        <button onClick={() => useEditorUi.setState({ help: true })} title={`${t('journey.toolbar.help')} (?)`} aria-label={t('journey.toolbar.help')}>
          ?
        </button>
        <button
          aria-pressed={panel}
          aria-label={t('journey.toolbar.panel')}
          title={t('journey.toolbar.panel')}
          onClick={() => useEditorUi.setState({ panel: !panel })}
        >
          ☰
        </button>
      </div>
    </div>
  );
}

/** The only React that follows the zoom: one label. */
function ZoomLabel({ onReset }: { onReset(): void }) {
  const { t } = useTranslation();
  const scale = useViewStore((s) => s.scale);
  const percent = Math.round(scale * 100);
  return (
    <button className="zoom-label" onClick={onReset} title={t('journey.toolbar.zoomReset')} aria-label={t('journey.toolbar.zoom', { percent })}>
      {percent} %
    </button>
  );
}
