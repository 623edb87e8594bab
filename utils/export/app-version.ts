/** The extension's version, written into every export so a later Insyn knows what wrote the file. */
export function appVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    // Outside the extension (unit tests) there is no manifest.
    return '0.0.0';
  }
}
