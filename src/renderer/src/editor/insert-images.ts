import type { Editor } from '@tiptap/core';
import { assetLimits, imageTooLargeMessage, imageTypes, type Asset } from '../../../shared/asset';
import { asLedeError } from '../../../shared/errors';
import { sniffImage, sniffProblemMessage } from '../../../shared/images/sniff-image';

export type Notify = (message: string, kind: 'info' | 'error') => void;

/** What the file picker offers; the bytes decide in the end. */
export const imageAccept = imageTypes.join(',');

/**
 * Checks one file in the page (size first, then the type from its bytes) and stores it.
 * The core checks again and decides; checking here first means a 200 MB video is refused
 * at once instead of being copied across the bridge. Undefined, with a message, when refused.
 */
export async function storeImageFile(file: File, notify: Notify): Promise<Asset | undefined> {
  if (file.size > assetLimits.maxBytes) {
    notify(imageTooLargeMessage(file.size, assetLimits.maxBytes, file.name), 'error');
    return undefined;
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const sniff = sniffImage(bytes);
  if (!sniff.ok) {
    notify(sniffProblemMessage(sniff, file.name), 'error');
    return undefined;
  }
  try {
    return await window.lede.assets.add({ bytes });
  } catch (caught) {
    notify(asLedeError(caught).message, 'error');
    return undefined;
  }
}

/**
 * Stores each image file and puts a figure for it in the body: at `position` (where it
 * was dropped) or at the cursor. A refused file changes nothing and says why.
 */
export async function insertImageFiles(
  editor: Editor,
  files: ArrayLike<File>,
  position: number | undefined,
  notify: Notify,
): Promise<void> {
  let at = position;
  for (const file of Array.from(files)) {
    const asset = await storeImageFile(file, notify);
    if (!asset || editor.isDestroyed) continue;
    const inserted =
      at === undefined
        ? editor.chain().focus().insertFigure({ assetId: asset.hash }).run()
        : editor.chain().insertFigure({ assetId: asset.hash }, Math.min(at, editor.state.doc.content.size)).run();
    if (!inserted) continue;
    if (at !== undefined) at = editor.state.selection.to;
    notify(
      `Inserted “${file.name}” (${asset.width} × ${asset.height}). Add its caption, credit and alt text below the image.`,
      'info',
    );
  }
}
