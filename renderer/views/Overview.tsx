import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addMember, removeMember, updateMember } from '../../shared/commands/members';
import { setWorkspaceDescription } from '../../shared/commands/workspace';
import { TEAM_FUNCTIONS, type TeamFunction } from '../../shared/model/schema';
import { CommitInput } from '../components/CommitInput';
import { useDocument } from '../store/document';

export function Overview() {
  const { t } = useTranslation();
  const ws = useDocument((s) => s.doc!.workspace);
  const run = useDocument((s) => s.run);
  const [name, setName] = useState('');
  const [fn, setFn] = useState<TeamFunction>('ux');

  return (
    <section className="overview">
      <h1>{t('nav.overview')}</h1>
      <p className="meta">
        {t('workspace.counts', {
          personas: ws.personas.length,
          theses: ws.theses.length,
          journeys: ws.journeys.length,
          segments: ws.segments.length,
        })}
      </p>
      <label className="field">
        {t('workspace.description')}
        <CommitInput
          multiline
          rows={3}
          value={ws.description ?? ''}
          onCommit={(description) => run(setWorkspaceDescription, { description })}
        />
      </label>

      <h2>{t('workspace.team')}</h2>
      <p className="hint">{t('workspace.teamHint')}</p>
      {ws.members.length === 0 ? (
        <p className="empty">{t('workspace.noMembers')}</p>
      ) : (
        <table className="members">
          <thead>
            <tr>
              <th>{t('workspace.memberName')}</th>
              <th>{t('workspace.memberFunction')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {ws.members.map((m) => (
              <tr key={m.id} data-testid="member-row">
                <td>
                  <CommitInput
                    aria-label={t('workspace.memberName')}
                    value={m.name}
                    onCommit={(value) => run(updateMember, { id: m.id, name: value })}
                  />
                </td>
                <td>
                  <select
                    aria-label={t('workspace.memberFunction')}
                    value={m.function}
                    onChange={(e) => run(updateMember, { id: m.id, function: e.target.value as TeamFunction })}
                  >
                    {TEAM_FUNCTIONS.map((f) => (
                      <option key={f} value={f}>
                        {t(`functions.${f}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <button className="danger" onClick={() => run(removeMember, { id: m.id })}>
                    {t('workspace.removeMember', { name: m.name })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form
        className="add-member row"
        onSubmit={(e) => {
          e.preventDefault();
          if (!name.trim()) return;
          run(addMember, { name, function: fn });
          setName('');
        }}
      >
        <input
          aria-label={t('workspace.memberName')}
          placeholder={t('workspace.memberName')}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <select aria-label={t('workspace.memberFunction')} value={fn} onChange={(e) => setFn(e.target.value as TeamFunction)}>
          {TEAM_FUNCTIONS.map((f) => (
            <option key={f} value={f}>
              {t(`functions.${f}`)}
            </option>
          ))}
        </select>
        <button type="submit" className="primary">
          ＋ {t('workspace.addMember')}
        </button>
      </form>
    </section>
  );
}
