export const id = 878;
export const ids = [878];
export const modules = {

/***/ 6878:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AutoSource: () => (/* reexport */ AutoSource),
  CommandSource: () => (/* reexport */ CommandSource),
  DEFAULT_TSM_ROOT: () => (/* reexport */ DEFAULT_TSM_ROOT),
  EVIDENCE_SPECS: () => (/* reexport */ EVIDENCE_SPECS),
  FileSource: () => (/* reexport */ FileSource),
  NVIDIA_GPU_CLAIM_KEYS: () => (/* reexport */ NVIDIA_GPU_CLAIM_KEYS),
  NoneSource: () => (/* reexport */ NoneSource),
  NvidiaSource: () => (/* reexport */ NvidiaSource),
  SEV_SNP_CLAIM_KEYS: () => (/* reexport */ SEV_SNP_CLAIM_KEYS),
  SHIPPED_ROOT_PINS: () => (/* reexport */ SHIPPED_ROOT_PINS),
  SIMULATED_CERT_DATA: () => (/* reexport */ SIMULATED_CERT_DATA),
  SIMULATED_CERT_DATA_TYPE: () => (/* reexport */ SIMULATED_CERT_DATA_TYPE),
  SIMULATED_QE_VENDOR_ID: () => (/* reexport */ SIMULATED_QE_VENDOR_ID),
  SIMULATED_USER_DATA: () => (/* reexport */ SIMULATED_USER_DATA),
  SimulatedSource: () => (/* reexport */ SimulatedSource),
  TDX_CLAIM_KEYS: () => (/* reexport */ TDX_CLAIM_KEYS),
  TsmSource: () => (/* reexport */ TsmSource),
  decodeEvidenceText: () => (/* reexport */ decodeEvidenceText),
  defaultVerifiers: () => (/* reexport */ defaultVerifiers),
  formatKind: () => (/* reexport */ formatKind),
  hasSimulatedMarker: () => (/* reexport */ hasSimulatedMarker),
  inspectEvidence: () => (/* reexport */ inspectEvidence),
  loadShippedTrustRoots: () => (/* reexport */ loadShippedTrustRoots),
  loadTrustRoots: () => (/* reexport */ loadTrustRoots),
  makeSimulatedQuote: () => (/* reexport */ makeSimulatedQuote),
  parseEvidence: () => (/* reexport */ parseEvidence),
  parseEvidenceSpec: () => (/* reexport */ parseEvidenceSpec),
  parseNrasEatTokenSet: () => (/* reexport */ parseNrasEatTokenSet),
  parseNvattestOutput: () => (/* reexport */ parseNvattestOutput),
  parseNvidiaEvidenceList: () => (/* reexport */ parseNvidiaEvidenceList),
  parseNvidiaSpdmEvidence: () => (/* reexport */ parseNvidiaSpdmEvidence),
  parseSevSnpReport: () => (/* reexport */ parseSevSnpReport),
  parseTdxQuote: () => (/* reexport */ parseTdxQuote),
  pckChainPem: () => (/* reexport */ pckChainPem),
  pemCertificates: () => (/* reexport */ pemCertificates),
  readEvidenceFile: () => (/* reexport */ readEvidenceFile),
  realExec: () => (/* reexport */ realExec),
  realTsmFs: () => (/* reexport */ realTsmFs),
  sniffFormat: () => (/* reexport */ sniffFormat),
  tdAttributeFlags: () => (/* reexport */ tdAttributeFlags),
  trustRootsDigest: () => (/* reexport */ trustRootsDigest),
  verifyEvidence: () => (/* reexport */ verifyEvidence)
});

;// CONCATENATED MODULE: ./src/evidence/types.ts
/**
 * The evidence contract shared by sources, parsers, verifiers and the policy.
 *
 * Data flows one way: a source collects bytes (CollectedEvidence), a parser turns bytes into typed
 * fields (no crypto, no policy), a verifier checks signatures, chains and the binding (no policy) and
 * yields VerifiedEvidence, and the policy appraises VerifiedEvidence.
 */
/**
 * Claim keys of `tdx` and `simulated` evidence (the simulated quote is TDX-shaped, so a policy reads
 * both the same way). Byte fields are lowercase hex of the raw bytes as they sit in the quote
 * (little-endian fields are NOT byte-swapped: td_attributes `0000001000000000` has bit 28 set).
 *
 * - quote_version (number 4|5), tee_type (hex u32 LE, `81000000`), qe_vendor_id (32 hex),
 *   qe_svn, pce_svn (numbers), user_data (40 hex), body_type (number: 2 = TDX 1.0, 3 = TDX 1.5)
 * - tee_tcb_svn (32 hex), tee_tcb_svn2 (32 hex, or null before TDX 1.5)
 * - mr_seam, mr_signer_seam, mr_td, mr_config_id, mr_owner, mr_owner_config, rtmr0..rtmr3 (96 hex)
 * - mr_service_td (96 hex, or null before TDX 1.5)
 * - seam_attributes, td_attributes, xfam (16 hex)
 * - report_data (128 hex)
 * - debug (TD_ATTRIBUTES bit 0), sept_ve_disable (bit 28), pks (bit 30), key_locker (bit 31),
 *   perfmon (bit 63): booleans; td_attribute_flags: the names of the set bits among those
 * - certification_data_type (number), padding_bytes (number of bytes after the signed data)
 * - simulated: boolean (true only for the simulated format)
 */
const TDX_CLAIM_KEYS = [
    'quote_version',
    'tee_type',
    'qe_vendor_id',
    'qe_svn',
    'pce_svn',
    'user_data',
    'body_type',
    'tee_tcb_svn',
    'tee_tcb_svn2',
    'mr_seam',
    'mr_signer_seam',
    'seam_attributes',
    'td_attributes',
    'xfam',
    'mr_td',
    'mr_config_id',
    'mr_owner',
    'mr_owner_config',
    'rtmr0',
    'rtmr1',
    'rtmr2',
    'rtmr3',
    'report_data',
    'mr_service_td',
    'debug',
    'sept_ve_disable',
    'pks',
    'key_locker',
    'perfmon',
    'td_attribute_flags',
    'certification_data_type',
    'padding_bytes',
    'simulated',
];
/**
 * Claim keys of `sev-snp` evidence (recognised, not yet verified): version, guest_svn, policy (hex
 * u64, `0x...`), debug (POLICY bit 19), migrate_ma (bit 18), smt_allowed (bit 16), vmpl,
 * signature_algo, signing_key (`vcek` | `vlek` | `none`), current_tcb, reported_tcb, committed_tcb,
 * launch_tcb (16 hex of the raw u64 LE), family_id, image_id, report_data, measurement, host_data,
 * id_key_digest, author_key_digest, report_id, chip_id (hex).
 */
const SEV_SNP_CLAIM_KEYS = [
    'version',
    'guest_svn',
    'policy',
    'debug',
    'migrate_ma',
    'smt_allowed',
    'vmpl',
    'signature_algo',
    'signing_key',
    'current_tcb',
    'reported_tcb',
    'committed_tcb',
    'launch_tcb',
    'family_id',
    'image_id',
    'report_data',
    'measurement',
    'host_data',
    'id_key_digest',
    'author_key_digest',
    'report_id',
    'chip_id',
];
/**
 * Claim keys of `nvidia-gpu` evidence (recognised, not yet verified): count (number of GPUs),
 * gpus: [{ request_nonce (64 hex), spdm_version, measurement_count, driver_version,
 * vbios_version, arch }] (arch from the evidence list when given); for NRAS tokens: eat_nonce,
 * iss, iat, exp, overall_result and submods (the names).
 */
const NVIDIA_GPU_CLAIM_KEYS = ['count', 'gpus', 'eat_nonce', 'iss', 'iat', 'exp', 'overall_result', 'submods'];

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/util/assets.ts + 1 modules
var assets = __webpack_require__(7382);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/read-file.ts
var read_file = __webpack_require__(5201);
;// CONCATENATED MODULE: ./src/evidence/roots.ts






/**
 * The shipped vendor roots (roots/ in the repository, embedded in the bundle), pinned by the SHA-256
 * of each certificate's DER, in file order. Values from ../shared/vectors/roots/README.txt, checked
 * with `openssl x509 -outform DER | sha256sum`. A shipped file whose certificates do not match its
 * pins, an unpinned file, or a pinned file missing from the bundle is a broken build: load throws.
 */
const SHIPPED_ROOT_PINS = {
    'intel/Intel_SGX_Root_CA.pem': { vendor: 'intel', sha256: ['44a0196b2b99f889b8e149e95b807a350e7424964399e885a7cbb8ccfab674d3'] },
    'amd/milan_ark.pem': { vendor: 'amd', sha256: ['69d063b45344d26a2e94e1f4210de49ef555308287d4c174445c95639a540bcd'] },
    'amd/milan_ask.pem': { vendor: 'amd', sha256: ['67d303bd3905fd38db8b20e0793699870e7fa612eaad5dec358293fd8c0bac1b'] },
    'amd/genoa_ark.pem': { vendor: 'amd', sha256: ['4c6598d19c18719c5dfd4a7d335f674e5bfe1d8f800cea2cf270c10d103db2f1'] },
    'amd/genoa_ask.pem': { vendor: 'amd', sha256: ['5464738c1546aed5f2cecf1dc98c5c960a92e8913238a61711bc90ec6e828521'] },
    'amd/turin_ark.pem': { vendor: 'amd', sha256: ['1f084161a44bb6d93778a904877d4819cafa5d05ef4193b2ded9dd9c73dd3f6a'] },
    'amd/turin_ask.pem': { vendor: 'amd', sha256: ['5b77ef5fe7a7a004fd9032668fba9d0fda22f88c4442069a479636a6ae3b3185'] },
    // ASVK (SEV-VLEK-<gen>) then ARK, as AMD KDS serves /vlek/v1/<gen>/cert_chain.
    'amd/gosev_ask_ark_milan_vlek.pem': {
        vendor: 'amd',
        sha256: [
            'c5e081f59b7efab1fe2f8b505e159704e72f29cab7ef7cf628a05a42439082f5',
            '69d063b45344d26a2e94e1f4210de49ef555308287d4c174445c95639a540bcd',
        ],
    },
    'amd/gosev_ask_ark_genoa_vlek.pem': {
        vendor: 'amd',
        sha256: [
            '197e610743a917d6b9bb982a5a9226ccc0a15b611be0619e626aca9151457372',
            '4c6598d19c18719c5dfd4a7d335f674e5bfe1d8f800cea2cf270c10d103db2f1',
        ],
    },
    'amd/gosev_ask_ark_turin_vlek.pem': {
        vendor: 'amd',
        sha256: [
            '104e10a8bd060a3c20a434261a57d0588fd65a88915b4f65b08bdecaf8df1a3c',
            '1f084161a44bb6d93778a904877d4819cafa5d05ef4193b2ded9dd9c73dd3f6a',
        ],
    },
    'nvidia/verifier_device_root.pem': { vendor: 'nvidia', sha256: ['102bf659d5419614c9d8e6aecebc80454eb26b1df6a769ac720b9a690b167b48'] },
    'nvidia/verifier_RIM_root.pem': { vendor: 'nvidia', sha256: ['12977b5115acb0381179279fffeb5a8c4d264971ebb32298023a465fa41df5d1'] },
    // Not a root: NRAS keys rotate and their CA is not served, so this intermediate is the anchor.
    'nvidia/nras_gpu_intermediate_004.pem': { vendor: 'nvidia', sha256: ['2df8907cf4d6c277b855d407ec178a649930a8e73f7294e8fce66e6ee27c5175'] },
};
const PEM_CERT = /-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\s]+?)-----END CERTIFICATE-----/g;
/** The DER of every CERTIFICATE block in PEM text, in order. */
function pemCertificates(pem) {
    return [...pem.matchAll(PEM_CERT)].map((m) => Buffer.from(m[1].replace(/\s+/g, ''), 'base64'));
}
function sha256Hex(b) {
    return (0,external_node_crypto_.createHash)('sha256').update(b).digest('hex');
}
function trustRoot(name, vendor, der) {
    return { name, vendor, der, x509: new external_node_crypto_.X509Certificate(der), sha256: sha256Hex(der) };
}
/** `sha256:` + SHA-256 over the sorted, de-duplicated raw 32-byte pins. */
function trustRootsDigest(certs) {
    const pins = [...new Set(certs.map((c) => c.sha256))].sort();
    const h = (0,external_node_crypto_.createHash)('sha256');
    for (const p of pins)
        h.update(Buffer.from(p, 'hex'));
    return 'sha256:' + h.digest('hex');
}
let shipped;
/** The pinned vendor roots embedded in the bundle (cached). Throws Error on a pin mismatch. */
function loadShippedTrustRoots() {
    if (shipped)
        return shipped;
    const names = (0,assets/* assetNames */.PB)('roots').filter((n) => n.endsWith('.pem'));
    for (const pinned of Object.keys(SHIPPED_ROOT_PINS)) {
        if (!names.includes(pinned))
            throw new Error(`shipped trust root ${pinned} is missing from the bundle`);
    }
    const certs = [];
    for (const name of names) {
        const pin = SHIPPED_ROOT_PINS[name];
        if (pin === undefined)
            throw new Error(`shipped trust root ${name} is not pinned in src/evidence/roots.ts`);
        const ders = pemCertificates((0,assets/* assetBytes */.AW)('roots', name).toString('latin1'));
        const got = ders.map(sha256Hex);
        if (got.length !== pin.sha256.length || got.some((h, i) => h !== pin.sha256[i])) {
            throw new Error(`shipped trust root ${name} does not match its pin (sha256 of DER ${got.join(',') || 'none'})`);
        }
        ders.forEach((der, i) => certs.push(trustRoot(ders.length > 1 ? `${name}#${i}` : name, pin.vendor, der)));
    }
    shipped = { kind: 'shipped', digest: trustRootsDigest(certs), certs };
    return shipped;
}
const VENDORS = ['intel', 'amd', 'nvidia'];
function vendorOf(rel, x509) {
    const first = rel.split(external_node_path_.sep)[0].toLowerCase();
    for (const v of VENDORS)
        if (first === v || first.startsWith(`${v}_`) || first.startsWith(`${v}-`))
            return v;
    const subject = x509.subject.toLowerCase();
    if (subject.includes('intel'))
        return 'intel';
    if (subject.includes('advanced micro devices') || /\bamd\b/.test(subject))
        return 'amd';
    if (subject.includes('nvidia'))
        return 'nvidia';
    return null;
}
function listPem(dir) {
    const out = [];
    const walk = (d) => {
        for (const e of (0,external_node_fs_.readdirSync)(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
            const p = (0,external_node_path_.join)(d, e.name);
            if (e.isDirectory())
                walk(p);
            else if (e.isFile() && /\.(pem|crt|cer)$/i.test(e.name))
                out.push(p);
        }
    };
    walk(dir);
    return out;
}
/**
 * Trust roots for verification: the shipped, pinned vendor roots, or a custom directory of PEM files
 * (test chains; recorded as custom, and shipped policies deny custom roots). A custom cert's vendor
 * comes from its folder or file name prefix (`intel/`, `amd_...`) or else its subject.
 */
function loadTrustRoots(customDir) {
    if (customDir === undefined)
        return loadShippedTrustRoots();
    let st;
    try {
        st = (0,external_node_fs_.statSync)(customDir);
    }
    catch {
        throw new errors/* InputError */.dz('PATH_MISSING', `trust roots directory ${(0,errors.q)(customDir)} does not exist`);
    }
    if (!st.isDirectory())
        throw new errors/* InputError */.dz('PATH_KIND', `trust roots ${(0,errors.q)(customDir)} is not a directory`);
    const certs = [];
    for (const file of listPem(customDir)) {
        const rel = (0,external_node_path_.relative)(customDir, file);
        const text = (0,read_file/* readRegularFileSync */.cG)(file, { maxBytes: read_file/* READ_LIMITS */.Cl.trustRoot, what: 'trust root', shown: rel }).toString('latin1');
        const ders = pemCertificates(text);
        ders.forEach((der, i) => {
            let x509;
            try {
                x509 = new external_node_crypto_.X509Certificate(der);
            }
            catch {
                throw new errors/* InputError */.dz('USAGE', `trust root ${(0,errors.q)(rel)} holds a certificate that does not parse`);
            }
            const vendor = vendorOf(rel, x509);
            if (vendor === null)
                throw new errors/* InputError */.dz('USAGE', `trust root ${(0,errors.q)(rel)}: cannot tell its vendor; put it under intel/, amd/ or nvidia/`);
            const name = (ders.length > 1 ? `${rel}#${i}` : rel).split(external_node_path_.sep).join('/');
            certs.push({ name, vendor, der, x509, sha256: sha256Hex(der) });
        });
    }
    if (certs.length === 0)
        throw new errors/* InputError */.dz('USAGE', `trust roots directory ${(0,errors.q)(customDir)} holds no PEM certificates`);
    return { kind: 'custom', digest: trustRootsDigest(certs), certs };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/evidence/sources/deps.ts



const DEFAULT_TSM_ROOT = '/sys/kernel/config/tsm';
const STDERR_CAP = 64 * 1024;
const realTsmFs = {
    mkdir: async (p) => {
        await (0,promises_.mkdir)(p);
    },
    rmdir: (p) => (0,promises_.rmdir)(p),
    readFile: (p) => (0,read_file/* readRegularFile */.XF)(p, { maxBytes: read_file/* READ_LIMITS */.Cl.configfs, what: 'configfs-tsm attribute' }),
    writeFile: (p, d) => (0,promises_.writeFile)(p, d),
    isDirectory: async (p) => {
        try {
            return (await (0,promises_.stat)(p)).isDirectory();
        }
        catch {
            return false;
        }
    },
};
/** spawn() in its own process group, bounded in time and stdout; the whole group is killed on a limit. */
const realExec = (file, args, opts) => new Promise((resolve) => {
    const out = [];
    const err = [];
    let outLen = 0;
    let errLen = 0;
    let timedOut = false;
    let overflow = false;
    let spawnError = null;
    const child = (0,external_node_child_process_.spawn)(file, args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const killGroup = () => {
        try {
            if (child.pid !== undefined)
                process.kill(-child.pid, 'SIGKILL');
        }
        catch {
            child.kill('SIGKILL');
        }
    };
    const timer = setTimeout(() => {
        timedOut = true;
        killGroup();
    }, opts.timeoutMs);
    child.stdout.on('data', (c) => {
        if (overflow)
            return;
        outLen += c.length;
        if (outLen > opts.maxStdoutBytes) {
            overflow = true;
            killGroup();
            return;
        }
        out.push(c);
    });
    child.stderr.on('data', (c) => {
        if (errLen < STDERR_CAP) {
            err.push(c);
            errLen += c.length;
        }
    });
    child.on('error', (e) => {
        spawnError = e.message;
    });
    child.on('close', (code) => {
        clearTimeout(timer);
        resolve({
            code: spawnError !== null ? null : code,
            stdout: Buffer.concat(out),
            stderr: Buffer.concat(err),
            timedOut,
            overflow,
            spawnError,
        });
    });
});
/** The first line of stderr, JSON-quoted (one printable line), at most 200 characters. */
function firstLine(stderr) {
    const line = stderr.toString('utf8').split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
    return JSON.stringify(line.length > 200 ? line.slice(0, 200) + '…' : line);
}

;// CONCATENATED MODULE: ./src/evidence/sources/none.ts
/** `none`: collects nothing; the policy decides whether that is hold or deny. */
class NoneSource {
    kind = 'none';
    async isSupported() {
        return { supported: true, reason: 'no evidence is collected' };
    }
    async collect() {
        return [];
    }
}

;// CONCATENATED MODULE: ./src/evidence/sources/file.ts




const MAX_EVIDENCE_BYTES = read_file/* READ_LIMITS */.Cl.evidence;
/** Read an evidence file: PATH_MISSING / PATH_KIND / PATH_UNREADABLE / EVIDENCE_MALFORMED (empty, too big). */
async function readEvidenceFile(path, cwd) {
    const bytes = await (0,read_file/* readRegularFile */.XF)((0,external_node_path_.resolve)(cwd, path), { maxBytes: MAX_EVIDENCE_BYTES, what: 'evidence file', shown: path });
    if (bytes.length === 0)
        throw new errors/* InputError */.dz('EVIDENCE_MALFORMED', `evidence file ${(0,errors.q)(path)} is empty`);
    return bytes;
}
/** `file:PATH`: evidence collected by an earlier step, relative to the working directory; sniffed later. */
class FileSource {
    path;
    cwd;
    kind;
    constructor(path, cwd) {
        this.path = path;
        this.cwd = cwd;
        this.kind = `file:${path}`;
    }
    async isSupported() {
        try {
            const st = await (0,promises_.stat)((0,external_node_path_.resolve)(this.cwd, this.path));
            return st.isFile()
                ? { supported: true, reason: `reads ${(0,errors.q)(this.path)}` }
                : { supported: false, reason: `${(0,errors.q)(this.path)} is not a regular file` };
        }
        catch {
            return { supported: false, reason: `${(0,errors.q)(this.path)} does not exist` };
        }
    }
    async collect() {
        return [{ source: this.kind, bytes: await readEvidenceFile(this.path, this.cwd) }];
    }
}

;// CONCATENATED MODULE: ./src/evidence/sources/command.ts





const COMMAND_TIMEOUT_MS = 120_000;
/**
 * `command:CMD`: runs CMD with `/bin/sh -c` in the working directory, with REPORT_DATA_HEX (128 hex)
 * and GPU_NONCE_HEX (64 hex) added to its environment. Its stdout is the evidence (binary, hex or
 * base64 text: the sniffer decides) or, when stdout is one line naming an existing file, that file.
 */
class CommandSource {
    command;
    opts;
    kind;
    exec;
    constructor(command, opts) {
        this.command = command;
        this.opts = opts;
        this.kind = `command:${command}`;
        this.exec = opts.exec ?? realExec;
    }
    async isSupported() {
        return { supported: true, reason: `runs ${(0,errors.q)(this.command)} with /bin/sh -c` };
    }
    async collect(reportData, gpuNonce) {
        const timeoutMs = this.opts.timeoutMs ?? COMMAND_TIMEOUT_MS;
        const maxStdoutBytes = this.opts.maxStdoutBytes ?? MAX_EVIDENCE_BYTES;
        const name = `evidence command ${(0,errors.q)(this.command)}`;
        const r = await this.exec('/bin/sh', ['-c', this.command], {
            cwd: this.opts.cwd,
            env: { ...this.opts.env, REPORT_DATA_HEX: reportData.toString('hex'), GPU_NONCE_HEX: gpuNonce.toString('hex') },
            timeoutMs,
            maxStdoutBytes,
        });
        if (r.spawnError !== null)
            throw new errors/* InputError */.dz('EVIDENCE_MALFORMED', `${name} could not start: ${r.spawnError}`);
        if (r.timedOut)
            throw new errors/* InputError */.dz('EVIDENCE_MALFORMED', `${name} timed out after ${Math.round(timeoutMs / 1000)} s`);
        if (r.overflow)
            throw new errors/* InputError */.dz('EVIDENCE_MALFORMED', `${name} printed more than ${maxStdoutBytes} bytes`);
        if (r.code !== 0) {
            throw new errors/* InputError */.dz('EVIDENCE_MALFORMED', `${name} exited with code ${r.code ?? 'signal'}: ${firstLine(r.stderr)}`);
        }
        const path = await this.pathOnStdout(r.stdout);
        const bytes = path !== null ? await readEvidenceFile(path, this.opts.cwd) : r.stdout;
        if (bytes.length === 0 || bytes.toString('latin1').trim() === '') {
            throw new errors/* InputError */.dz('EVIDENCE_MALFORMED', `${name} printed no evidence`);
        }
        return [{ source: this.kind, bytes }];
    }
    /** The stdout names a file when it is one line (ignoring a final newline) and that file exists. */
    async pathOnStdout(stdout) {
        if (stdout.length === 0 || stdout.length > 4096)
            return null;
        const text = stdout.toString('utf8').replace(/\r?\n$/, '');
        if (text === '' || /[\r\n\0]/.test(text))
            return null;
        try {
            const st = await (0,promises_.stat)((0,external_node_path_.isAbsolute)(text) ? text : (0,external_node_path_.resolve)(this.opts.cwd, text));
            return st.isFile() ? text : null;
        }
        catch {
            return null;
        }
    }
}

;// CONCATENATED MODULE: ./src/evidence/formats/reader.ts

/** Lowercase hex of a byte slice. */
function hex(bytes) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}
function asBuffer(bytes) {
    return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
function isAllZero(bytes) {
    for (const b of bytes)
        if (b !== 0)
            return false;
    return true;
}
/**
 * A bounds-checked little-endian reader. Every read names the field, so a short input yields one
 * line saying what is short (`TDX quote: truncated at td_report.mr_td: needs 48 bytes at offset
 * 184, 20 left`), as an InputError EVIDENCE_MALFORMED.
 */
class ByteReader {
    buf;
    offset;
    what;
    end;
    constructor(bytes, what, start = 0, end = bytes.byteLength) {
        this.buf = asBuffer(bytes);
        this.what = what;
        this.offset = start;
        this.end = end;
    }
    get remaining() {
        return this.end - this.offset;
    }
    need(n, field) {
        if (n < 0 || this.offset + n > this.end) {
            throw new errors/* InputError */.dz('EVIDENCE_MALFORMED', `${this.what}: truncated at ${field}: needs ${n} bytes at offset ${this.offset}, ${Math.max(0, this.remaining)} left`);
        }
    }
    bytes(n, field) {
        this.need(n, field);
        const b = this.buf.subarray(this.offset, this.offset + n);
        this.offset += n;
        return b;
    }
    u8(field) {
        this.need(1, field);
        return this.buf.readUInt8(this.offset++);
    }
    u16(field) {
        this.need(2, field);
        const v = this.buf.readUInt16LE(this.offset);
        this.offset += 2;
        return v;
    }
    u24(field) {
        this.need(3, field);
        const v = this.buf.readUIntLE(this.offset, 3);
        this.offset += 3;
        return v;
    }
    u32(field) {
        this.need(4, field);
        const v = this.buf.readUInt32LE(this.offset);
        this.offset += 4;
        return v;
    }
    /** A sub-reader over the next n bytes (the parent skips them). */
    sub(n, field, what = this.what) {
        this.need(n, field);
        const r = new ByteReader(this.buf, what, this.offset, this.offset + n);
        this.offset += n;
        return r;
    }
    malformed(message) {
        return new errors/* InputError */.dz('EVIDENCE_MALFORMED', `${this.what}: ${message}`);
    }
}

;// CONCATENATED MODULE: ./src/evidence/formats/tdx-quote.ts

/**
 * Intel TDX DCAP quote v4 and v5: bytes -> typed fields. Bounds-checked, no crypto, no policy.
 *
 * v4: header(48) | TD report body (584) | sig_data_len u32 | signature data
 * v5: header(48) | body_type u16 | body_size u32 | body (584 for type 2 = TDX 1.0, 648 for type 3 =
 *     TDX 1.5: + TEE_TCB_SVN_2[16] + MR_SERVICETD[48]) | sig_data_len u32 | signature data
 * The quote signature covers everything before sig_data_len. Signature data (attestation key type 2,
 * ECDSA P-256): signature r||s (64) | attestation public key X||Y (64) | certification data
 * (type u16, size u32, data). Type 6 wraps: QE report (384) | QE report signature (64) |
 * QE auth data (size u16, data) | certification data (type 5 = PCK cert chain, PEM).
 * Bytes after the signature data are reported (`trailing`), not parsed: fixed-size buffers (configfs,
 * TDVMCALL) leave zero padding, and real quotes exist with unsigned non-zero tails (go-tdx-guest's
 * SPR_E4 sample), which Intel's QVL and go-tdx-guest accept because nothing reads them.
 */
const TDX_TEE_TYPE = 0x81;
const TDX_HEADER_SIZE = 48;
const TDX_BODY_V10_SIZE = 584;
const TDX_BODY_V15_SIZE = 648;
const ATT_KEY_TYPE_ECDSA_P256 = 2;
const CERT_DATA_PCK_CHAIN = 5;
const CERT_DATA_QE_REPORT = 6;
const QE_REPORT_SIZE = 384;
function parseTdxQuote(bytes) {
    const r = new ByteReader(bytes, 'TDX quote');
    const version = r.u16('header.version');
    if (version !== 4 && version !== 5)
        throw r.malformed(`unsupported quote version ${version} (expected 4 or 5)`);
    const attKeyType = r.u16('header.att_key_type');
    const teeType = r.u32('header.tee_type');
    if (teeType !== TDX_TEE_TYPE)
        throw r.malformed(`tee_type 0x${teeType.toString(16)} is not TDX (0x81)`);
    if (attKeyType !== ATT_KEY_TYPE_ECDSA_P256) {
        throw r.malformed(`attestation key type ${attKeyType} is not supported (expected 2, ECDSA P-256)`);
    }
    const header = {
        version,
        attKeyType,
        teeType,
        qeSvn: r.u16('header.qe_svn'),
        pceSvn: r.u16('header.pce_svn'),
        qeVendorId: r.bytes(16, 'header.qe_vendor_id'),
        userData: r.bytes(20, 'header.user_data'),
    };
    let bodyType = 2;
    let bodySize = TDX_BODY_V10_SIZE;
    if (version === 5) {
        const t = r.u16('body_type');
        const size = r.u32('body_size');
        if (t === 2)
            bodySize = TDX_BODY_V10_SIZE;
        else if (t === 3)
            bodySize = TDX_BODY_V15_SIZE;
        else
            throw r.malformed(`body type ${t} is not a TD report (expected 2 or 3)`);
        if (size !== bodySize)
            throw r.malformed(`body_size ${size} does not match body type ${t} (expected ${bodySize})`);
        bodyType = t;
    }
    const b = r.sub(bodySize, 'td_report', 'TDX quote');
    const body = {
        teeTcbSvn: b.bytes(16, 'td_report.tee_tcb_svn'),
        mrSeam: b.bytes(48, 'td_report.mr_seam'),
        mrSignerSeam: b.bytes(48, 'td_report.mr_signer_seam'),
        seamAttributes: b.bytes(8, 'td_report.seam_attributes'),
        tdAttributes: b.bytes(8, 'td_report.td_attributes'),
        xfam: b.bytes(8, 'td_report.xfam'),
        mrTd: b.bytes(48, 'td_report.mr_td'),
        mrConfigId: b.bytes(48, 'td_report.mr_config_id'),
        mrOwner: b.bytes(48, 'td_report.mr_owner'),
        mrOwnerConfig: b.bytes(48, 'td_report.mr_owner_config'),
        rtmr: [
            b.bytes(48, 'td_report.rtmr0'),
            b.bytes(48, 'td_report.rtmr1'),
            b.bytes(48, 'td_report.rtmr2'),
            b.bytes(48, 'td_report.rtmr3'),
        ],
        reportData: b.bytes(64, 'td_report.report_data'),
        teeTcbSvn2: bodyType === 3 ? b.bytes(16, 'td_report.tee_tcb_svn2') : null,
        mrServiceTd: bodyType === 3 ? b.bytes(48, 'td_report.mr_service_td') : null,
    };
    const signedBytes = r.buf.subarray(0, r.offset);
    const sigDataLength = r.u32('sig_data_len');
    const s = r.sub(sigDataLength, 'signature data (sig_data_len)', 'TDX quote signature data');
    const signature = s.bytes(64, 'quote_signature');
    const attestationKey = s.bytes(64, 'attestation_key');
    const certificationData = readCertificationData(s, 'certification_data', 0);
    if (s.remaining !== 0)
        throw s.malformed(`${s.remaining} unparsed bytes after the certification data`);
    const quoteLength = r.offset;
    const tail = r.buf.subarray(quoteLength);
    return {
        header,
        bodyType,
        body,
        signedBytes,
        signature,
        attestationKey,
        certificationData,
        sigDataLength,
        quoteLength,
        trailing: { length: tail.length, allZero: isAllZero(tail) },
    };
}
function readCertificationData(r, field, depth) {
    const type = r.u16(`${field}.type`);
    const size = r.u32(`${field}.size`);
    const data = r.bytes(size, `${field}.data`);
    let qeReportCertificationData = null;
    if (type === CERT_DATA_QE_REPORT) {
        if (depth > 0)
            throw r.malformed(`${field}: nested QE report certification data`);
        const q = new ByteReader(data, 'TDX quote QE report certification data');
        const raw = q.bytes(QE_REPORT_SIZE, 'qe_report');
        const qeReportSignature = q.bytes(64, 'qe_report_signature');
        const authSize = q.u16('qe_auth_data.size');
        const qeAuthData = q.bytes(authSize, 'qe_auth_data.data');
        const inner = readCertificationData(q, 'inner_certification_data', depth + 1);
        if (q.remaining !== 0)
            throw q.malformed(`${q.remaining} unparsed bytes after the inner certification data`);
        qeReportCertificationData = { qeReport: parseQeReport(raw), qeReportSignature, qeAuthData, certificationData: inner };
    }
    return { type, data, qeReportCertificationData };
}
function parseQeReport(raw) {
    return {
        cpuSvn: raw.subarray(0, 16),
        miscSelect: raw.readUInt32LE(16),
        attributes: raw.subarray(48, 64),
        mrEnclave: raw.subarray(64, 96),
        mrSigner: raw.subarray(128, 160),
        isvProdId: raw.readUInt16LE(256),
        isvSvn: raw.readUInt16LE(258),
        reportData: raw.subarray(320, 384),
        raw,
    };
}
/** TD_ATTRIBUTES bits (u64 little-endian) that appraisal cares about. */
const TD_ATTRIBUTE_BITS = { debug: 0, sept_ve_disable: 28, pks: 30, key_locker: 31, perfmon: 63 };
function tdAttributeFlags(tdAttributes) {
    const v = Buffer.from(tdAttributes).readBigUInt64LE(0);
    const out = {};
    for (const [name, bit] of Object.entries(TD_ATTRIBUTE_BITS)) {
        out[name] = ((v >> BigInt(bit)) & 1n) === 1n;
    }
    return out;
}
/** The PEM text of a type-5 certification data (directly or inside type 6), else null. */
function pckChainPem(q) {
    const cd = q.certificationData.qeReportCertificationData?.certificationData ?? q.certificationData;
    if (cd.type !== CERT_DATA_PCK_CHAIN)
        return null;
    return cd.data.toString('latin1').replace(/\0+$/, '');
}

;// CONCATENATED MODULE: ./src/evidence/formats/simulated-quote.ts


/**
 * The simulated evidence format: a TDX quote v4 in layout (so `evidence inspect` shows TDX fields),
 * unmistakably simulated in its own bytes. No crypto here: signing is the simulated source's job
 * (src/evidence/sources/simulated.ts), checking it the simulated verifier's.
 *
 * offset  size  field                    simulated value
 *      0     2  version                  4
 *      2     2  att_key_type             2 (ECDSA P-256)
 *      4     4  tee_type                 0x81
 *      8     2  qe_svn                   0
 *     10     2  pce_svn                  0
 *     12    16  qe_vendor_id             ASCII "SIMULATED-QUOTE!"   <- the marker sniffFormat checks
 *     28    20  user_data                ASCII "compute-receipt sim" + 0x01 (format version 1)
 *     48   584  TD report body           tee_tcb_svn, mr_seam, mr_signer_seam, seam_attributes,
 *                                        mr_config_id, mr_owner, mr_owner_config, xfam: zero;
 *                                        td_attributes: SEPT_VE_DISABLE (bit 28) only, DEBUG clear;
 *                                        mr_td, rtmr0..3: ASCII "SIMULATED <NAME> no hardware" padded
 *                                        with zeros to 48 bytes; report_data: the binding's 64 bytes
 *    632     4  sig_data_len             128 + 6 + certification data length
 *    636    64  quote signature          ECDSA P-256 r||s over bytes 0..631 (SHA-256), by a key
 *                                        made for this run and thrown away
 *    700    64  attestation key          the raw public key X||Y of that key
 *    764     2  certification data type  0xFFFF (Intel defines 1..7; no real quote uses 0xFFFF)
 *    766     4  certification data size  47
 *    770    47  certification data       ASCII "compute-receipt simulated evidence: no hardware"
 *    817        end (817 bytes in all)
 */
const SIMULATED_QE_VENDOR_ID = Buffer.from('SIMULATED-QUOTE!', 'ascii');
const SIMULATED_USER_DATA = Buffer.concat([Buffer.from('compute-receipt sim', 'ascii'), Buffer.from([1])]);
const SIMULATED_CERT_DATA_TYPE = 0xffff;
const SIMULATED_CERT_DATA = Buffer.from('compute-receipt simulated evidence: no hardware', 'ascii');
/** TD_ATTRIBUTES of the simulated quote: SEPT_VE_DISABLE (bit 28), not DEBUG. */
const SIMULATED_TD_ATTRIBUTES = Buffer.from('0000001000000000', 'hex');
const SIMULATED_SIGNED_LENGTH = TDX_HEADER_SIZE + TDX_BODY_V10_SIZE;
/** A 48-byte measurement register that says what it is: `SIMULATED MR_TD no hardware`, zero-padded. */
function simulatedRegister(name) {
    const out = Buffer.alloc(48);
    out.write(`SIMULATED ${name} no hardware`.slice(0, 48), 'ascii');
    return out;
}
/** Whether the bytes carry the simulated marker (QE vendor id) in a TDX-shaped header. */
function hasSimulatedMarker(bytes) {
    if (bytes.byteLength < 28)
        return false;
    return SIMULATED_QE_VENDOR_ID.equals(Buffer.from(bytes.buffer, bytes.byteOffset + 12, 16));
}
/** Header || TD report body of a simulated quote carrying reportData: the bytes to sign. */
function simulatedSignedBytes(reportData) {
    if (reportData.byteLength !== 64)
        throw new TypeError('reportData must be exactly 64 bytes');
    const h = Buffer.alloc(TDX_HEADER_SIZE);
    h.writeUInt16LE(4, 0);
    h.writeUInt16LE(ATT_KEY_TYPE_ECDSA_P256, 2);
    h.writeUInt32LE(TDX_TEE_TYPE, 4);
    SIMULATED_QE_VENDOR_ID.copy(h, 12);
    SIMULATED_USER_DATA.copy(h, 28);
    const body = Buffer.concat([
        Buffer.alloc(16), // tee_tcb_svn
        Buffer.alloc(48), // mr_seam
        Buffer.alloc(48), // mr_signer_seam
        Buffer.alloc(8), // seam_attributes
        SIMULATED_TD_ATTRIBUTES,
        Buffer.alloc(8), // xfam
        simulatedRegister('MR_TD'),
        Buffer.alloc(48), // mr_config_id
        Buffer.alloc(48), // mr_owner
        Buffer.alloc(48), // mr_owner_config
        simulatedRegister('RTMR0'),
        simulatedRegister('RTMR1'),
        simulatedRegister('RTMR2'),
        simulatedRegister('RTMR3'),
        Buffer.from(reportData),
    ]);
    return Buffer.concat([h, body]);
}
/** signedBytes || sig_data_len || signature || public key || certification data. */
function encodeSimulatedQuote(signedBytes, signature, publicKey) {
    if (signedBytes.byteLength !== SIMULATED_SIGNED_LENGTH)
        throw new TypeError('signedBytes must be header || body (632 bytes)');
    if (signature.byteLength !== 64)
        throw new TypeError('signature must be 64 bytes (r||s)');
    if (publicKey.byteLength !== 64)
        throw new TypeError('publicKey must be 64 bytes (X||Y)');
    const cert = Buffer.alloc(6);
    cert.writeUInt16LE(SIMULATED_CERT_DATA_TYPE, 0);
    cert.writeUInt32LE(SIMULATED_CERT_DATA.length, 2);
    const sigData = Buffer.concat([Buffer.from(signature), Buffer.from(publicKey), cert, SIMULATED_CERT_DATA]);
    const len = Buffer.alloc(4);
    len.writeUInt32LE(sigData.length, 0);
    return Buffer.concat([Buffer.from(signedBytes), len, sigData]);
}
/** Structural checks beyond the TDX layout that make a quote a well-formed simulated quote. */
function checkSimulatedQuoteShape(q) {
    const bad = (m) => new errors/* InputError */.dz('EVIDENCE_MALFORMED', `simulated quote: ${m}`);
    if (q.header.version !== 4)
        throw bad(`version ${q.header.version} (expected 4)`);
    if (!q.header.qeVendorId.equals(SIMULATED_QE_VENDOR_ID))
        throw bad('QE vendor id is not the simulated marker');
    if (q.certificationData.type !== SIMULATED_CERT_DATA_TYPE) {
        throw bad(`certification data type ${q.certificationData.type} (expected 0xffff)`);
    }
    if (!q.trailing.allZero)
        throw bad(`${q.trailing.length} non-zero bytes after the signature data`);
}

;// CONCATENATED MODULE: ./src/evidence/sources/simulated.ts


/**
 * A simulated TDX-shaped quote carrying reportData, signed by `privateKey` (ECDSA P-256) or by a key
 * made for this call and thrown away. See src/evidence/formats/simulated-quote.ts for the layout.
 */
function makeSimulatedQuote(reportData, privateKey) {
    const key = privateKey ?? (0,external_node_crypto_.generateKeyPairSync)('ec', { namedCurve: 'P-256' }).privateKey;
    const jwk = key.export({ format: 'jwk' });
    if (jwk.crv !== 'P-256' || jwk.x === undefined || jwk.y === undefined)
        throw new TypeError('makeSimulatedQuote: key must be ECDSA P-256');
    const publicKey = Buffer.concat([Buffer.from(jwk.x, 'base64url'), Buffer.from(jwk.y, 'base64url')]);
    const signed = simulatedSignedBytes(reportData);
    const signature = (0,external_node_crypto_.sign)('sha256', signed, { key, dsaEncoding: 'ieee-p1363' });
    return encodeSimulatedQuote(signed, signature, publicKey);
}
/** `simulated`: for demos and tests only; marked as simulated in its own bytes. */
class SimulatedSource {
    kind = 'simulated';
    async isSupported() {
        return { supported: true, reason: 'simulated evidence: no hardware, a throwaway key per run' };
    }
    async collect(reportData) {
        return [{ source: this.kind, bytes: makeSimulatedQuote(reportData), formatHint: 'simulated-tdx-quote' }];
    }
}

;// CONCATENATED MODULE: ./src/evidence/sources/tsm.ts




const TSM_MAX_TRIES = 3;
const PROVIDER_FORMATS = {
    tdx_guest: 'tdx-quote',
    sev_guest: 'sev-snp-report',
};
/**
 * `tsm`: Linux configfs-tsm (needs root). One report entry per collect: mkdir, read `provider`
 * and `generation`, write the 64-byte `inblob`, read `outblob` (and `auxblob` on SNP), read
 * `generation` again. It must have grown by exactly the one write made, else another writer used the
 * entry in between and the outblob may answer someone else's inblob: retry, bounded. The entry is
 * always removed.
 */
class TsmSource {
    kind = 'tsm';
    fs;
    root;
    maxTries;
    entryName;
    constructor(opts = {}) {
        this.fs = opts.fs ?? realTsmFs;
        this.root = opts.root ?? DEFAULT_TSM_ROOT;
        this.maxTries = opts.maxTries ?? TSM_MAX_TRIES;
        this.entryName = opts.entryName ?? (() => `compute-receipt-${process.pid}-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
    }
    async isSupported() {
        if (!(await this.fs.isDirectory(this.root)))
            return { supported: false, reason: `${this.root} is not present (no configfs-tsm)` };
        if (!(await this.fs.isDirectory((0,external_node_path_.join)(this.root, 'report')))) {
            return { supported: false, reason: `${this.root}/report is not present (no TSM report provider)` };
        }
        return { supported: true, reason: `configfs-tsm at ${this.root}` };
    }
    async collect(reportData) {
        if (reportData.length !== 64)
            throw new TypeError('tsm: reportData must be exactly 64 bytes');
        const dir = (0,external_node_path_.join)(this.root, 'report', this.entryName());
        try {
            await this.fs.mkdir(dir);
        }
        catch (e) {
            throw new errors/* InputError */.dz('PATH_UNREADABLE', `configfs-tsm: cannot create ${dir} (${e.code ?? 'error'}; needs root)`);
        }
        try {
            const provider = (await this.fs.readFile((0,external_node_path_.join)(dir, 'provider'))).toString('utf8').trim();
            for (let attempt = 1; attempt <= this.maxTries; attempt++) {
                const before = await this.generation(dir);
                await this.fs.writeFile((0,external_node_path_.join)(dir, 'inblob'), reportData);
                const outblob = await this.fs.readFile((0,external_node_path_.join)(dir, 'outblob'));
                const aux = [];
                if (provider === 'sev_guest') {
                    const auxblob = await this.readOptional((0,external_node_path_.join)(dir, 'auxblob'));
                    if (auxblob !== null && auxblob.length > 0)
                        aux.push({ name: 'sev-snp-certs.bin', bytes: auxblob });
                }
                const after = await this.generation(dir);
                if (after !== before + 1)
                    continue; // another writer raced us: the outblob may not be ours
                if (outblob.length === 0)
                    throw new errors/* InputError */.dz('EVIDENCE_MALFORMED', `configfs-tsm: provider ${provider} returned an empty outblob`);
                const formatHint = PROVIDER_FORMATS[provider];
                return [
                    {
                        source: this.kind,
                        bytes: outblob,
                        ...(formatHint !== undefined ? { formatHint } : {}),
                        ...(aux.length > 0 ? { aux } : {}),
                    },
                ];
            }
            throw new errors/* InputError */.dz('EVIDENCE_MALFORMED', `configfs-tsm: another writer changed the report entry during each of ${this.maxTries} tries (generation did not grow by exactly 1)`);
        }
        finally {
            await this.fs.rmdir(dir).catch(() => undefined);
        }
    }
    async generation(dir) {
        const text = (await this.fs.readFile((0,external_node_path_.join)(dir, 'generation'))).toString('utf8').trim();
        if (!/^\d+$/.test(text))
            throw new errors/* InputError */.dz('EVIDENCE_MALFORMED', `configfs-tsm: generation is not a number: ${JSON.stringify(text.slice(0, 40))}`);
        return Number(text);
    }
    async readOptional(path) {
        try {
            return await this.fs.readFile(path);
        }
        catch {
            return null;
        }
    }
}

;// CONCATENATED MODULE: ./src/evidence/formats/nvidia-spdm.ts

/**
 * NVIDIA GPU evidence: one SPDM 1.1+ GET_MEASUREMENTS request (37 bytes, signature requested)
 * followed by the MEASUREMENTS response (records, responder nonce, opaque data, ECDSA P-384
 * signature r||s, 96 bytes). Bounds-checked structure only: no signature, no chain, no policy.
 * The signature is located structurally (right after the opaque data): captures exist with bytes
 * after it (trustee's hopper_coco_report1 has one trailing zero), so "the last 96 bytes" is wrong.
 */
const SPDM_GET_MEASUREMENTS = 0xe0;
const SPDM_MEASUREMENTS = 0x60;
const SPDM_P384_SIGNATURE_SIZE = 96;
/** NVIDIA opaque data field ids (nvtrust local verifier), the ones worth naming. */
const NVIDIA_OPAQUE_FIELDS = {
    1: 'cert_issuer_name',
    2: 'cert_authority_key_identifier',
    3: 'driver_version',
    4: 'gpu_info',
    5: 'sku',
    6: 'vbios_version',
    7: 'manufacturer_id',
    8: 'tamper_detection',
    9: 'smc',
    10: 'vpr',
    11: 'nvdec0_status',
    12: 'msrscnt',
    13: 'cprinfo',
    14: 'board_id',
    15: 'chip_sku',
    16: 'chip_sku_mod',
    17: 'project',
    18: 'project_sku',
    19: 'project_sku_mod',
    20: 'fwid',
    21: 'protected_pcie_status',
    22: 'switch_pdi',
    23: 'floorswept_ports',
    24: 'position_id',
    25: 'lock_switch_status',
    32: 'gpu_link_conn',
    33: 'sys_enable_status',
    34: 'opaque_data_version',
    35: 'chip_info',
};
function isSpdmGetMeasurements(bytes) {
    return (bytes.byteLength >= 39 &&
        bytes[0] >= 0x10 &&
        bytes[0] <= 0x13 &&
        bytes[1] === SPDM_GET_MEASUREMENTS &&
        bytes[37] === bytes[0] &&
        bytes[38] === SPDM_MEASUREMENTS);
}
function parseNvidiaSpdmEvidence(bytes) {
    const r = new ByteReader(bytes, 'NVIDIA SPDM evidence');
    const spdmVersion = r.u8('request.spdm_version');
    if (spdmVersion < 0x10 || spdmVersion > 0x13)
        throw r.malformed(`SPDM version 0x${spdmVersion.toString(16)} is not 1.0..1.3`);
    const reqCode = r.u8('request.code');
    if (reqCode !== SPDM_GET_MEASUREMENTS)
        throw r.malformed(`request code 0x${reqCode.toString(16)} is not GET_MEASUREMENTS (0xe0)`);
    const requestParam1 = r.u8('request.param1');
    const requestParam2 = r.u8('request.param2');
    if ((requestParam1 & 1) === 0)
        throw r.malformed('the GET_MEASUREMENTS request does not ask for a signature');
    const requestNonce = r.bytes(32, 'request.nonce');
    const slotId = r.u8('request.slot_id');
    const respVersion = r.u8('response.spdm_version');
    if (respVersion !== spdmVersion)
        throw r.malformed(`response SPDM version 0x${respVersion.toString(16)} differs from the request's`);
    const respCode = r.u8('response.code');
    if (respCode !== SPDM_MEASUREMENTS)
        throw r.malformed(`response code 0x${respCode.toString(16)} is not MEASUREMENTS (0x60)`);
    const responseParam1 = r.u8('response.param1');
    const responseParam2 = r.u8('response.param2');
    const blocks = r.u8('response.number_of_blocks');
    const recordLength = r.u24('response.measurement_record_length');
    const rec = r.sub(recordLength, 'response.measurement_record', 'NVIDIA SPDM measurement record');
    const measurements = [];
    for (let i = 0; i < blocks; i++) {
        const index = rec.u8(`block[${i}].index`);
        const measurementSpecification = rec.u8(`block[${i}].spec`);
        const size = rec.u16(`block[${i}].size`);
        const m = rec.sub(size, `block[${i}].measurement`);
        const valueType = m.u8(`block[${i}].value_type`);
        const valueSize = m.u16(`block[${i}].value_size`);
        const value = m.bytes(valueSize, `block[${i}].value`);
        if (m.remaining !== 0)
            throw m.malformed(`block[${i}]: ${m.remaining} bytes after the value`);
        measurements.push({ index, measurementSpecification, valueType, value });
    }
    if (rec.remaining !== 0)
        throw rec.malformed(`${rec.remaining} bytes after ${blocks} measurement blocks`);
    const responderNonce = r.bytes(32, 'response.nonce');
    const opaqueLength = r.u16('response.opaque_length');
    const o = r.sub(opaqueLength, 'response.opaque_data', 'NVIDIA SPDM opaque data');
    const opaque = [];
    while (o.remaining > 0) {
        const type = o.u16('opaque.type');
        const len = o.u16('opaque.length');
        const value = o.bytes(len, `opaque[${type}].value`);
        opaque.push({ type, name: NVIDIA_OPAQUE_FIELDS[type] ?? `field_${type}`, value });
    }
    const signedBytes = r.buf.subarray(0, r.offset);
    const signature = r.bytes(SPDM_P384_SIGNATURE_SIZE, 'response.signature');
    const tail = r.buf.subarray(r.offset);
    const driver = opaque.find((f) => f.type === 3);
    const vbios = opaque.find((f) => f.type === 6);
    return {
        spdmVersion,
        requestParam1,
        requestParam2,
        requestNonce,
        slotId,
        responseParam1,
        responseParam2,
        measurements,
        responderNonce,
        opaque,
        driverVersion: driver ? driver.value.toString('latin1').replace(/\0.*$/s, '') : null,
        vbiosVersion: vbios ? formatVbiosVersion(vbios.value) : null,
        signedBytes,
        signature,
        trailing: { length: tail.length, allZero: isAllZero(tail) },
    };
}
/** `009f009601000000` -> `96.00.9F.00.01` (NVIDIA's rendering of the 8-byte LE field). */
function formatVbiosVersion(v) {
    if (v.length < 5)
        return hex(v);
    const low = v.readUInt32LE(0).toString(16).padStart(8, '0').toUpperCase();
    const high = v[4].toString(16).padStart(2, '0').toUpperCase();
    return `${low.slice(0, 2)}.${low.slice(2, 4)}.${low.slice(4, 6)}.${low.slice(6, 8)}.${high}`;
}

;// CONCATENATED MODULE: ./src/evidence/formats/nvidia-evidence-list.ts


/** The entries array of a parsed JSON value, or null when it is not an evidence list. */
function evidenceListEntries(value) {
    const list = Array.isArray(value)
        ? value
        : value !== null && typeof value === 'object' && Array.isArray(value.evidences)
            ? value.evidences
            : null;
    if (list === null || list.length === 0)
        return null;
    const ok = list.every((e) => e !== null && typeof e === 'object' && !Array.isArray(e) && typeof e.evidence === 'string');
    return ok ? list : null;
}
function parseNvidiaEvidenceList(value) {
    const list = evidenceListEntries(value);
    if (list === null)
        throw new errors/* InputError */.dz('EVIDENCE_MALFORMED', 'NVIDIA evidence list: expected a non-empty list of {evidence, certificate, ...}');
    return list.map((raw, i) => {
        const e = raw;
        const str = (k) => (typeof e[k] === 'string' ? e[k] : null);
        const b64 = (k) => {
            const s = str(k) ?? '';
            if (!/^[A-Za-z0-9+/=_\s-]*$/.test(s))
                throw new errors/* InputError */.dz('EVIDENCE_MALFORMED', `NVIDIA evidence list: entry ${i} ${k} is not base64`);
            return Buffer.from(s, 'base64');
        };
        const evidence = b64('evidence');
        if (evidence.length === 0)
            throw new errors/* InputError */.dz('EVIDENCE_MALFORMED', `NVIDIA evidence list: entry ${i} has empty evidence`);
        return {
            arch: str('arch'),
            nonce: str('nonce'),
            driverVersion: str('driver_version'),
            vbiosVersion: str('vbios_version'),
            evidence,
            certificateChain: b64('certificate'),
        };
    });
}
/** Each entry's SPDM evidence parsed; throws EVIDENCE_MALFORMED naming the entry. */
function parseNvidiaEvidenceListSpdm(entries) {
    return entries.map((e, i) => {
        try {
            return parseNvidiaSpdmEvidence(e.evidence);
        }
        catch (err) {
            if (err instanceof errors/* InputError */.dz)
                throw new errors/* InputError */.dz('EVIDENCE_MALFORMED', `NVIDIA evidence list entry ${i}: ${err.message}`);
            throw err;
        }
    });
}

;// CONCATENATED MODULE: ./src/evidence/sources/nvidia.ts






const NVATTEST = 'nvattest';
const NVATTEST_TIMEOUT_MS = 120_000;
/**
 * `nvidia`: NVIDIA's attestation CLI (`nvattest`, NVIDIA Attestation SDK) on the runner:
 * `nvattest collect-evidence --device gpu --nonce <GPU nonce hex> --format json`. SDK 1.x/2.x print
 * text unless given the global `--format json`; later CLIs print JSON and may not know the flag, so a
 * failure with it is retried once without it. The JSON is `{"evidences": [{arch, nonce, evidence
 * (base64 SPDM), certificate (base64 PEM chain), driver_version, vbios_version}], "result_code": 0}`:
 * each GPU becomes one piece of evidence, its chain an aux file.
 */
class NvidiaSource {
    opts;
    kind = 'nvidia';
    exec;
    binary;
    devDir;
    constructor(opts) {
        this.opts = opts;
        this.exec = opts.exec ?? realExec;
        this.binary = opts.binary ?? NVATTEST;
        this.devDir = opts.devDir ?? '/dev';
    }
    async isSupported() {
        const bin = await findOnPath(this.binary, this.opts.env['PATH'] ?? '');
        if (bin === null)
            return { supported: false, reason: `${this.binary} is not on PATH` };
        let gpus = [];
        try {
            gpus = (await (0,promises_.readdir)(this.devDir)).filter((n) => /^nvidia\d+$/.test(n));
        }
        catch {
            gpus = [];
        }
        if (gpus.length === 0)
            return { supported: false, reason: `no ${this.devDir}/nvidia<N> GPU device` };
        return { supported: true, reason: `${bin} with ${gpus.length} GPU device(s)` };
    }
    async collect(_reportData, gpuNonce) {
        if (gpuNonce.length !== 32)
            throw new TypeError('nvidia: gpuNonce must be exactly 32 bytes');
        const base = ['collect-evidence', '--device', 'gpu', '--nonce', gpuNonce.toString('hex')];
        const run = (args) => this.exec(this.binary, args, { env: this.opts.env, timeoutMs: NVATTEST_TIMEOUT_MS, maxStdoutBytes: 64 * 1024 * 1024 });
        let r = await run([...base, '--format', 'json']);
        if (r.code !== 0 && !r.timedOut && r.spawnError === null)
            r = await run(base);
        const name = `${this.binary} collect-evidence`;
        if (r.spawnError !== null)
            throw new errors/* InputError */.dz('EVIDENCE_MALFORMED', `${name} could not start: ${r.spawnError}`);
        if (r.timedOut)
            throw new errors/* InputError */.dz('EVIDENCE_MALFORMED', `${name} timed out`);
        if (r.code !== 0)
            throw new errors/* InputError */.dz('EVIDENCE_MALFORMED', `${name} exited with code ${r.code ?? 'signal'}: ${firstLine(r.stderr)}`);
        return parseNvattestOutput(r.stdout, this.kind);
    }
}
/** nvattest's stdout (JSON, possibly after log lines) -> one CollectedEvidence per GPU. */
function parseNvattestOutput(stdout, source = 'nvidia') {
    const text = stdout.toString('utf8');
    const start = text.indexOf('{');
    const end = text.lastIndexOf('}');
    let doc;
    try {
        if (start === -1 || end < start)
            throw new Error('no JSON object');
        doc = JSON.parse(text.slice(start, end + 1));
    }
    catch {
        throw new errors/* InputError */.dz('EVIDENCE_MALFORMED', 'nvattest collect-evidence did not print a JSON document');
    }
    const rc = doc.result_code;
    if (rc !== undefined && rc !== 0) {
        const msg = doc.result_message;
        throw new errors/* InputError */.dz('EVIDENCE_MALFORMED', `nvattest collect-evidence failed: result_code ${String(rc)} ${JSON.stringify(String(msg ?? ''))}`);
    }
    const entries = parseNvidiaEvidenceList(doc);
    return entries.map((e, i) => ({
        source,
        bytes: e.evidence,
        formatHint: 'nvidia-spdm',
        ...(e.certificateChain.length > 0 ? { aux: [{ name: `gpu${i}-cert-chain.pem`, bytes: e.certificateChain }] } : {}),
    }));
}
async function findOnPath(binary, path) {
    for (const dir of path.split(external_node_path_.delimiter)) {
        if (dir === '')
            continue;
        const p = (0,external_node_path_.join)(dir, binary);
        try {
            await (0,promises_.access)(p, external_node_fs_.constants.X_OK);
            return p;
        }
        catch {
            // keep looking
        }
    }
    return null;
}

;// CONCATENATED MODULE: ./src/evidence/sources/auto.ts
/**
 * `auto` (the default): `tsm` if present, plus `nvidia` if present; nothing otherwise. `reasons`
 * records, after isSupported() or collect(), what was found and why a source was skipped.
 */
class AutoSource {
    candidates;
    kind = 'auto';
    reasons = [];
    constructor(candidates) {
        this.candidates = candidates;
    }
    async isSupported() {
        const found = await this.probe();
        return {
            supported: true,
            reason: found.length > 0 ? `auto: ${this.reasons.join('; ')}` : `auto: no evidence source found (${this.reasons.join('; ')})`,
        };
    }
    async collect(reportData, gpuNonce) {
        const out = [];
        for (const s of await this.probe())
            out.push(...(await s.collect(reportData, gpuNonce)));
        return out;
    }
    async probe() {
        this.reasons = [];
        const found = [];
        for (const s of this.candidates) {
            const sup = await s.isSupported();
            this.reasons.push(`${s.kind}: ${sup.reason}`);
            if (sup.supported)
                found.push(s);
        }
        return found;
    }
}

;// CONCATENATED MODULE: ./src/evidence/sources/parse-spec.ts








const EVIDENCE_SPECS = 'auto, none, simulated, tsm, nvidia, file:PATH or command:CMD';
/** One `--evidence` value -> its source. Unknown or empty values are InputError USAGE. */
function parseEvidenceSpec(spec, deps) {
    const tsm = () => new TsmSource({ ...(deps.tsmFs ? { fs: deps.tsmFs } : {}), ...(deps.tsmRoot ? { root: deps.tsmRoot } : {}) });
    const nvidia = () => new NvidiaSource({ env: deps.env, ...(deps.exec ? { exec: deps.exec } : {}), ...(deps.devDir ? { devDir: deps.devDir } : {}) });
    if (spec.startsWith('file:')) {
        const path = spec.slice('file:'.length);
        if (path.trim() === '')
            throw new errors/* InputError */.dz('USAGE', `evidence source ${(0,errors.q)(spec)} needs a path (file:PATH)`);
        return new FileSource(path, deps.cwd);
    }
    if (spec.startsWith('command:')) {
        const cmd = spec.slice('command:'.length);
        if (cmd.trim() === '')
            throw new errors/* InputError */.dz('USAGE', `evidence source ${(0,errors.q)(spec)} needs a command (command:CMD)`);
        return new CommandSource(cmd, { cwd: deps.cwd, env: deps.env, ...(deps.exec ? { exec: deps.exec } : {}) });
    }
    switch (spec.trim()) {
        case 'none':
            return new NoneSource();
        case 'simulated':
            return new SimulatedSource();
        case 'tsm':
            return tsm();
        case 'nvidia':
            return nvidia();
        case 'auto':
            return new AutoSource([tsm(), nvidia()]);
    }
    throw new errors/* InputError */.dz('USAGE', `unknown evidence source ${(0,errors.q)(spec)} (expected ${EVIDENCE_SPECS})`);
}

;// CONCATENATED MODULE: ./src/evidence/formats/sev-snp-report.ts

/**
 * AMD SEV-SNP attestation report v2, v3, v5 (1184 bytes): a light parser for `kind` and `inspect`.
 * No signature, no chain, no policy (the SNP verifier is a later stage).
 */
const SNP_REPORT_SIZE = 1184;
const SNP_SIGNATURE_ALGO_ECDSA_P384_SHA384 = 1;
function isSevSnpReport(bytes) {
    if (bytes.byteLength !== SNP_REPORT_SIZE)
        return false;
    const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const version = b.readUInt32LE(0);
    return (version === 2 || version === 3 || version === 5) && b.readUInt32LE(0x34) === SNP_SIGNATURE_ALGO_ECDSA_P384_SHA384;
}
function parseSevSnpReport(bytes) {
    const r = new ByteReader(bytes, 'SEV-SNP report');
    r.need(SNP_REPORT_SIZE, 'report (1184 bytes)');
    if (bytes.byteLength !== SNP_REPORT_SIZE)
        throw r.malformed(`is ${bytes.byteLength} bytes (expected ${SNP_REPORT_SIZE})`);
    const b = r.buf;
    const version = b.readUInt32LE(0);
    if (version !== 2 && version !== 3 && version !== 5)
        throw r.malformed(`unsupported report version ${version} (expected 2, 3 or 5)`);
    const signatureAlgo = b.readUInt32LE(0x34);
    if (signatureAlgo !== SNP_SIGNATURE_ALGO_ECDSA_P384_SHA384)
        throw r.malformed(`signature algorithm ${signatureAlgo} (expected 1)`);
    const at = (o, n) => b.subarray(o, o + n);
    return {
        version,
        guestSvn: b.readUInt32LE(0x04),
        policy: b.readBigUInt64LE(0x08),
        familyId: at(0x10, 16),
        imageId: at(0x20, 16),
        vmpl: b.readUInt32LE(0x30),
        signatureAlgo,
        currentTcb: at(0x38, 8),
        platformInfo: b.readBigUInt64LE(0x40),
        signingKey: (b.readUInt32LE(0x48) >> 2) & 7,
        reportData: at(0x50, 64),
        measurement: at(0x90, 48),
        hostData: at(0xc0, 32),
        idKeyDigest: at(0xe0, 48),
        authorKeyDigest: at(0x110, 48),
        reportId: at(0x140, 32),
        reportIdMa: at(0x160, 32),
        reportedTcb: at(0x180, 8),
        chipId: at(0x1a0, 64),
        committedTcb: at(0x1e0, 8),
        launchTcb: at(0x1f0, 8),
        signedBytes: at(0, 0x2a0),
        signature: at(0x2a0, 0x200),
    };
}
const SNP_POLICY_BITS = { smt_allowed: 16, migrate_ma: 18, debug: 19 };
function snpSigningKeyName(k) {
    return k === 0 ? 'vcek' : k === 1 ? 'vlek' : k === 7 ? 'none' : 'reserved';
}

;// CONCATENATED MODULE: ./src/evidence/formats/nras-eat.ts

function isEatTokenSetShape(value) {
    return (Array.isArray(value) &&
        value.length >= 1 &&
        Array.isArray(value[0]) &&
        value[0][0] === 'JWT' &&
        typeof value[0][1] === 'string');
}
function decodeJwt(token, what) {
    const parts = token.split('.');
    if (parts.length !== 3)
        throw new errors/* InputError */.dz('EVIDENCE_MALFORMED', `${what}: not a compact JWT (${parts.length} parts)`);
    const part = (s, name) => {
        try {
            const v = JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));
            if (v === null || typeof v !== 'object' || Array.isArray(v))
                throw new Error('not an object');
            return v;
        }
        catch {
            throw new errors/* InputError */.dz('EVIDENCE_MALFORMED', `${what}: JWT ${name} is not a base64url JSON object`);
        }
    };
    return { header: part(parts[0], 'header'), claims: part(parts[1], 'claims'), token };
}
function parseNrasEatTokenSet(value) {
    if (!isEatTokenSetShape(value))
        throw new errors/* InputError */.dz('EVIDENCE_MALFORMED', 'NRAS token set: expected [["JWT", <token>], {<name>: <token>}]');
    const arr = value;
    const overall = decodeJwt(arr[0][1], 'NRAS token set overall token');
    const submods = {};
    const rest = arr[1];
    if (rest !== undefined) {
        if (rest === null || typeof rest !== 'object' || Array.isArray(rest)) {
            throw new errors/* InputError */.dz('EVIDENCE_MALFORMED', 'NRAS token set: the second element must be an object of device tokens');
        }
        for (const [name, tok] of Object.entries(rest)) {
            if (typeof tok !== 'string')
                throw new errors/* InputError */.dz('EVIDENCE_MALFORMED', `NRAS token set: device token ${JSON.stringify(name)} is not a string`);
            submods[name] = decodeJwt(tok, `NRAS token set device token ${JSON.stringify(name)}`);
        }
    }
    return { overall, submods };
}

;// CONCATENATED MODULE: ./src/evidence/formats/sniff.ts







/** JSON evidence above this size is not parsed for sniffing (real token sets and lists are far smaller). */
const MAX_JSON_SNIFF = 16 * 1024 * 1024;
function isText(b) {
    for (const c of b) {
        if (c === 0x09 || c === 0x0a || c === 0x0d || (c >= 0x20 && c <= 0x7e))
            continue;
        return false;
    }
    return true;
}
/**
 * Undo a hex-text or base64-text wrapper (as NVIDIA tools and `command:` sources print evidence).
 * Returns the bytes unchanged when they are binary, JSON, or neither decoding yields a known format
 * that the raw bytes do not already have. Whitespace (line breaks of wrapped text) is ignored.
 */
function decodeEvidenceText(bytes) {
    if (bytes.byteLength === 0 || !isText(bytes))
        return bytes;
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    const trimmed = text.trim();
    if (trimmed.startsWith('{') || trimmed.startsWith('[') || trimmed.startsWith('-----BEGIN'))
        return bytes;
    const s = trimmed.replace(/\s+/g, '');
    const candidates = [];
    const h = s.startsWith('0x') || s.startsWith('0X') ? s.slice(2) : s;
    if (h.length > 0 && h.length % 2 === 0 && /^[0-9a-fA-F]+$/.test(h))
        candidates.push(Buffer.from(h, 'hex'));
    if (s.length % 4 !== 1 && /^[A-Za-z0-9+/_-]+={0,2}$/.test(s)) {
        const d = Buffer.from(s, 'base64');
        if (d.length > 0)
            candidates.push(d);
    }
    for (const c of candidates)
        if (sniffBinary(c) !== 'unknown')
            return c;
    return bytes;
}
/** The format of raw (already decoded) bytes. */
function sniffBinary(b) {
    // The first 8 header bytes decide, so a truncated quote is reported as a malformed quote.
    if (b.byteLength >= 8) {
        const buf = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
        const version = buf.readUInt16LE(0);
        const attKeyType = buf.readUInt16LE(2);
        if ((version === 4 || version === 5) && (attKeyType === 2 || attKeyType === 3) && buf.readUInt32LE(4) === TDX_TEE_TYPE) {
            return hasSimulatedMarker(b) ? 'simulated-tdx-quote' : 'tdx-quote';
        }
    }
    if (isSevSnpReport(b))
        return 'sev-snp-report';
    if (isSpdmGetMeasurements(b))
        return 'nvidia-spdm';
    const json = sniffJson(b);
    if (json !== null)
        return json;
    return 'unknown';
}
function sniffJson(b) {
    if (b.byteLength > MAX_JSON_SNIFF || !isText(b))
        return null;
    const text = Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('utf8').trim();
    if (!text.startsWith('[') && !text.startsWith('{'))
        return null;
    let v;
    try {
        v = JSON.parse(text);
    }
    catch {
        return null;
    }
    if (isEatTokenSetShape(v))
        return 'nras-eat';
    if (evidenceListEntries(v) !== null)
        return 'nvidia-evidence-list';
    return null;
}
/** The evidence format of bytes as stored (binary, hex text, base64 text or JSON). Never throws. */
function sniffFormat(bytes) {
    return sniffBinary(decodeEvidenceText(bytes));
}
/** Parse JSON evidence text (token sets, evidence lists). Throws EVIDENCE_MALFORMED. */
function parseEvidenceJson(bytes, what) {
    try {
        return JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
    }
    catch {
        throw new errors/* InputError */.dz('EVIDENCE_MALFORMED', `${what}: not valid JSON`);
    }
}

;// CONCATENATED MODULE: ./src/evidence/formats/parse.ts







/**
 * Sniff (undoing hex/base64 text) and parse. The bytes decide the format; a source's hint is used
 * only when the bytes are not recognised (so a truncated quote from configfs is reported as a
 * malformed TDX quote, and a simulated quote is never taken for a real one). Throws InputError
 * EVIDENCE_MALFORMED when the format is known but the bytes do not parse.
 */
function parseEvidence(bytes, formatHint) {
    const raw = decodeEvidenceText(bytes);
    const sniffed = sniffFormat(raw);
    const format = sniffed === 'unknown' && formatHint !== undefined ? formatHint : sniffed;
    switch (format) {
        case 'simulated-tdx-quote': {
            const quote = parseTdxQuote(raw);
            checkSimulatedQuoteShape(quote);
            return { format, quote };
        }
        case 'tdx-quote':
            return { format, quote: parseTdxQuote(raw) };
        case 'sev-snp-report':
            return { format, report: parseSevSnpReport(raw) };
        case 'nvidia-spdm':
            return { format, gpus: [{ spdm: parseNvidiaSpdmEvidence(raw) }] };
        case 'nvidia-evidence-list': {
            const entries = parseNvidiaEvidenceList(parseEvidenceJson(raw, 'NVIDIA evidence list'));
            const spdm = parseNvidiaEvidenceListSpdm(entries);
            return { format, gpus: entries.map((entry, i) => ({ spdm: spdm[i], entry })) };
        }
        case 'nras-eat':
            return { format, tokens: parseNrasEatTokenSet(parseEvidenceJson(raw, 'NRAS token set')) };
        case 'unknown':
            return { format };
    }
}

;// CONCATENATED MODULE: ./src/evidence/formats/claims.ts



/** What a format speaks for. */
function formatKind(format) {
    switch (format) {
        case 'simulated-tdx-quote':
            return 'simulated';
        case 'tdx-quote':
            return 'tdx';
        case 'sev-snp-report':
            return 'sev-snp';
        case 'nvidia-spdm':
        case 'nvidia-evidence-list':
        case 'nras-eat':
            return 'nvidia-gpu';
        case 'unknown':
            return null;
    }
}
/** The claims of a TDX-shaped quote (keys: TDX_CLAIM_KEYS in types.ts). */
function tdxClaims(q, simulated) {
    const b = q.body;
    const flags = tdAttributeFlags(b.tdAttributes);
    const tee = Buffer.alloc(4);
    tee.writeUInt32LE(q.header.teeType, 0);
    return {
        quote_version: q.header.version,
        tee_type: hex(tee),
        qe_vendor_id: hex(q.header.qeVendorId),
        qe_svn: q.header.qeSvn,
        pce_svn: q.header.pceSvn,
        user_data: hex(q.header.userData),
        body_type: q.bodyType,
        tee_tcb_svn: hex(b.teeTcbSvn),
        tee_tcb_svn2: b.teeTcbSvn2 ? hex(b.teeTcbSvn2) : null,
        mr_seam: hex(b.mrSeam),
        mr_signer_seam: hex(b.mrSignerSeam),
        seam_attributes: hex(b.seamAttributes),
        td_attributes: hex(b.tdAttributes),
        xfam: hex(b.xfam),
        mr_td: hex(b.mrTd),
        mr_config_id: hex(b.mrConfigId),
        mr_owner: hex(b.mrOwner),
        mr_owner_config: hex(b.mrOwnerConfig),
        rtmr0: hex(b.rtmr[0]),
        rtmr1: hex(b.rtmr[1]),
        rtmr2: hex(b.rtmr[2]),
        rtmr3: hex(b.rtmr[3]),
        report_data: hex(b.reportData),
        mr_service_td: b.mrServiceTd ? hex(b.mrServiceTd) : null,
        ...flags,
        td_attribute_flags: Object.entries(flags)
            .filter(([, on]) => on)
            .map(([name]) => name),
        certification_data_type: q.certificationData.type,
        padding_bytes: q.trailing.length,
        simulated,
    };
}
function snpClaims(r) {
    const bit = (n) => ((r.policy >> BigInt(n)) & 1n) === 1n;
    return {
        version: r.version,
        guest_svn: r.guestSvn,
        policy: '0x' + r.policy.toString(16),
        debug: bit(SNP_POLICY_BITS.debug),
        migrate_ma: bit(SNP_POLICY_BITS.migrate_ma),
        smt_allowed: bit(SNP_POLICY_BITS.smt_allowed),
        vmpl: r.vmpl,
        signature_algo: r.signatureAlgo,
        signing_key: snpSigningKeyName(r.signingKey),
        current_tcb: hex(r.currentTcb),
        reported_tcb: hex(r.reportedTcb),
        committed_tcb: hex(r.committedTcb),
        launch_tcb: hex(r.launchTcb),
        family_id: hex(r.familyId),
        image_id: hex(r.imageId),
        report_data: hex(r.reportData),
        measurement: hex(r.measurement),
        host_data: hex(r.hostData),
        id_key_digest: hex(r.idKeyDigest),
        author_key_digest: hex(r.authorKeyDigest),
        report_id: hex(r.reportId),
        chip_id: hex(r.chipId),
    };
}
function gpuClaims(e, entry) {
    return {
        arch: entry?.arch ?? null,
        request_nonce: hex(e.requestNonce),
        spdm_version: `${e.spdmVersion >> 4}.${e.spdmVersion & 0xf}`,
        measurement_count: e.measurements.length,
        driver_version: e.driverVersion,
        vbios_version: e.vbiosVersion,
    };
}
function nvidiaSpdmClaims(list) {
    return { count: list.length, gpus: list.map((g) => gpuClaims(g.spdm, g.entry)) };
}
function eatClaims(t) {
    const c = t.overall.claims;
    return {
        count: Object.keys(t.submods).length,
        eat_nonce: typeof c['eat_nonce'] === 'string' ? c['eat_nonce'] : null,
        iss: c['iss'] ?? null,
        iat: c['iat'] ?? null,
        exp: c['exp'] ?? null,
        overall_result: c['x-nvidia-overall-att-result'] ?? null,
        submods: Object.keys(t.submods),
    };
}

;// CONCATENATED MODULE: ./src/evidence/formats/inspect.ts




/**
 * Parse and describe evidence for `evidence inspect`: no signature is checked. Throws InputError
 * EVIDENCE_MALFORMED when a recognised format does not parse; unknown bytes give format `unknown`.
 */
function inspectEvidence(bytes, formatHint) {
    const p = parseEvidence(bytes, formatHint);
    const kind = formatKind(p.format);
    switch (p.format) {
        case 'simulated-tdx-quote':
        case 'tdx-quote':
            return { format: p.format, kind, fields: tdxFields(p.quote, p.format === 'simulated-tdx-quote') };
        case 'sev-snp-report':
            return { format: p.format, kind, fields: { ...snpClaims(p.report), signature: hex(p.report.signature.subarray(0, 144)) } };
        case 'nvidia-spdm':
        case 'nvidia-evidence-list':
            return {
                format: p.format,
                kind,
                fields: {
                    count: p.gpus.length,
                    gpus: p.gpus.map((g) => ({
                        ...gpuClaims(g.spdm, g.entry),
                        responder_nonce: hex(g.spdm.responderNonce),
                        measurements: g.spdm.measurements.map((m) => ({ index: m.index, value: hex(m.value) })),
                        opaque: Object.fromEntries(g.spdm.opaque.map((o) => [o.name, hex(o.value)])),
                        signature: hex(g.spdm.signature),
                        trailing_bytes: g.spdm.trailing.length,
                    })),
                },
            };
        case 'nras-eat':
            return {
                format: p.format,
                kind,
                fields: {
                    ...eatClaims(p.tokens),
                    header: p.tokens.overall.header,
                    claims: p.tokens.overall.claims,
                    devices: Object.fromEntries(Object.entries(p.tokens.submods).map(([k, v]) => [k, { header: v.header, claims: v.claims }])),
                },
            };
        case 'unknown':
            return { format: p.format, kind, fields: { size: bytes.byteLength } };
    }
}
function certFields(cd) {
    const q = cd.qeReportCertificationData;
    if (q === null) {
        const printable = /^[\x20-\x7e\r\n\t]*$/.test(cd.data.toString('latin1'));
        return { type: cd.type, size: cd.data.length, data: printable ? cd.data.toString('latin1') : hex(cd.data) };
    }
    return {
        type: cd.type,
        size: cd.data.length,
        qe_report: {
            cpu_svn: hex(q.qeReport.cpuSvn),
            misc_select: q.qeReport.miscSelect,
            attributes: hex(q.qeReport.attributes),
            mr_enclave: hex(q.qeReport.mrEnclave),
            mr_signer: hex(q.qeReport.mrSigner),
            isv_prod_id: q.qeReport.isvProdId,
            isv_svn: q.qeReport.isvSvn,
            report_data: hex(q.qeReport.reportData),
        },
        qe_report_signature: hex(q.qeReportSignature),
        qe_auth_data: hex(q.qeAuthData),
        certification_data: certFields(q.certificationData),
    };
}
function tdxFields(q, simulated) {
    const c = tdxClaims(q, simulated);
    return {
        simulated,
        header: {
            version: q.header.version,
            att_key_type: q.header.attKeyType,
            tee_type: c['tee_type'],
            qe_svn: q.header.qeSvn,
            pce_svn: q.header.pceSvn,
            qe_vendor_id: c['qe_vendor_id'],
            user_data: c['user_data'],
        },
        body_type: q.bodyType,
        td_report: {
            tee_tcb_svn: c['tee_tcb_svn'],
            mr_seam: c['mr_seam'],
            mr_signer_seam: c['mr_signer_seam'],
            seam_attributes: c['seam_attributes'],
            td_attributes: c['td_attributes'],
            xfam: c['xfam'],
            mr_td: c['mr_td'],
            mr_config_id: c['mr_config_id'],
            mr_owner: c['mr_owner'],
            mr_owner_config: c['mr_owner_config'],
            rtmr0: c['rtmr0'],
            rtmr1: c['rtmr1'],
            rtmr2: c['rtmr2'],
            rtmr3: c['rtmr3'],
            report_data: c['report_data'],
            ...(q.bodyType === 3 ? { tee_tcb_svn2: c['tee_tcb_svn2'], mr_service_td: c['mr_service_td'] } : {}),
        },
        td_attribute_flags: c['td_attribute_flags'],
        signature_data: {
            sig_data_len: q.sigDataLength,
            quote_signature: hex(q.signature),
            attestation_key: hex(q.attestationKey),
            certification_data: certFields(q.certificationData),
        },
        pck_chain_pem: pckChainPem(q),
        quote_length: q.quoteLength,
        padding_bytes: q.trailing.length,
        padding_all_zero: q.trailing.allZero,
    };
}

;// CONCATENATED MODULE: ./src/evidence/verify/binding.ts
/** The `binding` step: whether the evidence carries the expected value (report_data or GPU nonce). */
function bindingStep(what, observed, expected) {
    if (expected === null)
        return { id: 'binding', ok: null, detail: `${what} not compared: no expected value was given` };
    const ok = Buffer.from(observed).equals(Buffer.from(expected));
    return {
        id: 'binding',
        ok,
        detail: ok
            ? `${what} equals the expected binding hash`
            : `${what} ${Buffer.from(observed).toString('hex')} does not equal the expected ${Buffer.from(expected).toString('hex')}: the evidence is bound to something else`,
    };
}

;// CONCATENATED MODULE: ./src/evidence/verify/simulated.ts



/** A raw P-256 public key X||Y (64 bytes) as a KeyObject; throws when it is not a curve point. */
function p256PublicKey(raw) {
    const b = Buffer.from(raw);
    return (0,external_node_crypto_.createPublicKey)({
        key: { kty: 'EC', crv: 'P-256', x: b.subarray(0, 32).toString('base64url'), y: b.subarray(32, 64).toString('base64url') },
        format: 'jwk',
    });
}
/** ECDSA P-256 / SHA-256 over `data` with an r||s signature; false (never a throw) on a bad key. */
function verifyP256(data, signature, rawPublicKey) {
    try {
        return (0,external_node_crypto_.verify)('sha256', data, { key: p256PublicKey(rawPublicKey), dsaEncoding: 'ieee-p1363' }, signature);
    }
    catch {
        return false;
    }
}
/**
 * The simulated quote: its signature by the key it carries, and its binding. It proves nothing about
 * hardware: `verified` means only "well-formed, self-consistent, bound to this job".
 */
function verifySimulatedQuote(quote, opts) {
    const sigOk = verifyP256(quote.signedBytes, quote.signature, quote.attestationKey);
    const steps = [
        { id: 'parse', ok: true, detail: 'simulated TDX-shaped quote v4 (QE vendor id SIMULATED-QUOTE!): no hardware' },
        {
            id: 'signature',
            ok: sigOk,
            detail: sigOk
                ? 'ECDSA P-256 signature over header and body verifies with the embedded throwaway key'
                : 'ECDSA P-256 signature over header and body does not verify with the embedded key',
        },
        bindingStep('REPORTDATA', quote.body.reportData, opts.reportData),
    ];
    // ok null only when the caller gave no expected report_data (evidence verify without --report-data).
    const bindingOk = steps[2].ok !== false;
    return {
        kind: 'simulated',
        status: sigOk && bindingOk ? 'verified' : 'failed',
        detail: sigOk && bindingOk
            ? 'simulated evidence: self-signed by a throwaway key and bound to this job; no hardware claim'
            : !sigOk
                ? 'simulated evidence: signature does not verify'
                : 'simulated evidence: REPORTDATA does not match the expected binding',
        steps,
        bindingMatches: steps[2].ok,
        claims: tdxClaims(quote, true),
        trustRoots: 'none',
    };
}

;// CONCATENATED MODULE: ./src/evidence/verify/registry.ts




/**
 * Evidence whose verifier is not built yet: still parsed, and its binding still compared, because a
 * foreign binding denies whatever the signatures would say.
 */
function notYetVerified(kind, parseDetail, binding, notImplemented, claims) {
    const steps = [
        { id: 'parse', ok: true, detail: parseDetail },
        binding,
        { id: 'signature', ok: null, detail: notImplemented },
    ];
    const foreign = binding.ok === false;
    const status = foreign ? 'failed' : 'unsupported';
    return {
        kind,
        status,
        detail: foreign ? 'foreign binding: the evidence is bound to something other than this job' : notImplemented,
        steps,
        bindingMatches: binding.ok,
        claims,
        trustRoots: 'none',
    };
}
function gpuBinding(nonces, expected) {
    if (expected === null)
        return { id: 'binding', ok: null, detail: 'SPDM request nonce not compared: no expected GPU nonce was given' };
    const bad = nonces.findIndex((n) => !n.equals(expected));
    if (bad === -1)
        return { id: 'binding', ok: true, detail: `the SPDM request nonce of ${nonces.length} GPU(s) equals the expected GPU nonce` };
    return bindingStep(`GPU ${bad} SPDM request nonce`, nonces[bad], expected);
}
const defaultVerifiers = {
    'simulated-tdx-quote': (p, opts) => verifySimulatedQuote(p.quote, opts),
    'tdx-quote': (p, opts) => {
        const q = p.quote;
        const pad = q.trailing.length === 0
            ? ''
            : q.trailing.allZero
                ? `; ${q.trailing.length} zero padding bytes after the signed data`
                : `; ${q.trailing.length} unsigned non-zero bytes after the signed data (ignored)`;
        return notYetVerified('tdx', `TDX quote v${q.header.version}, body type ${q.bodyType}${pad}`, bindingStep('REPORTDATA', q.body.reportData, opts.reportData), 'TDX quote verification is not implemented yet', tdxClaims(q, false));
    },
    'sev-snp-report': (p, opts) => notYetVerified('sev-snp', `SEV-SNP report v${p.report.version}`, bindingStep('REPORT_DATA', p.report.reportData, opts.reportData), 'SEV-SNP report verification is not implemented yet', snpClaims(p.report)),
    'nvidia-spdm': (p, opts) => notYetVerified('nvidia-gpu', `NVIDIA SPDM GET_MEASUREMENTS evidence, ${p.gpus[0].spdm.measurements.length} measurement blocks`, gpuBinding(p.gpus.map((g) => g.spdm.requestNonce), opts.gpuNonce), 'NVIDIA GPU evidence verification is not implemented yet', nvidiaSpdmClaims(p.gpus)),
    'nvidia-evidence-list': (p, opts) => notYetVerified('nvidia-gpu', `NVIDIA evidence list, ${p.gpus.length} GPU(s)`, gpuBinding(p.gpus.map((g) => g.spdm.requestNonce), opts.gpuNonce), 'NVIDIA GPU evidence verification is not implemented yet', nvidiaSpdmClaims(p.gpus)),
    'nras-eat': (p, opts) => {
        const claims = eatClaims(p.tokens);
        const nonces = [p.tokens.overall, ...Object.values(p.tokens.submods)].map((t) => t.claims['eat_nonce']);
        const expected = opts.gpuNonce === null ? null : hex(opts.gpuNonce);
        const bad = nonces.find((n) => typeof n !== 'string' || n.toLowerCase() !== expected);
        const binding = expected === null
            ? { id: 'binding', ok: null, detail: 'eat_nonce not compared: no expected GPU nonce was given' }
            : bad === undefined
                ? { id: 'binding', ok: true, detail: 'eat_nonce of every token equals the expected GPU nonce' }
                : { id: 'binding', ok: false, detail: `eat_nonce ${String(bad)} does not equal the expected ${expected}: the evidence is bound to something else` };
        return notYetVerified('nvidia-gpu', `NRAS detached EAT token set, ${Object.keys(p.tokens.submods).length} device token(s)`, binding, 'NRAS token verification is not implemented yet', claims);
    },
    unknown: () => ({
        kind: null,
        status: 'unsupported',
        detail: 'unrecognised evidence format',
        steps: [{ id: 'parse', ok: null, detail: 'no parser recognises these bytes' }],
        bindingMatches: null,
        claims: {},
        trustRoots: 'none',
    }),
};

;// CONCATENATED MODULE: ./src/evidence/verify/verify-evidence.ts





/**
 * Parse and verify one piece of evidence (signatures, chains, binding; no policy). Never throws on
 * bad evidence: bytes that do not parse give status `failed` with a `parse` step saying why.
 * Misuse (a reportData that is not 64 bytes, a gpuNonce that is not 32) throws TypeError.
 */
async function verifyEvidence(input, file, opts, verifiers = defaultVerifiers) {
    if (opts.reportData !== null && opts.reportData.length !== 64)
        throw new TypeError('verifyEvidence: reportData must be exactly 64 bytes');
    if (opts.gpuNonce !== null && opts.gpuNonce.length !== 32)
        throw new TypeError('verifyEvidence: gpuNonce must be exactly 32 bytes');
    const digest = 'sha256:' + (0,external_node_crypto_.createHash)('sha256').update(input.bytes).digest('hex');
    let parsed;
    try {
        parsed = parseEvidence(input.bytes, input.formatHint);
    }
    catch (err) {
        const sniffed = sniffFormat(input.bytes);
        const format = sniffed === 'unknown' && input.formatHint !== undefined ? input.formatHint : sniffed;
        return {
            kind: formatKind(format),
            format,
            file,
            digest,
            status: 'failed',
            detail: 'evidence does not parse',
            steps: [{ id: 'parse', ok: false, detail: `parse failed: ${err instanceof Error ? err.message : String(err)}` }],
            bindingMatches: null,
            claims: {},
            trustRoots: 'none',
        };
    }
    let verdict;
    try {
        verdict = await dispatch(parsed, opts, verifiers);
    }
    catch (err) {
        // A verifier must not throw on hostile input; if one does, the evidence did not verify.
        verdict = {
            kind: formatKind(parsed.format),
            status: 'failed',
            detail: 'verifier error',
            steps: [{ id: 'verify', ok: false, detail: err instanceof Error ? err.message : String(err) }],
            bindingMatches: null,
            claims: {},
            trustRoots: 'none',
        };
    }
    return { ...verdict, format: parsed.format, file, digest };
}
function dispatch(p, opts, v) {
    switch (p.format) {
        case 'simulated-tdx-quote':
            return v['simulated-tdx-quote'](p, opts);
        case 'tdx-quote':
            return v['tdx-quote'](p, opts);
        case 'sev-snp-report':
            return v['sev-snp-report'](p, opts);
        case 'nvidia-spdm':
            return v['nvidia-spdm'](p, opts);
        case 'nvidia-evidence-list':
            return v['nvidia-evidence-list'](p, opts);
        case 'nras-eat':
            return v['nras-eat'](p, opts);
        case 'unknown':
            return v.unknown(p, opts);
    }
}

;// CONCATENATED MODULE: ./src/evidence/index.ts
// The evidence layer's public API: sources collect, formats parse (no crypto), verify checks (no policy).

























/***/ })

};
