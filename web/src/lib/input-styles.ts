/** Input text in the monospace font (codes, SKUs, formats) while the label stays in the normal one. */
export const MONO_INPUT_STYLES = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } };
