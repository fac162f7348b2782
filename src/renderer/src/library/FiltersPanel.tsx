import { useEffect, useId, useState } from 'react';
import { languageName } from '../../../shared/language';
import type { LibraryFacets, LibraryFilters, TagOption } from '../../../shared/library';
import { dateInputValue, dayAfter, dayStart, lastDayValue } from './date-range';
import { TagPicker } from './TagPicker';

interface FiltersPanelProps {
  id: string;
  filters: LibraryFilters;
  onChange: (filters: LibraryFilters) => void;
  /** The chosen tags with their names (the filter keeps only ids). */
  tags: TagOption[];
  onTags: (tags: TagOption[]) => void;
}

const single = (values: readonly string[] | undefined): string => values?.[0] ?? '';

/** The choices in use, plus the one chosen if it is not among them (a saved search's, say). */
function withChosen<T extends { count: number }>(
  items: T[] | undefined,
  chosen: string,
  make: (value: string) => T,
  key: (item: T) => string,
): T[] {
  const list = items ?? [];
  return chosen === '' || list.some((item) => key(item) === chosen) ? list : [make(chosen), ...list];
}
const list = (value: string): string[] | undefined => (value === '' ? undefined : [value]);

/** Section, author, language, tags, dates and embargo; each change re-runs the list. */
export function FiltersPanel({ id, filters, onChange, tags, onTags }: FiltersPanelProps) {
  const ids = useId();
  const [facets, setFacets] = useState<LibraryFacets | undefined>();
  useEffect(() => {
    let live = true;
    window.lede.library
      .facets()
      .then((found) => live && setFacets(found))
      .catch(() => live && setFacets({ sections: [], authors: [], languages: [] }));
    return () => {
      live = false;
    };
  }, []);

  const set = (patch: Partial<LibraryFilters>): void => onChange({ ...filters, ...patch });
  const field = (name: string): string => `${ids}-${name}`;

  return (
    <div className="filters" id={id} role="group" aria-label="Filters">
      <label htmlFor={field('section')}>Section</label>
      <select
        id={field('section')}
        value={single(filters.sections)}
        onChange={(event) => set({ sections: list(event.target.value) })}
      >
        <option value="">Any section</option>
        {withChosen(
          facets?.sections,
          single(filters.sections),
          (name) => ({ name, count: 0 }),
          (item) => item.name,
        ).map(({ name, count }) => (
          <option key={name} value={name}>
            {name || '(no section)'} ({count.toLocaleString()})
          </option>
        ))}
      </select>

      <label htmlFor={field('author')}>Author</label>
      <select
        id={field('author')}
        value={single(filters.authors)}
        onChange={(event) => set({ authors: list(event.target.value) })}
      >
        <option value="">Any author</option>
        {withChosen(
          facets?.authors,
          single(filters.authors),
          (name) => ({ name, count: 0 }),
          (item) => item.name,
        ).map(({ name, count }) => (
          <option key={name} value={name}>
            {name} ({count.toLocaleString()})
          </option>
        ))}
      </select>

      <label htmlFor={field('language')}>Language</label>
      <select
        id={field('language')}
        value={single(filters.languages)}
        onChange={(event) => set({ languages: list(event.target.value) })}
      >
        <option value="">Any language</option>
        {withChosen(
          facets?.languages,
          single(filters.languages),
          (tag) => ({ tag, count: 0 }),
          (item) => item.tag,
        ).map(({ tag, count }) => (
          <option key={tag} value={tag}>
            {languageName(tag)} ({count.toLocaleString()})
          </option>
        ))}
      </select>

      <TagPicker
        chosen={tags}
        onChange={(next) => {
          onTags(next);
          set({ tagIds: next.length > 0 ? next.map((tag) => tag.id) : undefined });
        }}
      />

      <fieldset className="filters__dates">
        <legend>Dates</legend>
        <label htmlFor={field('date-field')}>By</label>
        <select
          id={field('date-field')}
          value={filters.dateField ?? 'updated'}
          onChange={(event) => set({ dateField: event.target.value === 'created' ? 'created' : undefined })}
        >
          <option value="updated">Last edited</option>
          <option value="created">Created</option>
        </select>
        <label htmlFor={field('from')}>From</label>
        <input
          id={field('from')}
          type="date"
          value={dateInputValue(filters.from)}
          onChange={(event) => set({ from: dayStart(event.target.value) })}
        />
        <label htmlFor={field('to')}>To</label>
        <input
          id={field('to')}
          type="date"
          value={lastDayValue(filters.to)}
          onChange={(event) => set({ to: dayAfter(event.target.value) })}
        />
      </fieldset>

      <label htmlFor={field('embargo')}>Embargo</label>
      <select
        id={field('embargo')}
        value={filters.embargoed === undefined ? '' : String(filters.embargoed)}
        onChange={(event) => set({ embargoed: event.target.value === '' ? undefined : event.target.value === 'true' })}
      >
        <option value="">With or without</option>
        <option value="true">Has an embargo</option>
        <option value="false">No embargo</option>
      </select>

      <button
        type="button"
        className="quiet filters__clear"
        onClick={() => {
          onTags([]);
          onChange(filters.statuses ? { statuses: filters.statuses } : {});
        }}
      >
        Clear filters
      </button>
    </div>
  );
}
