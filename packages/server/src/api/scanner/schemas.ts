import { Type, type Static } from 'typebox';
import { ANALYSIS_STATES, type AnalysisState } from '../../domain/analyses/index.js';

/** Wire shapes of Plumb's scanner surface: what `plumb scan` uploads and polls. */

export const ErrorMessage = Type.Object({ message: Type.String() });

export const ERROR_RESPONSES = {
  400: ErrorMessage,
  401: ErrorMessage,
  403: ErrorMessage,
  404: ErrorMessage,
} as const;

const State = Type.Unsafe<AnalysisState>({
  type: 'string',
  enum: [...ANALYSIS_STATES],
  description:
    'new, preparing, pending, in_progress, then one of the final states completed, failed, timed_out, canceled',
});

export const UploadBodySchema = Type.Unsafe<unknown>({
  type: 'string',
  format: 'binary',
  description:
    'gzip of the JSON document `{"metadata": {"branch", "revision", "pullRequest"?, "baseBranch"?, "title"?}, ' +
    '"result": <the document `plumb analyze --format json` writes>}`, sent as `Content-Type: application/json` ' +
    'with `Content-Encoding: gzip`, or as `Content-Type: application/gzip`',
});

export const AnalysisParams = Type.Object({
  uuid: Type.String({ description: 'The analysis uuid answered by the upload' }),
});

export const UploadAnalysis = Type.Object({
  id: Type.Integer({ description: 'The numeric analysis id (Codiga and CodeStax name analyses by it)' }),
  uuid: Type.String({ description: 'The analysis uuid (Scrutinizer’s inspection uuid)' }),
  state: State,
  branch: Type.Union([Type.String(), Type.Null()]),
  revision: Type.Union([Type.String(), Type.Null()]),
  pullRequest: Type.Union([Type.Integer(), Type.Null()]),
  baseBranch: Type.Union([Type.String(), Type.Null()]),
  error: Type.Union([Type.String(), Type.Null()], { description: 'Why it failed, when it did' }),
  createdAt: Type.String({ format: 'date-time' }),
  startedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  finishedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  url: Type.String({
    description: 'Where to see it: the Scrutinizer inspection, /api/repositories/{provider}/…/inspections/{uuid}',
  }),
  gate: Type.Union(
    [
      Type.Object({
        status: Type.Unsafe<string>({ type: 'string', enum: ['passed', 'failed', 'not_configured'] }),
        violations: Type.Array(
          Type.Object({
            rule: Type.String(),
            threshold: Type.Union([Type.Number(), Type.String()]),
            actual: Type.Union([Type.Number(), Type.String()]),
            severity: Type.String(),
          }),
        ),
      }),
      Type.Null(),
    ],
    { description: "The quality gate's verdict once the analysis completed (docs/api/codestax.md); null before" },
  ),
});

export type UploadAnalysis = Static<typeof UploadAnalysis>;

export const NewCodeReferenceQuery = Type.Object({
  pullRequest: Type.Optional(
    Type.Integer({ minimum: 1, maximum: 2 ** 31 - 1, description: 'The pull request to upload (with baseBranch)' }),
  ),
  baseBranch: Type.Optional(Type.String({ minLength: 1, description: 'The branch the pull request targets' })),
});

export const NewCodeReference = Type.Object({
  revision: Type.Union([Type.String(), Type.Null()], {
    description: 'The commit to diff against (`git diff <revision>...HEAD`); null: no reference, no new code',
  }),
});
