/**
 * The NVIDIA trust anchors by role. The shipped set holds three NVIDIA certificates that must never
 * stand in for one another: the device identity root (GPU device chains), the RIM signing root
 * (reference manifests) and the pinned NRAS GPU intermediate (token signing keys). Shipped anchors are
 * picked by their pinned file; custom (`--trust-roots`, test) anchors by a role word in the file name
 * under `nvidia/` (`device`, `rim`, `nras`), so a test root for one role never anchors another.
 */
import type { X509Certificate } from 'node:crypto';
import type { TrustRoots } from '../types.js';

export type NvidiaAnchorRole = 'device' | 'rim' | 'nras';

const SHIPPED: Record<NvidiaAnchorRole, string> = {
  device: 'nvidia/verifier_device_root.pem',
  rim: 'nvidia/verifier_RIM_root.pem',
  nras: 'nvidia/nras_gpu_intermediate_004.pem',
};

const CUSTOM: Record<NvidiaAnchorRole, RegExp> = {
  device: /device/i,
  rim: /rim/i,
  nras: /nras/i,
};

export function nvidiaAnchors(roots: TrustRoots, role: NvidiaAnchorRole): X509Certificate[] {
  const nvidia = roots.certs.filter((c) => c.vendor === 'nvidia');
  if (roots.kind === 'shipped') return nvidia.filter((c) => c.name === SHIPPED[role]).map((c) => c.x509);
  return nvidia.filter((c) => CUSTOM[role].test(c.name.split('/').pop() ?? '')).map((c) => c.x509);
}

/** One line saying where the anchors for a role come from, for "no anchor" messages. */
export function anchorHint(roots: TrustRoots, role: NvidiaAnchorRole): string {
  return roots.kind === 'shipped'
    ? `the shipped ${SHIPPED[role]}`
    : `custom roots: a PEM under nvidia/ whose file name contains "${role}"`;
}
