import { render } from 'preact';
import { popupText } from '@/components/popup/strings';
import { uiLang } from '@/utils/i18n';
import { connect } from '@/utils/tab';
import { App } from './App';
import './popup.css';

// The page was asked by the popup's first script (entrypoints/popup-ask.ts) while these modules loaded;
// connect() takes its answer up. All of the first-paint code is one static graph, which the popup's
// HTML preloads in parallel (a dynamic import here would fetch it only after this module has run).
const first = connect();
const lang = uiLang();
document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
document.title = popupText(lang)('brand');
render(<App lang={lang} first={first} />, document.getElementById('app')!);
