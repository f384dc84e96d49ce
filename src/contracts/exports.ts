import { z } from 'zod';

/** `?format=csv` (the default) or `?format=xlsx` on a list's `/export`. */
export const ExportFormatQuery = z.object({
  format: z.enum(['csv', 'xlsx'], { message: 'must be csv or xlsx' }).default('csv'),
});
