import type { CollectedEvidence, EvidenceSource, SourceSupport } from '../types.js';

/** `none`: collects nothing; the policy decides whether that is hold or deny. */
export class NoneSource implements EvidenceSource {
  readonly kind = 'none';
  async isSupported(): Promise<SourceSupport> {
    return { supported: true, reason: 'no evidence is collected' };
  }
  async collect(): Promise<CollectedEvidence[]> {
    return [];
  }
}
