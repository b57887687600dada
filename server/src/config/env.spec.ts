import { ConfigError, parseEnv } from './env';

describe('env: PLENARY_TIME_ZONE', () => {
  it('defaults to Geneva (Europe/Zurich)', () => {
    expect(parseEnv({}).PLENARY_TIME_ZONE).toBe('Europe/Zurich');
  });

  it('takes an IANA zone', () => {
    expect(parseEnv({ PLENARY_TIME_ZONE: 'America/New_York' }).PLENARY_TIME_ZONE).toBe('America/New_York');
  });

  it.each(['Geneva', '+01:00', 'Europe/Nowhere'])('refuses %s at boot, naming the variable', (zone) => {
    expect(() => parseEnv({ PLENARY_TIME_ZONE: zone })).toThrow(ConfigError);
    expect(() => parseEnv({ PLENARY_TIME_ZONE: zone })).toThrow(
      /PLENARY_TIME_ZONE: must be an IANA time zone/,
    );
  });
});

describe('env: the board fan-out', () => {
  // Chosen by measurement (README, lever 12: bench/results/s22-interval-*): at most one tally read
  // per 100 ms per vote, written to 100 sockets per turn of the loop.
  it('reads a tally at most every 100 ms and writes slices of 100 sockets by default', () => {
    const config = parseEnv({});
    expect(config.PLENARY_TALLY_INTERVAL_MS).toBe(100);
    expect(config.PLENARY_BROADCAST_SLICE).toBe(100);
  });

  it('refuses an interval out of range at boot, naming the variable', () => {
    expect(() => parseEnv({ PLENARY_TALLY_INTERVAL_MS: '-1' })).toThrow(/PLENARY_TALLY_INTERVAL_MS/);
  });
});
