import { useId } from 'react';
import { LANG_NAMES, QUESTIONNAIRE_LANGS, type QuestionnaireLang } from '../../../electron/core/contract';

/** The language a questionnaire is written in, and what "English and Chinese" covers. */
export function QuestionnaireLanguage({ lang, onChange, disabled }: { lang: QuestionnaireLang; onChange: (lang: QuestionnaireLang) => void; disabled: boolean }) {
  const legendId = useId();
  return (
    <>
      <fieldset className="radio-group" aria-labelledby={legendId}>
        <legend id={legendId} className="field-label">
          Language
        </legend>
        {QUESTIONNAIRE_LANGS.map((l) => (
          <label key={l} className="radio">
            <input type="radio" name="questionnaire-lang" checked={lang === l} disabled={disabled} onChange={() => onChange(l)} />
            <span>{LANG_NAMES[l]}</span>
          </label>
        ))}
      </fieldset>
      <p className="muted">
        In English and Chinese, the instructions and column headings are in both languages; the questions, guidance and answers stay in English
        (Vetter does not translate audit criteria).
      </p>
    </>
  );
}
