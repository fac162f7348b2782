import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import './side-panel.css';

export type SideTab = 'details' | 'related' | 'history';
const tabs: { id: SideTab; label: string }[] = [
  { id: 'details', label: 'Details' },
  { id: 'related', label: 'Related' },
  { id: 'history', label: 'History' },
];

interface SidePanelProps {
  tab: SideTab;
  onTab: (tab: SideTab) => void;
  panels: Record<SideTab, ReactNode>;
}

/**
 * The panel beside the editor, as tabs (arrow keys move between them). Every panel stays
 * mounted, so fields keep their state and counters their ids while another tab shows.
 */
export function SidePanel({ tab, onTab, panels }: SidePanelProps) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const step = event.key === 'ArrowRight' ? 1 : tabs.length - 1;
    const next = tabs[(tabs.findIndex((t) => t.id === tab) + step) % tabs.length]!;
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
      {tabs.map(({ id }) => (
        <div key={id} role="tabpanel" id={`panel-${id}`} aria-labelledby={`tab-${id}`} hidden={tab !== id}>
          {panels[id]}
        </div>
      ))}
    </aside>
  );
}
