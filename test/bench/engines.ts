/**
 * The four engines under test, each wrapped as `(input) => fields with errors`, so the run can
 * check they agree before timing them. Each is set up once, outside the timed loop.
 */
import { ProcessTargets, processSync } from '@formio/core';
import Ajv2020 from 'ajv/dist/2020';
import { Model } from 'survey-core';
import { compileProcedure, registerFormats, validateSubmission } from '../../functions/core/index';
import type { SubmissionInput } from '../../functions/core/types';
import { catalog, formSchema, invalidInput, procedure, validInput } from './bench-procedure';
import { flattenForSurvey, SURVEY_SEP, toFormio, toSurvey } from './definitions';
import { fields, invalidFields } from './fields';

type Json = Record<string, unknown>;

export interface Engine {
  name: string;
  /** Prepares an engine-specific input once (outside timing). */
  prepare(input: SubmissionInput): unknown;
  /** Validates a prepared input; returns the dotted paths of the fields with errors. */
  run(prepared: unknown): string[];
}

const dotted = (pointer: string) => pointer.replace(/^\//, '').split('/').join('.');

export function createEngines(): Engine[] {
  const compiled = compileProcedure(procedure, catalog);
  const core: Engine = {
    name: 'this core: full submission (schema + prefill + documents + reuse + fees + indicators)',
    prepare: (input) => input,
    run: (input) =>
      validateSubmission(compiled, input as SubmissionInput)
        .errors.filter((e) => e.path.startsWith('/answers/'))
        .map((e) => dotted(e.path.slice('/answers'.length))),
  };

  const ajv = registerFormats(new Ajv2020({ allErrors: true, strict: false }));
  const validate = ajv.compile(formSchema);
  const bareAjv: Engine = {
    name: 'Ajv 2020, compiled, all errors (same schema)',
    prepare: (input) => input.answers,
    run: (answers) => {
      if (validate(answers)) return [];
      return (validate.errors ?? []).map((e) => {
        const missing = (e.params as Json).missingProperty;
        return dotted(`${e.instancePath}${missing === undefined ? '' : `/${missing}`}`);
      });
    },
  };

  const components = toFormio(fields);
  const formio: Engine = {
    name: '@formio/core processSync (evaluator targets)',
    prepare: (input) => input.answers,
    run: (answers) => {
      // processSync normalises the data in place: give it its own copy, as a server would.
      const scope = processSync({
        components: components as never,
        data: structuredClone(answers) as never,
        processors: ProcessTargets.evaluator,
        scope: { errors: [] },
      } as never) as { errors: { context: { path: string } }[] };
      return scope.errors.map((e) => e.context.path);
    },
  };

  const survey = new Model(toSurvey(fields));
  const questions = survey.getAllQuestions();
  const surveyjs: Engine = {
    name: 'survey-core validate(true), reused model',
    prepare: (input) => flattenForSurvey(input.answers as Json),
    run: (data) => {
      survey.data = data;
      if (survey.validate(true)) return [];
      return questions.filter((q) => q.errors.length > 0).map((q) => q.name.split(SURVEY_SEP).join('.'));
    },
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
    const onValid = e.run(e.prepare(validInput));
    const onInvalid = [...new Set(e.run(e.prepare(invalidInput)))].sort().join(', ');
    if (onValid.length > 0 || onInvalid !== want) {
      out.push(
        `${e.name}: valid input errors [${onValid.join(', ')}]; invalid input errors [${onInvalid}]; expected [${want}]`,
      );
    }
  }
  return out;
}
