import fs from 'node:fs';
import path from 'node:path';
import { notificationTemplateNames, notificationTemplates } from '@core/enums/notification-templates';

/**
 * Whoever chooses the templates in the WeChat console maps our data keys to the keywords from the
 * README's tables (部署, Deploying): they must say what the functions send, in both languages.
 */
const readme = fs.readFileSync(path.resolve(__dirname, '../../../../../README.md'), 'utf8');

/** `| \`union\` \`result\` | transferRequested, transferAccepted |` → each template with those keys. */
const rows = [...readme.matchAll(/^ *\| ((?:`\w+` ?)+)\| ([\w, ]+) \|$/gm)].map(([, keys, templates]) => ({
  keys: [...keys.matchAll(/`(\w+)`/g)].map(([, key]) => key),
  templates: templates.split(',').map((name) => name.trim()),
}));

describe('README: the data keys of each template', () => {
  it('lists every template once in each language, with exactly the keys its function sends', () => {
    for (const name of notificationTemplateNames) {
      const listed = rows.filter((row) => row.templates.includes(name)).map((row) => [...row.keys].sort());
      expect({ name, listed }).toEqual({ name, listed: [0, 1].map(() => [...notificationTemplates[name].data].sort()) });
    }
  });

  it('lists no template that does not exist', () => {
    expect(rows.flatMap((row) => row.templates).filter((name) => !notificationTemplateNames.includes(name as never))).toEqual([]);
  });
});
