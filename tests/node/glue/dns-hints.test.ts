import { describe, expect, it } from 'vitest';
import { stopDnsHints } from '../../../electron/main/session/dns-hints';
import { createElectron } from '../../support/electron';

// A page's DNS hints are resolved outside the identity's proxy (tests/support/electron/app.ts, renderersSendDnsHints):
// Hatstand turns Blink's DNSPrefetchingEnabled off for every renderer before any starts.

describe('DNS hints', () => {
  it('renderers send them unless --blink-settings turns dnsPrefetchingEnabled off', () => {
    const { app } = createElectron();
    expect(app.renderersSendDnsHints()).toBe(true);
    stopDnsHints(app.commandLine);
    expect(app.commandLine.getSwitchValue('blink-settings')).toBe('dnsPrefetchingEnabled=false');
    expect(app.renderersSendDnsHints()).toBe(false);
  });

  it('settings given at launch are kept, and one turning the hints on again is replaced', () => {
    const { app } = createElectron({ argv: ['hatstand', '--blink-settings=imagesEnabled=false,dnsPrefetchingEnabled=true'] });
    expect(app.renderersSendDnsHints()).toBe(true);
    stopDnsHints(app.commandLine);
    expect(app.commandLine.getSwitchValue('blink-settings')).toBe('imagesEnabled=false,dnsPrefetchingEnabled=false');
    expect(app.renderersSendDnsHints()).toBe(false);
  });
});
