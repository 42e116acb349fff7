import { useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocument } from '../../store/document';
import { Interaction } from './canvas/interaction';
import { fontFamily, makeLabels } from './canvas/labels';
import { MapCanvas } from './canvas/MapCanvas';
import type { Viewport } from './canvas/viewport';
import type { EditorHandles } from './context';
import { exposeTestHooks } from './testHooks';
import { NO_SELECTION, useEditorUi, useViewStore } from './uiStore';

const VIEW_KEY = 'touchstone.journeyView';

/**
 * Mounts the Konva canvas for one journey and keeps it in step with the document store. The canvas
 * is driven imperatively: a change to the journey re-lays it out and redraws; nothing here renders
 * per card, and pan/zoom never re-render React except the zoom label.
 */
export function JourneyCanvas({ journeyId, onReady }: { journeyId: string; onReady(h: EditorHandles | null): void }) {
  const ref = useRef<HTMLDivElement>(null);
  const handles = useRef<EditorHandles | null>(null);
  const { t, i18n } = useTranslation();
  const members = useDocument((s) => s.doc?.workspace.members);

  useLayoutEffect(() => {
    const el = ref.current!;
    const ws = () => useDocument.getState().doc?.workspace;
    const canvas = new MapCanvas(el, makeLabels(i18n.t.bind(i18n), ws()?.members ?? []), fontFamily(i18n.language));
    const ix = new Interaction(canvas, el, journeyId);
    handles.current = { canvas, ix };

    const saved = readView(journeyId);
    const sync = () => {
      const j = ws()?.journeys.find((x) => x.id === journeyId);
      if (j) canvas.setJourney(j, j.name);
    };
    if (saved) canvas.setViewport(saved, true);
    sync();
    canvas.onViewport = (v) => {
      useViewStore.setState({ scale: v.scale, tx: v.tx, ty: v.ty });
      writeView(journeyId, v);
    };
    useViewStore.setState({ ...canvas.viewport });
    useEditorUi.setState({ journeyId, selection: NO_SELECTION, editing: null, menu: null, connectFrom: null });

    const unsubDoc = useDocument.subscribe((state, prev) => {
      if (state.doc?.workspace === prev.doc?.workspace) return;
      sync();
      // Forget selected things that are gone (after undo, delete, another stage removal…).
      const j = state.doc?.workspace.journeys.find((x) => x.id === journeyId);
      const ui = useEditorUi.getState();
      if (!j) return;
      const cards = ui.selection.cards.filter((id) => j.cards.some((c) => c.id === id));
      const connector = ui.selection.connector && j.connectors.some((c) => c.id === ui.selection.connector) ? ui.selection.connector : null;
      const stage = ui.selection.stage && j.stages.some((s) => s.id === ui.selection.stage) ? ui.selection.stage : null;
      const lane = ui.selection.lane && j.lanes.some((l) => l.id === ui.selection.lane) ? ui.selection.lane : null;
      const s = ui.selection;
      if (cards.length !== s.cards.length || connector !== s.connector || stage !== s.stage || lane !== s.lane) {
        useEditorUi.setState({ selection: { cards, connector, stage, lane } });
      }
    });
    const unsubUi = useEditorUi.subscribe((state, prev) => {
      if (state.selection !== prev.selection || state.editing !== prev.editing || state.activeCurve !== prev.activeCurve || state.connectFrom !== prev.connectFrom) {
        canvas.redrawOverlay();
      }
      if (state.editing !== prev.editing) {
        const editing = state.editing?.kind === 'card' ? state.editing.id : null;
        if (editing !== (canvas.baseOptions.editing ?? null)) canvas.setBaseOptions({ ...canvas.baseOptions, editing });
      }
    });
    const resize = new ResizeObserver(() => canvas.resize(el.clientWidth, el.clientHeight));
    resize.observe(el);
    const unhook = exposeTestHooks(ix);
    onReady(handles.current);
    return () => {
      unhook();
      resize.disconnect();
      unsubDoc();
      unsubUi();
      ix.dispose();
      canvas.destroy();
      handles.current = null;
      onReady(null);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [journeyId]);

  // Language or team changed: new words on the canvas.
  useEffect(() => {
    handles.current?.canvas.setLabels(makeLabels(t, members ?? []), fontFamily(i18n.language));
  }, [t, i18n.language, members]);

  return (
    <div
      ref={ref}
      className="journey-canvas"
      tabIndex={0}
      role="application"
      aria-label={t('journey.canvas')}
      aria-roledescription="canvas"
      data-testid="journey-canvas"
    />
  );
}

function readView(journeyId: string): Viewport | null {
  try {
    const raw = sessionStorage.getItem(`${VIEW_KEY}.${journeyId}`);
    const v = raw ? (JSON.parse(raw) as Viewport) : null;
    return v && [v.scale, v.tx, v.ty].every(Number.isFinite) ? v : null;
  } catch {
    return null;
  }
}

let writeTimer: ReturnType<typeof setTimeout> | null = null;
function writeView(journeyId: string, v: Viewport): void {
  if (writeTimer) clearTimeout(writeTimer);
  writeTimer = setTimeout(() => {
    try {
      sessionStorage.setItem(`${VIEW_KEY}.${journeyId}`, JSON.stringify(v));
    } catch {
      /* private mode */
    }
  }, 250);
}
