/** The workflow: draft → in edit → ready → published, and spiked from any state. */
export const articleStatuses = ['draft', 'in_edit', 'ready', 'published', 'spiked'] as const;
export type ArticleStatus = (typeof articleStatuses)[number];

/** How a status reads on screen: in words, never colour alone. */
export const statusLabels: Record<ArticleStatus, string> = {
  draft: 'Draft',
  in_edit: 'In edit',
  ready: 'Ready',
  published: 'Published',
  spiked: 'Spiked',
};
