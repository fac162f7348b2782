import { backlinkLabels, type Backlink } from '../../../shared/related';
import { StoryLine } from './StoryLine';

interface BacklinkListProps {
  backlinks: Backlink[];
  onOpen: (articleId: string) => void;
}

/** "Linked from": the stories that list this one, with how they relate; each opens. */
export function BacklinkList({ backlinks, onOpen }: BacklinkListProps) {
  if (backlinks.length === 0) return <p className="history__note">No story links here yet.</p>;
  return (
    <ul className="backlinks" aria-label="Stories linking here">
      {backlinks.map((backlink) => (
        <li key={backlink.story.id} className="backlink">
          <span className="tag-kind">{backlinkLabels[backlink.relation]}</span>
          <button type="button" className="link backlink__open" onClick={() => onOpen(backlink.story.id)}>
            <StoryLine story={backlink.story} />
          </button>
          {backlink.note && <span className="suggestion__why">{backlink.note}</span>}
        </li>
      ))}
    </ul>
  );
}
