import type { EvidenceSource } from '../types.js';
import { InputError, q } from '../../util/errors.js';
import type { SourceDeps } from './deps.js';
import { NoneSource } from './none.js';
import { FileSource } from './file.js';
import { CommandSource } from './command.js';
import { SimulatedSource } from './simulated.js';
import { TsmSource } from './tsm.js';
import { NvidiaSource } from './nvidia.js';
import { AutoSource } from './auto.js';

export const EVIDENCE_SPECS = 'auto, none, simulated, tsm, nvidia, nvidia-nras, file:PATH or command:CMD';

/** One `--evidence` value -> its source. Unknown or empty values are InputError USAGE. */
export function parseEvidenceSpec(spec: string, deps: SourceDeps): EvidenceSource {
  const tsm = () => new TsmSource({ ...(deps.tsmFs ? { fs: deps.tsmFs } : {}), ...(deps.tsmRoot ? { root: deps.tsmRoot } : {}) });
  const nvidia = (nras = false) =>
    new NvidiaSource({ env: deps.env, nras, ...(deps.exec ? { exec: deps.exec } : {}), ...(deps.devDir ? { devDir: deps.devDir } : {}) });
  if (spec.startsWith('file:')) {
    const path = spec.slice('file:'.length);
    if (path.trim() === '') throw new InputError('USAGE', `evidence source ${q(spec)} needs a path (file:PATH)`);
    return new FileSource(path, deps.cwd);
  }
  if (spec.startsWith('command:')) {
    const cmd = spec.slice('command:'.length);
    if (cmd.trim() === '') throw new InputError('USAGE', `evidence source ${q(spec)} needs a command (command:CMD)`);
    return new CommandSource(cmd, { cwd: deps.cwd, env: deps.env, ...(deps.exec ? { exec: deps.exec } : {}) });
  }
  switch (spec.trim()) {
    case 'none':
      return new NoneSource();
    case 'simulated':
      return new SimulatedSource(deps.simulatedRtmr3);
    case 'tsm':
      return tsm();
    case 'nvidia':
      return nvidia();
    case 'nvidia-nras':
      return nvidia(true);
    case 'auto':
      return new AutoSource([tsm(), nvidia()]);
  }
  throw new InputError('USAGE', `unknown evidence source ${q(spec)} (expected ${EVIDENCE_SPECS})`);
}
