import { useEffect, useRef, useState, type InputHTMLAttributes } from 'react';
import { holdDraft } from '../drafts';
import { runInGesture } from '../store/document';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> {
  value: string;
  /** Called with the text as it is typed (after a short pause) and on Enter/leaving the field. */
  onCommit(value: string): void;
  multiline?: boolean;
  rows?: number;
}

/** How long typing may pause before the text goes into the document (and so into autosave). */
export const TYPING_COMMIT_MS = 400;

let editSessions = 0;

/**
 * A text field whose typing reaches the document after a short pause, so nothing typed waits for
 * Enter or blur to be saved; everything typed in one visit to the field is one undo step. Escape
 * puts back the text the field had when the visit began. IME-safe: Enter while composing Chinese
 * does not commit.
 */
export function CommitInput({ value, onCommit, multiline, ...rest }: Props) {
  const [draft, setDraftState] = useState(value);
  const draftRef = useRef(value);
  const session = useRef<{ key: string; startValue: string } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const release = useRef<(() => void) | null>(null);
  const latest = useRef({ value, onCommit });
  latest.current = { value, onCommit };

  const setDraft = (text: string) => {
    draftRef.current = text;
    setDraftState(text);
  };

  // While the field is being edited it owns its text; otherwise it shows the document's.
  useEffect(() => {
    if (!session.current) setDraft(value);
  }, [value]);

  const commitNow = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    release.current?.();
    release.current = null;
    const { value: current, onCommit: commit } = latest.current;
    if (draftRef.current === current) return;
    const key = session.current?.key ?? `edit${++editSessions}`;
    runInGesture(key, () => commit(draftRef.current));
  };

  useEffect(() => () => commitNow(), []); // leaving the screen mid-typing keeps the text

  const onChange = (text: string) => {
    session.current ??= { key: `edit${++editSessions}`, startValue: latest.current.value };
    setDraft(text);
    release.current ??= holdDraft(commitNow);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(commitNow, TYPING_COMMIT_MS);
  };

  const common = {
    value: draft,
    onBlur: () => {
      commitNow();
      session.current = null;
      // Show what the document kept (a blank name, say, is refused) once the commit has rendered.
      setTimeout(() => {
        if (!session.current) setDraft(latest.current.value);
      });
    },
    onKeyDown: (e: React.KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      if (e.nativeEvent.isComposing) return;
      if (e.key === 'Escape') {
        if (session.current) setDraft(session.current.startValue);
        e.currentTarget.blur();
      } else if (e.key === 'Enter' && (!multiline || e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        e.currentTarget.blur();
      }
    },
  };
  return multiline ? (
    <textarea
      {...(rest as InputHTMLAttributes<HTMLTextAreaElement>)}
      {...common}
      onChange={(e) => onChange(e.target.value)}
    />
  ) : (
    <input {...rest} {...common} onChange={(e) => onChange(e.target.value)} />
  );
}
