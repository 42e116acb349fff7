import { useEffect, useState, type InputHTMLAttributes } from 'react';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> {
  value: string;
  /** Called once per edit (Enter or leaving the field), so one edit is one undo step. */
  onCommit(value: string): void;
  multiline?: boolean;
  rows?: number;
}

/**
 * A text field that edits locally and commits on Enter/blur; Escape reverts. IME-safe: Enter while
 * composing Chinese text does not commit.
 */
export function CommitInput({ value, onCommit, multiline, ...rest }: Props) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  const common = {
    value: draft,
    onBlur: commit,
    onKeyDown: (e: React.KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      if (e.nativeEvent.isComposing) return;
      if (e.key === 'Escape') {
        setDraft(value);
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
      onChange={(e) => setDraft(e.target.value)}
    />
  ) : (
    <input {...rest} {...common} onChange={(e) => setDraft(e.target.value)} />
  );
}
