import { create } from 'zustand';
import type { CardClip } from '../../../shared/commands/journey/cards';
import type { Curve } from '../../../shared/commands/journey/emotion';

/**
 * The journey editor's view state: what is selected, edited, open. Not part of the document (no
 * undo, not saved); the model stays the only truth about the map.
 */
export interface Selection {
  /** In click order: "connect" chains them in this order. */
  cards: string[];
  connector: string | null;
  stage: string | null;
  lane: string | null;
}
export const NO_SELECTION: Selection = { cards: [], connector: null, stage: null, lane: null };

export type Editing =
  | { kind: 'card'; id: string }
  | { kind: 'newCard'; stageId: string; laneId: string }
  | { kind: 'stage'; id: string }
  | { kind: 'lane'; id: string };

export type MenuTarget =
  | { kind: 'card'; id: string }
  | { kind: 'cell'; stageId: string; laneId: string }
  | { kind: 'stage'; id: string }
  | { kind: 'lane'; id: string }
  | { kind: 'connector'; id: string }
  | { kind: 'point'; laneId: string; stageId: string; curve: Curve };

export interface EditorUi {
  journeyId: string | null;
  selection: Selection;
  editing: Editing | null;
  menu: { x: number; y: number; target: MenuTarget } | null;
  help: boolean;
  panel: boolean;
  activeCurve: Curve;
  clipboard: CardClip | null;
  /** The cell last clicked: where "add card" and paste go. */
  lastCell: { stageId: string; laneId: string } | null;
  notice: { text: string; undo?: boolean } | null;
  /** Keyboard connect mode (C): the card the arrow starts from; the selection is the target. */
  connectFrom: string | null;
}

export const useEditorUi = create<EditorUi>()(() => ({
  journeyId: null,
  selection: NO_SELECTION,
  editing: null,
  menu: null,
  help: false,
  panel: true,
  activeCurve: 'asIs',
  clipboard: null,
  lastCell: null,
  notice: null,
  connectFrom: null,
}));

export const select = (selection: Partial<Selection>) => useEditorUi.setState({ selection: { ...NO_SELECTION, ...selection } });

/** The zoom and pan, for the chrome that shows them (the zoom label, the inline editor's place). */
export const useViewStore = create<{ scale: number; tx: number; ty: number }>()(() => ({ scale: 1, tx: 0, ty: 0 }));

const KEY = 'touchstone.journey';
/** The open journey per workshop survives a reload of the tab. */
export function rememberJourney(workspaceId: string, journeyId: string): void {
  try {
    sessionStorage.setItem(`${KEY}.${workspaceId}`, journeyId);
  } catch {
    /* private mode: fine */
  }
}
export function rememberedJourney(workspaceId: string): string | null {
  try {
    return sessionStorage.getItem(`${KEY}.${workspaceId}`);
  } catch {
    return null;
  }
}
