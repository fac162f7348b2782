import { altHeadlineLabels, altHeadlineRoles, articleLimits, urgencyRange } from '../../../shared/article';
import type { TextDirection } from '../../../shared/text-direction';
import { HeaderField } from '../editor/HeaderField';
import type { ArticleFieldsState } from '../editor/use-article-fields';
import { EmbargoField } from './EmbargoField';
import { LanguageField } from './LanguageField';
import { SlugField } from './SlugField';

interface MetadataPanelProps {
  articleId: string;
  state: ArticleFieldsState;
  dir: TextDirection;
}

const urgencyWords: Record<number, string> = { 1: 'flash', 5: 'normal', 9: 'least urgent' };

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
const formatTime = (ms: number | null): string => (ms === null ? 'not yet' : dateFormat.format(ms));

/** The desk's metadata beside the editor: slug, alternative headlines, place, section, and the rest. */
export function MetadataPanel({ articleId, state, dir }: MetadataPanelProps) {
  const { fields, change, commitSlug, commitEmbargo } = state;
  const lang = fields.language;
  return (
    <section className="panel-section" aria-labelledby="metadata-heading">
      <h2 id="metadata-heading">Metadata</h2>
      <SlugField articleId={articleId} slug={fields.slug} slugEdited={fields.slugEdited} onCommit={commitSlug} />
      <fieldset className="field-group">
        <legend className="field__label">Alternative headlines</legend>
        {altHeadlineRoles.map((role) => (
          <HeaderField
            key={role}
            id={`field-alt-${role}`}
            label={altHeadlineLabels[role]}
            name={`${altHeadlineLabels[role]} headline`}
            value={fields.altHeadlines[role]}
            max={articleLimits.altHeadline}
            onChange={(value) => change('altHeadlines', { ...fields.altHeadlines, [role]: value })}
            dir={dir}
            lang={lang}
            describedBy={`count-alt-${role}`}
            className="field--compact"
          />
        ))}
      </fieldset>
      <HeaderField
        id="field-dateline"
        label="Dateline"
        value={fields.dateline}
        max={articleLimits.dateline}
        onChange={(value) => change('dateline', value)}
        dir={dir}
        lang={lang}
        placeholder="ISTANBUL"
        className="field--compact"
      />
      <HeaderField
        id="field-section"
        label="Section"
        value={fields.section}
        max={articleLimits.section}
        onChange={(value) => change('section', value)}
        dir={dir}
        lang={lang}
        placeholder="World"
        className="field--compact"
      />
      <HeaderField
        id="field-source"
        label="Source line"
        name="source line"
        value={fields.source}
        max={articleLimits.source}
        onChange={(value) => change('source', value)}
        dir={dir}
        lang={lang}
        placeholder="agencies"
        className="field--compact"
      />
      <LanguageField language={fields.language} onCommit={(language) => change('language', language)} />
      <div className="field">
        <label className="field__label" htmlFor="field-urgency">
          Urgency
        </label>
        <select
          id="field-urgency"
          value={fields.urgency}
          onChange={(event) => change('urgency', Number(event.target.value))}
        >
          {Array.from({ length: urgencyRange.max }, (_, i) => i + urgencyRange.min).map((level) => (
            <option key={level} value={level}>
              {level}
              {urgencyWords[level] ? ` (${urgencyWords[level]})` : ''}
            </option>
          ))}
        </select>
      </div>
      <EmbargoField embargo={fields.embargo} onCommit={commitEmbargo} />
      <HeaderField
        id="field-editors-note"
        label="Editor’s note"
        name="editor’s note"
        value={fields.editorsNote}
        max={articleLimits.editorsNote}
        onChange={(value) => change('editorsNote', value)}
        multiline
        rows={3}
        dir={dir}
        lang={lang}
        placeholder="For the desk; not published"
        className="field--compact"
      />
      <dl className="article-times">
        <dt>Created</dt>
        <dd>{formatTime(fields.createdAt)}</dd>
        <dt>Updated</dt>
        <dd>{formatTime(fields.updatedAt)}</dd>
        <dt>First published</dt>
        <dd>{formatTime(fields.firstPublishedAt)}</dd>
      </dl>
    </section>
  );
}
