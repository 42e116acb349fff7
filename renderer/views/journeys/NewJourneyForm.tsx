import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createJourney } from '../../../shared/commands/journey/journeys';
import { DEFAULT_STAGES, LANE_PRESET_NAMES, LANE_PRESETS, type LanePreset } from '../../../shared/journey/presets';
import { newId } from '../../../shared/model/ids';
import { USE_CASES, type UseCase } from '../../../shared/model/schema';
import { useDocument } from '../../store/document';
import { ChoiceSelect } from '../../components/ChoiceSelect';

/** A new journey: name, persona, use case and a lane preset; stages start from a default funnel. */
export function NewJourneyForm({ onCreated, onCancel }: { onCreated(id: string): void; onCancel?: () => void }) {
  const { t } = useTranslation();
  const ws = useDocument((s) => s.doc!.workspace);
  const run = useDocument((s) => s.run);
  const [name, setName] = useState(t('journey.defaultName'));
  const [preset, setPreset] = useState<LanePreset>('full');
  const [personaId, setPersonaId] = useState(ws.personas[0]?.id ?? '');
  const [useCase, setUseCase] = useState<UseCase | ''>('');

  return (
    <form
      className="new-journey"
      onSubmit={(e) => {
        e.preventDefault();
        if (!name.trim()) return;
        const id = newId();
        run(createJourney, {
          id,
          name,
          personaId: personaId || undefined,
          thesisId: ws.theses.find((th) => th.personaIds.includes(personaId))?.id,
          useCase: useCase || undefined,
          stages: DEFAULT_STAGES.map((s) => ({ name: t(`journey.defaultStages.${s}`) })),
          lanes: LANE_PRESETS[preset].map((type) => ({ name: t(`journey.laneTypes.${type}`), type })),
        });
        onCreated(id);
      }}
    >
      <h2>{t('journey.new')}</h2>
      <label className="field">
        {t('journey.newName')}
        <input value={name} onChange={(e) => setName(e.target.value)} required />
      </label>
      <fieldset className="presets">
        <legend>{t('journey.preset')}</legend>
        {LANE_PRESET_NAMES.map((p) => (
          <label key={p} className={p === preset ? 'preset active' : 'preset'}>
            <input type="radio" name="preset" value={p} checked={p === preset} onChange={() => setPreset(p)} />
            <strong>{t(`journey.presets.${p}`)}</strong>
            <span className="meta">{LANE_PRESETS[p].map((type) => t(`journey.laneTypes.${type}`)).join(' · ')}</span>
          </label>
        ))}
      </fieldset>
      <div className="row wrap">
        <label className="field">
          {t('journey.persona')}
          <ChoiceSelect
            value={personaId}
            none={t('journey.noPersona')}
            choices={ws.personas.map((p) => ({ value: p.id, label: p.name }))}
            onChange={setPersonaId}
          />
        </label>
        <label className="field">
          {t('journey.useCase')}
          <ChoiceSelect<UseCase>
            value={useCase}
            none={t('journey.noUseCase')}
            choices={USE_CASES.map((u) => ({ value: u, label: t(`journey.useCases.${u}`) }))}
            onChange={setUseCase}
          />
        </label>
      </div>
      <div className="row">
        <button type="submit" className="primary">
          {t('journey.create')}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('journey.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
