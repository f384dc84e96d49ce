import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * Every text the web app shows goes through the i18n layer: the lint (eslint.config.mjs, run by
 * `npm run lint` over all of web/src) fails on a visible English string that bypasses it. This
 * shows the rule catches what it must, and lets through what is not text for people.
 */
const root = path.resolve(import.meta.dirname, '../..');
// Linted as if it were this file of the web app (its text is the sample's, not the file's).
const asFile = path.join(root, 'web/src/routes/not-found-page.tsx');

async function problems(source: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(source, { filePath: asFile });
  return (result?.messages ?? []).map((m) => `${m.line}: ${m.ruleId}`);
}

describe('text bypassing the i18n layer', () => {
  it('fails on English in JSX text, in a label, in a notification and in a page title', async () => {
    const found = await problems(`
import { Button, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { usePageTitle } from '@/lib/use-page-title';
export function Sample() {
  usePageTitle('Purchase orders');
  notifications.show({ message: 'Order saved' });
  return (
    <>
      <TextInput label="Supplier name" />
      <Button>Send order</Button>
    </>
  );
}
`);
    expect(found).toEqual([
      '6: lingui/no-unlocalized-strings',
      '7: lingui/no-unlocalized-strings',
      '10: lingui/no-unlocalized-strings',
      '11: lingui/no-unlocalized-strings',
    ]);
  }, 60_000);

  it('passes the same texts through Lingui, and what is not text for people', async () => {
    const found = await problems(`
import { Trans, useLingui } from '@lingui/react/macro';
import { Button, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { usePageTitle } from '@/lib/use-page-title';
export function Sample() {
  const { t } = useLingui();
  usePageTitle(t\`Purchase orders\`);
  notifications.show({ message: t\`Order saved\`, color: 'green' });
  return (
    <>
      <TextInput label={t\`Supplier name\`} type="text" variant="filled" className="wide" />
      <Button size="sm">
        <Trans>Send order</Trans>
      </Button>
    </>
  );
}
`);
    expect(found).toEqual([]);
  }, 60_000);
});
