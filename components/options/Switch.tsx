import type { ComponentChildren } from 'preact';

interface Props {
  checked: boolean;
  onChange: (on: boolean) => void;
  label: ComponentChildren;
  hint?: ComponentChildren;
  disabled?: boolean;
}

/** A labelled row with an on/off switch (a checkbox with the switch role, so it stays accessible). */
export function Switch({ checked, onChange, label, hint, disabled }: Props) {
  return (
    <label class={`row${disabled ? ' is-disabled' : ''}`}>
      <span class="row-text">
        <span class="row-label">{label}</span>
        {hint && <span class="row-hint">{hint}</span>}
      </span>
      <input
        type="checkbox"
        role="switch"
        class="switch"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
    </label>
  );
}
