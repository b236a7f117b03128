/** The citizen routes the HTTP bench drives, against the seeded local product. */
import type { Call } from './open-loop';

/** A seeded procedure whose online dossier needs no upload (the form and a reused ID card). */
export const PROCEDURE = 'cap-ban-sao-trich-luc-ho-tich';
/** A seeded procedure with a document to upload. */
const UPLOAD_PROCEDURE = 'chung-thuc-ban-sao-tu-ban-chinh';
/** A demo citizen (functions/local/seed-data/citizens.json). */
export const CITIZEN = '079088004321';

const answers = {
  nguoiYeuCau: {
    hoTen: 'Trần Văn Minh',
    soDinhDanh: CITIZEN,
    ngaySinh: '1988-09-30',
    noiCuTru: '45 Pasteur, phường Sài Gòn, TP. Hồ Chí Minh',
    soDienThoai: '0912345678',
  },
  loaiTrichLuc: 'Khai sinh',
  yeuCauChoNguoiKhac: false,
  soBanSao: 1,
};

export interface Route {
  name: string;
  /** Reads aim at p99 < 50 ms, the submit at < 100 ms. */
  targetP99: number;
  /**
   * Seconds of warm-up at 100 req/s before timing (BENCH_WARM_SECONDS overrides): the writes need
   * the emulator's JVM warm, which takes about a minute of load; reads are warm in seconds.
   */
  warmSeconds: number;
  call: Call;
}

/** `writer` files dossiers; `reader` lists theirs (a list the bench does not grow). */
export function citizenRoutes(writer: string, reader: string, runId: string): Route[] {
  const auth = { authorization: `Bearer ${writer}` };
  return [
    {
      name: 'GET /api/catalog?q=',
      targetP99: 50,
      warmSeconds: 5,
      call: { method: 'GET', path: '/api/catalog?q=', ok: [200] },
    },
    {
      name: 'GET /api/forms/:id',
      targetP99: 50,
      warmSeconds: 5,
      call: { method: 'GET', path: `/api/forms/${PROCEDURE}?channel=online`, headers: auth, ok: [200] },
    },
    {
      name: 'POST …/quote',
      targetP99: 50,
      warmSeconds: 5,
      call: {
        method: 'POST',
        path: `/api/forms/${PROCEDURE}/quote`,
        headers: auth,
        body: () => ({ channel: 'online', answers }),
        ok: [200],
      },
    },
    {
      name: 'POST /api/uploads',
      targetP99: 50,
      warmSeconds: 45,
      call: {
        method: 'POST',
        path: '/api/uploads',
        headers: auth,
        body: () => ({
          procedureId: UPLOAD_PROCEDURE,
          document: 'ban-sao',
          contentType: 'application/pdf',
          size: 4096,
        }),
        ok: [201],
      },
    },
    {
      name: 'POST /api/submissions',
      targetP99: 100,
      warmSeconds: 45,
      call: {
        method: 'POST',
        path: '/api/submissions',
        headers: auth,
        perRequestHeaders: (i) => ({ 'idempotency-key': `bench-${runId}-${i}` }),
        body: () => ({ procedureId: PROCEDURE, channel: 'online', answers }),
        ok: [201],
      },
    },
    {
      name: 'GET /api/dossiers',
      targetP99: 50,
      warmSeconds: 5,
      call: {
        method: 'GET',
        path: '/api/dossiers',
        headers: { authorization: `Bearer ${reader}` },
        ok: [200],
      },
    },
  ];
}
