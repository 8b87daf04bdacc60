export const id = 18;
export const ids = [18];
export const modules = {

/***/ 17691:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kP: () => (/* binding */ ByteReader),
/* harmony export */   uh: () => (/* binding */ hex),
/* harmony export */   y3: () => (/* binding */ isAllZero)
/* harmony export */ });
/* unused harmony export asBuffer */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);

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
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('EVIDENCE_MALFORMED', `${this.what}: truncated at ${field}: needs ${n} bytes at offset ${this.offset}, ${Math.max(0, this.remaining)} left`);
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
        return new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('EVIDENCE_MALFORMED', `${this.what}: ${message}`);
    }
}


/***/ }),

/***/ 23213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $1: () => (/* binding */ snpSigningKeyName),
/* harmony export */   $L: () => (/* binding */ snpPolicyBit),
/* harmony export */   FZ: () => (/* binding */ decodeSnpTcb),
/* harmony export */   Ik: () => (/* binding */ isSevSnpReport),
/* harmony export */   LM: () => (/* binding */ parseSevSnpReport),
/* harmony export */   Vx: () => (/* binding */ snpTcbLayout),
/* harmony export */   ZO: () => (/* binding */ snpSignatureP1363),
/* harmony export */   Zi: () => (/* binding */ layoutOfProduct),
/* harmony export */   q7: () => (/* binding */ snpProductFromCpuid),
/* harmony export */   ye: () => (/* binding */ SNP_POLICY_BIT_NAMES)
/* harmony export */ });
/* unused harmony exports SNP_REPORT_SIZE, SNP_SIGNATURE_ALGO_ECDSA_P384_SHA384, SNP_SIGNED_LENGTH, SNP_SIG_COMPONENT, SNP_PRODUCTS, SNP_POLICY_BITS */
/* harmony import */ var _reader_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17691);

/**
 * AMD SEV-SNP attestation report v2, v3, v5 (1184 bytes; SEV-SNP ABI spec 56860, "ATTESTATION_REPORT").
 * Bytes to typed fields: no signature, no chain, no policy (those are evidence/verify/sev-snp.ts).
 */
const SNP_REPORT_SIZE = 1184;
const SNP_SIGNATURE_ALGO_ECDSA_P384_SHA384 = 1;
/** The signature covers bytes 0x000..0x29F. */
const SNP_SIGNED_LENGTH = 0x2a0;
/** r and s are 72-byte little-endian fields; a P-384 value uses the low 48 bytes. */
const SNP_SIG_COMPONENT = 72;
const SNP_PRODUCTS = (/* unused pure expression or super */ null && (['Milan', 'Genoa', 'Turin']));
function isSevSnpReport(bytes) {
    if (bytes.byteLength !== SNP_REPORT_SIZE)
        return false;
    const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const version = b.readUInt32LE(0);
    return (version === 2 || version === 3 || version === 5) && b.readUInt32LE(0x34) === SNP_SIGNATURE_ALGO_ECDSA_P384_SHA384;
}
function parseSevSnpReport(bytes) {
    const r = new _reader_js__WEBPACK_IMPORTED_MODULE_0__/* .ByteReader */ .kP(bytes, 'SEV-SNP report');
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
    const signerInfo = b.readUInt32LE(0x48);
    const build = (o) => ({ build: b[o], minor: b[o + 1], major: b[o + 2] });
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
        signerInfo,
        signingKey: (signerInfo >> 2) & 7,
        maskChipId: (signerInfo & 2) !== 0,
        authorKeyEn: (signerInfo & 1) !== 0,
        reportData: at(0x50, 64),
        measurement: at(0x90, 48),
        hostData: at(0xc0, 32),
        idKeyDigest: at(0xe0, 48),
        authorKeyDigest: at(0x110, 48),
        reportId: at(0x140, 32),
        reportIdMa: at(0x160, 32),
        reportedTcb: at(0x180, 8),
        cpuid: version >= 3 ? { family: b[0x188], model: b[0x189], stepping: b[0x18a] } : null,
        chipId: at(0x1a0, 64),
        committedTcb: at(0x1e0, 8),
        currentBuild: build(0x1e8),
        committedBuild: build(0x1ec),
        launchTcb: at(0x1f0, 8),
        signedBytes: at(0, SNP_SIGNED_LENGTH),
        signature: at(SNP_SIGNED_LENGTH, 0x200),
    };
}
/** Guest policy bits (SNP ABI spec, GUEST_POLICY). Bits 0..15 are the minimum ABI minor and major. */
const SNP_POLICY_BITS = {
    smt_allowed: 16,
    migrate_ma: 18,
    debug: 19,
    single_socket: 20,
    cxl_allowed: 21,
    mem_aes_256_xts: 22,
    rapl_dis: 23,
    ciphertext_hiding: 24,
    page_swap_disable: 25,
};
const SNP_POLICY_BIT_NAMES = Object.keys(SNP_POLICY_BITS);
function snpPolicyBit(policy, name) {
    return ((policy >> BigInt(SNP_POLICY_BITS[name])) & 1n) === 1n;
}
function snpSigningKeyName(k) {
    return k === 0 ? 'vcek' : k === 1 ? 'vlek' : k === 7 ? 'none' : 'reserved';
}
/**
 * The product line from the report's CPUID fields (v3 and later): family 19h models 00h..0Fh are
 * Milan, 10h..1Fh and A0h..AFh Genoa (and Siena, which shares Genoa's keys); family 1Ah models
 * 00h..1Fh are Turin. Null when the report does not say (v2) or names another part.
 */
function snpProductFromCpuid(cpuid) {
    if (cpuid === null)
        return null;
    if (cpuid.family === 0x19) {
        if (cpuid.model <= 0x0f)
            return 'Milan';
        if (cpuid.model <= 0x1f || (cpuid.model >= 0xa0 && cpuid.model <= 0xaf))
            return 'Genoa';
        return null;
    }
    if (cpuid.family === 0x1a && cpuid.model <= 0x1f)
        return 'Turin';
    return null;
}
/**
 * The TCB layout a report uses. Turin runs SNP firmware that writes report v3 or later, so a v2
 * report is always Milan/Genoa; a later report says its family in CPUID_FAM_ID. The verifier checks
 * the layout against the product of the VCEK/VLEK chain.
 */
function snpTcbLayout(report) {
    return report.cpuid !== null && report.cpuid.family === 0x1a ? 'turin' : 'milan-genoa';
}
function layoutOfProduct(p) {
    return p === 'Turin' ? 'turin' : 'milan-genoa';
}
function decodeSnpTcb(raw, layout) {
    const b = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    if (b.length !== 8)
        throw new TypeError('decodeSnpTcb: a TCB_VERSION is 8 bytes');
    const hex = b.toString('hex');
    return layout === 'turin'
        ? { raw: hex, fmc: b[0], bootloader: b[1], tee: b[2], snp: b[3], microcode: b[7] }
        : { raw: hex, bootloader: b[0], tee: b[1], snp: b[6], microcode: b[7] };
}
/**
 * r and s as big-endian 48-byte values (r || s, node's ieee-p1363 form), or null when a component
 * does not fit P-384 (a non-zero byte above the low 48 of its 72): such a signature never verifies.
 */
function snpSignatureP1363(report) {
    const sig = report.signature;
    const r = sig.subarray(0, SNP_SIG_COMPONENT);
    const s = sig.subarray(SNP_SIG_COMPONENT, 2 * SNP_SIG_COMPONENT);
    if (!(0,_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .isAllZero */ .y3)(r.subarray(48)) || !(0,_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .isAllZero */ .y3)(s.subarray(48)))
        return null;
    return Buffer.concat([Buffer.from(r.subarray(0, 48)).reverse(), Buffer.from(s.subarray(0, 48)).reverse()]);
}


/***/ }),

/***/ 67574:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   initPolicy: () => (/* binding */ initPolicy)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72745);


const str = (v) => (typeof v === 'string' && v !== '' ? v.toLowerCase() : null);
function collect(sources) {
    const p = { tdx: null, snp: null, gpu: null };
    for (const s of sources) {
        const f = s.inspected.fields;
        switch (s.inspected.format) {
            case 'tdx-quote': {
                const t = (f['td_report'] ?? {});
                p.tdx ??= { mr_td: new Set(), rtmr0: new Set(), rtmr1: new Set(), rtmr2: new Set(), sept: true, from: [] };
                for (const k of ['mr_td', 'rtmr0', 'rtmr1', 'rtmr2']) {
                    const v = str(t[k]);
                    if (v)
                        p.tdx[k].add(v);
                }
                const flags = Array.isArray(f['td_attribute_flags']) ? f['td_attribute_flags'] : [];
                p.tdx.sept &&= flags.includes('sept_ve_disable');
                p.tdx.from.push(s.file);
                break;
            }
            case 'sev-snp-report': {
                p.snp ??= { measurement: new Set(), host_data: new Set(), tcb: null, from: [] };
                const m = str(f['measurement']);
                if (m)
                    p.snp.measurement.add(m);
                const h = str(f['host_data']);
                if (h)
                    p.snp.host_data.add(h);
                const t = f['reported_tcb'];
                if (t && typeof t['bootloader'] === 'number') {
                    const tcb = { bootloader: t['bootloader'], tee: t['tee'], snp: t['snp'], microcode: t['microcode'], ...(typeof t['fmc'] === 'number' ? { fmc: t['fmc'] } : {}) };
                    // The minimum over every known-good report: each component the lowest seen.
                    const prev = p.snp.tcb;
                    p.snp.tcb = prev
                        ? {
                            bootloader: Math.min(prev.bootloader, tcb.bootloader),
                            tee: Math.min(prev.tee, tcb.tee),
                            snp: Math.min(prev.snp, tcb.snp),
                            microcode: Math.min(prev.microcode, tcb.microcode),
                            ...(prev.fmc !== undefined && tcb.fmc !== undefined ? { fmc: Math.min(prev.fmc, tcb.fmc) } : {}),
                        }
                        : tcb;
                }
                p.snp.from.push(s.file);
                break;
            }
            case 'nvidia-spdm':
            case 'nvidia-evidence-list': {
                p.gpu ??= { drivers: new Set(), vbios: new Set(), count: Number.MAX_SAFE_INTEGER, from: [] };
                const gpus = Array.isArray(f['gpus']) ? f['gpus'] : [];
                for (const g of gpus) {
                    if (typeof g['driver_version'] === 'string')
                        p.gpu.drivers.add(g['driver_version']);
                    if (typeof g['vbios_version'] === 'string')
                        p.gpu.vbios.add(g['vbios_version']);
                }
                p.gpu.count = Math.min(p.gpu.count, gpus.length);
                p.gpu.from.push(s.file);
                break;
            }
            case 'simulated-tdx-quote':
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('EVIDENCE_MALFORMED', `${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__.q)(s.file)} is simulated evidence: it has no hardware measurements to pin`);
            case 'nras-eat':
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('EVIDENCE_MALFORMED', `${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__.q)(s.file)} is an NRAS token set: pin GPUs from their SPDM evidence (nvidia-spdm or an evidence list); NRAS appraises measurements itself (measres)`);
            case 'unknown':
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('EVIDENCE_MALFORMED', `${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__.q)(s.file)} is not attestation evidence compute-receipt recognises`);
        }
    }
    return p;
}
const list = (xs) => `[${[...xs].sort().map((x) => JSON.stringify(x)).join(', ')}]`;
const files = (xs) => xs.map((x) => JSON.stringify(x)).join(', ');
/** The commented policy text, validated as a policy. */
function initPolicy(sources, opts) {
    if (sources.length === 0)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('USAGE', 'policy init needs at least one --from FILE (evidence from a run you trust)');
    if (!/^[a-z0-9][a-z0-9._-]{0,63}$/.test(opts.policyId))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('USAGE', `--id must be lowercase letters, digits, ".", "_" or "-" (got ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__.q)(opts.policyId)})`);
    const p = collect(sources);
    const cpu = [...(p.tdx ? ['tdx'] : []), ...(p.snp ? ['sev-snp'] : [])];
    const required = [...(cpu.length === 2 ? [`[${cpu.join(', ')}]`] : cpu), ...(p.gpu ? ['nvidia-gpu'] : [])];
    const L = [];
    L.push(`# ${opts.policyId} — written by \`compute-receipt policy init\` on ${opts.now.toISOString().slice(0, 10)}, pinned to the`);
    L.push('# measurements of evidence you named as known-good:');
    for (const s of sources) {
        const detail = s.verified.detail.replace(/[\u0000-\u001f\u007f-\u009f\s]+/g, ' ').slice(0, 120);
        L.push(`#   ${JSON.stringify(s.file)}: ${s.inspected.format}, ${s.verified.ok ? 'signature and chain verified here' : `NOT verified here (${detail})`}`);
    }
    L.push('#');
    L.push('# A pinned value is only as good as the run it came from: take it from a machine image you built or');
    L.push('# reviewed, check it against your image build (or the vendor\'s reference values), and commit this file');
    L.push('# on a branch the attested job cannot change (for example .github/compute-receipt/policy.yml, read by');
    L.push('# a separate verifier job). A new image, firmware or driver changes these values: re-run policy init');
    L.push('# with evidence from it, review the difference, and bump `version`.');
    L.push(`policy_id: ${opts.policyId}`);
    L.push('version: 1');
    L.push('description: Pinned to known-good evidence by compute-receipt policy init.');
    L.push('');
    L.push('decision_ceiling: pass');
    L.push('');
    L.push('evidence:');
    L.push(`  required: [${required.join(', ')}]`);
    L.push('  on_missing: deny');
    L.push('  on_unsupported: deny');
    L.push('  # No collateral, no network or no NVIDIA reference manifests: hold (never pass).');
    L.push('  on_verifier_unavailable: hold');
    L.push('  trust_roots: shipped');
    L.push('  accept_simulated: false');
    if (p.tdx) {
        L.push('');
        L.push(`# From ${files(p.tdx.from)}. MRTD is the TD's initial image; RTMR0-2 the firmware, boot loader and`);
        L.push('# kernel measured at boot. RTMR3 is left unpinned: it changes per run (the two-phase flow extends it).');
        L.push('tdx:');
        L.push('  debug: forbid');
        L.push(`  mr_td: ${list(p.tdx.mr_td)}`);
        L.push(`  rtmr0: ${list(p.tdx.rtmr0)}`);
        L.push(`  rtmr1: ${list(p.tdx.rtmr1)}`);
        L.push(`  rtmr2: ${list(p.tdx.rtmr2)}`);
        L.push('  td_attributes:');
        L.push('    forbid: [debug]');
        L.push(p.tdx.sept ? '    require: [sept_ve_disable]' : '    require: []   # the known-good TD did not set SEPT_VE_DISABLE');
        L.push('  # The TCB status comes from Intel collateral (--collateral DIR or --network); without it: hold.');
        L.push('  tcb_status:');
        L.push('    pass: [UpToDate]');
        L.push('    hold: [SWHardeningNeeded]');
    }
    if (p.snp) {
        L.push('');
        L.push(`# From ${files(p.snp.from)}. MEASUREMENT is the launch digest of the guest image; the minimum`);
        L.push('# reported TCB is the lowest seen in that evidence (raise it as AMD publishes fixes).');
        L.push('sev-snp:');
        L.push('  debug: forbid');
        L.push('  migrate_ma: forbid');
        L.push(`  measurement: ${list(p.snp.measurement)}`);
        if (p.snp.host_data.size && ![...p.snp.host_data].every((h) => /^0+$/.test(h)))
            L.push(`  host_data: ${list(p.snp.host_data)}`);
        if (p.snp.tcb) {
            const t = p.snp.tcb;
            L.push(`  min_reported_tcb: {${t.fmc !== undefined ? `fmc: ${t.fmc}, ` : ''}bootloader: ${t.bootloader}, tee: ${t.tee}, snp: ${t.snp}, microcode: ${t.microcode}}`);
        }
    }
    if (p.gpu) {
        L.push('');
        L.push(`# From ${files(p.gpu.from)}. The GPU's firmware measurements are appraised against NVIDIA's reference`);
        L.push('# manifests (measres): by NRAS (collect NRAS tokens beside the SPDM evidence), or locally from the');
        L.push('# driver and VBIOS RIMs given with --rim; with neither the check holds.');
        L.push('nvidia-gpu:');
        L.push(`  count: {min: ${Math.max(1, p.gpu.count === Number.MAX_SAFE_INTEGER ? 1 : p.gpu.count)}}`);
        L.push('  debug: forbid');
        L.push('  measres: success');
        L.push('  cert_status: valid');
        L.push(`  driver_versions: ${list(p.gpu.drivers)}`);
        L.push(`  vbios_versions: ${list(p.gpu.vbios)}`);
    }
    L.push('');
    L.push('benchmark: context-only');
    const text = L.join('\n') + '\n';
    // What is written always loads: the same strict parser as --policy.
    (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePolicyBytes */ .vR)(Buffer.from(text, 'utf8'), `${opts.policyId} (generated)`);
    return text;
}


/***/ })

};
