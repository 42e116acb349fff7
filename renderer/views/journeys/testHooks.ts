import type { Interaction } from './canvas/interaction';

declare global {
  interface Window {
    /** Read-only canvas geometry for end-to-end tests; present only with `?canvasTestHooks` in the URL. */
    __touchstoneCanvas?: ReturnType<Interaction['testGeometry']>;
  }
}

/**
 * End-to-end tests drive the canvas with real mouse events and need to know where things are drawn.
 * Only when the page was opened with `canvasTestHooks` in its query string does the canvas publish
 * read-only geometry functions (screen boxes of cards, cells, headers, emotion points); ordinary use
 * never has it.
 */
export function exposeTestHooks(ix: Interaction): () => void {
  if (!new URLSearchParams(location.search).has('canvasTestHooks')) return () => undefined;
  window.__touchstoneCanvas = ix.testGeometry();
  return () => {
    if (window.__touchstoneCanvas) delete window.__touchstoneCanvas;
  };
}
