import { useI18n } from '../i18n/i18n-context';
import { type Language } from '../i18n/languages';

/** A program text as one reader gets it: the host's English on an English page when it wrote one, else the Indonesian. */
export type ReaderText = { text: string; lang: Language; fallback: boolean };

export function textInReaderLanguage(language: Language, indonesian: string, english: string | null | undefined): ReaderText {
  if (language === 'en' && english) return { text: english, lang: 'en', fallback: false };
  return { text: indonesian, lang: 'id', fallback: language !== 'id' };
}

/** Says, on an English page, that the text beside it is the host's Indonesian, as no English was written. */
export function LanguageFallbackNote({ shown }: { shown: ReaderText }) {
  const { t } = useI18n();
  if (!shown.fallback) return null;
  return <span className="language-fallback">{t('program.text.inIndonesian')}</span>;
}
