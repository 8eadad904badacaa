import { render } from 'preact';
import { libraryText } from '../../components/library/strings';
import { uiLang } from '../../utils/i18n';
import { App } from './App';
import './library.css';

const lang = uiLang();
document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
document.title = libraryText(lang)('title');
render(<App lang={lang} />, document.getElementById('app')!);
