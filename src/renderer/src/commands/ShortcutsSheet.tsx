import { useEffect, useId, useRef } from 'react';
import { shortcutSheet } from '../../../shared/commands/shortcut-sheet';
import './shortcuts-sheet.css';

/**
 * Every Lede command with its keys, generated from the same table as the menu, so the two
 * can never disagree. Commands whose feature has not landed are listed, marked "coming".
 */
export function ShortcutsSheet({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const sections = shortcutSheet(window.lede.shell.platform);

  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);

  return (
    <dialog ref={dialog} className="shortcuts-sheet" aria-labelledby={`${id}-title`} onCancel={onClose}>
      <div className="shortcuts-sheet__head">
        <h2 id={`${id}-title`}>Keyboard shortcuts</h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      <div className="shortcuts-sheet__sections">
        {sections.map((section) => (
          <section key={section.title} aria-labelledby={`${id}-${section.title}`}>
            <h3 id={`${id}-${section.title}`}>{section.title}</h3>
            <dl>
              {section.rows.map((row) => (
                <div key={row.id} className="shortcuts-sheet__row" data-command={row.id}>
                  <dt>
                    {row.label}
                    {row.pending && <span className="shortcuts-sheet__pending"> (coming)</span>}
                  </dt>
                  <dd>
                    <kbd>{row.keys}</kbd>
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </dialog>
  );
}
