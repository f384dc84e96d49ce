// A worker thread of the render pool (render-pool.ts): renders a send's documents and message
// (src/documents/dispatch-rendering.ts) or a scorecard review's PDF and message
// (src/documents/scorecard-review-rendering.ts), away from the thread that answers requests. The
// source is TypeScript, loaded as the server itself is.
import { tsImport } from 'tsx/esm/api';

const { renderDispatch } = await tsImport('../documents/dispatch-rendering.ts', import.meta.url);
const { renderScorecardReview } = await tsImport(
  '../documents/scorecard-review-rendering.ts',
  import.meta.url,
);

/** @param {{ kind?: 'dispatch' | 'scorecard_review'; content: any; message: { id: string; date: Date } }} task */
export default function render(task) {
  return task.kind === 'scorecard_review'
    ? renderScorecardReview(task.content, task.message)
    : renderDispatch(task.content, task.message);
}
