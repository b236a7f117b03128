/** The page frame (header, language switch, navigation) and the route table. */
import { lazy, Suspense } from 'react';
import { useText } from './i18n/lang';
import { ProcedurePage } from './portal/procedure-page';
import { SearchPage } from './portal/search-page';
import { loadPatternEngine } from './ui/bundle-swaps/pattern-engine';
import { Loading } from './ui/feedback';
import { LanguageSwitch } from './ui/language-switch';
import { href, useRoute } from './ui/router';

// Citizens searching on a phone download neither the form stack (rjsf, Ajv, markdown), which
// only the apply page needs, nor the officers' editor.
const ApplyPage = lazy(() => import('./portal/apply-page').then((m) => ({ default: m.ApplyPage })));
// The receipt and "my dossiers" come after signing in: kept out of the shared entry so the apply
// page (which shares it) stays within its budget (bench:pages).
const ReceiptPage = lazy(() => import('./portal/receipt-page').then((m) => ({ default: m.ReceiptPage })));
const MyDossiersPage = lazy(() =>
  import('./portal/my-dossiers-page').then((m) => ({ default: m.MyDossiersPage })),
);
/** A builder page comes with the RE2 pattern engine: its checks compile any officer's pattern. */
const withPatterns = <M,>(page: Promise<M>) => Promise.all([page, loadPatternEngine()]).then(([m]) => m);
const BuilderHome = lazy(() =>
  withPatterns(import('./builder/builder-home')).then((m) => ({ default: m.BuilderHome })),
);
const PolicyPages = lazy(() =>
  withPatterns(import('./builder/policies/policy-pages')).then((m) => ({ default: m.PolicyPages })),
);
const RegistryPage = lazy(() =>
  withPatterns(import('./builder/registry/registry-page')).then((m) => ({ default: m.RegistryPage })),
);
// the releases page reads summaries and runs no officer pattern: no pattern engine needed
const ReleasesPage = lazy(() =>
  import('./builder/releases/releases-page').then((m) => ({ default: m.ReleasesPage })),
);
const ProcedureEditor = lazy(() =>
  withPatterns(import('./builder/procedure-editor')).then((m) => ({ default: m.ProcedureEditor })),
);

function Page({ route }: { route: string[] }) {
  const [first, second, third] = route;
  if (first === 'thu-tuc' && second && third === 'nop') return <ApplyPage id={second} />;
  if (first === 'thu-tuc' && second) return <ProcedurePage id={second} />;
  if (first === 'ho-so' && second) return <ReceiptPage code={second} />;
  if (first === 'ho-so') return <MyDossiersPage />;
  if (first === 'builder' && second === 'chinh-sach') return <PolicyPages id={third} />;
  if (first === 'builder' && second === 'danh-muc') return <RegistryPage />;
  if (first === 'builder' && second === 'ban-phat-hanh') return <ReleasesPage />;
  if (first === 'builder' && second) return <ProcedureEditor id={second} />;
  if (first === 'builder') return <BuilderHome />;
  return <SearchPage />;
}

/** The whole app. */
export function App() {
  const route = useRoute();
  const { L } = useText();
  const builder = route[0] === 'builder';
  return (
    <>
      <a className="skip" href="#main">
        {L('Bỏ qua đến nội dung chính', 'Skip to main content')}
      </a>
      <header className="top">
        <a className="brand" href={builder ? href('builder') : href()}>
          {builder ? L('Xây dựng thủ tục', 'Procedure builder') : L('Dịch vụ công', 'Public services')}
        </a>
        <nav aria-label={L('Điều hướng chính', 'Main navigation')}>
          {builder ? (
            <a href={href()}>{L('Cổng dịch vụ công', 'Citizen portal')}</a>
          ) : (
            <>
              <a href={href()}>{L('Tra cứu', 'Search')}</a>
              <a href={href('ho-so')}>{L('Hồ sơ của tôi', 'My dossiers')}</a>
            </>
          )}
        </nav>
        <LanguageSwitch />
      </header>
      <main id="main" className={builder ? 'wide' : ''}>
        <Suspense fallback={<Loading />}>
          <Page route={route} />
        </Suspense>
      </main>
      <footer className="muted small">
        {L(
          'Dữ liệu thử nghiệm. Thủ tục, phí và lệ phí theo danh mục đã công bố.',
          'Demo data. Procedures, fees and charges as published in the catalog.',
        )}{' '}
        {!builder && <a href={href('builder')}>{L('Dành cho cán bộ', 'For officers')}</a>}
      </footer>
    </>
  );
}
