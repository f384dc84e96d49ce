import { UblReadError } from '../../documents/ubl-reader';
import { AppError, type FieldError } from './errors';

/** What the importers of UBL documents share: their 422 and where a problem is in the document. */

/** 422 with every problem of a document, each with its place in it. */
export function documentProblems(message: string, problems: FieldError[]): AppError {
  return AppError.validation(problems, message);
}

/** Reads a document; what cannot be read is a 422 with every problem the reader found. */
export async function readUblOrThrow<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (err) {
    if (err instanceof UblReadError) throw documentProblems(err.message, err.problems);
    throw err;
  }
}

/**
 * Says the problems the use case found of its input (`lines[2].quantity`, `expectedDeliveryDate`)
 * where the document says them: a line's at the path of the element it was read from
 * (`linePaths[i]`) plus the field's path in it, the others at their own path in the document, or
 * at the document's root with the field named.
 */
export function locateInDocument(opts: {
  root: string;
  linePaths: string[];
  lineFields: Record<string, string>;
  fields?: Record<string, string>;
}): (errors: FieldError[]) => FieldError[] {
  return (errors) =>
    errors.map((e) => {
      const m = /^lines\[(\d+)\](?:\.(\w+))?$/.exec(e.path);
      if (m) {
        const path = opts.linePaths[Number(m[1])] ?? opts.root;
        return { path: `${path}${m[2] ? (opts.lineFields[m[2]] ?? '') : ''}`, message: e.message };
      }
      const field = opts.fields?.[e.path];
      return field
        ? { path: field, message: e.message }
        : { path: opts.root, message: `${e.path} ${e.message}` };
    });
}
