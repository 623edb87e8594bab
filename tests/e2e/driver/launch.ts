import { launchChromiumDriver } from './chromium';
import type { BrowserName, InsynBrowser, LaunchOptions } from './driver';
import { launchFirefoxDriver } from './firefox';

/** Starts the named browser with the production build, behind the one driver interface. */
export function launchDriver(name: BrowserName, options: LaunchOptions): Promise<InsynBrowser> {
  return name === 'chromium' ? launchChromiumDriver(options) : launchFirefoxDriver(options);
}
