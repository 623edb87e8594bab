import { analysePage } from '../../utils/infomentor/analyse';
import { bareScan } from './bare-scan';

/**
 * Entry point of the bundle the reading benchmark injects into Chromium: the production reader and
 * the bare scan it is compared with, exposed on the page for the timing loop.
 */
(globalThis as unknown as { insynBench: unknown }).insynBench = { analysePage, bareScan };
