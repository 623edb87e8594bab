import { Window } from 'happy-dom';

export interface HappyPage {
  window: Window;
  document: Document;
  close(): Promise<void>;
}

/**
 * A page in happy-dom, as the unit tests and `npm run analyze` see it: parsed, with no scripts run and
 * nothing fetched.
 */
export function openInHappyDom(html: string, url: string): HappyPage {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  const parsed = new window.DOMParser().parseFromString(html, 'text/html');
  // Adopt the parsed tree into the window's own document so MutationObserver and timers are that window's.
  const document = window.document as unknown as Document;
  document.removeChild(document.documentElement);
  document.appendChild(document.adoptNode(parsed.documentElement as unknown as Node));
  return { window, document, close: () => window.happyDOM.close() };
}
