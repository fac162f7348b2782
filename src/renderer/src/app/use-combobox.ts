import { useState, type KeyboardEvent } from 'react';

export interface ComboboxState {
  /** The highlighted option, or -1 for none. */
  active: number;
  setActive: (index: number) => void;
  open: boolean;
  setOpen: (open: boolean) => void;
  /** Arrow keys move through the options, Enter picks the highlighted one, Escape closes the list. */
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>, onPick: (index: number) => void) => void;
  /** The props the input needs to be an ARIA 1.2 combobox controlling `listId`. */
  inputProps: {
    role: 'combobox';
    'aria-expanded': boolean;
    'aria-controls': string;
    'aria-autocomplete': 'list';
    'aria-activedescendant': string | undefined;
  };
  optionId: (index: number) => string;
}

/**
 * Keyboard and ARIA state for a text box with a list of options, so the list can be used
 * without a mouse. `isDisabled` options are skipped by the arrows and never picked.
 */
export function useCombobox(
  listId: string,
  count: number,
  isDisabled: (index: number) => boolean = () => false,
): ComboboxState {
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const shown = open && count > 0;
  const current = active < count ? active : -1;
  const optionId = (index: number): string => `${listId}-option-${index}`;

  const step = (from: number, by: 1 | -1): number => {
    for (let i = 1; i <= count; i++) {
      const next = (((from + by * i) % count) + count) % count;
      if (!isDisabled(next)) return next;
    }
    return -1;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>, onPick: (index: number) => void): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (count === 0) return;
      event.preventDefault();
      setOpen(true);
      setActive(step(current < 0 && event.key === 'ArrowDown' ? -1 : current, event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter') {
      if (!shown) return;
      event.preventDefault();
      const pick = current >= 0 ? current : step(-1, 1);
      if (pick >= 0) onPick(pick);
    } else if (event.key === 'Escape') {
      if (shown) {
        event.preventDefault();
        event.stopPropagation();
      }
      setOpen(false);
      setActive(-1);
    }
  };

  return {
    active: current,
    setActive,
    open: shown,
    setOpen,
    onKeyDown,
    optionId,
    inputProps: {
      role: 'combobox',
      'aria-expanded': shown,
      'aria-controls': listId,
      'aria-autocomplete': 'list',
      'aria-activedescendant': shown && current >= 0 ? optionId(current) : undefined,
    },
  };
}
