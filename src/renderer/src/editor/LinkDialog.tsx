import type { Editor } from '@tiptap/react';
import { getMarkRange } from '@tiptap/core';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { checkLinkUrl } from '../../../shared/editor/extensions/links';

interface LinkDialogProps {
  editor: Editor;
  onClose: () => void;
}

/**
 * Adds, changes or removes the link at the selection. A modal <dialog>: focus stays in it,
 * Escape cancels, and focus goes back to the body. An address that is not http, https
 * or mailto is refused here with the reason, and nothing in the article changes.
 */
export function LinkDialog({ editor, onClose }: LinkDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [initial] = useState(() => {
    const { state } = editor;
    const linkType = state.schema.marks.link!;
    const range = getMarkRange(state.selection.$from, linkType);
    const current = range ? state.doc.nodeAt(range.from)?.marks.find((mark) => mark.type === linkType) : undefined;
    return {
      href: (current?.attrs.href as string | undefined) ?? '',
      inLink: range !== undefined,
      needsText: state.selection.empty && range === undefined,
    };
  });
  const [href, setHref] = useState(initial.href);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | undefined>();

  useEffect(() => {
    const element = dialog.current!;
    element.showModal();
    return () => element.close();
  }, []);

  const close = (): void => {
    onClose();
    editor.commands.focus();
  };

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const checked = checkLinkUrl(href);
    if (!checked.ok) {
      setProblem(checked.message);
      return;
    }
    editor.chain().focus().applyLink({ href: checked.href, text }).run();
    onClose();
  };

  return (
    <dialog
      ref={dialog}
      className="link-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
    >
      <form onSubmit={submit} noValidate>
        <h2 id={`${id}-title`}>{initial.inLink ? 'Edit link' : 'Add a link'}</h2>
        <label className="field">
          <span className="field__label">Address</span>
          <input
            type="text"
            inputMode="url"
            value={href}
            autoFocus
            placeholder="https://… or someone@example.org"
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${id}-problem` : undefined}
            onChange={(event) => {
              setHref(event.target.value);
              setProblem(undefined);
            }}
          />
        </label>
        {initial.needsText && (
          <label className="field">
            <span className="field__label">Text to show</span>
            <input
              type="text"
              value={text}
              placeholder="The address itself if left empty"
              onChange={(event) => setText(event.target.value)}
            />
          </label>
        )}
        {problem && (
          <p id={`${id}-problem`} className="link-dialog__problem" role="alert">
            {problem}
          </p>
        )}
        <div className="link-dialog__actions">
          {initial.inLink && (
            <button
              type="button"
              onClick={() => {
                editor.chain().focus().removeLink().run();
                onClose();
              }}
            >
              Remove link
            </button>
          )}
          <button type="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Apply
          </button>
        </div>
      </form>
    </dialog>
  );
}
