/**
 * Uploading one file for one document: ask the API for a slot (it checks type and size against
 * the document's rules), PUT the bytes straight to storage, then ask the API to confirm — the
 * server checks the stored object itself before it counts.
 */
import { api } from '../api/client';

interface SlotResponse {
  uploadId: string;
  upload: {
    url: string;
    method: 'PUT' | 'POST';
    headers?: Record<string, string>;
    fields?: Record<string, string>;
  };
}

/** Uploads `file` for `document` of `procedureId`; returns the confirmed upload id. */
export async function uploadFile(
  token: string,
  procedureId: string,
  document: string,
  file: File,
): Promise<string> {
  const slot = await api<SlotResponse>('/api/uploads', {
    token,
    body: { procedureId, document, contentType: file.type || 'application/octet-stream', size: file.size },
  });
  const { url, method, headers, fields } = slot.upload;
  let response: Response;
  if (method === 'POST') {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields ?? {})) form.append(name, value);
    form.append('file', file);
    response = await fetch(url, { method: 'POST', body: form });
  } else {
    response = await fetch(url, {
      method: 'PUT',
      headers: { 'content-type': file.type, ...headers },
      body: file,
    });
  }
  if (!response.ok) throw new Error(`storage answered ${response.status}`);
  await api(`/api/uploads/${encodeURIComponent(slot.uploadId)}/confirm`, { token, method: 'POST', body: {} });
  return slot.uploadId;
}
