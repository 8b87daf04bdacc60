/**
 * GPU inventory from `nvidia-smi -q -x` (XML) and the confidential-computing mode from
 * `nvidia-smi conf-compute -f`: what the host says about its GPUs. Recorded in the receipt under
 * `deployment` and always labelled self-reported: it comes from the host, which the receipt does not
 * trust; the signed GPU evidence is what is verified. A policy may still require every GPU the host
 * lists to have attested (`nvidia-gpu.all_listed: require`), which catches a host that attests one
 * GPU and runs on others.
 */
import { DOMParser, type Element } from '@xmldom/xmldom';
import { InputError } from '../../util/errors.js';
import type { Exec } from './deps.js';
import { parseCcMode } from './nvidia.js';

export interface ListedGpu {
  bus_id: string | null;
  name: string | null;
  architecture: string | null;
  uuid: string | null;
  serial: string | null;
  vbios_version: string | null;
}

export interface GpuInventory {
  source: 'nvidia-smi';
  driver_version: string | null;
  cuda_version: string | null;
  /** ON | OFF | DEVTOOLS as conf-compute reports it, or null when not known. */
  cc_mode: string | null;
  gpus: ListedGpu[];
}

const MAX_XML = 8 * 1024 * 1024;

function child(el: Element, name: string): string | null {
  for (let n = el.firstChild; n !== null; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).tagName === name) {
      const t = (n.textContent ?? '').trim();
      const clean = t.replace(/[\u0000-\u001f\u007f]+/g, ' ').slice(0, 256);
      return clean === '' || clean === 'N/A' ? null : clean;
    }
  }
  return null;
}

/** Parse `nvidia-smi -q -x`. Throws InputError EVIDENCE_MALFORMED when it is not that XML. */
export function parseNvidiaSmiXml(text: string): Omit<GpuInventory, 'cc_mode' | 'source'> {
  if (text.length > MAX_XML) throw new InputError('EVIDENCE_MALFORMED', 'nvidia-smi -q -x: output too large');
  let root: Element | null = null;
  try {
    const doc = new DOMParser({ onError: (level, msg) => { if (level !== 'warning') throw new Error(msg); } }).parseFromString(text, 'text/xml');
    root = doc.documentElement;
  } catch (e) {
    throw new InputError('EVIDENCE_MALFORMED', `nvidia-smi -q -x: not XML (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
  }
  if (root === null || root.tagName !== 'nvidia_smi_log') throw new InputError('EVIDENCE_MALFORMED', 'nvidia-smi -q -x: no <nvidia_smi_log> document');
  const gpus: ListedGpu[] = [];
  for (let n = root.firstChild; n !== null; n = n.nextSibling) {
    if (n.nodeType !== 1 || (n as Element).tagName !== 'gpu') continue;
    const g = n as Element;
    gpus.push({
      bus_id: g.getAttribute('id') || null,
      name: child(g, 'product_name'),
      architecture: child(g, 'product_architecture'),
      uuid: child(g, 'uuid'),
      serial: child(g, 'serial'),
      vbios_version: child(g, 'vbios_version'),
    });
  }
  return { driver_version: child(root, 'driver_version'), cuda_version: child(root, 'cuda_version'), gpus };
}

/**
 * Run nvidia-smi (found by the caller) and return the host's GPU inventory, or null with the reason
 * when it cannot be read. Never throws on what nvidia-smi prints.
 */
export async function readGpuInventory(smi: string, exec: Exec, env: NodeJS.ProcessEnv): Promise<{ inventory: GpuInventory } | { inventory: null; reason: string }> {
  const q = await exec(smi, ['-q', '-x'], { env, timeoutMs: 60_000, maxStdoutBytes: MAX_XML });
  if (q.code !== 0) return { inventory: null, reason: `nvidia-smi -q -x failed (${q.spawnError ?? `exit ${q.code ?? 'signal'}`})` };
  let parsed;
  try {
    parsed = parseNvidiaSmiXml(q.stdout.toString('utf8'));
  } catch (e) {
    return { inventory: null, reason: e instanceof Error ? e.message : String(e) };
  }
  const cc = await exec(smi, ['conf-compute', '-f'], { env, timeoutMs: 30_000, maxStdoutBytes: 1024 * 1024 });
  const said = cc.code === 0 ? parseCcMode(cc.stdout.toString('utf8')) : null;
  const mode = said === null || said.on === null ? null : /CC mode ([A-Z-]+)/.exec(said.detail)?.[1] ?? null;
  return { inventory: { source: 'nvidia-smi', ...parsed, cc_mode: mode } };
}
