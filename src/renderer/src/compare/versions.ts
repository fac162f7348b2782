import type { Article, ArticleFields } from '../../../shared/article';
import { docText } from '../../../shared/doc-text';

/** One side of a comparison: the text fields a person reads, and what to call it. */
export interface Version {
  label: string;
  headline: string;
  standfirst: string;
  byline: string;
  bodyText: string;
}

export const comparedFields = [
  ['headline', 'Headline'],
  ['standfirst', 'Standfirst'],
  ['byline', 'Bylines'],
  ['bodyText', 'Body text'],
] as const satisfies readonly (readonly [keyof Omit<Version, 'label'>, string])[];

/** A stored article as a version. */
export function storedVersion(article: Article, label: string): Version {
  const { headline, standfirst, bylines, bodyText } = article;
  return { label, headline, standfirst, byline: bylines.join(', '), bodyText };
}

/** Fields someone has on screen (or in the journal), over the stored article for what they lack. */
export function fieldsVersion(fields: ArticleFields, base: Article, label: string): Version {
  return {
    label,
    headline: fields.headline ?? base.headline,
    standfirst: fields.standfirst ?? base.standfirst,
    byline: (fields.bylines ?? base.bylines).join(', '),
    bodyText: fields.body ? docText(fields.body) : base.bodyText,
  };
}

/** Names of the article fields, as a sentence reads them: "the headline and the body text". */
export function describeFields(names: string[]): string {
  const words: Record<string, string> = {
    headline: 'the headline',
    standfirst: 'the standfirst',
    byline: 'the byline',
    bylines: 'the bylines',
    body: 'the body text',
    bodyText: 'the body text',
    status: 'the status',
  };
  const parts = [...new Set(names.map((name) => words[name] ?? `the ${name}`))];
  if (parts.length <= 1) return parts[0] ?? 'nothing';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
