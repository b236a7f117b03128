import { describe, expect, it } from 'vitest';
import {
  bytesToMb,
  documentCaseIssues,
  mbToBytes,
  recordSources,
  recordTypes,
} from '../../../functions/core/designer/document-rules';
import type { Document } from '../../../functions/core/format/generated/procedure';
import type { Procedure } from '../../../functions/core/types';
import { registry } from '../fixtures/catalog';
import { procedure } from '../fixtures/permit-procedure';

/** The fixture with the first document of the first case changed. */
const withDocument = (patch: Partial<Document>): Procedure => ({
  ...procedure,
  documentCases: procedure.documentCases.map((c, ci) =>
    ci === 0 ? { ...c, documents: c.documents.map((d, di) => (di === 0 ? { ...d, ...patch } : d)) } : c,
  ),
});

describe('document rules for the builder', () => {
  it('finds nothing to say about a well-formed procedure', () => {
    expect(documentCaseIssues(procedure, registry)).toEqual({});
  });

  it('refuses cleared counts, no file type and a size over 50 MB', () => {
    const issues = documentCaseIssues(
      withDocument({ originals: null as unknown as number, copies: -1, accept: [], maxBytes: mbToBytes(60) }),
      registry,
    );
    expect(Object.keys(issues).sort()).toEqual([
      '/documentCases/0/documents/0/accept',
      '/documentCases/0/documents/0/copies',
      '/documentCases/0/documents/0/maxBytes',
      '/documentCases/0/documents/0/originals',
    ]);
  });

  it('refuses a document id used twice across cases and a record the source does not supply', () => {
    const issues = documentCaseIssues(
      withDocument({
        id: 'van-ban-uy-quyen',
        reuse: [{ source: 'population', record: 'khai-sinh', mode: 'replace' }],
      }),
      registry,
    );
    expect(issues['/documentCases/0/documents/0/id']?.vi).toContain('bị trùng');
    expect(issues['/documentCases/1/documents/0/id']?.vi).toContain('bị trùng');
    expect(issues['/documentCases/0/documents/0/reuse/0/record']).toBeDefined();
  });

  it('converts sizes between megabytes and bytes; a cleared size means the default', () => {
    expect(mbToBytes(1)).toBe(1_048_576);
    expect(mbToBytes(null)).toBeUndefined();
    expect(bytesToMb(5_242_880)).toBe(5);
  });

  it('offers the sources that hold records and their record types', () => {
    expect(recordSources(registry).map((s) => s.id)).toContain('population');
    expect(recordTypes(registry, 'population').map((r) => r.id)).toEqual(['can-cuoc']);
    expect(recordTypes(registry, 'nowhere')).toEqual([]);
  });
});
