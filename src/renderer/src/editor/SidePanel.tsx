import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import './side-panel.css';

export type SideTab = 'details' | 'history';
const tabs: { id: SideTab; label: string }[] = [
  { id: 'details', label: 'Details' },
  { id: 'history', label: 'History' },
];

interface SidePanelProps {
  tab: SideTab;
  onTab: (tab: SideTab) => void;
  details: ReactNode;
  history: ReactNode;
}

/**
 * The panel beside the editor, as tabs (arrow keys move between them). Both panels stay
 * mounted, so fields keep their state and counters their ids while the other tab shows.
 */
export function SidePanel({ tab, onTab, details, history }: SidePanelProps) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const next = tabs[(tabs.findIndex((t) => t.id === tab) + 1) % tabs.length]!;
    onTab(next.id);
    list.current?.querySelector<HTMLButtonElement>(`#tab-${next.id}`)?.focus();
    event.preventDefault();
  };
  return (
    <aside className="side-panel" aria-label="Article details">
      <div className="side-panel__tabs" role="tablist" aria-label="Side panel" ref={list} onKeyDown={onKeyDown}>
        {tabs.map(({ id, label }) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            onClick={() => onTab(id)}
          >
            {label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="panel-details" aria-labelledby="tab-details" hidden={tab !== 'details'}>
        {details}
      </div>
      <div role="tabpanel" id="panel-history" aria-labelledby="tab-history" hidden={tab !== 'history'}>
        {history}
      </div>
    </aside>
  );
}
