import { browser } from 'wxt/browser';
import { runImageCheck } from '@/lib/image-checker/run';

/** Off the page's thread: Chrome's offscreen document, or an iframe in Firefox's background page. */
browser.runtime.onMessage.addListener((message: unknown) => runImageCheck(message));
