import { uiLang } from '@/utils/i18n';
import { connect } from '@/utils/tab';
import './popup.css';

// The popup's first paint waits for nothing it does not need: the page is asked before the components
// are even loaded (this module imports only the messaging), so its answer travels while they load.
performance.mark('jingdu:popup-start');
const first = connect();
const lang = uiLang();
document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';

const [{ render }, { App }, { popupText }] = await Promise.all([
  import('preact'),
  import('./App'),
  import('@/components/popup/strings'),
]);
document.title = popupText(lang)('brand');
render(<App lang={lang} first={first} />, document.getElementById('app')!);
