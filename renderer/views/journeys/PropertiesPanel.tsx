import { useTranslation } from 'react-i18next';
import { removeItems, updateCards, type CardPatch } from '../../../shared/commands/journey/cards';
import { labelConnector, reverseConnector } from '../../../shared/commands/journey/connectors';
import { setToBeCurve } from '../../../shared/commands/journey/emotion';
import { removeJourney, updateJourney } from '../../../shared/commands/journey/journeys';
import { moveLane, removeLane, resizeLane, updateLane } from '../../../shared/commands/journey/lanes';
import { moveStage, removeStage, renameStage, resizeStage } from '../../../shared/commands/journey/stages';
import { CARD_COLORS } from '../../../shared/journey/style';
import {
  CARD_TYPES,
  CHANNELS,
  LANE_TYPES,
  SCORE_MAX,
  SCORE_MIN,
  USE_CASES,
  type Card,
  type CardType,
  type Channel,
  type Journey,
  type LaneType,
  type UseCase,
  type Workspace,
} from '../../../shared/model/schema';
import { ChoiceSelect } from '../../components/ChoiceSelect';
import { CommitInput } from '../../components/CommitInput';
import { useDocument } from '../../store/document';
import { useEditorHandles } from './context';
import { select, useEditorUi } from './uiStore';

const MAP_TYPES = CARD_TYPES.slice(0, 10);
const FLOW_TYPES = CARD_TYPES.slice(10);
const MIXED = '__mixed__';

/** Properties of what is selected; of the journey itself when nothing is. One edit = one command. */
export function PropertiesPanel({ journeyId }: { journeyId: string }) {
  const { t } = useTranslation();
  const ws = useDocument((s) => s.doc!.workspace);
  const journey = ws.journeys.find((j) => j.id === journeyId);
  const selection = useEditorUi((s) => s.selection);
  if (!journey) return null;
  let body;
  if (selection.cards.length) body = <CardsPanel ws={ws} journey={journey} ids={selection.cards} />;
  else if (selection.connector) body = <ConnectorPanel journey={journey} id={selection.connector} />;
  else if (selection.stage) body = <StagePanel journey={journey} id={selection.stage} />;
  else if (selection.lane) body = <LanePanel journey={journey} id={selection.lane} />;
  else body = <JourneyPanel ws={ws} journey={journey} />;
  return (
    <aside className="journey-panel" aria-label={t('journey.panel.title')}>
      {body}
    </aside>
  );
}

function useRun() {
  return useDocument((s) => s.run);
}

function JourneyPanel({ ws, journey }: { ws: Workspace; journey: Journey }) {
  const { t } = useTranslation();
  const run = useRun();
  const id = journey.id;
  return (
    <section>
      <h2>{t('journey.panel.journey')}</h2>
      <label className="field">
        {t('journey.panel.name')}
        <CommitInput value={journey.name} onCommit={(name) => run(updateJourney, { journeyId: id, name })} />
      </label>
      <label className="field">
        {t('journey.persona')}
        <ChoiceSelect
          value={journey.personaId ?? ''}
          none={t('journey.noPersona')}
          choices={ws.personas.map((p) => ({ value: p.id, label: p.name }))}
          onChange={(v) => run(updateJourney, { journeyId: id, personaId: v || null })}
        />
      </label>
      <label className="field">
        {t('journey.thesis')}
        <ChoiceSelect
          value={journey.thesisId ?? ''}
          none={t('journey.noThesis')}
          choices={ws.theses.map((th) => ({ value: th.id, label: th.title }))}
          onChange={(v) => run(updateJourney, { journeyId: id, thesisId: v || null })}
        />
      </label>
      <label className="field">
        {t('journey.useCase')}
        <ChoiceSelect<UseCase>
          value={journey.useCase ?? ''}
          none={t('journey.noUseCase')}
          choices={USE_CASES.map((u) => ({ value: u, label: t(`journey.useCases.${u}`) }))}
          onChange={(v) => run(updateJourney, { journeyId: id, useCase: v || null })}
        />
      </label>
      <p className="meta">
        {t('journey.panel.counts', {
          stages: journey.stages.length,
          lanes: journey.lanes.length,
          cards: journey.cards.length,
          connectors: journey.connectors.length,
        })}
      </p>
      <p className="hint">{t('journey.panel.nothing')}</p>
      <button
        className="danger"
        onClick={() => {
          run(removeJourney, { journeyId: id });
          useEditorUi.setState({ notice: { text: t('journey.panel.deleted', { name: journey.name }), undo: true } });
        }}
      >
        {t('journey.panel.deleteJourney')}
      </button>
    </section>
  );
}

/** The common value of a field over the selected cards, or MIXED. */
function common<K extends keyof Card>(cards: Card[], key: K): Card[K] | typeof MIXED {
  const first = cards[0]?.[key];
  return cards.every((c) => JSON.stringify(c[key]) === JSON.stringify(first)) ? first : MIXED;
}

function CardsPanel({ ws, journey, ids }: { ws: Workspace; journey: Journey; ids: string[] }) {
  const { t } = useTranslation();
  const run = useRun();
  const handles = useEditorHandles();
  const cards = journey.cards.filter((c) => ids.includes(c.id));
  if (cards.length === 0) return null;
  const patch = (p: CardPatch) => run(updateCards, { journeyId: journey.id, ids: cards.map((c) => c.id), patch: p });
  const type = common(cards, 'type');
  const channel = common(cards, 'channel');
  const owner = common(cards, 'ownerId');
  const expected = common(cards, 'expected');
  const actual = common(cards, 'actual');
  const color = common(cards, 'color');
  const thesisId = common(cards, 'thesisId');
  const mot = cards.every((c) => c.momentOfTruth);
  const thesis = thesisId !== MIXED && thesisId ? ws.theses.find((th) => th.id === thesisId) : undefined;
  const metrics = thesis?.metrics ?? [];
  const chosenMetrics = new Set(cards.length === 1 ? (cards[0].metricIds ?? []) : []);
  const single = cards.length === 1 ? cards[0] : null;
  const scoreOptions = Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, i) => SCORE_MIN + i);

  return (
    <section>
      <h2>{single ? t('journey.panel.card') : t('journey.panel.cards', { count: cards.length })}</h2>
      {single && (
        <label className="field">
          {t('journey.panel.text')}
          <CommitInput multiline rows={4} value={single.text} onCommit={(text) => patch({ text })} />
        </label>
      )}
      <label className="field">
        {t('journey.panel.type')}
        <select value={type === MIXED ? MIXED : (type ?? 'note')} onChange={(e) => e.target.value !== MIXED && patch({ type: e.target.value as CardType })}>
          {type === MIXED && <option value={MIXED}>{t('journey.panel.mixed')}</option>}
          <optgroup label={t('journey.cardTypeGroups.map')}>
            {MAP_TYPES.map((c) => (
              <option key={c} value={c}>
                {t(`journey.cardTypes.${c}`)}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('journey.cardTypeGroups.orchestration')}>
            {FLOW_TYPES.map((c) => (
              <option key={c} value={c}>
                {t(`journey.cardTypes.${c}`)}
              </option>
            ))}
          </optgroup>
        </select>
      </label>
      <label className="field">
        {t('journey.panel.channel')}
        <select
          value={channel === MIXED ? MIXED : (channel ?? '')}
          onChange={(e) => e.target.value !== MIXED && patch({ channel: (e.target.value || null) as Channel | null })}
        >
          {channel === MIXED && <option value={MIXED}>{t('journey.panel.mixed')}</option>}
          <option value="">{t('journey.panel.noChannel')}</option>
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {t(`journey.channels.${c}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {t('journey.panel.owner')}
        <select value={owner === MIXED ? MIXED : (owner ?? '')} onChange={(e) => e.target.value !== MIXED && patch({ ownerId: e.target.value || null })}>
          {owner === MIXED && <option value={MIXED}>{t('journey.panel.mixed')}</option>}
          <option value="">{t('journey.panel.noOwner')}</option>
          {ws.members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      </label>
      <label className="check">
        <input type="checkbox" checked={mot} onChange={(e) => patch({ momentOfTruth: e.target.checked })} />
        ★ {t('journey.panel.momentOfTruth')}
      </label>
      <div className="scores">
        {(['expected', 'actual'] as const).map((key) => {
          const value = key === 'expected' ? expected : actual;
          return (
            <label className="field" key={key}>
              {t(`journey.panel.${key}`)}
              <select
                value={value === MIXED ? MIXED : (value ?? '')}
                onChange={(e) => e.target.value !== MIXED && patch({ [key]: e.target.value ? Number(e.target.value) : null })}
              >
                {value === MIXED && <option value={MIXED}>{t('journey.panel.mixed')}</option>}
                <option value="">{t('journey.panel.notScored')}</option>
                {scoreOptions.map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </label>
          );
        })}
      </div>
      <p className="hint">{t('journey.panel.scoreHint')}</p>
      <fieldset className="swatches">
        <legend>{t('journey.panel.color')}</legend>
        <button className={color === undefined ? 'swatch active' : 'swatch'} onClick={() => patch({ color: null })}>
          {t('journey.panel.colorByType')}
        </button>
        {CARD_COLORS.map((c) => (
          <button
            key={c}
            className={color === c ? 'swatch active' : 'swatch'}
            style={{ background: c }}
            aria-label={t('journey.panel.colorSwatch', { color: c })}
            aria-pressed={color === c}
            onClick={() => patch({ color: c })}
          />
        ))}
      </fieldset>
      <label className="field">
        {t('journey.panel.thesis')}
        <select
          value={thesisId === MIXED ? MIXED : (thesisId ?? '')}
          onChange={(e) => e.target.value !== MIXED && patch({ thesisId: e.target.value || null })}
        >
          {thesisId === MIXED && <option value={MIXED}>{t('journey.panel.mixed')}</option>}
          <option value="">{t('journey.noThesis')}</option>
          {ws.theses.map((th) => (
            <option key={th.id} value={th.id}>
              {th.title}
            </option>
          ))}
        </select>
      </label>
      {single && thesis && (
        <fieldset className="metrics">
          <legend>{t('journey.panel.metrics')}</legend>
          {metrics.length === 0 && <p className="hint">{t('journey.panel.noMetrics')}</p>}
          {metrics.map((m) => (
            <label className="check" key={m.id}>
              <input
                type="checkbox"
                checked={chosenMetrics.has(m.id)}
                onChange={(e) => {
                  const next = new Set(chosenMetrics);
                  if (e.target.checked) next.add(m.id);
                  else next.delete(m.id);
                  patch({ metricIds: [...next] });
                }}
              />
              {m.name}
            </label>
          ))}
        </fieldset>
      )}
      <div className="row wrap actions">
        {single && <button onClick={() => handles?.ix.editCard(single.id)}>{t('journey.menu.editText')}</button>}
        <button onClick={() => handles?.ix.duplicate()}>{t('journey.menu.duplicate')}</button>
        {cards.length >= 2 && <button onClick={() => handles?.ix.connectSelected()}>{t('journey.menu.connectSelected')}</button>}
        <button className="danger" onClick={() => handles?.ix.deleteSelection()}>
          {t('journey.panel.deleteCards')}
        </button>
      </div>
    </section>
  );
}

function ConnectorPanel({ journey, id }: { journey: Journey; id: string }) {
  const { t } = useTranslation();
  const run = useRun();
  const k = journey.connectors.find((c) => c.id === id);
  if (!k) return null;
  const text = (cardId: string) => journey.cards.find((c) => c.id === cardId)?.text ?? '';
  return (
    <section>
      <h2>{t('journey.panel.connector')}</h2>
      <p className="connector-ends">
        <span className="meta">{t('journey.panel.from')}</span> {text(k.from)}
        <br />
        <span className="meta">{t('journey.panel.to')}</span> {text(k.to)}
      </p>
      <label className="field">
        {t('journey.panel.label')}
        <CommitInput value={k.label ?? ''} onCommit={(label) => run(labelConnector, { journeyId: journey.id, connectorId: id, label })} />
      </label>
      <div className="row wrap actions">
        <button onClick={() => run(reverseConnector, { journeyId: journey.id, connectorId: id })}>⇄ {t('journey.panel.reverse')}</button>
        <button
          className="danger"
          onClick={() => {
            select({});
            run(removeItems, { journeyId: journey.id, connectorIds: [id] });
          }}
        >
          {t('journey.panel.deleteConnector')}
        </button>
      </div>
    </section>
  );
}

function StagePanel({ journey, id }: { journey: Journey; id: string }) {
  const { t } = useTranslation();
  const run = useRun();
  const index = journey.stages.findIndex((s) => s.id === id);
  const stage = journey.stages[index];
  if (!stage) return null;
  const count = journey.cards.filter((c) => c.stageId === id).length;
  return (
    <section>
      <h2>{t('journey.panel.stage')}</h2>
      <label className="field">
        {t('journey.panel.name')}
        <CommitInput value={stage.name} onCommit={(name) => run(renameStage, { journeyId: journey.id, stageId: id, name })} />
      </label>
      <label className="field">
        {t('journey.panel.width')}
        <CommitInput
          type="number"
          min={120}
          max={4000}
          step={20}
          value={String(stage.width)}
          onCommit={(v) => Number.isFinite(Number(v)) && run(resizeStage, { journeyId: journey.id, stageId: id, width: Number(v) })}
        />
      </label>
      <p className="meta">{t('journey.panel.stageCards', { count })}</p>
      <div className="row wrap actions">
        <button disabled={index === 0} onClick={() => run(moveStage, { journeyId: journey.id, stageId: id, toIndex: index - 1 })}>
          ← {t('journey.panel.moveEarlier')}
        </button>
        <button
          disabled={index === journey.stages.length - 1}
          onClick={() => run(moveStage, { journeyId: journey.id, stageId: id, toIndex: index + 1 })}
        >
          {t('journey.panel.moveLater')} →
        </button>
        <button
          className="danger"
          onClick={() => {
            select({});
            run(removeStage, { journeyId: journey.id, stageId: id });
          }}
        >
          {t('journey.panel.deleteStage')}
        </button>
      </div>
    </section>
  );
}

function LanePanel({ journey, id }: { journey: Journey; id: string }) {
  const { t } = useTranslation();
  const run = useRun();
  const activeCurve = useEditorUi((s) => s.activeCurve);
  const index = journey.lanes.findIndex((l) => l.id === id);
  const lane = journey.lanes[index];
  if (!lane) return null;
  const count = journey.cards.filter((c) => c.laneId === id).length;
  return (
    <section>
      <h2>{t('journey.panel.lane')}</h2>
      <label className="field">
        {t('journey.panel.name')}
        <CommitInput value={lane.name} onCommit={(name) => run(updateLane, { journeyId: journey.id, laneId: id, name })} />
      </label>
      <label className="field">
        {t('journey.panel.laneType')}
        <select value={lane.type} onChange={(e) => run(updateLane, { journeyId: journey.id, laneId: id, type: e.target.value as LaneType })}>
          {LANE_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`journey.laneTypes.${type}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {t('journey.panel.height')}
        <CommitInput
          type="number"
          min={60}
          max={4000}
          step={10}
          value={String(lane.height)}
          onCommit={(v) => Number.isFinite(Number(v)) && run(resizeLane, { journeyId: journey.id, laneId: id, height: Number(v) })}
        />
      </label>
      {lane.type === 'emotions' && (
        <fieldset className="curves">
          <legend>{t('journey.laneTypes.emotions')}</legend>
          <label className="check">
            <input
              type="checkbox"
              checked={!!lane.toBe}
              onChange={(e) => {
                run(setToBeCurve, { journeyId: journey.id, laneId: id, enabled: e.target.checked });
                if (!e.target.checked) useEditorUi.setState({ activeCurve: 'asIs' });
              }}
            />
            {t('journey.panel.toBe')}
          </label>
          {lane.toBe && (
            <div className="row" role="radiogroup" aria-label={t('journey.panel.activeCurve')}>
              <span className="meta">{t('journey.panel.activeCurve')}</span>
              {(['asIs', 'toBe'] as const).map((curve) => (
                <label className="check" key={curve}>
                  <input type="radio" name="active-curve" checked={activeCurve === curve} onChange={() => useEditorUi.setState({ activeCurve: curve })} />
                  {t(`journey.curves.${curve}`)}
                </label>
              ))}
            </div>
          )}
          <p className="hint">{t('journey.panel.emotionHint')}</p>
        </fieldset>
      )}
      <p className="meta">{t('journey.panel.laneCards', { count })}</p>
      <div className="row wrap actions">
        <button disabled={index === 0} onClick={() => run(moveLane, { journeyId: journey.id, laneId: id, toIndex: index - 1 })}>
          ↑ {t('journey.panel.moveUp')}
        </button>
        <button
          disabled={index === journey.lanes.length - 1}
          onClick={() => run(moveLane, { journeyId: journey.id, laneId: id, toIndex: index + 1 })}
        >
          ↓ {t('journey.panel.moveDown')}
        </button>
        <button
          className="danger"
          onClick={() => {
            select({});
            run(removeLane, { journeyId: journey.id, laneId: id });
          }}
        >
          {t('journey.panel.deleteLane')}
        </button>
      </div>
    </section>
  );
}

