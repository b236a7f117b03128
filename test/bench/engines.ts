/**
 * The four engines under test, each wrapped as `(input) => fields with errors`, so the run can
 * check they agree before timing them. Each is set up once, outside the timed loop.
 */
import { ProcessTargets, processSync } from '@formio/core';
import Ajv2020 from 'ajv/dist/2020';
import { Model } from 'survey-core';
import { compileProcedure, registerFormats, validateSubmission } from '../../functions/core/index';
import type { SubmissionInput, ValidationResult } from '../../functions/core/types';
import { catalog, formSchema, invalidInput, procedure, validInput } from './bench-procedure';
import { flattenForSurvey, SURVEY_SEP, toFormio, toSurvey } from './definitions';
import { fields, invalidFields } from './fields';

type Json = Record<string, unknown>;

export interface Engine {
  name: string;
  /** Prepares an engine-specific input once (outside timing). */
  prepare(input: SubmissionInput): unknown;
  /** Validates a prepared input: the timed part. */
  validate(prepared: unknown): unknown;
  /** The dotted paths of the fields with errors in what `validate` just returned (not timed). */
  fields(outcome: unknown): string[];
}

/** Validates and lists the fields with errors (for the agreement check). */
export function fieldsWithErrors(engine: Engine, input: SubmissionInput): string[] {
  return engine.fields(engine.validate(engine.prepare(input)));
}

const dotted = (pointer: string) => pointer.replace(/^\//, '').split('/').join('.');

export function createEngines(): Engine[] {
  const compiled = compileProcedure(procedure, catalog);
  const core: Engine = {
    name: 'this core: full submission (schema + prefill + documents + reuse + fees + indicators)',
    prepare: (input) => input,
    validate: (input) => validateSubmission(compiled, input as SubmissionInput),
    fields: (result) =>
      (result as ValidationResult).errors
        .filter((e) => e.path.startsWith('/answers/'))
        .map((e) => dotted(e.path.slice('/answers'.length))),
  };

  const ajv = registerFormats(new Ajv2020({ allErrors: true, strict: false }));
  const validate = ajv.compile(formSchema);
  const bareAjv: Engine = {
    name: 'Ajv 2020, compiled, all errors (same schema)',
    prepare: (input) => input.answers,
    // Ajv keeps the last errors on the function; copy the list so the check sees this call's.
    validate: (answers) => (validate(answers) ? [] : (validate.errors ?? [])),
    fields: (errors) => {
      return (errors as NonNullable<typeof validate.errors>).map((e) => {
        const missing = (e.params as Json).missingProperty;
        return dotted(`${e.instancePath}${missing === undefined ? '' : `/${missing}`}`);
      });
    },
  };

  const components = toFormio(fields);
  const formio: Engine = {
    name: '@formio/core processSync (evaluator targets)',
    prepare: (input) => input.answers,
    // processSync normalises the data in place: give it its own copy, as a server would.
    validate: (answers) =>
      processSync({
        components: components as never,
        data: structuredClone(answers) as never,
        processors: ProcessTargets.evaluator,
        scope: { errors: [] },
      } as never),
    fields: (scope) =>
      (scope as { errors: { context: { path: string } }[] }).errors.map((e) => e.context.path),
  };

  const survey = new Model(toSurvey(fields));
  const questions = survey.getAllQuestions();
  const surveyjs: Engine = {
    name: 'survey-core validate(true), reused model',
    prepare: (input) => flattenForSurvey(input.answers as Json),
    validate: (data) => {
      survey.data = data;
      return survey.validate(true);
    },
    // The errors live on the reused model's questions until the next validate.
    fields: () => questions.filter((q) => q.errors.length > 0).map((q) => q.name.split(SURVEY_SEP).join('.')),
  };
  return [core, bareAjv, formio, surveyjs];
}

/**
 * Why each engine disagrees with the expected outcome (none = they all agree): no error on the
 * valid input, and errors on exactly `invalidFields` of the invalid one.
 */
export function disagreements(engines: readonly Engine[]): string[] {
  const want = invalidFields.join(', ');
  const out: string[] = [];
  for (const e of engines) {
    const onValid = fieldsWithErrors(e, validInput);
    const onInvalid = [...new Set(fieldsWithErrors(e, invalidInput))].sort().join(', ');
    if (onValid.length > 0 || onInvalid !== want) {
      out.push(
        `${e.name}: valid input errors [${onValid.join(', ')}]; invalid input errors [${onInvalid}]; expected [${want}]`,
      );
    }
  }
  return out;
}
