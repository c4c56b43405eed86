// The questionnaire's PDF copy, for reading: the same instructions and questions as the workbook, laid out for print
// with the report pipeline (reports/render: inline fonts and styles, printed by the host's Chromium). The answers
// are given in the workbook; the PDF says so.
import { renderToStaticMarkup } from 'react-dom/server';
import { PILLAR_LABELS, PILLARS } from '../assessment/catalog';
import { printableHtml } from '../reports/render';
import { dateTime } from '../reports/render/format';
import { revealInvisible } from '../visible-text';
import { allowedAnswers, type QuestionnaireContent, questionnaireFacts } from './questions';
import { ENGLISH_ONLY, HEADINGS, HOW_TO, type QuestionnaireLang, STEPS, TITLE, type Words } from './texts';

const CSS = `
.q{break-inside:avoid;margin:0 0 12pt}
.q h3{margin:10pt 0 3pt}
.q p{margin:0 0 4pt}
.zh{color:#374151}
.answer-box{height:26pt;border:0.75pt solid #9ca3af;border-radius:2pt}
table.steps td{border-bottom:0.5pt solid #eef0f3}
`;

export function questionnaireHtml(q: QuestionnaireContent): string {
  return printableHtml({
    body: renderToStaticMarkup(<Questionnaire q={q} />),
    title: `${q.id} · ${TITLE.en} · ${revealInvisible(q.vendor.legalName)}`,
    running: TITLE.en,
    id: `Questionnaire ${q.id}`,
    note: `Sent ${dateTime(q.sentAt)}`,
    css: CSS,
  });
}

/** English, and under it the Chinese where the questionnaire has both. */
function W({ words, lang }: { words: Words; lang: QuestionnaireLang }) {
  if (lang === 'en') return <>{words.en}</>;
  return (
    <>
      {words.en}
      <br />
      <span className="zh" lang="zh-Hans">
        {words.zh}
      </span>
    </>
  );
}

function Questionnaire({ q }: { q: QuestionnaireContent }) {
  const { lang } = q;
  return (
    <>
      <h1>
        <W words={TITLE} lang={lang} />
      </h1>
      <table className="facts">
        <tbody>
          {questionnaireFacts(q).map(([label, value]) => (
            <tr key={label.en}>
              <td>
                <W words={label} lang={lang} />
              </td>
              <td>{revealInvisible(value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>
        <W words={HOW_TO} lang={lang} />
      </h2>
      <p>
        This PDF is a copy for reading. Give your answers in the Excel workbook sent with it, in the Answer, Comment and Evidence reference
        columns.
        {lang === 'en+zh' && (
          <>
            <br />
            <span className="zh" lang="zh-Hans">
              本 PDF 仅供阅读。请在随附的 Excel 工作簿中作答，填写“答案”、“说明”和“证据出处”列。
            </span>
          </>
        )}
      </p>
      <table className="steps">
        <tbody>
          {STEPS.map((step, i) => (
            <tr key={step.en}>
              <td>{`${i + 1}. ${step.en}`}</td>
              {lang === 'en+zh' && <td lang="zh-Hans">{`${i + 1}. ${step.zh}`}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      {lang === 'en+zh' && (
        <p className="notice info">
          <W words={ENGLISH_ONLY} lang={lang} />
        </p>
      )}
      {PILLARS.map((pillar) => {
        const asked = q.questions.filter((c) => c.pillar === pillar);
        if (asked.length === 0) return null;
        return (
          <section key={pillar}>
            <h2>{PILLAR_LABELS[pillar]}</h2>
            {asked.map((c) => (
              <div key={c.id} className="q">
                <h3>{c.id}</h3>
                <p>{c.question}</p>
                <table className="facts">
                  <tbody>
                    {c.guidance && (
                      <tr>
                        <td>
                          <W words={HEADINGS.guidance} lang={lang} />
                        </td>
                        <td>{c.guidance}</td>
                      </tr>
                    )}
                    <tr>
                      <td>
                        <W words={HEADINGS.evidenceExpected} lang={lang} />
                      </td>
                      <td>{c.evidenceExpected}</td>
                    </tr>
                    <tr>
                      <td>
                        <W words={HEADINGS.allowed} lang={lang} />
                      </td>
                      <td className="free">{allowedAnswers(c, lang)}</td>
                    </tr>
                    <tr>
                      <td>
                        <W words={HEADINGS.answer} lang={lang} />
                      </td>
                      <td>
                        <div className="answer-box" />
                      </td>
                    </tr>
                  </tbody>
                </table>
              </div>
            ))}
          </section>
        );
      })}
    </>
  );
}
