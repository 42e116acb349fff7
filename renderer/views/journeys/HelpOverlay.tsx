import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorUi } from './uiStore';

const ROWS = [
  'addCard',
  'editText',
  'select',
  'navigate',
  'move',
  'connect',
  'copy',
  'duplicate',
  'delete',
  'selectAll',
  'undo',
  'zoom',
  'fit',
  'reset',
  'pan',
  'emotion',
  'resize',
  'reorder',
  'menu',
  'escape',
  'help',
] as const;

/** Every shortcut and mouse gesture of the map, in the room's language. */
export function HelpOverlay() {
  const { t } = useTranslation();
  const open = useEditorUi((s) => s.help);
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open) close.current?.focus();
  }, [open]);
  if (!open) return null;
  return (
    <div className="journey-help-backdrop" onClick={() => useEditorUi.setState({ help: false })}>
      <div
        className="journey-help"
        role="dialog"
        aria-modal="true"
        aria-label={t('journey.help.title')}
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          if (e.key === 'Escape' || e.key === '?') {
            e.preventDefault();
            e.stopPropagation();
            useEditorUi.setState({ help: false });
          }
        }}
      >
        <div className="row">
          <h2>{t('journey.help.title')}</h2>
          <button ref={close} onClick={() => useEditorUi.setState({ help: false })}>
            {t('journey.help.close')}
          </button>
        </div>
        <table>
          <tbody>
            {ROWS.map((row) => (
              <tr key={row}>
                <td>{t(`journey.help.actions.${row}`)}</td>
                <td>
                  <kbd>{t(`journey.help.keys.${row}`)}</kbd>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
