import type { TextareaHTMLAttributes } from 'react';

interface Props extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange'> {
  value: string;
  /** Called on every keystroke; the caller runs a command with a merge key, so typing in one field is one undo step. */
  onChange(value: string): void;
}

/** A text area that writes to the document as you type, so what depends on it (the composed sentence) updates live. */
export function LiveText({ value, onChange, rows = 2, ...rest }: Props) {
  return <textarea {...rest} rows={rows} value={value} onChange={(e) => onChange(e.target.value)} />;
}
