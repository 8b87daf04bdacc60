import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/**
 * Where receipts travel between the producer job and the verifier job. The real store is
 * `@actions/artifact` (imported lazily, it is large); tests inject a fake.
 */
export interface UploadedArtifact {
  id: number | null;
  size: number | null;
  digest: string | null;
}

export interface DownloadedArtifact {
  id: number;
  path: string;
  digest: string | null;
}

export interface ArtifactStore {
  /** Upload `files` (absolute paths under `rootDir`) as artifact `name`. */
  upload(name: string, rootDir: string, files: string[]): Promise<UploadedArtifact>;
  /** Download artifact `name` of this run, or of run `runId`, into `destDir`. */
  download(name: string, runId: string | null, destDir: string): Promise<DownloadedArtifact>;
}

export class ArtifactError extends Error {
  readonly code = 'ARTIFACT';
  constructor(message: string) {
    super(message.replace(/[\r\n]+/g, ' '));
    this.name = 'ArtifactError';
  }
}

/** Every regular file under `dir`, sorted, as absolute paths. */
export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string) => {
    for (const e of (await readdir(d, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile()) out.push(p);
    }
  };
  await walk(dir);
  return out;
}

export function relativeNames(root: string, files: string[]): string[] {
  return files.map((f) => relative(root, f).split(sep).join('/'));
}

/** The web page of an artifact, as actions/upload-artifact reports it. */
export function artifactUrl(serverUrl: string, repository: string | null, runId: string | null, id: number | null): string | null {
  if (!repository || !runId || id === null) return null;
  return `${serverUrl.replace(/\/+$/, '')}/${repository}/actions/runs/${runId}/artifacts/${id}`;
}

export interface GitHubArtifactOptions {
  /** Needed to download from another run (actions: read). */
  token: string;
  repository: string | null;
  retentionDays?: number;
}

/** The real store over `@actions/artifact`'s DefaultArtifactClient. */
export function githubArtifactStore(opts: GitHubArtifactOptions): ArtifactStore {
  const client = async () => new (await import('@actions/artifact')).DefaultArtifactClient();
  return {
    async upload(name, rootDir, files) {
      const c = await client();
      const r = await c.uploadArtifact(name, files, rootDir, opts.retentionDays ? { retentionDays: opts.retentionDays } : {});
      return { id: r.id ?? null, size: r.size ?? null, digest: r.digest ?? null };
    },
    async download(name, runId, destDir) {
      const c = await client();
      let findBy: { token: string; workflowRunId: number; repositoryOwner: string; repositoryName: string } | undefined;
      if (runId !== null) {
        const [owner, repo] = (opts.repository ?? '').split('/');
        if (!owner || !repo) throw new ArtifactError('cannot download from another run: GITHUB_REPOSITORY is not set');
        if (!opts.token) throw new ArtifactError('downloading from another run needs github-token with actions: read');
        findBy = { token: opts.token, workflowRunId: Number(runId), repositoryOwner: owner, repositoryName: repo };
      }
      let found;
      try {
        found = await c.getArtifact(name, findBy ? { findBy } : {});
      } catch (e) {
        throw new ArtifactError(`artifact ${JSON.stringify(name)} not found${runId ? ` in run ${runId}` : ' in this run'}: ${(e as Error).message}`);
      }
      const a = found.artifact;
      const r = await c.downloadArtifact(a.id, { path: destDir, ...(a.digest ? { expectedHash: a.digest } : {}), ...(findBy ? { findBy } : {}) });
      if (r.digestMismatch) throw new ArtifactError(`artifact ${JSON.stringify(name)} (id ${a.id}) does not match its recorded digest`);
      return { id: a.id, path: r.downloadPath ?? destDir, digest: a.digest ?? null };
    },
  };
}
