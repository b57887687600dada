import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiParam, ApiQuery, ApiResponse } from '@nestjs/swagger';
import { ApiErrorSchema } from '@plenary/shared';
import { z } from 'zod';

type Json = Record<string, unknown>;

/** zod 4 emits JSON Schema; OpenAPI 3.1 takes it as is (minus the $schema marker). */
export function jsonSchema(schema: z.ZodType, io: 'input' | 'output' = 'output'): Json {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Json;
  return rest;
}

export interface ContractSpec {
  summary: string;
  body?: z.ZodType;
  query?: z.ZodObject;
  params?: Record<string, string>;
  response?: z.ZodType;
  status?: number;
  roles?: string[];
}

/** Documents an endpoint from the same zod schemas its pipes validate with. */
export function ApiContract(spec: ContractSpec): MethodDecorator {
  const decorators: (MethodDecorator | ClassDecorator)[] = [
    ApiOperation({
      summary: spec.summary,
      description: spec.roles ? `Roles: ${spec.roles.join(', ')}` : 'Public',
    }),
    ApiResponse({ status: 400, description: 'Invalid input', schema: jsonSchema(ApiErrorSchema) }),
  ];
  if (spec.body) decorators.push(ApiBody({ schema: jsonSchema(spec.body, 'input') }));
  if (spec.query) {
    for (const [name, field] of Object.entries(spec.query.shape)) {
      decorators.push(
        ApiQuery({
          name,
          required: !(field as z.ZodType).safeParse(undefined).success,
          schema: jsonSchema(field as z.ZodType, 'input'),
        }),
      );
    }
  }
  for (const [name, description] of Object.entries(spec.params ?? {}))
    decorators.push(ApiParam({ name, description }));
  if (spec.response) {
    decorators.push(
      ApiResponse({ status: spec.status ?? 200, description: 'OK', schema: jsonSchema(spec.response) }),
    );
  }
  if (spec.roles) {
    decorators.push(
      ApiResponse({ status: 401, description: 'Not signed in', schema: jsonSchema(ApiErrorSchema) }),
    );
    decorators.push(
      ApiResponse({ status: 403, description: 'Role not allowed', schema: jsonSchema(ApiErrorSchema) }),
    );
  }
  return applyDecorators(...decorators);
}
