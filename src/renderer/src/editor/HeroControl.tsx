import type { Editor } from '@tiptap/react';
import { useId, useRef, useState } from 'react';
import type { FigureAttributes } from '../../../shared/editor/extensions/figure';
import { imageTextLimits, type HeroImage } from '../../../shared/hero-image';
import { imageAccept, storeImageFile, type Notify } from './insert-images';

interface HeroControlProps {
  editor: Editor;
  hero: HeroImage | null;
  onChange: (hero: HeroImage | null) => void;
  notify: Notify;
}

/** The figures of the body, in order, to offer as the hero. */
function bodyFigures(editor: Editor): FigureAttributes[] {
  const figures: FigureAttributes[] = [];
  editor.state.doc.descendants((node) => {
    if (node.type.name === 'figure' && node.attrs.assetId) figures.push(node.attrs as FigureAttributes);
    return node.isBlock && node.type.name !== 'figure';
  });
  return figures;
}

/**
 * The photo above the story: one of the body's figures or a file, with its own caption,
 * credit and alt text (starting from the figure's, changed here without touching it).
 */
export function HeroControl({ editor, hero, onChange, notify }: HeroControlProps) {
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [figures, setFigures] = useState<FigureAttributes[] | undefined>();
  const [busy, setBusy] = useState(false);

  const pickFile = async (files: FileList | null): Promise<void> => {
    const file = files?.[0];
    if (!file) return;
    setBusy(true);
    try {
      const asset = await storeImageFile(file, notify);
      if (asset) onChange({ assetId: asset.hash, caption: '', credit: '', alt: '' });
    } finally {
      setBusy(false);
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  const chooser = (
    <div className="hero__choose">
      {figures === undefined ? (
        <button type="button" onClick={() => setFigures(bodyFigures(editor))}>
          Use a figure from the article…
        </button>
      ) : figures.length === 0 ? (
        <span className="hero__hint">The body has no figures yet.</span>
      ) : (
        <label>
          <span className="field__label">Figure to use</span>
          <select
            defaultValue=""
            onChange={(event) => {
              const figure = figures[Number(event.target.value)];
              if (figure?.assetId) {
                onChange({ assetId: figure.assetId, caption: figure.caption, credit: figure.credit, alt: figure.alt });
                setFigures(undefined);
              }
            }}
          >
            <option value="" disabled>
              Choose a figure
            </option>
            {figures.map((figure, i) => (
              <option key={`${figure.assetId}-${i}`} value={i}>
                {`Figure ${i + 1}: ${figure.caption.trim() || 'no caption'}`}
              </option>
            ))}
          </select>
        </label>
      )}
      <button type="button" onClick={() => fileInput.current?.click()} disabled={busy}>
        {busy ? 'Storing…' : 'Pick a file…'}
      </button>
      <input
        ref={fileInput}
        type="file"
        accept={imageAccept}
        className="visually-hidden"
        tabIndex={-1}
        aria-label="Hero image file"
        onChange={(event) => void pickFile(event.target.files)}
      />
    </div>
  );

  return (
    <section className="hero" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="hero__title">
        Hero image
      </h2>
      {hero ? (
        <div className="hero__current">
          <img className="hero__image" src={window.lede.assets.url(hero.assetId)} alt={hero.alt} />
          <div className="hero__fields">
            {(['caption', 'credit', 'alt'] as const).map((name) => (
              <label key={name} className="field">
                <span className="field__label">
                  {{ caption: 'Hero caption', credit: 'Hero credit', alt: 'Hero alt text' }[name]}
                </span>
                <input
                  type="text"
                  value={hero[name]}
                  maxLength={imageTextLimits[name]}
                  placeholder={
                    {
                      caption: 'What is happening, where, when',
                      credit: 'Photo: REUTERS',
                      alt: 'What the image shows',
                    }[name]
                  }
                  onChange={(event) => onChange({ ...hero, [name]: event.target.value })}
                />
              </label>
            ))}
            <div className="hero__actions">
              {chooser}
              <button type="button" className="quiet" onClick={() => onChange(null)}>
                Remove hero image
              </button>
            </div>
          </div>
        </div>
      ) : (
        chooser
      )}
    </section>
  );
}
