import { randomUUID } from 'node:crypto';

/**
 * A fixed hostile corpus for the fuzz spec: no randomness in what is sent (only fresh UUIDs where
 * a valid one is needed), so a failure reproduces on the next run.
 */

export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  format?: string;
  pattern?: string;
  minLength?: number;
  minimum?: number;
  default?: unknown;
};

/** Valid-looking values by field name, so mutations of one field reach the code behind the pipe. */
export type Hints = { iso3: string; date: string; uuids: Record<string, () => string> };

/** A plausible value for a JSON schema: required fields only, first choices, smallest sizes. */
export function exampleOf(schema: JsonSchema | undefined, hints: Hints, name = ''): unknown {
  if (!schema) return {};
  const choice = schema.anyOf ?? schema.oneOf;
  if (choice) return exampleOf(choice.find((s) => s.type !== 'null') ?? choice[0], hints, name);
  if (schema.allOf?.length) return exampleOf(schema.allOf[0], hints, name);
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  const type: string =
    (Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type) ?? '';
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const key of schema.required ?? []) out[key] = exampleOf(schema.properties?.[key], hints, key);
      return out;
    }
    case 'array':
      return [exampleOf(schema.items, hints, name)];
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return false;
    case 'string': {
      if (schema.format === 'uuid') return (hints.uuids[name] ?? randomUUID)();
      if (schema.format === 'date' || schema.pattern?.includes('\\d{4}-')) return hints.date;
      if (schema.pattern === '^[A-Z]{3}$') return hints.iso3;
      if (/timezone/i.test(name)) return 'Europe/Zurich';
      return 'Fuzzed text'.padEnd(schema.minLength ?? 0, '.');
    }
    default:
      return null;
  }
}

const deepArray = (depth: number): unknown => {
  let v: unknown = [];
  for (let i = 0; i < depth; i++) v = [v];
  return v;
};

/** Values put in place of one field of an otherwise plausible body. */
export const FIELD_VALUES: { label: string; value: unknown }[] = [
  { label: 'null', value: null },
  { label: 'boolean', value: true },
  { label: 'fraction', value: 0.5 },
  { label: 'negative', value: -1 },
  { label: 'huge number', value: 1e308 },
  { label: 'beyond safe integer', value: 2 ** 60 },
  { label: 'empty string', value: '' },
  { label: 'NUL', value: 'a\u0000b' },
  { label: 'lone surrogate', value: 'a\ud800b' },
  { label: 'lone low surrogate', value: '\udc00' },
  { label: '100 kB string', value: 'a'.repeat(100_000) },
  { label: 'impossible date', value: '2026-02-30' },
  { label: 'far date', value: '9999-12-31' },
  { label: 'early date', value: '0100-01-01' },
  { label: 'bad uuid', value: 'not-a-uuid' },
  { label: 'nil uuid', value: '00000000-0000-0000-0000-000000000000' },
  { label: 'SQL', value: "x'); DROP TABLE meetings; --" },
  { label: 'empty array', value: [] },
  { label: 'array of junk', value: [null, 1, 'x', {}] },
  { label: 'operator object', value: { $gt: '' } },
  { label: 'prototype keys', value: JSON.parse('{"__proto__":{"polluted":"yes"}}') as unknown },
  { label: 'deep array', value: deepArray(1_000) },
];

/** Whole requests: raw bytes, wrong shapes and content types, sizes. */
export type RawBody = { label: string; body: string | Buffer; headers: Record<string, string> };
const json = { 'Content-Type': 'application/json' };

export function rawBodies(base: unknown): RawBody[] {
  const baseText = JSON.stringify(base ?? {});
  const inner = baseText.startsWith('{') && baseText.length > 2 ? `,${baseText.slice(1)}` : '}';
  return [
    { label: 'malformed JSON', body: '{bad', headers: json },
    { label: 'trailing comma', body: '{"a":1,}', headers: json },
    { label: 'truncated', body: baseText.slice(0, Math.max(1, baseText.length - 1)), headers: json },
    { label: 'raw control character', body: '{"a":"\u0001\u0000"}', headers: json },
    { label: 'empty JSON body', body: '', headers: json },
    { label: 'null', body: 'null', headers: json },
    { label: 'array', body: '[]', headers: json },
    { label: 'string', body: '"text"', headers: json },
    { label: 'number', body: '42', headers: json },
    { label: 'number beyond double', body: '{"a":1e400}', headers: json },
    { label: 'deep nesting', body: '['.repeat(50_000) + ']'.repeat(50_000), headers: json },
    { label: 'deep object nesting', body: '{"a":'.repeat(20_000) + '1' + '}'.repeat(20_000), headers: json },
    { label: '1 MB string', body: JSON.stringify({ x: 'a'.repeat(1024 * 1024) }), headers: json },
    {
      label: 'prototype pollution',
      body: `{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}${inner}`,
      headers: json,
    },
    { label: 'duplicate keys', body: `{"a":1,"a":{"__proto__":{"polluted":"yes"}}${inner}`, headers: json },
    {
      label: 'invalid UTF-8',
      body: Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
      headers: json,
    },
    { label: 'text/plain', body: baseText, headers: { 'Content-Type': 'text/plain' } },
    {
      label: 'form',
      body: 'a=1&__proto__[polluted]=yes',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    },
    {
      label: 'multipart',
      body: '--b\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--b--\r\n',
      headers: { 'Content-Type': 'multipart/form-data; boundary=b' },
    },
    { label: 'xml', body: '<a/>', headers: { 'Content-Type': 'application/xml' } },
    {
      label: 'unknown charset',
      body: baseText,
      headers: { 'Content-Type': 'application/json; charset=bogus' },
    },
    { label: 'no content type', body: baseText, headers: {} },
    {
      label: 'broken gzip',
      body: Buffer.from('not gzip at all'),
      headers: { ...json, 'Content-Encoding': 'gzip' },
    },
    { label: 'unknown encoding', body: baseText, headers: { ...json, 'Content-Encoding': 'compress' } },
  ];
}

/** Put in place of a path parameter (already URL-encoded where it matters). */
export const PARAM_VALUES: string[] = [
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF',
  '%00',
  '%FF',
  '%ED%A0%80',
  '2026-02-30',
  '-1',
  '0.5',
  '1e309',
  '99999999999999999999',
  'x'.repeat(2_000),
  "1'%20OR%20'1'%3D'1",
  '..%2F..%2Fetc%2Fpasswd',
  '__proto__',
];

/** Sent as the Cookie header instead of a bearer token. */
export const COOKIES: string[] = [
  'plenary_session=%E0%A4%A',
  'plenary_session=%00',
  'plenary_session=%ED%A0%80',
  `plenary_session=${'x'.repeat(4_000)}`,
  'plenary_session',
  'plenary_session=a; plenary_session=b',
];

/** Put in place of a query parameter (URL-encoded). */
export const QUERY_VALUES: string[] = [
  '2026-02-30',
  '9999-99-99',
  '%00',
  '%ED%A0%80',
  '',
  'x'.repeat(2_000),
  '__proto__',
];

/** Socket command payloads: the whole payload, then each field of a plausible one. */
export const PAYLOADS: { label: string; value: unknown }[] = [
  { label: 'undefined', value: undefined },
  { label: 'empty object', value: {} },
  ...FIELD_VALUES,
  { label: 'string', value: 'text' },
  { label: '2 MB string', value: 'a'.repeat(2 * 1024 * 1024) },
];
