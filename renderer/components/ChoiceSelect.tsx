import type { SelectHTMLAttributes } from 'react';

export interface Choice<V extends string> {
  value: V;
  label: string;
}

interface Props<V extends string> extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> {
  value: V | '';
  choices: readonly Choice<V>[];
  /** Label of the first, empty choice ('' = none chosen). */
  none: string;
  onChange(value: V | ''): void;
}

/** A select of labelled choices led by a "none" option. */
export function ChoiceSelect<V extends string>({ value, choices, none, onChange, ...rest }: Props<V>) {
  return (
    <select {...rest} value={value} onChange={(e) => onChange(e.target.value as V | '')}>
      <option value="">{none}</option>
      {choices.map((c) => (
        <option key={c.value} value={c.value}>
          {c.label}
        </option>
      ))}
    </select>
  );
}
