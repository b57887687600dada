import { GENEVA_TIME_ZONE, TimeZoneSchema } from '@plenary/shared';
import { z } from 'zod';

/**
 * The only reader of process.env. Parsed once at boot; every problem is listed at once so an
 * operator fixes them in one pass.
 */
const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  PLENARY_DATA_DIR: z.string().min(1).optional(),
  /**
   * The master key that wraps each secret ballot's key (ADR 0008): a file of mode 0600 outside the
   * database, created on first start. Default: `plenary-ballot.key` beside the embedded data
   * directory (`.data/` or `/var/lib/plenary/`). Every node of a cluster must be given the same file.
   */
  PLENARY_BALLOT_KEY_FILE: z.string().min(1).optional(),
  PLENARY_EMBEDDED_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PUBLIC_URL: z.string().url().optional(),
  PLENARY_DEMO: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  PLENARY_CLIENT_DIR: z.string().min(1).optional(),
  /** Where periods outside a meeting are counted (DOMAIN.md §4a): Geneva. */
  PLENARY_TIME_ZONE: TimeZoneSchema.default(GENEVA_TIME_ZONE),
  PLENARY_CLUSTER: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  PLENARY_BROADCAST_SLICE: z.coerce.number().int().min(0).max(100000).default(100),
  PLENARY_TALLY_INTERVAL_MS: z.coerce.number().int().min(0).max(5000).default(100),
  PLENARY_RECONCILE_MS: z.coerce.number().int().min(100).max(60000).default(2000),
  /**
   * Which proxies' X-Forwarded-For / -Proto to believe (Express `trust proxy`): `loopback` (nginx on
   * the same host), a hop count, or a list of addresses and subnets (`uniquelocal` for a private
   * container network). Decides the client address that rate limits count, and whether a request
   * came over https (HSTS, `Secure` cookie).
   */
  PLENARY_TRUST_PROXY: z.string().min(1).default('loopback'),
  /**
   * Origins besides PUBLIC_URL's (and the request's own host) allowed to make cookie-authenticated
   * writes and open sockets, comma-separated (e.g. a separate webcast site embedding the board).
   */
  PLENARY_ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().url('must be a list of origins like https://plenary.example.org'))),
  /** Sites allowed to show the screens in a frame (CSP frame-ancestors), space-separated; none by default. */
  PLENARY_FRAME_ANCESTORS: z.string().default(''),
  /** Sign-in rate limits: one window for all of them, and the attempts allowed in it. */
  PLENARY_SIGN_IN_WINDOW_MS: z.coerce.number().int().min(100).max(86_400_000).default(900_000),
  PLENARY_PASSWORD_LIMIT_PER_ACCOUNT: z.coerce.number().int().min(1).max(100_000).default(10),
  PLENARY_PASSWORD_LIMIT_PER_ADDRESS: z.coerce.number().int().min(1).max(100_000).default(30),
  PLENARY_CODE_LIMIT_PER_CODE: z.coerce.number().int().min(1).max(100_000).default(20),
  PLENARY_CODE_LIMIT_PER_ADDRESS: z.coerce.number().int().min(1).max(100_000).default(600),
  /** How long a one-time sign-in link (printed by the demo, issued with a delegation's code) stays valid. */
  PLENARY_SIGN_IN_LINK_MINUTES: z.coerce.number().int().min(1).max(10_080).default(15),
  /**
   * The Chromium that renders the official record as PDF (the name the browser specs use too);
   * unset: `chromium` on the PATH (Debian's package). None found: the PDF export answers 503
   * PDF_UNAVAILABLE and the print view remains.
   */
  CHROMIUM_PATH: z.string().min(1).optional(),
  /** Benchmarks only: enables GET /api/metrics/process (heap, RSS, CPU, sockets of this process). */
  PLENARY_BENCH_METRICS: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

export type AppConfig = z.infer<typeof EnvSchema>;

export class ConfigError extends Error {}

export function parseEnv(env: Record<string, string | undefined>): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

let cached: AppConfig | undefined;
export function loadConfig(overrides: Partial<Record<string, string>> = {}): AppConfig {
  if (!cached || Object.keys(overrides).length > 0) {
    cached = parseEnv({ ...process.env, ...overrides });
  }
  return cached;
}
