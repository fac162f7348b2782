import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useState } from 'react';
import {
  socialPostLimits,
  socialPostUrl,
  type SocialPostAttributes,
} from '../../../shared/editor/extensions/social-post';

/**
 * A quoted social post, edited in place: who, handle, when, the words and the address of
 * the original. Shown as a quotation; nothing is fetched from the network.
 */
export function SocialPostView({ node, updateAttributes, selected }: ReactNodeViewProps) {
  const attributes = node.attrs as SocialPostAttributes;
  const [url, setUrl] = useState(attributes.url);
  const urlProblem =
    url.trim() !== '' && socialPostUrl(url) === ''
      ? 'Only a web address (https://…) can link to the post; this one is not kept.'
      : undefined;
  const field = (name: Exclude<keyof SocialPostAttributes, 'text' | 'url'>, label: string, placeholder: string) => (
    <label className="social-post-view__field">
      <span className="field__label">{label}</span>
      <input
        type="text"
        value={attributes[name]}
        maxLength={socialPostLimits[name]}
        placeholder={placeholder}
        onChange={(event) => updateAttributes({ [name]: event.target.value })}
      />
    </label>
  );
  return (
    <NodeViewWrapper
      as="blockquote"
      className={`social-post-view${selected ? ' is-selected' : ''}`}
      aria-label="Quoted social post"
    >
      <span className="figure-view__grip" data-drag-handle title="Drag to move the post" aria-hidden="true">
        ⠿
      </span>
      <label className="social-post-view__field social-post-view__text">
        <span className="field__label">Post text</span>
        <textarea
          rows={3}
          value={attributes.text}
          maxLength={socialPostLimits.text}
          placeholder="The words of the post, exactly as posted"
          onChange={(event) => updateAttributes({ text: event.target.value })}
        />
      </label>
      <div className="social-post-view__meta">
        {field('author', 'Author', 'City Fire Service')}
        {field('handle', 'Handle', '@cityfire')}
        {field('date', 'Date', '12 March 2025')}
        <label className="social-post-view__field">
          <span className="field__label">Link to the post</span>
          <input
            type="url"
            value={url}
            maxLength={socialPostLimits.url}
            placeholder="https://…"
            aria-invalid={urlProblem ? true : undefined}
            onChange={(event) => {
              setUrl(event.target.value);
              const safe = socialPostUrl(event.target.value);
              if (safe || event.target.value.trim() === '') updateAttributes({ url: safe });
            }}
          />
        </label>
      </div>
      {urlProblem && (
        <p className="social-post-view__problem" role="alert">
          {urlProblem}
        </p>
      )}
    </NodeViewWrapper>
  );
}
