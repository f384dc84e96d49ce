// A worker thread of the render pool (render-pool.ts): renders a send's documents and message
// (src/documents/dispatch-rendering.ts), away from the thread that answers requests. The source
// is TypeScript, loaded as the server itself is.
import { tsImport } from 'tsx/esm/api';

const { renderDispatch } = await tsImport('../documents/dispatch-rendering.ts', import.meta.url);

/** @param {{ content: unknown; message: { id: string; date: Date } }} task */
export default function render(task) {
  return renderDispatch(task.content, task.message);
}
