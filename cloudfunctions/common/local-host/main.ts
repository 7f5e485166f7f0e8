import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { functionRegistry } from '../../registry';
import { scheduledJobs } from '../../scheduled-jobs';
import { composeLocal, type LocalComposition } from '../composition/local.composition';
import { consoleLogger } from '../ports/logger.port';
import { clockFromEnv } from './dev-clock';
import { startScheduledJobs } from './scheduled-jobs.runner';
import { seedDemoData } from './seed';
import { createLocalServer } from './server';

/**
 * `npm start` runs this (bundled to dist/host/main.js): compose over the data dir, seed it if fresh,
 * serve, and on Ctrl-C stop accepting, let running requests finish, close the database, exit 0.
 * Settings (DESIGN.md): PORT (8080; 0 picks a free one), HOST (127.0.0.1), NUANXIN_DATA_DIR (.data),
 * NUANXIN_H5_DIR (dist/h5).
 */
const portOf = (value: string | undefined): number => {
  const port = Number(value ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be 0-65535, got ${value}`);
  return port;
};

const urlHostOf = (host: string): string => {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
};

const isLoopback = (host: string) => host === 'localhost' || host === '::1' || host.startsWith('127.');

const main = async () => {
  const port = portOf(process.env.PORT);
  const host = process.env.HOST || '127.0.0.1';
  const dataDir = path.resolve(process.env.NUANXIN_DATA_DIR || '.data');
  const h5Dir = path.resolve(process.env.NUANXIN_H5_DIR || 'dist/h5');
  const logger = consoleLogger;

  // Drive QR codes link to this host; its port is known only once it listens (PORT=0 picks one).
  let origin = `http://${urlHostOf(host)}:${port}`;
  const clock = clockFromEnv(process.env.NUANXIN_CLOCK_START);
  if (process.env.NUANXIN_CLOCK_START) console.log(`测试时钟 / test clock from ${new Date(clock.now()).toISOString()}`);
  const composition: LocalComposition = composeLocal({ dataDir, logger, clock, publicOrigin: () => origin });
  const seeded = await seedDemoData(composition.ports);
  if (seeded.length > 0) console.log(`已写入演示数据 / demo data seeded: ${seeded.join(', ')} → ${dataDir}`);
  // CloudBase timer triggers run these in production; here the host runs them itself.
  const jobs = startScheduledJobs(scheduledJobs, composition.ports, logger);

  const server = createLocalServer({
    deps: { ports: composition.ports, adminOpenids: composition.adminOpenids },
    functions: functionRegistry,
    h5Dir,
    filesDir: composition.filesDir,
    logger,
  });

  let stopping = false;
  // `npm start` forwards Ctrl-C while the terminal also sends it to the whole group: stop once.
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`收到 ${signal}，正在停止… / stopping…`);
    server.close(() => {
      void jobs.stop().finally(() => {
        composition.close();
        console.log('暖新本地服务已停止 / nuanxin local host stopped');
        process.exit(0);
      });
    });
    server.closeIdleConnections();
    // A browser holding a keep-alive request open must not keep the process alive.
    setTimeout(() => server.closeAllConnections(), 2000).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));

  server.on('error', (error: NodeJS.ErrnoException) => {
    composition.close();
    if (error.code === 'EADDRINUSE') {
      console.error(`端口 ${port} 已被占用：换一个端口，例如 PORT=8081 npm start。 (port ${port} is in use; try PORT=8081)`);
    } else {
      console.error(`无法启动本地服务 / cannot listen: ${error.code ?? error.message}`);
    }
    process.exit(1);
  });

  server.listen(port, host, () => {
    const { port: actualPort } = server.address() as AddressInfo;
    origin = `http://${urlHostOf(host)}:${actualPort}`;
    const url = `${origin}/dev/sign-in`;
    if (!isLoopback(host)) {
      console.warn(`注意：本地服务监听在 ${host}，同一网络里的任何人都能冒充任何演示身份。 (anyone on the network can act as any identity)`);
    }
    console.log(`暖新本地服务已启动: ${url}`);
    console.log(`nuanxin local host listening: ${url}`);
  });
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
