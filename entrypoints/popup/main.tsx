import { render } from 'preact';
import { popupText } from '@/components/popup/strings';
import { uiLang } from '@/utils/i18n';
import { App } from './App';
import './popup.css';

const lang = uiLang();
document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
document.title = popupText(lang)('brand');
render(<App lang={lang} />, document.getElementById('app')!);
