/**
 * UI strings live beside the components that show them, as { zh, en } dictionaries. Chinese is used
 * for Chinese browsers and English otherwise.
 */
export type Lang = 'zh' | 'en';

export function uiLang(language = typeof navigator === 'undefined' ? 'zh' : navigator.language): Lang {
  return /^zh\b/i.test(language) ? 'zh' : 'en';
}

export type Dict<K extends string> = Record<Lang, Record<K, string>>;

/** Returns t(key, vars): the string for the UI language with {name} placeholders filled. */
export function translator<K extends string>(dict: Dict<K>, lang: Lang = uiLang()) {
  return (key: K, vars: Record<string, string | number> = {}): string =>
    dict[lang][key].replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
