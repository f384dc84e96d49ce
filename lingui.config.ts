import fs from 'node:fs';
import path from 'node:path';
import { defineConfig } from '@lingui/cli';
import { formatter } from '@lingui/format-po';

/**
 * The web app's messages, in one catalog per part of the app (web/src/locales/<part>/<locale>.po),
 * so the sign-in page loads only its own and people can translate one part at a time.
 * `LINGUI_ONLY=features-catalog,routes-catalog npx lingui extract` extracts only those parts.
 */
const web = 'web/src';
const dirs = (dir: string) =>
  fs
    .readdirSync(path.join(web, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== 'locales')
    .map((e) => e.name);

/** What the sign-in page shows: its catalog is loaded before anything else. */
const signIn = [
  `${web}/routes/login-page.tsx`,
  `${web}/features/auth/components/login-form.tsx`,
  // What can show before the rest of the messages arrive: loaders, the error screen when the
  // server cannot be reached, the API's own messages and the field errors of the sign-in form.
  `${web}/app/guards.tsx`,
  `${web}/app/router.tsx`,
  // The theme's labels (clear buttons): the theme is made with the first render.
  `${web}/app/theme.ts`,
  `${web}/components/states.tsx`,
  `${web}/lib/api.ts`,
  `${web}/lib/contract-messages.ts`,
];
const flatRoutes = fs
  .readdirSync(path.join(web, 'routes'))
  .filter((f) => /\.tsx?$/.test(f))
  .map((f) => `${web}/routes/${f}`)
  .filter((f) => !signIn.includes(f));

export const parts: { name: string; include: string[] }[] = [
  { name: 'sign-in', include: signIn },
  { name: 'app', include: [`${web}/app`, `${web}/main.tsx`, `${web}/i18n`] },
  { name: 'components', include: [`${web}/components`] },
  { name: 'lib', include: [`${web}/lib`] },
  { name: 'routes', include: flatRoutes },
  ...dirs('routes').map((d) => ({ name: `routes-${d}`, include: [`${web}/routes/${d}`] })),
  ...dirs('features').map((d) => ({ name: `features-${d}`, include: [`${web}/features/${d}`] })),
];

/** The server's messages (e-mails, notifications): explicit ids, compiled to .ts beside the catalogs. */
const server = {
  name: 'server',
  path: 'src/documents/locales/{locale}',
  include: ['src/documents', 'src/core'],
};

const only = process.env.LINGUI_ONLY?.split(',').map((s) => s.trim());

export default defineConfig({
  sourceLocale: 'en',
  locales: ['en', 'de'],
  fallbackLocales: { default: 'en' },
  format: formatter({ lineNumbers: false }),
  catalogs: [
    ...parts.map((p) => ({
      name: p.name,
      path: `<rootDir>/${web}/locales/${p.name}/{locale}`,
      include: p.include.map((i) => `<rootDir>/${i}`),
      exclude: p.name === 'sign-in' ? [] : signIn.map((i) => `<rootDir>/${i}`),
    })),
    {
      name: server.name,
      path: `<rootDir>/${server.path}`,
      include: server.include.map((i) => `<rootDir>/${i}`),
      exclude: ['<rootDir>/src/documents/locales'],
    },
  ]
    .filter((c) => !only || only.includes(c.name))
    .map(({ name: _, ...catalog }) => catalog),
});
