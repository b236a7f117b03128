import { describe, expect, it } from 'vitest';
import { checkProcedure, onlineChecklist } from '../../../functions/core/catalog-checks/index';
import type { Procedure } from '../../../functions/core/types';
import { catalog } from '../fixtures/catalog';
import { procedure } from '../fixtures/permit-procedure';

const failing = (p: Procedure) =>
  onlineChecklist(p)
    .filter((item) => !item.met)
    .map((item) => [item.condition, item.blockers.map((b) => b.pointer)]);

/**
 * The permit fixture with its ID card uploaded as a scan: a `present-only` rule alone would fall
 * back to showing the paper card when the population lookup fails, which full online forbids.
 */
const fullOnline: Procedure = {
  ...procedure,
  documentCases: procedure.documentCases.map((c) => ({
    ...c,
    documents: c.documents.map((d) => (d.submission === 'present' ? { ...d, submission: 'upload' } : d)),
  })),
};

describe('Decree 42 full-online checklist', () => {
  it('ticks every condition of a full-online procedure', () => {
    expect(failing(procedure)).toEqual([['no-paper', ['/documentCases/0/documents/2/submission']]]);
    const items = onlineChecklist(fullOnline);
    expect(items.map((i) => i.condition)).toEqual([
      'online-channel',
      'no-in-person',
      'no-paper',
      'electronic-result',
      'online-payment',
    ]);
    expect(items.every((i) => i.met)).toBe(true);
  });

  it('names the step, document and channel that block it', () => {
    const [first, ...others] = fullOnline.documentCases;
    if (!first) throw new Error('the fixture has a document case');
    const p: Procedure = {
      ...fullOnline,
      steps: [
        ...fullOnline.steps,
        { title: { vi: 'Ký sổ' }, actor: 'applicant', inPerson: true, onSiteCheck: true },
      ],
      documentCases: [
        {
          ...first,
          documents: [
            ...first.documents,
            { id: 'ban-goc', name: { vi: 'Bản gốc' }, originals: 1, copies: 0, paperOriginal: true },
          ],
        },
        ...others,
      ],
      result: { ...fullOnline.result, forms: ['paper'], delivery: ['counter'] },
      channels: fullOnline.channels.map((c) => ({ ...c, payment: ['counter' as const] })),
    };
    expect(failing(p)).toEqual([
      ['no-in-person', ['/steps/1/inPerson', '/steps/1/onSiteCheck']],
      ['no-paper', ['/documentCases/0/documents/5/paperOriginal']],
      ['electronic-result', ['/result']],
      ['online-payment', ['/channels/1/payment']],
    ]);
  });

  it('gives the checker exactly the blockers of a full-online procedure', () => {
    const p: Procedure = {
      ...fullOnline,
      channels: fullOnline.channels.filter((c) => c.channel !== 'online'),
    };
    expect(failing(p)).toEqual([['online-channel', ['/channels']]]);
    const errors = checkProcedure(p, catalog).filter((e) => e.code.startsWith('online.'));
    expect(errors.map((e) => [e.code, e.pointer])).toEqual([['online.channel.missing', '/channels']]);
    // Partly online: only the channel counts; an in-person step is allowed.
    const partial: Procedure = {
      ...fullOnline,
      onlineLevel: 'partial',
      steps: [{ title: { vi: 'Nhận kết quả' }, actor: 'applicant', inPerson: true }],
    };
    expect(checkProcedure(partial, catalog).filter((e) => e.code.startsWith('online.'))).toEqual([]);
    expect(failing(partial)).toEqual([['no-in-person', ['/steps/0/inPerson']]]);
  });
});
