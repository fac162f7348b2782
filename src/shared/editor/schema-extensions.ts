import type { AnyExtension, NodeViewRenderer } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { Figure } from './extensions/figure';
import { HorizontalRule } from './extensions/horizontal-rule';
import { Links } from './extensions/links';
import { PullQuote } from './extensions/pull-quote';
import { SocialPost } from './extensions/social-post';

export interface SchemaExtensionOptions {
  /** Where a figure's image is fetched from; `lede-asset://asset/<sha256>` unless given. */
  assetUrl?: (hash: string) => string;
  /** Editor only: interactive views of Lede's own nodes (React components in the renderer). */
  nodeViews?: Partial<Record<'figure' | 'socialPost', NodeViewRenderer>>;
  /** Editor only: opens the link dialog for Ctrl/Cmd+Shift+K. */
  onRequestLinkDialog?: () => boolean;
}

/**
 * The nodes and marks of an article body, without behaviour and without any DOM at
 * import: the editor builds on this list, and export renders documents with it through
 * TipTap's static renderer, so what is edited and what is published share one schema.
 * StarterKit gives paragraphs, headings, lists, quotes, bold, italic and the rest; its
 * link, rule and history are replaced by Lede's own.
 */
export function schemaExtensions(options: SchemaExtensionOptions = {}): AnyExtension[] {
  const { nodeViews = {} } = options;
  const figure = options.assetUrl ? Figure.configure({ assetUrl: options.assetUrl }) : Figure;
  return [
    StarterKit.configure({
      link: false,
      horizontalRule: false,
      undoRedo: false,
      dropcursor: false,
      gapcursor: false,
      trailingNode: false,
    }),
    options.onRequestLinkDialog ? Links.configure({ onRequestDialog: options.onRequestLinkDialog }) : Links,
    nodeViews.figure ? figure.extend({ addNodeView: () => nodeViews.figure! }) : figure,
    PullQuote,
    nodeViews.socialPost ? SocialPost.extend({ addNodeView: () => nodeViews.socialPost! }) : SocialPost,
    HorizontalRule,
  ];
}
