import { LedeError } from '../../../shared/errors';
import type { Handlers, ServicesOf } from '../handlers';

const noPath = (): LedeError =>
  new LedeError('invalid_input', 'No file was chosen; choose where to write it and try again.');

/** Export and import channels; a call without its path means the dialog was cancelled. */
export const exchangeHandlers = (
  services: ServicesOf,
): Pick<Handlers, (`exports.${string}` | `imports.${string}`) & keyof Handlers> => ({
  'exports.render': ({ articleId, layout, asOf, outlet }) => services().exports.render(articleId, layout, asOf, outlet),
  'exports.save': (input) => {
    if (!input.path) return { cancelled: true };
    if (input.path.endsWith('/') || input.path.endsWith('\\')) throw noPath();
    return { cancelled: false, ...services().exports.save({ ...input, path: input.path }) };
  },
  'exports.chooseFolder': ({ folder }) =>
    folder ? { cancelled: false, ...services().exports.chooseFolder(folder) } : { cancelled: true },
  'exports.batch': (input) => services().exports.batch(input),
  'imports.files': ({ paths }) =>
    paths
      ? { cancelled: false, reports: paths.map((path) => services().imports.importFile(path)) }
      : { cancelled: true, reports: [] },
});
