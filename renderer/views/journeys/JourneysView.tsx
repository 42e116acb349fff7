import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocument } from '../../store/document';
import { ContextMenu } from './ContextMenu';
import { EditorContext, type EditorHandles } from './context';
import { HelpOverlay } from './HelpOverlay';
import { InlineEditor } from './InlineEditor';
import { JourneyCanvas } from './JourneyCanvas';
import { LiveRegion } from './LiveRegion';
import { NewJourneyForm } from './NewJourneyForm';
import { PropertiesPanel } from './PropertiesPanel';
import { Toolbar } from './Toolbar';
import { rememberedJourney, rememberJourney, useEditorUi } from './uiStore';

/** The journeys section: pick or start a journey map, then edit it on the canvas. */
export function JourneysView() {
  const { t } = useTranslation();
  const wsId = useDocument((s) => s.doc!.workspace.id);
  const journeys = useDocument((s) => s.doc!.workspace.journeys);
  const [creating, setCreating] = useState(false);
  const [picked, setPicked] = useState<string | null>(() => rememberedJourney(wsId));
  const current = journeys.find((j) => j.id === picked) ?? journeys[0];

  useEffect(() => {
    if (current) rememberJourney(wsId, current.id);
  }, [wsId, current]);

  if (journeys.length === 0 || creating || !current) {
    return (
      <section className="journeys-start">
        <h1>{t('nav.journeys')}</h1>
        <p className="hint">{t('journey.intro')}</p>
        {journeys.length === 0 && <p className="empty">{t('journey.empty')}</p>}
        <NewJourneyForm
          onCreated={(id) => {
            setPicked(id);
            setCreating(false);
          }}
          onCancel={journeys.length ? () => setCreating(false) : undefined}
        />
      </section>
    );
  }
  const picker = (
    <div className="group">
      <select className="journey-pick" aria-label={t('journey.pick')} value={current.id} onChange={(e) => setPicked(e.target.value)}>
        {journeys.map((j) => (
          <option key={j.id} value={j.id}>
            {j.name}
          </option>
        ))}
      </select>
      <button onClick={() => setCreating(true)} title={t('journey.new')} aria-label={t('journey.new')}>
        ＋
      </button>
    </div>
  );
  return (
    <section className="journeys">
      <JourneyEditor key={current.id} journeyId={current.id} picker={picker} />
    </section>
  );
}

function JourneyEditor({ journeyId, picker }: { journeyId: string; picker: ReactNode }) {
  const [handles, setHandles] = useState<EditorHandles | null>(null);
  const panel = useEditorUi((s) => s.panel);
  return (
    <EditorContext.Provider value={handles}>
      <Toolbar journeyId={journeyId}>{picker}</Toolbar>
      <div className="journey-main">
        <div className="journey-stage">
          <JourneyCanvas journeyId={journeyId} onReady={setHandles} />
          <InlineEditor />
          <ContextMenu />
          <Notice />
          <LiveRegion journeyId={journeyId} />
        </div>
        {panel && <PropertiesPanel journeyId={journeyId} />}
      </div>
      <HelpOverlay />
    </EditorContext.Provider>
  );
}

function Notice() {
  const { t } = useTranslation();
  const notice = useEditorUi((s) => s.notice);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => useEditorUi.setState({ notice: null }), 8000);
    return () => clearTimeout(timer);
  }, [notice]);
  if (!notice) return null;
  return (
    <div className="journey-notice" role="status">
      {notice.text}
      {notice.undo && (
        <button
          onClick={() => {
            useDocument.getState().undo();
            useEditorUi.setState({ notice: null });
          }}
        >
          {t('journey.panel.undo')}
        </button>
      )}
    </div>
  );
}
