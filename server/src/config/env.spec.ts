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
