import type { Analysis } from '../core/types.ts';

/** The clean view layer: a closed shadow root on a host element appended to <html>. */
export class CleanView {
  private host: HTMLElement | null = null;

  get isOpen(): boolean {
    return this.host !== null;
  }

  open(analysis: Analysis): void {
    if (this.host) return;
    const host = document.createElement('upstream-clean-view');
    const root = host.attachShadow({ mode: 'closed' });
    const h1 = document.createElement('h1');
    h1.textContent = analysis.title ?? '';
    root.append(h1);
    document.documentElement.append(host);
    this.host = host;
  }

  close(): void {
    this.host?.remove();
    this.host = null;
  }
}
