import { allSitesOrigins, isAllSitesMessage, type AllSitesState } from '../all-sites';

/**
 * "Recognise on any site, when the user asks": the content script also runs on every http(s) page,
 * registered at run time (scripting.registerContentScripts) under an optional host permission that the
 * user grants from the options page or the popup. The permission is the one source of truth: granted
 * means registered, and a permission revoked in the browser's own settings takes the script with it.
 * On pages no host rule names the engine decides from the page's evidence; anything else is left untouched.
 */
export const allSitesScriptId = 'jingdu-all-sites';
type RunAt = 'document_start' | 'document_end' | 'document_idle';

export interface RegisteredScript {
  id: string;
  js?: string[];
  matches?: string[];
  excludeMatches?: string[];
  runAt?: RunAt;
  persistAcrossSessions?: boolean;
  allFrames?: boolean;
  world?: 'ISOLATED' | 'MAIN';
}

/** What the background needs of browser.permissions and browser.scripting; tests pass fakes. */
export interface AllSitesApis {
  permissions: {
    contains(p: { origins: string[] }): Promise<boolean>;
    remove(p: { origins: string[] }): Promise<boolean>;
  };
  scripting: {
    getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<RegisteredScript[]>;
    registerContentScripts(scripts: RegisteredScript[]): Promise<unknown>;
    updateContentScripts(scripts: RegisteredScript[]): Promise<unknown>;
    unregisterContentScripts(filter?: { ids?: string[] }): Promise<unknown>;
  };
}

/** The manifest's content script, as the background reads it from runtime.getManifest(). */
export interface StaticScript {
  /** 'content-scripts/content.js', the file WXT builds from entrypoints/content/index.ts. */
  js: string[];
  /** The known hosts (utils/engine/hosts), which that script already covers. */
  matches: string[];
  runAt: RunAt;
}

/**
 * The manifest's own content script, read from the built manifest rather than imported: the background
 * then carries no host rules, and the registration runs exactly that file, at that time, elsewhere.
 * (`wxt dev` registers its content scripts itself and lists none: then the file WXT builds, on every site.)
 */
type ManifestScripts = { content_scripts?: Array<{ js?: string[]; matches?: string[]; run_at?: string; world?: string }> };

/** The canvas recorder and its listener (entrypoints/canvas-*.content.ts) come before it in the manifest. */
const isCanvasScript = (js: readonly string[] = []) => js.some((f) => /canvas-(?:capture|listen)\.js$/.test(f));

export function staticScriptOf(manifest: ManifestScripts): StaticScript {
  const first = manifest.content_scripts?.find((c) => c.js?.length && !isCanvasScript(c.js));
  const runAt = first?.run_at;
  return {
    js: first?.js ?? ['content-scripts/content.js'],
    matches: first?.matches ?? [],
    runAt: runAt === 'document_start' || runAt === 'document_end' ? runAt : 'document_idle',
  };
}

/** The registration: every http(s) page except the known hosts, which the manifest's content script covers. */
export function allSitesScript(base: StaticScript): RegisteredScript {
  return {
    id: allSitesScriptId,
    js: [...base.js],
    matches: [...allSitesOrigins],
    excludeMatches: [...base.matches],
    runAt: base.runAt,
    persistAcrossSessions: true,
  };
}

/**
 * The canvas recorder and its listener, registered for every site beside the content script (their own
 * hosts aside, which the manifest covers): a page that draws its document must be recorded from
 * document_start, before its own scripts.
 */
export function canvasScriptsOf(manifest: ManifestScripts): RegisteredScript[] {
  return (manifest.content_scripts ?? [])
    .filter((c) => isCanvasScript(c.js))
    .map((c) => ({
      id: `${allSitesScriptId}-${c.js!.some((f) => f.endsWith('capture.js')) ? 'canvas-capture' : 'canvas-listen'}`,
      js: [...c.js!],
      matches: [...allSitesOrigins],
      excludeMatches: [...(c.matches ?? [])],
      runAt: 'document_start' as const,
      persistAcrossSessions: true,
      ...(c.world === 'MAIN' ? { world: 'MAIN' as const } : {}),
    }));
}

const same = (a: readonly string[] = [], b: readonly string[] = []) => a.length === b.length && a.every((x, i) => x === b[i]);
/** Whether a registration still says what this version wants (an update can change the hosts or the file). */
const current = (s: RegisteredScript, want: RegisteredScript) =>
  same(
    s.js?.map((f) => f.replace(/^\//, '')),
    want.js,
  ) &&
  same(s.matches, want.matches) &&
  same([...(s.excludeMatches ?? [])].sort(), [...(want.excludeMatches ?? [])].sort()) &&
  (s.runAt ?? 'document_idle') === want.runAt &&
  (s.world ?? 'ISOLATED') === (want.world ?? 'ISOLATED');

/**
 * The background's side. Calls are queued, so that permissions.onAdded and the page's message after
 * the same grant cannot both register (a duplicate id is an error).
 */
export function allSites(apis: AllSitesApis, base: StaticScript, canvas: readonly RegisteredScript[] = []) {
  const want = allSitesScript(base);
  const ids = [allSitesScriptId, ...canvas.map((c) => c.id)];
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task);
    queue = next.catch(() => undefined);
    return next;
  };
  const registered = async () => await apis.scripting.getRegisteredContentScripts({ ids });
  const unregister = async () => {
    const now = (await registered()).filter((s) => ids.includes(s.id)).map((s) => s.id);
    if (now.length) await apis.scripting.unregisterContentScripts({ ids: now });
  };
  /** Registers `w`, or brings an older registration of it up to date. */
  const follow = async (w: RegisteredScript, now: readonly RegisteredScript[]) => {
    const had = now.find((s) => s.id === w.id);
    if (!had) await apis.scripting.registerContentScripts([w]);
    else if (!current(had, w)) await apis.scripting.updateContentScripts([w]);
  };

  /**
   * Makes the registration follow the permission: granted and not registered → register (or bring an
   * older registration up to date); not granted (declined, removed, revoked in the browser) → unregister.
   */
  const reconcile = () =>
    serial(async (): Promise<AllSitesState> => {
      const granted = await apis.permissions.contains({ origins: [...allSitesOrigins] });
      if (!granted) {
        await unregister();
        return { on: false };
      }
      const now = await registered();
      await follow(want, now);
      // A browser that cannot register a page-world script still gets the rest of all-sites cleaning.
      for (const w of canvas) await follow(w, now).catch((err: unknown) => console.warn('JingDu: canvas text on all sites', err));
      return { on: true };
    });

  /** Switching off: the script goes, then the permission (which also tells other windows through onRemoved). */
  const disable = () =>
    serial(async (): Promise<AllSitesState> => {
      await unregister();
      await apis.permissions.remove({ origins: [...allSitesOrigins] });
      return { on: false };
    });

  return { reconcile, disable };
}

export type AllSites = ReturnType<typeof allSites>;

// ---------- messages from the extension's own pages ----------

/**
 * runtime.onMessage: only the extension's own pages (options, popup) may switch this; content scripts,
 * which also carry our id, may not. Undefined (no answer) for anything else.
 */
export function handleAllSitesMessage(
  core: AllSites,
  extensionOrigin: string,
  runtimeId: string,
  msg: unknown,
  sender: { id?: string; url?: string },
): Promise<AllSitesState> | undefined {
  if (!isAllSitesMessage(msg) || sender.id !== runtimeId || !sender.url?.startsWith(extensionOrigin)) return undefined;
  return msg.on === false ? core.disable() : core.reconcile();
}
