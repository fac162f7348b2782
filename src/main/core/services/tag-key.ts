/**
 * A tag name as the tags table compares it (`name_key`): NFKD, combining marks stripped,
 * lower case, runs of spaces collapsed. "Zürich " and "zurich" are the same tag.
 */
export function tagNameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
