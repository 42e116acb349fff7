import { generateLargeWorkspace } from '../generate';
import { serializeWorkspaceFile } from '../../shared/format/file';

/**
 * A journey of `cards` cards and cards/2 connectors, ~5 cards per cell (stages scale with the card
 * count, 10 lanes), with both emotion curves filled in, serialized as a workshop file.
 */
export function benchFile(cards: number): string {
  const file = generateLargeWorkspace({
    journeys: 1,
    cardsPerJourney: cards,
    stagesPerJourney: Math.max(8, Math.round(cards / 50)),
    lanesPerJourney: 10,
    connectorRatio: 0.5,
    seed: 7,
  });
  const j = file.workspace.journeys[0];
  for (const lane of j.lanes) {
    if (lane.type !== 'emotions') continue;
    lane.asIs = j.stages.map((s, i) => ({ stageId: s.id, value: [1, 0, -1, -2, -1, 0, 1, 2][i % 8] }));
    lane.toBe = j.stages.map((s, i) => ({ stageId: s.id, value: [1, 1, 0, 0, 1, 1, 2, 2][i % 8] }));
  }
  return serializeWorkspaceFile(file);
}
