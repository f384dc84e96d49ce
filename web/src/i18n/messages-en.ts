import type { Messages } from '@lingui/core';

type Catalog = { messages: Messages };
const parts = import.meta.glob<Catalog>('../locales/*/en.po', { eager: true });

/** Every part of the app's messages in English, in one file. */
export const messages: Messages = Object.assign({}, ...Object.values(parts).map((p) => p.messages));
