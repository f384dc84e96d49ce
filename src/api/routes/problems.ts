import { Problem } from '../../contracts/common';

/** The problem responses most routes declare: reads, and writes (which add the concurrency answers). */
export const readProblems = { 401: Problem, 403: Problem, 404: Problem, 422: Problem } as const;
export const writeProblems = { ...readProblems, 409: Problem, 412: Problem, 428: Problem } as const;
