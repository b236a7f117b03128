import type { CompiledProcedure } from '../compile/compiled-procedure';
import { isCalendarDate } from '../dates';
import { quoteFeesForSubject } from '../fees/quote-fees';
import { atFilingDate } from '../formats/filing-date';
import { isRecord } from '../json-pointer';
import { readCitizen } from '../reuse/citizen';
import { documentStatuses } from '../reuse/document-statuses';
import { buildSubject } from '../subject';
import {
  type Channel,
  type CoreError,
  channels,
  type SubmissionInput,
  type ValidationResult,
} from '../types';
import { answerErrors } from './answer-errors';
import { checkLockedPrefill } from './check-locked-prefill';
import { checkUploads } from './check-uploads';
import { dossierIndicators } from './indicators';

/**
 * Validates a submission exactly as the server accepts it: the answers against the form (unknown
 * and hidden fields rejected, formats, `x-notFuture` against the filing date), locked prefilled
 * values against the source, the channel, and the uploads against the documents that apply.
 * Also returns the fee quote, the documents' statuses and the Decision 766 indicators.
 *
 * Never throws: whatever JSON arrives, problems come back as errors.
 */
export function validateSubmission(compiled: CompiledProcedure, input: SubmissionInput): ValidationResult {
  try {
    return validate(compiled, input);
  } catch {
    // Defensive: a bug must not become a 500 with a stack trace for a citizen's submission.
    return invalid([
      {
        path: '',
        code: 'input.invalid',
        message: { vi: 'Không kiểm tra được hồ sơ này.', en: 'This submission could not be checked.' },
      },
    ]);
  }
}

function validate(compiled: CompiledProcedure, input: SubmissionInput): ValidationResult {
  if (!isRecord(input)) {
    return invalid([
      {
        path: '',
        code: 'input.invalid',
        message: { vi: 'Hồ sơ phải là một đối tượng JSON.', en: 'A submission must be a JSON object.' },
      },
    ]);
  }
  const errors: CoreError[] = [];
  const date = input.date;
  if (!isCalendarDate(date)) {
    errors.push({
      path: '/date',
      code: 'input.invalid',
      message: { vi: 'Ngày nộp hồ sơ phải có dạng YYYY-MM-DD.', en: 'The filing date must be YYYY-MM-DD.' },
    });
    return invalid(errors);
  }
  const answers = input.answers;
  // The date reaches x-notFuture as Ajv's context and the identifier formats as a scope.
  if (atFilingDate(date, () => compiled.validateAnswers.call({ date }, answers)) !== true) {
    errors.push(...answerErrors(compiled.validateAnswers.errors ?? [], compiled.form));
  }
  const citizen = readCitizen(input.citizen);
  checkLockedPrefill(compiled, answers, citizen, errors);

  const channel = checkChannel(compiled, input.channel, errors);
  if (channel === undefined) return { valid: false, errors, fees: null, documents: [], indicators: null };

  const subject = buildSubject(compiled, answers, channel, date);
  const fees = quoteFeesForSubject(compiled, subject, channel, date);
  const documents = documentStatuses(compiled, subject, channel, date, citizen);
  const uploads = checkUploads(input.documents, documents, errors, compiled.documents);
  const indicators = dossierIndicators(compiled, channel, documents, uploads, fees);
  return { valid: errors.length === 0, errors, fees, documents, indicators };
}

function checkChannel(compiled: CompiledProcedure, value: unknown, errors: CoreError[]): Channel | undefined {
  if (typeof value !== 'string' || !channels.includes(value as Channel)) {
    errors.push({
      path: '/channel',
      code: 'channel.invalid',
      message: {
        vi: 'Cách thức nộp phải là một trong: in-person (trực tiếp), online (trực tuyến), postal (bưu chính).',
        en: 'The channel must be one of: in-person, online, postal.',
      },
    });
    return undefined;
  }
  const channel = value as Channel;
  if (!compiled.channels.has(channel)) {
    errors.push({
      path: '/channel',
      code: 'channel.unavailable',
      message: {
        vi: `Thủ tục này không tiếp nhận hồ sơ theo cách thức «${channel}».`,
        en: `This procedure does not accept dossiers on the «${channel}» channel.`,
      },
    });
    return undefined;
  }
  return channel;
}

function invalid(errors: CoreError[]): ValidationResult {
  return { valid: false, errors, fees: null, documents: [], indicators: null };
}
