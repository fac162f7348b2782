import type { AltHeadlines } from './article';
import { altHeadlineLabels, altHeadlineRoles, namedBylines } from './article';
import type { DocNode } from './doc';
import { formatEmbargo, type Embargo } from './embargo';
import type { DeskLimits } from './settings';
import { countCharacters } from './text-counts';

/** The fields a problem can send the user to; the editor maps each to a control. */
export type PreflightField =
  | 'headline'
  | 'altHeadlines.web'
  | 'altHeadlines.seo'
  | 'altHeadlines.social'
  | 'standfirst'
  | 'bylines'
  | 'embargo'
  | 'body';

export interface PreflightProblem {
  /** Stable name of the check, for tests and styling. */
  check:
    | 'headline_empty'
    | 'headline_too_long'
    | 'alt_headline_too_long'
    | 'standfirst_too_long'
    | 'no_byline'
    | 'embargo_passed'
    | 'body_empty'
    | 'trailing_empty_paragraphs'
    | 'link_not_allowed'
    | 'figure_no_caption'
    | 'figure_no_credit'
    | 'figure_no_alt';
  /** Blocking problems stop a move to ready or published; warnings are shown and allowed. */
  severity: 'blocking' | 'warning';
  field: PreflightField;
  message: string;
}

/** What the checks read: the article's text fields and body. */
export interface PreflightInput {
  headline: string;
  altHeadlines: AltHeadlines;
  standfirst: string;
  bylines: readonly string[];
  embargo: Embargo | null;
  body: DocNode;
}

const allowedLink = /^(https?:\/\/|mailto:)/i;

/**
 * Every problem that should hold a story back, listed in the order of the page. Pure: the
 * editor runs it to list the problems with links to the fields, and the article service
 * runs it again before it lets a story move, so the two can never disagree.
 */
export function preflight(article: PreflightInput, limits: DeskLimits, now: number): PreflightProblem[] {
  const problems: PreflightProblem[] = [];
  const add = (problem: PreflightProblem): void => void problems.push(problem);

  const headlineLength = countCharacters(article.headline.trim());
  if (headlineLength === 0) {
    add({ check: 'headline_empty', severity: 'blocking', field: 'headline', message: 'The headline is empty.' });
  } else if (headlineLength > limits.headline) {
    add({
      check: 'headline_too_long',
      severity: 'blocking',
      field: 'headline',
      message: `The headline is ${headlineLength} characters; the desk limit is ${limits.headline}.`,
    });
  }
  for (const role of altHeadlineRoles) {
    const length = countCharacters(article.altHeadlines[role]);
    if (length > limits[role]) {
      add({
        check: 'alt_headline_too_long',
        severity: 'warning',
        field: `altHeadlines.${role}`,
        message: `The ${altHeadlineLabels[role]} headline is ${length} characters; the desk limit is ${limits[role]}.`,
      });
    }
  }
  const standfirstLength = countCharacters(article.standfirst);
  if (standfirstLength > limits.standfirst) {
    add({
      check: 'standfirst_too_long',
      severity: 'warning',
      field: 'standfirst',
      message: `The standfirst is ${standfirstLength} characters; the desk limit is ${limits.standfirst}.`,
    });
  }
  if (namedBylines(article.bylines).length === 0) {
    add({ check: 'no_byline', severity: 'blocking', field: 'bylines', message: 'There is no byline.' });
  }
  if (article.embargo && article.embargo.at <= now) {
    add({
      check: 'embargo_passed',
      severity: 'warning',
      field: 'embargo',
      message: `The embargo (${formatEmbargo(article.embargo)}) has already passed; clear it or set a new time.`,
    });
  }
  bodyProblems(article.body, add);
  return problems;
}

/** True when some problem stops the move. */
export const hasBlocking = (problems: readonly PreflightProblem[]): boolean =>
  problems.some((problem) => problem.severity === 'blocking');

/** One line per problem, for the service's refusal message. */
export function describeProblems(problems: readonly PreflightProblem[]): string {
  return problems.map((problem) => problem.message.replace(/\.$/, '')).join('; ');
}

function textOf(node: DocNode): string {
  if (node.text !== undefined) return node.text;
  return (node.content ?? []).map(textOf).join('');
}

function isEmptyParagraph(node: DocNode): boolean {
  return node.type === 'paragraph' && textOf(node).trim() === '' && !hasNonText(node);
}

/** Images or other leaf nodes that are content even without text. */
function hasNonText(node: DocNode): boolean {
  return (node.content ?? []).some(
    (child) => (child.type !== 'text' && child.type !== 'hardBreak') || hasNonText(child),
  );
}

function quoted(value: string, max = 60): string {
  const short = value.length > max ? `${value.slice(0, max - 1)}…` : value;
  return `“${short}”`;
}

function bodyProblems(body: DocNode, add: (problem: PreflightProblem) => void): void {
  const blocks = body.content ?? [];
  if (blocks.every(isEmptyParagraph)) {
    add({ check: 'body_empty', severity: 'warning', field: 'body', message: 'The body is empty.' });
  } else {
    let trailing = 0;
    for (let i = blocks.length - 1; i >= 0 && isEmptyParagraph(blocks[i]!); i--) trailing++;
    if (trailing > 0) {
      add({
        check: 'trailing_empty_paragraphs',
        severity: 'warning',
        field: 'body',
        message:
          trailing === 1
            ? 'The body ends with an empty paragraph.'
            : `The body ends with ${trailing} empty paragraphs.`,
      });
    }
  }

  // Iterative walk: documents are bounded in depth by the contract, but a stack is cheap.
  let figure = 0;
  const stack: DocNode[] = [body];
  const ordered: DocNode[] = [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    ordered.push(node);
    for (let i = (node.content?.length ?? 0) - 1; i >= 0; i--) stack.push(node.content![i]!);
  }
  for (const node of ordered) {
    // A link spanning several text runs (part of it bold, say) is one problem, not several.
    let run: { href: string; text: string } | undefined;
    const flush = (): void => {
      if (run && !allowedLink.test(run.href)) {
        add({
          check: 'link_not_allowed',
          severity: 'blocking',
          field: 'body',
          message: `The link on ${quoted(run.text)} goes to ${run.href ? quoted(run.href) : 'nowhere'}; links must start with http://, https:// or mailto:.`,
        });
      }
      run = undefined;
    };
    for (const child of node.content ?? []) {
      const link = child.marks?.find((mark) => mark.type === 'link');
      const href = typeof link?.attrs?.href === 'string' ? link.attrs.href.trim() : '';
      if (link && run && run.href === href) run.text += child.text ?? '';
      else {
        flush();
        if (link) run = { href, text: child.text ?? '' };
      }
    }
    flush();
    if (node.type === 'figure') {
      figure++;
      const attr = (name: string): string =>
        typeof node.attrs?.[name] === 'string' ? (node.attrs[name] as string).trim() : '';
      const which = `Image ${figure}`;
      if (!attr('caption')) {
        add({ check: 'figure_no_caption', severity: 'warning', field: 'body', message: `${which} has no caption.` });
      }
      if (!attr('credit')) {
        add({
          check: 'figure_no_credit',
          severity: 'blocking',
          field: 'body',
          message: `${which} has no credit (for example “Photo: REUTERS”).`,
        });
      }
      if (!attr('alt')) {
        add({
          check: 'figure_no_alt',
          severity: 'blocking',
          field: 'body',
          message: `${which} has no alt text for readers who cannot see it.`,
        });
      }
    }
  }
}
