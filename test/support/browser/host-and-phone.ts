import { removeDataDir, removeLocalHostBundle, startLocalHost, type RunningHost, type StartOptions } from '../local-host';
import { launchMobileChromium, type MobileBrowser } from './mobile-chromium';

/**
 * A browser test's processes: the local host (fresh seeded data unless `options` say otherwise) and
 * Chromium as a phone, started together — the host bundles and seeds while Chromium starts. If one of
 * them fails to start, the other is stopped before the error is thrown.
 */
export const startHostAndPhone = async (options: StartOptions = {}): Promise<{ host: RunningHost; phone: MobileBrowser }> => {
  const [startedHost, launched] = await Promise.allSettled([startLocalHost(options), launchMobileChromium()]);
  if (startedHost.status === 'rejected' || launched.status === 'rejected') {
    await stopHostAndBrowsers(startedHost.status === 'fulfilled' ? startedHost.value : undefined, launched.status === 'fulfilled' ? launched.value : undefined);
    throw startedHost.status === 'rejected' ? startedHost.reason : (launched as PromiseRejectedResult).reason;
  }
  launched.value.page.setDefaultTimeout(15000);
  return { host: startedHost.value, phone: launched.value };
};

/** afterAll: every browser closed, the host stopped by its pid and its data removed, this process's host bundle removed. */
export const stopHostAndBrowsers = async (host: RunningHost | undefined, ...browsers: Array<{ close(): Promise<void> } | undefined>): Promise<void> => {
  for (const browser of browsers) await browser?.close().catch(() => undefined);
  if (host) {
    await host.stop().catch(() => undefined);
    removeDataDir(host.dataDir);
  }
  removeLocalHostBundle();
};

/** Seconds since `started` (a Date.now()), to one decimal: how long a flow took, for the run's summary line. */
export const secondsSince = (started: number): number => Math.round((Date.now() - started) / 100) / 10;
