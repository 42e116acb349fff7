import { defineCommand } from '../command';
import { editJourney, omit } from './util';

/** Draws a directed arrow between two cards; a second identical arrow is not added. */
export const connect = defineCommand<{ journeyId: string; from: string; to: string; label?: string; id?: string }>(
  'connectors.add',
  (ws, { journeyId, from, to, label, id }, { now, newId }) =>
    editJourney(ws, journeyId, now, (j) => {
      if (from === to) return j;
      if (!j.cards.some((c) => c.id === from) || !j.cards.some((c) => c.id === to)) return j;
      if (j.connectors.some((c) => c.from === from && c.to === to)) return j;
      const text = label?.trim();
      return { ...j, connectors: [...j.connectors, { id: id ?? newId(), from, to, ...(text ? { label: text } : {}) }] };
    }),
);

export const labelConnector = defineCommand<{ journeyId: string; connectorId: string; label: string }>(
  'connectors.label',
  (ws, { journeyId, connectorId, label }, { now }) =>
    editJourney(ws, journeyId, now, (j) => {
      const c = j.connectors.find((x) => x.id === connectorId);
      const text = label.trim().slice(0, 200);
      if (!c || (c.label ?? '') === text) return j;
      return {
        ...j,
        connectors: j.connectors.map((x) => (x.id !== connectorId ? x : text ? { ...x, label: text } : omit(x, 'label'))),
      };
    }),
);

export const reverseConnector = defineCommand<{ journeyId: string; connectorId: string }>(
  'connectors.reverse',
  (ws, { journeyId, connectorId }, { now }) =>
    editJourney(ws, journeyId, now, (j) => {
      if (!j.connectors.some((x) => x.id === connectorId)) return j;
      return { ...j, connectors: j.connectors.map((x) => (x.id === connectorId ? { ...x, from: x.to, to: x.from } : x)) };
    }),
);

/** Arrows from each card to the next in the order given (a selection, in click order): one step. */
export const connectChain = defineCommand<{ journeyId: string; ids: string[] }>('connectors.chain', (ws, { journeyId, ids }, ctx) => {
  let out = ws;
  for (let i = 0; i < ids.length - 1; i++) out = connect.apply(out, { journeyId, from: ids[i], to: ids[i + 1] }, ctx);
  return out;
});
