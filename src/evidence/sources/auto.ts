import type { CollectedEvidence, EvidenceSource, SourceSupport } from '../types.js';

/**
 * `auto` (the default): `tsm` if present, plus `nvidia` if present; nothing otherwise. `reasons`
 * records, after isSupported() or collect(), what was found and why a source was skipped.
 */
export class AutoSource implements EvidenceSource {
  readonly kind = 'auto';
  reasons: string[] = [];

  constructor(private readonly candidates: EvidenceSource[]) {}

  async isSupported(): Promise<SourceSupport> {
    const found = await this.probe();
    return {
      supported: true,
      reason: found.length > 0 ? `auto: ${this.reasons.join('; ')}` : `auto: no evidence source found (${this.reasons.join('; ')})`,
    };
  }

  async collect(reportData: Buffer, gpuNonce: Buffer): Promise<CollectedEvidence[]> {
    const out: CollectedEvidence[] = [];
    for (const s of await this.probe()) out.push(...(await s.collect(reportData, gpuNonce)));
    return out;
  }

  private async probe(): Promise<EvidenceSource[]> {
    this.reasons = [];
    const found: EvidenceSource[] = [];
    for (const s of this.candidates) {
      const sup = await s.isSupported();
      this.reasons.push(`${s.kind}: ${sup.reason}`);
      if (sup.supported) found.push(s);
    }
    return found;
  }
}
