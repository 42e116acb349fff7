import { useId, useRef, type ReactNode } from 'react';

export interface TabDef<K extends string> {
  key: K;
  label: string;
  badge?: ReactNode;
}

/** WAI-ARIA tabs: buttons in a tablist, arrow keys/Home/End move between them, Tab goes into the panel. */
export function Tabs<K extends string>({ tabs, active, onChange, label, children }: { tabs: TabDef<K>[]; active: K; onChange(k: K): void; label: string; children: ReactNode }) {
  const base = useId();
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  const move = (to: number) => {
    const tab = tabs[(to + tabs.length) % tabs.length];
    onChange(tab.key);
    refs.current[tab.key]?.focus();
  };
  const index = tabs.findIndex((t) => t.key === active);
  return (
    <>
      <div role="tablist" aria-label={label} className="tabs">
        {tabs.map((tab, i) => (
          <button
            key={tab.key}
            ref={(el) => {
              refs.current[tab.key] = el;
            }}
            role="tab"
            id={`${base}-tab-${tab.key}`}
            aria-selected={tab.key === active}
            aria-controls={`${base}-panel`}
            tabIndex={tab.key === active ? 0 : -1}
            className={tab.key === active ? 'tab active' : 'tab'}
            onClick={() => onChange(tab.key)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowRight') move(i + 1);
              else if (e.key === 'ArrowLeft') move(i - 1);
              else if (e.key === 'Home') move(0);
              else if (e.key === 'End') move(tabs.length - 1);
              else return;
              e.preventDefault();
            }}
          >
            {tab.label}
            {tab.badge}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${base}-panel`} aria-labelledby={`${base}-tab-${tabs[index]?.key}`} className="tab-panel">
        {children}
      </div>
    </>
  );
}
