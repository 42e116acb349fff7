import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocument } from '../store/document';

/**
 * After a delete: says what went and offers Undo, focused so Enter brings it back. The caller shows
 * it only while the delete is still the last change.
 */
export function UndoToast({ message, onClose }: { message: string; onClose(): void }) {
  const { t } = useTranslation();
  const undoButton = useRef<HTMLButtonElement>(null);
  useEffect(() => undoButton.current?.focus(), []);
  return (
    <div className="banner info toast" role="status">
      {message}
      <button
        ref={undoButton}
        onClick={() => {
          useDocument.getState().undo();
          onClose();
        }}
      >
        ↶ {t('edit.undo')}
      </button>
    </div>
  );
}
