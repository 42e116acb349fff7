import { createContext, useContext } from 'react';
import type { Interaction } from './canvas/interaction';
import type { MapCanvas } from './canvas/MapCanvas';

/** The mounted canvas and its input controller, for the chrome around it (toolbar, menu, editor). */
export interface EditorHandles {
  canvas: MapCanvas;
  ix: Interaction;
}
export const EditorContext = createContext<EditorHandles | null>(null);
export const useEditorHandles = () => useContext(EditorContext);
