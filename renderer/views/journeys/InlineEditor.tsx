import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateCards } from '../../../shared/commands/journey/cards';
import { updateLane } from '../../../shared/commands/journey/lanes';
import { renameStage } from '../../../shared/commands/journey/stages';
import { holdDraft } from '../../drafts';
import { useDocument } from '../../store/document';
import { useEditorHandles } from './context';
import { useEditorUi, useViewStore, type Editing } from './uiStore';

/**
 * Text editing in place: an HTML textarea laid over the card (or an input over a stage or lane name),
 * scaled with the zoom. Enter commits (one command, one undo step), Shift+Enter breaks the line,
 * Escape cancels, leaving the field commits. Enter while an input method is composing (Chinese
 * pinyin, zhuyin…) belongs to the IME and never commits.
 */
export function InlineEditor() {
  const editing = useEditorUi((s) => s.editing);
  if (!editing) return null;
  return <Editor key={JSON.stringify(editing)} editing={editing} />;
}

function Editor({ editing }: { editing: Editing }) {
  const { t } = useTranslation();
  const handles = useEditorHandles();
  const run = useDocument((s) => s.run);
  const journeyId = useEditorUi((s) => s.journeyId)!;
  const journey = useDocument((s) => s.doc?.workspace.journeys.find((j) => j.id === journeyId));
  useViewStore((s) => s); // re-render on every pan and zoom: the editor follows its card
  const initial =
    editing.kind === 'card'
      ? (journey?.cards.find((c) => c.id === editing.id)?.text ?? '')
      : editing.kind === 'stage'
        ? (journey?.stages.find((s) => s.id === editing.id)?.name ?? '')
        : editing.kind === 'lane'
          ? (journey?.lanes.find((l) => l.id === editing.id)?.name ?? '')
          : '';
  const [text, setText] = useState(initial);
  const composing = useRef(false);
  const done = useRef(false);
  const field = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  const commitRef = useRef<() => void>(() => undefined);
  // A reload or window close while typing commits the text rather than dropping it.
  useEffect(() => holdDraft(() => commitRef.current()), []);

  useLayoutEffect(() => {
    const el = field.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  }, []);

  const close = () => {
    useEditorUi.setState({ editing: null });
    handles?.canvas.stage.container().focus({ preventScroll: true });
  };
  const commit = () => {
    if (done.current) return;
    done.current = true;
    const value = text;
    switch (editing.kind) {
      case 'card':
        if (value !== initial) run(updateCards, { journeyId, ids: [editing.id], patch: { text: value } });
        break;
      case 'newCard':
        handles?.ix.commitNewCard(editing.stageId, editing.laneId, value);
        break;
      case 'stage':
        if (value.trim() !== initial) run(renameStage, { journeyId, stageId: editing.id, name: value });
        break;
      case 'lane':
        if (value.trim() !== initial) run(updateLane, { journeyId, laneId: editing.id, name: value });
        break;
    }
    close();
  };
  commitRef.current = commit;
  const cancel = () => {
    done.current = true;
    close();
  };
  // If what is edited disappears (undo, another delete), close without committing.
  useEffect(() => {
    if (editing.kind === 'card' && journey && !journey.cards.some((c) => c.id === editing.id)) cancel();
  });

  const box = handles?.ix.editRect(editing.kind, {
    id: 'id' in editing ? editing.id : undefined,
    stageId: 'stageId' in editing ? editing.stageId : undefined,
    laneId: 'laneId' in editing ? editing.laneId : undefined,
  });
  if (!box || !handles) return null;
  const scale = handles.canvas.viewport.scale;
  const onKeyDown = (e: React.KeyboardEvent) => {
    // keyCode 229: the IME is handling this key (older engines report it instead of isComposing).
    if (composing.current || e.nativeEvent.isComposing || e.keyCode === 229) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      cancel();
    } else if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      commit();
    }
    e.stopPropagation();
  };
  const common = {
    ref: field,
    value: text,
    'aria-label': t('journey.editor'),
    title: t('journey.editorHint'),
    onChange: (e: React.ChangeEvent<HTMLTextAreaElement | HTMLInputElement>) => setText(e.target.value),
    onKeyDown,
    onBlur: commit,
    onCompositionStart: () => (composing.current = true),
    onCompositionEnd: () => (composing.current = false),
  };
  if (editing.kind === 'stage' || editing.kind === 'lane') {
    return (
      <input
        {...common}
        className="inline-editor inline-name"
        style={{ left: box.x + 4, top: box.y + 4, width: Math.min(box.w - 8, 360), height: Math.min(box.h - 8, 40) }}
      />
    );
  }
  const fontSize = Math.max(12, 15 * scale);
  return (
    <textarea
      {...common}
      className="inline-editor"
      style={{
        left: box.x,
        top: box.y,
        width: Math.max(box.w, 200),
        height: Math.max(box.h, 90),
        fontSize,
        lineHeight: `${Math.max(16, 20 * scale)}px`,
      }}
      data-testid="card-editor"
    />
  );
}
