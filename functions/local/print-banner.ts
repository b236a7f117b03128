/** The lines `npm start` prints once ready: where things are and who can sign in. */
import { demoCitizens, demoOfficers } from './demo-users';
import type { SeedReport } from './seed-all';

/** Prints URLs, the seed summary and the demo sign-ins. */
export function printBanner(log: (line: string) => void, url: string, seed: SeedReport, hasSite: boolean) {
  const lines = [
    '',
    `Sẵn sàng / Ready: ${url}`,
    `  API            ${url}/api/catalog`,
    `  OpenAPI        ${url}/openapi.json`,
    `  Health         ${url}/health`,
    `  Đăng nhập thử  ${url}/dev-idp   (development sign-in)`,
    hasSite
      ? `  Builder/portal ${url}/`
      : '  Builder/portal: chưa build (npm run build in builder-ui) / not built yet',
    '',
    seed.seedingInBackground !== undefined
      ? `Seed: ${seed.seedingInBackground} tệp danh mục đang được kiểm tra, nạp và công bố nền; cổng thông tin báo "chưa công bố" đến khi xong / ${seed.seedingInBackground} catalog files are being checked, seeded and published in the background; the portal says "not published yet" until then`
      : `Seed: ${seed.proceduresCreated.length} thủ tục mới / new procedures, ${seed.citizenItemsWritten} citizen items, release ${seed.release.releaseId}${seed.release.pending ? ' (đang xây dựng nền / building in the background)' : seed.release.changed ? ' (new)' : ' (unchanged)'}${seed.unchangedFolder ? ', catalog folder unchanged (not re-read)' : ''}`,
    ...seed.skipped.flatMap((s) => [
      `  ! Không nạp / not seeded (catalog check errors): ${s.file}`,
      ...s.problems.map((p) => `      ${p}`),
    ]),
    '',
    'Cán bộ / Officers (POST /dev-idp/officers/sign-in {"username"}):',
    ...demoOfficers.map((o) => `  ${o.username.padEnd(24)} ${o.agency.padEnd(26)} ${o.roles.join(', ')}`),
    'Công dân / Citizens (POST /dev-idp/vneid/sign-in {"personalId"}):',
    ...demoCitizens.map((c) => `  ${c.personalId}  ${c.name}`),
    '',
    'Ctrl-C để dừng / to stop.',
  ];
  for (const line of lines) log(line);
}
