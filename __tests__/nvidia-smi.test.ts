import { describe, expect, it } from 'vitest';
import { parseNvidiaSmiXml, readGpuInventory } from '../src/evidence/sources/nvidia-smi.js';
import type { Exec } from '../src/evidence/sources/deps.js';
import { InputError } from '../src/util/errors.js';
import { nvidiaSmiXml } from './helpers/gpu-synth.js';

describe('nvidia-smi inventory (self-reported deployment facts)', () => {
  it('parses -q -x: driver, CUDA, each GPU', () => {
    const inv = parseNvidiaSmiXml(nvidiaSmiXml(2));
    expect(inv).toMatchObject({ driver_version: '550.90.07', cuda_version: '12.4' });
    expect(inv.gpus).toEqual([
      { bus_id: '00000000:18:00.0', name: 'NVIDIA H100 80GB HBM3', architecture: 'Hopper', uuid: 'GPU-00000000-aaaa-bbbb-cccc-dddddddddddd', serial: '1654922000', vbios_version: '96.00.9F.00.01' },
      { bus_id: '00000000:19:00.0', name: 'NVIDIA H100 80GB HBM3', architecture: 'Hopper', uuid: 'GPU-00000001-aaaa-bbbb-cccc-dddddddddddd', serial: '1654922001', vbios_version: '96.00.9F.00.01' },
    ]);
  });

  it.each([
    ['not XML', 'NVIDIA-SMI has failed because it could not communicate with the NVIDIA driver.'],
    ['another document', '<?xml version="1.0"?><other/>'],
    ['unclosed', '<nvidia_smi_log><gpu id="x">'],
  ])('%s is EVIDENCE_MALFORMED', (_n, text) => {
    expect(() => parseNvidiaSmiXml(text)).toThrow(InputError);
  });

  it('control characters in values are neutralised; N/A is null', () => {
    const inv = parseNvidiaSmiXml('<nvidia_smi_log><driver_version>N/A</driver_version><gpu id="a"><product_name>H100&#10;evil</product_name></gpu></nvidia_smi_log>');
    expect(inv.driver_version).toBeNull();
    expect(inv.gpus[0]!.name).toBe('H100 evil');
  });

  it('readGpuInventory runs -q -x then conf-compute -f; a failing nvidia-smi gives a reason, never a throw', async () => {
    const calls: string[][] = [];
    const exec: Exec = async (_f, args) => {
      calls.push(args);
      const out = args[0] === '-q' ? nvidiaSmiXml(1) : 'CC status: ON\n';
      return { code: 0, stdout: Buffer.from(out), stderr: Buffer.alloc(0), timedOut: false, overflow: false, spawnError: null };
    };
    const r = await readGpuInventory('/x/nvidia-smi', exec, {});
    expect(calls).toEqual([['-q', '-x'], ['conf-compute', '-f']]);
    expect(r.inventory).toMatchObject({ source: 'nvidia-smi', cc_mode: 'ON', gpus: [{ architecture: 'Hopper' }] });
    const bad: Exec = async () => ({ code: 9, stdout: Buffer.alloc(0), stderr: Buffer.alloc(0), timedOut: false, overflow: false, spawnError: null });
    expect(await readGpuInventory('/x/nvidia-smi', bad, {})).toEqual({ inventory: null, reason: 'nvidia-smi -q -x failed (exit 9)' });
  });
});
