#!/usr/bin/env node
/**
 * `npm run deploy [-- --dry-run]`: builds the function bundles and deploys each one with the CloudBase
 * CLI (`tcb fn deploy <name> --force`, or `npx -y @cloudbase/cli …` when tcb is not installed), as
 * cloudbaserc.json describes them. Needs ENV_ID and a CLI logged in to that environment; without
 * either it says so (中文 + English) and exits non-zero. `--dry-run` builds and prints the plan only.
 * `--write-database-plan` only rewrites database/security-rules.json from the collections in code.
 *
 * The database part of the plan (collections, client-denying security rules, indexes) comes from
 * cloudfunctions/common/adapters/cloudbase/cloudbase.indexes.ts and is kept in
 * database/security-rules.json; the CLI has no command for it, so it is printed for the console (or
 * @cloudbase/manager-node `updateCollection`) rather than applied.
 *
 * Secrets are never in cloudbaserc.json: NUANXIN_DATA_KEY and friends are set per function in the
 * CloudBase console, so a deploy can never blank or replace the data key (which would make every
 * stored ID number and phone unreadable).
 */
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const dryRun = args.has('--dry-run');
const databasePlanFile = path.join('database', 'security-rules.json');
const functionEnv = ['NUANXIN_DATA_KEY (必填 required; 一旦设置永不更换 never change once set)', 'NUANXIN_ADMIN_OPENIDS', 'NUANXIN_TEMPLATE_IDS', 'NUANXIN_MINIPROGRAM_STATE (formal | trial | developer)'];

const fail = (code, zh, en) => {
  console.error(`\n✗ ${zh}\n  ${en}`);
  process.exit(code);
};

const run = (command, commandArgs, options = {}) =>
  spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', shell: false, ...options });

/** The database plan computed from the collections in code (bundled on the fly: they are TypeScript). */
export const databasePlanFromCode = async () => {
  const result = await build({
    absWorkingDir: root,
    stdin: {
      contents: [
        "import { allCollections } from './cloudfunctions/common/collections';",
        "import { cloudbaseDatabasePlanOf } from './cloudfunctions/common/adapters/cloudbase/cloudbase.indexes';",
        'export const plan = cloudbaseDatabasePlanOf(allCollections);',
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
      sourcefile: 'database-plan.ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    tsconfig: 'tsconfig.json',
    write: false,
    logLevel: 'error',
  });
  const module = new Module(path.join(root, 'database-plan.js'));
  module.paths = Module._nodeModulePaths(root);
  module.require = createRequire(path.join(root, 'database-plan.js'));
  module._compile(result.outputFiles[0].text, path.join(root, 'database-plan.js'));
  return module.exports.plan;
};

const planText = (plan) => `${JSON.stringify(plan, null, 2)}\n`;

const syncDatabasePlan = async ({ write }) => {
  const text = planText(await databasePlanFromCode());
  const file = path.join(root, databasePlanFile);
  const current = existsSync(file) ? readFileSync(file, 'utf8') : null;
  if (current === text) return { changed: false, plan: JSON.parse(text) };
  if (write) writeFileSync(file, text);
  return { changed: true, plan: JSON.parse(text) };
};

const cliCommand = () => {
  const tcb = spawnSync('tcb', ['--version'], { cwd: root, stdio: 'ignore' });
  return tcb.error ? ['npx', ['-y', '@cloudbase/cli']] : ['tcb', []];
};

const main = async () => {
  if (args.has('--help')) {
    console.log('npm run deploy [-- --dry-run | --write-database-plan]');
    return;
  }
  if (args.has('--write-database-plan')) {
    const { changed } = await syncDatabasePlan({ write: true });
    console.log(changed ? `✓ 已更新 updated ${databasePlanFile}` : `✓ ${databasePlanFile} 已是最新 (up to date)`);
    return;
  }

  const envId = process.env.ENV_ID;
  if (!envId && !dryRun) {
    fail(2, '缺少 ENV_ID：请设置云开发环境 ID，例如 ENV_ID=nuanxin-1a2b3c npm run deploy', 'ENV_ID is missing: set the CloudBase environment id, e.g. ENV_ID=nuanxin-1a2b3c npm run deploy');
  }

  console.log('1. npm run build:functions');
  const built = run('npm', ['run', '--silent', 'build:functions']);
  if (built.status !== 0) fail(1, '云函数构建失败，未部署任何内容。', 'Building the functions failed; nothing was deployed.');

  const rc = JSON.parse(readFileSync(path.join(root, 'cloudbaserc.json'), 'utf8'));
  const configured = (rc.functions ?? []).map((entry) => entry.name).sort();
  const distRoot = path.join(root, rc.functionRoot ?? 'dist/cloudfunctions');
  const bundles = readdirSync(distRoot).filter((name) => statSync(path.join(distRoot, name)).isDirectory()).sort();
  const unconfigured = bundles.filter((name) => !configured.includes(name));
  const unbuilt = configured.filter((name) => !bundles.includes(name));
  if (unconfigured.length > 0 || unbuilt.length > 0) {
    fail(
      1,
      `cloudbaserc.json 与构建结果不一致：未配置 ${unconfigured.join(', ') || '无'}；未构建 ${unbuilt.join(', ') || '无'}。`,
      `cloudbaserc.json and the bundles disagree: not configured ${unconfigured.join(', ') || 'none'}; not built ${unbuilt.join(', ') || 'none'}.`,
    );
  }

  const { changed, plan } = await syncDatabasePlan({ write: !dryRun });
  const [cli, cliArgs] = cliCommand();
  const target = envId ?? '<ENV_ID>';

  console.log(`\n2. 部署云函数 deploy functions to ${target}${dryRun ? '  (dry run: 仅显示 nothing is run)' : ''}`);
  for (const name of bundles) console.log(`   ${[cli, ...cliArgs, 'fn', 'deploy', name, '--force', '-e', target].join(' ')}`);
  // Timer triggers (cloudbaserc.json `triggers`) are created by their own command.
  const withTriggers = (rc.functions ?? []).filter((entry) => entry.triggers?.length && bundles.includes(entry.name)).map((entry) => entry.name);
  for (const name of withTriggers) console.log(`   ${[cli, ...cliArgs, 'fn', 'trigger', 'create', name, '-e', target, '--yes'].join(' ')}`);
  console.log('\n3. 数据库 database (控制台或 @cloudbase/manager-node 设置 / set in the console or with @cloudbase/manager-node):');
  if (changed) console.log(`   ${dryRun ? '将更新 would update' : '已更新 updated'} ${databasePlanFile} from the collections in code`);
  for (const collection of plan.collections) {
    console.log(`   ${collection.name}: rule ${JSON.stringify(collection.rule)}; indexes ${collection.indexes.map((index) => index.IndexName).join(', ') || '(none)'}`);
  }
  console.log('\n4. 每个函数的环境变量 function environment (set in the console, never in cloudbaserc.json):');
  for (const variable of functionEnv) console.log(`   ${variable}`);

  if (dryRun) return;

  const probe = spawnSync(cli, [...cliArgs, '--version'], { cwd: root, stdio: 'ignore', timeout: 120000 });
  if (probe.status !== 0) {
    fail(
      3,
      '无法运行云开发 CLI（tcb）：请检查网络，或先 npm i -g @cloudbase/cli 并 tcb login。未部署任何内容。',
      'The CloudBase CLI (tcb) cannot run here: check the network, or npm i -g @cloudbase/cli and tcb login first. Nothing was deployed.',
    );
  }
  for (const name of bundles) {
    console.log(`\n→ ${name}`);
    const deployed = run(cli, [...cliArgs, 'fn', 'deploy', name, '--force', '-e', envId]);
    if (deployed.status !== 0) {
      fail(4, `部署 ${name} 失败（未登录、无网络或无权限？）。之前的函数已部署。`, `Deploying ${name} failed (not logged in, no network, no permission?). Functions before it were deployed.`);
    }
  }
  for (const name of withTriggers) {
    console.log(`\n→ ${name} 定时触发器 timer triggers`);
    const created = run(cli, [...cliArgs, 'fn', 'trigger', 'create', name, '-e', envId, '--yes']);
    if (created.status !== 0) fail(4, `创建 ${name} 的定时触发器失败。函数已部署。`, `Creating the timer triggers of ${name} failed. The functions were deployed.`);
  }
  console.log('\n✓ 云函数已部署 functions deployed. 数据库规则和索引请按第 3 步核对 — check the database rules and indexes in step 3.');
};

await main();
