import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setPersonaAvatar, updatePersona, type PersonaPatch } from '../../../shared/commands/personas';
import { CHANNELS, DEMOGRAPHIC_FIELDS, STATEMENT_LISTS, type Persona } from '../../../shared/model/schema';
import { CommitInput } from '../../components/CommitInput';
import { useDocument } from '../../store/document';
import { Avatar } from './Avatar';
import { avatarFromFile, MAX_AVATAR_INPUT_BYTES, megabytes } from './avatar';
import { EvidenceMeter } from './EvidenceMeter';
import { StatementList } from './StatementList';

const LIMIT_MB = megabytes(MAX_AVATAR_INPUT_BYTES);

function AvatarPicker({ persona }: { persona: Persona }) {
  const { t } = useTranslation();
  const run = useDocument((s) => s.run);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputId = useId();
  const hintId = useId();

  const pick = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    const result = await avatarFromFile(file);
    setBusy(false);
    if (result.ok) {
      setError(null);
      run(setPersonaAvatar, { id: persona.id, avatar: result.dataUrl });
    } else if (result.reason === 'tooLarge') {
      setError(t('persona.avatar.tooLarge', { name: file.name, size: result.sizeMb, limit: LIMIT_MB }));
    } else if (result.reason === 'notImage') {
      setError(t('persona.avatar.notImage', { name: file.name }));
    } else {
      setError(t('persona.avatar.failed'));
    }
  };

  return (
    <div className="avatar-picker">
      <Avatar persona={persona} size={128} />
      <div className="avatar-actions">
        <label className="file-button" htmlFor={inputId}>
          <input
            id={inputId}
            type="file"
            accept="image/*"
            className="visually-hidden"
            aria-describedby={hintId}
            data-testid="avatar-input"
            onChange={(e) => {
              void pick(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
          {persona.avatar ? t('persona.avatar.replace') : t('persona.avatar.choose')}
        </label>
        {persona.avatar && (
          <button onClick={() => run(setPersonaAvatar, { id: persona.id, avatar: null })}>{t('persona.avatar.remove')}</button>
        )}
        <p className="hint" id={hintId}>
          {t('persona.avatar.hint', { limit: LIMIT_MB })}
        </p>
        {busy && <p aria-busy="true">…</p>}
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}

export function PersonaEditor({ persona: p, index, count, onBack }: { persona: Persona; index: number; count: number; onBack(): void }) {
  const { t } = useTranslation();
  const run = useDocument((s) => s.run);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const update = (patch: PersonaPatch) => run(updatePersona, { id: p.id, patch });

  const text = (field: 'role' | 'segment' | 'quote' | 'scenario', multiline = false) => (
    <label className="field">
      <span>{t(`persona.fields.${field}`)}</span>
      <CommitInput multiline={multiline} rows={3} value={p[field] ?? ''} onCommit={(value) => update({ [field]: value })} />
    </label>
  );

  return (
    <section className="persona-editor" aria-labelledby="persona-editor-title">
      <div className="row editor-top">
        <button onClick={onBack}>← {t('persona.back')}</button>
        <span className="meta">{t('persona.order', { index: index + 1, count })}</span>
      </div>
      <h1 id="persona-editor-title" tabIndex={-1} ref={headingRef}>
        {p.name}
      </h1>
      <div className="persona-editor-grid">
        <div className="persona-profile">
          <AvatarPicker persona={p} />
          <label className="field">
            <span>{t('persona.fields.name')}</span>
            <CommitInput value={p.name} onCommit={(name) => update({ name })} />
          </label>
          {text('role')}
          {text('segment')}
          {text('quote', true)}
          {text('scenario', true)}
          <fieldset className="channels">
            <legend>{t('persona.fields.channels')}</legend>
            {CHANNELS.map((c) => {
              const on = p.channels?.includes(c) ?? false;
              return (
                <label key={c} className="check">
                  <input
                    type="checkbox"
                    checked={on}
                    onChange={() => update({ channels: on ? p.channels!.filter((x) => x !== c) : CHANNELS.filter((x) => x === c || p.channels?.includes(x)) })}
                  />
                  {t(`persona.channel.${c}`)}
                </label>
              );
            })}
          </fieldset>
          <details className="demographics" open={DEMOGRAPHIC_FIELDS.some((f) => p.demographics?.[f])}>
            <summary>{t('persona.fields.demographics')}</summary>
            <div className="demographics-grid">
              {DEMOGRAPHIC_FIELDS.map((f) => (
                <label key={f} className="field">
                  <span>{t(`persona.demographic.${f}`)}</span>
                  <CommitInput value={p.demographics?.[f] ?? ''} onCommit={(value) => update({ demographics: { ...p.demographics, [f]: value } })} />
                </label>
              ))}
            </div>
          </details>
        </div>
        <div className="persona-evidence">
          <EvidenceMeter persona={p} />
          {STATEMENT_LISTS.map((list) => (
            <StatementList key={list} persona={p} list={list} />
          ))}
        </div>
      </div>
    </section>
  );
}
