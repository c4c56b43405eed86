// A report model as one self-contained HTML document: React renders it to static markup (every recorded string
// escaped), the stylesheet and the font subsets its text needs are inline, and the CSP forbids scripts and any
// fetch. Both printers (Electron window, system Chromium) print this same document.
import { renderToStaticMarkup } from 'react-dom/server';
import { reportFontCss } from '../fonts';
import type { ReportModel } from '../model';
import { dateTime, revealModel } from './format';
import { PortfolioReport } from './portfolio';
import { BASE_CSS, pageCss } from './styles';
import { VendorReport } from './vendor';

export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:";

export function renderReportHtml(recorded: ReportModel): string {
  const model = revealModel(recorded);
  const { meta } = model;
  const isVendor = 'vendor' in model;
  const kind = isVendor ? 'Vendor audit report' : 'Portfolio risk report';
  const subject = isVendor ? model.vendor.legalName : `${model.total} vendors`;
  return printableHtml({
    body: renderToStaticMarkup(isVendor ? <VendorReport model={model} /> : <PortfolioReport model={model} />),
    // The PDF's title: it names the report id, which "Verify a report" reads back.
    title: `${meta.reportId} · ${kind} · ${subject}`,
    running: kind,
    id: `Report ${meta.reportId}`,
    note: `Generated ${dateTime(meta.generatedAt)}`,
  });
}

/**
 * A self-contained document for the printer: `body` (static markup) with the stylesheet, the font subsets its text
 * needs (and its own `css`) and the running header and footer of pageCss, under a CSP that forbids scripts and any
 * fetch. Reports and the questionnaire's PDF copy are printed from it.
 */
export function printableHtml({ body, title, running, id, note, css = '' }: { body: string; title: string; running: string; id: string; note: string; css?: string }): string {
  // The fonts follow the printed text; the running header and footer are Latin, which the body always has too.
  const style = `${reportFontCss(body)}\n${BASE_CSS}\n${css}\n${pageCss(running, id, note)}`;
  const document = renderToStaticMarkup(
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta httpEquiv="Content-Security-Policy" content={REPORT_CSP} />
        <title>{title}</title>
        <style dangerouslySetInnerHTML={{ __html: style }} />
      </head>
      <body dangerouslySetInnerHTML={{ __html: body }} />
    </html>,
  );
  return `<!doctype html>${document}`;
}
