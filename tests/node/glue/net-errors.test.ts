import { describe, expect, it } from 'vitest';
import { netErrorInWords } from '../../../shared/domain/net-errors';

describe('network errors in words', () => {
  it('says what happened in words, never the code', () => {
    expect(netErrorInWords('net::ERR_CONNECTION_RESET')).toBe('the connection was cut');
    expect(netErrorInWords('ERR_NAME_NOT_RESOLVED')).toBe("the site's address could not be found");
    expect(netErrorInWords('net::ERR_QUIC_PROTOCOL_ERROR')).toBe('a network error');
  });

  it('leaves a sentence that is not a code as it is', () => {
    expect(netErrorInWords('redirected to https://collector.example')).toBe('redirected to https://collector.example');
  });
});
