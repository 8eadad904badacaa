import { DOCUMENT_KEY } from '../save';
import { SaveDocument } from '../SaveDocument';
import { Summary } from '../Summary';
import { later, useLater } from '../useLater';
import type { PanelProps, PopupPanel } from './types';

const readImages = later(() => import('../ReadImages').then((m) => m.ReadImages));
const textRepairs = later(() => import('../TextRepairs').then((m) => m.TextRepairs));

function SummaryPanel({ t, lang, page, busy, saved, run, copy, save, openLibrary }: PanelProps) {
  const { tabId, status, result } = page;
  const { glance } = status;
  const ReadImages = useLater(readImages);
  const TextRepairs = useLater(textRepairs);
  return (
    <>
      <Summary
        t={t}
        glance={glance}
        result={result}
        state={status.state}
        busy={busy}
        onView={(state) => run({ type: state === 'clean' ? 'jingdu:clean' : 'jingdu:show-original' }, true)}
        onCopy={copy}
        onReader={() => run({ type: 'jingdu:reader', open: true }).then((ok) => ok && window.close())}
      >
        {ReadImages && (
          <ReadImages tabId={tabId} textLayer={glance.textLayer} lang={lang} onRead={() => void run({ type: 'jingdu:result' }, true)} />
        )}
        <SaveDocument t={t} disabled={!glance.readable || !result} saved={saved.has(DOCUMENT_KEY)} onSave={save} onLibrary={openLibrary} />
      </Summary>
      {result && TextRepairs && (
        <TextRepairs
          lang={lang}
          result={result}
          state={status.state}
          busy={busy}
          spunShown={status.spunShown === true}
          onShowSpun={(spun) => run({ type: 'jingdu:spin-view', spun }, true)}
          onSelect={(r) => run({ type: 'jingdu:scroll-to', block: r.block, offset: r.offset })}
          onSimplify={() => run({ type: 'jingdu:simplify' }, true)}
        />
      )}
    </>
  );
}

export const summaryPanel: PopupPanel = { id: 'summary', label: 'tab.summary', Panel: SummaryPanel };
