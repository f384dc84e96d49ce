import type { FastifyRequest } from 'fastify';
import { detectDelimiter } from '../../core/shared/csv';

/** An import's answer with how its file was read: the encoding and the delimiter found. */
export function withFileReport<T extends object>(request: FastifyRequest, result: T) {
  return {
    ...result,
    file: {
      encoding: request.csvEncoding ?? 'UTF-8',
      delimiter: detectDelimiter(typeof request.body === 'string' ? request.body : ''),
    },
  };
}
