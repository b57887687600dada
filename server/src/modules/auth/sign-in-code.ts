import { randomBytes } from 'node:crypto';
import { hashToken } from './auth.service';

/** 32 letters and digits with 0/O and 1/I left out, so a code read aloud or typed is not misread. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 12; // 60 bits

export function newSignInCode(): string {
  // 256 is a multiple of 32, so masking keeps every character equally likely.
  return Array.from(randomBytes(CODE_LENGTH), (b) => ALPHABET[b & 31]).join('');
}

/** Codes are printed in groups and typed by hand: case, spaces and dashes do not matter. */
export const normaliseSignInCode = (code: string) => code.toUpperCase().replace(/[\s-]+/g, '');
export const hashSignInCode = (code: string) => hashToken(normaliseSignInCode(code));
