export const id = 577;
export const ids = [577];
export const modules = {

/***/ 23779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zh: () => (/* binding */ isEatTokenSetShape),
/* harmony export */   zJ: () => (/* binding */ parseNrasEatTokenSet)
/* harmony export */ });
/* unused harmony export decodeJwt */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);

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
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('EVIDENCE_MALFORMED', `${what}: not a compact JWT (${parts.length} parts)`);
    const part = (s, name) => {
        try {
            const v = JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));
            if (v === null || typeof v !== 'object' || Array.isArray(v))
                throw new Error('not an object');
            return v;
        }
        catch {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('EVIDENCE_MALFORMED', `${what}: JWT ${name} is not a base64url JSON object`);
        }
    };
    return { header: part(parts[0], 'header'), claims: part(parts[1], 'claims'), token };
}
function parseNrasEatTokenSet(value) {
    if (!isEatTokenSetShape(value))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('EVIDENCE_MALFORMED', 'NRAS token set: expected [["JWT", <token>], {<name>: <token>}]');
    const arr = value;
    const overall = decodeJwt(arr[0][1], 'NRAS token set overall token');
    const submods = {};
    const rest = arr[1];
    if (rest !== undefined) {
        if (rest === null || typeof rest !== 'object' || Array.isArray(rest)) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('EVIDENCE_MALFORMED', 'NRAS token set: the second element must be an object of device tokens');
        }
        for (const [name, tok] of Object.entries(rest)) {
            if (typeof tok !== 'string')
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('EVIDENCE_MALFORMED', `NRAS token set: device token ${JSON.stringify(name)} is not a string`);
            submods[name] = decodeJwt(tok, `NRAS token set device token ${JSON.stringify(name)}`);
        }
    }
    return { overall, submods };
}


/***/ }),

/***/ 84282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gs: () => (/* binding */ evidenceListEntries),
/* harmony export */   Is: () => (/* binding */ parseNvidiaEvidenceListSpdm),
/* harmony export */   _j: () => (/* binding */ parseNvidiaEvidenceList)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _nvidia_spdm_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72840);


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
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('EVIDENCE_MALFORMED', 'NVIDIA evidence list: expected a non-empty list of {evidence, certificate, ...}');
    return list.map((raw, i) => {
        const e = raw;
        const str = (k) => (typeof e[k] === 'string' ? e[k] : null);
        const b64 = (k) => {
            const s = str(k) ?? '';
            if (!/^[A-Za-z0-9+/=_\s-]*$/.test(s))
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('EVIDENCE_MALFORMED', `NVIDIA evidence list: entry ${i} ${k} is not base64`);
            return Buffer.from(s, 'base64');
        };
        const evidence = b64('evidence');
        if (evidence.length === 0)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('EVIDENCE_MALFORMED', `NVIDIA evidence list: entry ${i} has empty evidence`);
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
            return (0,_nvidia_spdm_js__WEBPACK_IMPORTED_MODULE_1__/* .parseNvidiaSpdmEvidence */ .E0)(e.evidence);
        }
        catch (err) {
            if (err instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz)
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('EVIDENCE_MALFORMED', `NVIDIA evidence list entry ${i}: ${err.message}`);
            throw err;
        }
    });
}


/***/ }),

/***/ 66866:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FC: () => (/* binding */ rimFromServiceResponse),
/* harmony export */   G2: () => (/* binding */ looksLikeRim),
/* harmony export */   XP: () => (/* binding */ parseNvidiaRim)
/* harmony export */ });
/* unused harmony exports SWID_NS, RIM_HASH_NS, RIM_VALUE_SIZE */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _xml_c14n_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38986);


const SWID_NS = 'http://standards.iso.org/iso/19770/-2/2015/schema.xsd';
const RIM_HASH_NS = 'http://www.w3.org/2001/04/xmlenc#sha384';
const DSIG_NS = 'http://www.w3.org/2000/09/xmldsig#';
/** Golden values are SHA-384 digests. */
const RIM_VALUE_SIZE = 48;
const MAX_ALTERNATIVES = 64;
const MAX_INDEX = 253;
/** A malformed RIM: an InputError (EVIDENCE_MALFORMED), one line naming the field. */
function malformed(message) {
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('EVIDENCE_MALFORMED', message);
}
/** Whether bytes look like a SWID tag (an XML document whose element is SoftwareIdentity). */
function looksLikeRim(bytes) {
    const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
    return /^(\uFEFF|\xEF\xBB\xBF)?\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*<([A-Za-z_][\w.-]*:)?SoftwareIdentity[\s>/]/.test(head);
}
/**
 * NVIDIA's RIM service (`https://rim.attestation.nvidia.com/v1/rim/<id>`) answers JSON: `{"id",
 * "rim": <the SWID tag, base64>, "sha256", ...}`. Returns the id, the decoded tag and the stated
 * SHA-256, or null when the bytes are not such a response. The tag still has to parse and verify.
 */
function rimFromServiceResponse(bytes, what = 'RIM') {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    if (!/^\s*\{/.test(text))
        return null;
    let j;
    try {
        j = JSON.parse(text);
    }
    catch {
        throw malformed(`${what}: neither a SWID tag nor valid JSON`);
    }
    const o = j !== null && typeof j === 'object' && !Array.isArray(j) ? j : null;
    if (o === null || typeof o['rim'] !== 'string')
        throw malformed(`${what}: JSON without a "rim" field (expected the RIM service's answer)`);
    const b64 = o['rim'].replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length % 4 !== 0)
        throw malformed(`${what}: the "rim" field is not base64`);
    const sha = typeof o['sha256'] === 'string' ? o['sha256'].toLowerCase() : null;
    return { id: typeof o['id'] === 'string' ? o['id'] : null, tag: Buffer.from(b64, 'base64'), sha256: sha };
}
function elementChildren(e) {
    const out = [];
    for (let n = e.firstChild; n; n = n.nextSibling)
        if (n.nodeType === 1)
            out.push(n);
    return out;
}
function decodeUtf8(bytes, what) {
    try {
        return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    }
    catch {
        throw malformed(`${what}: not UTF-8 text`);
    }
}
/** Parse a RIM (SWID tag). Throws InputError (EVIDENCE_MALFORMED) on anything malformed. */
function parseNvidiaRim(bytes, what = 'RIM') {
    let doc;
    try {
        doc = (0,_xml_c14n_js__WEBPACK_IMPORTED_MODULE_1__/* .parseXmlStrict */ .S0)(decodeUtf8(bytes, what), what);
    }
    catch (e) {
        if (e instanceof _xml_c14n_js__WEBPACK_IMPORTED_MODULE_1__/* .XmlError */ .Gy)
            throw malformed(e.message);
        throw e;
    }
    const root = doc.documentElement;
    if (root.namespaceURI !== SWID_NS || root.localName !== 'SoftwareIdentity') {
        throw malformed(`${what}: the document element is ${root.tagName}, not a SWID SoftwareIdentity (${SWID_NS})`);
    }
    const attr = (e, name, label) => {
        if (!e.hasAttribute(name))
            throw malformed(`${what}: ${label} has no ${name}`);
        const v = e.getAttribute(name) ?? '';
        if (v.trim() === '')
            throw malformed(`${what}: ${label} ${name} is empty`);
        return v;
    };
    const tagId = attr(root, 'tagId', 'SoftwareIdentity');
    const name = attr(root, 'name', 'SoftwareIdentity');
    const metas = [];
    const payloads = [];
    for (const c of elementChildren(root)) {
        if (c.namespaceURI === DSIG_NS && c.localName === 'Signature')
            continue;
        if (c.namespaceURI !== SWID_NS)
            throw malformed(`${what}: unexpected element ${c.tagName} in SoftwareIdentity`);
        if (c.localName === 'Meta')
            metas.push(c);
        else if (c.localName === 'Payload')
            payloads.push(c);
        else if (c.localName !== 'Entity' && c.localName !== 'Link')
            throw malformed(`${what}: unexpected element ${c.tagName} in SoftwareIdentity`);
    }
    if (metas.length !== 1)
        throw malformed(`${what}: ${metas.length} Meta elements, exactly one is expected`);
    if (payloads.length !== 1)
        throw malformed(`${what}: ${payloads.length} Payload elements, exactly one is expected`);
    const meta = metas[0];
    const colloquialVersion = attr(meta, 'colloquialVersion', 'Meta');
    const product = attr(meta, 'product', 'Meta');
    const edition = meta.getAttribute('edition') || null;
    const measurements = [];
    const seen = new Set();
    for (const r of elementChildren(payloads[0])) {
        if (r.namespaceURI !== SWID_NS || r.localName !== 'Resource')
            throw malformed(`${what}: unexpected element ${r.tagName} in Payload`);
        const type = r.getAttribute('type');
        if (type !== 'Measurement')
            throw malformed(`${what}: a Payload Resource of type ${JSON.stringify(type)}; only Measurement is expected`);
        const idx = attr(r, 'index', 'Resource');
        if (!/^\d{1,3}$/.test(idx) || Number(idx) > MAX_INDEX)
            throw malformed(`${what}: Resource index ${JSON.stringify(idx)} is not an integer 0..${MAX_INDEX}`);
        const index = Number(idx);
        const label = `Resource index ${index}`;
        if (seen.has(index))
            throw malformed(`${what}: two Resources have index ${index}`);
        seen.add(index);
        const act = attr(r, 'active', label);
        if (act !== 'True' && act !== 'False')
            throw malformed(`${what}: ${label} active is ${JSON.stringify(act)}, not True or False`);
        const alt = attr(r, 'alternatives', label);
        if (!/^\d{1,3}$/.test(alt) || Number(alt) < 1 || Number(alt) > MAX_ALTERNATIVES) {
            throw malformed(`${what}: ${label} alternatives ${JSON.stringify(alt)} is not an integer 1..${MAX_ALTERNATIVES}`);
        }
        const alternatives = Number(alt);
        const sz = attr(r, 'size', label);
        if (!/^\d{1,5}$/.test(sz) || Number(sz) !== RIM_VALUE_SIZE)
            throw malformed(`${what}: ${label} size ${JSON.stringify(sz)} is not ${RIM_VALUE_SIZE} (a SHA-384 golden value)`);
        const values = [];
        for (let k = 0; k < alternatives; k++) {
            if (!r.hasAttributeNS(RIM_HASH_NS, `Hash${k}`))
                throw malformed(`${what}: ${label} has ${alternatives} alternatives but no Hash${k} in the sha384 namespace`);
            const v = r.getAttributeNS(RIM_HASH_NS, `Hash${k}`) ?? '';
            if (!/^[0-9a-fA-F]{96}$/.test(v))
                throw malformed(`${what}: ${label} Hash${k} is not 96 hex digits`);
            values.push(v.toLowerCase());
        }
        for (const a of Array.from(r.attributes)) {
            const m = /^Hash(\d+)$/.exec(a.localName ?? '');
            if (!m)
                continue;
            if (a.namespaceURI !== RIM_HASH_NS)
                throw malformed(`${what}: ${label} ${a.name} is not in the sha384 namespace`);
            if (Number(m[1]) >= alternatives)
                throw malformed(`${what}: ${label} has ${a.name} beyond its ${alternatives} alternative(s)`);
        }
        measurements.push({ index, name: r.getAttribute('name') || null, active: act === 'True', values, size: RIM_VALUE_SIZE });
    }
    if (measurements.length === 0)
        throw malformed(`${what}: no measurements in the Payload`);
    measurements.sort((a, b) => a.index - b.index);
    return { tagId, name, colloquialVersion, product, edition, measurements, doc };
}


/***/ }),

/***/ 72840:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E0: () => (/* binding */ parseNvidiaSpdmEvidence),
/* harmony export */   gs: () => (/* binding */ isSpdmGetMeasurements)
/* harmony export */ });
/* unused harmony exports SPDM_GET_MEASUREMENTS, SPDM_MEASUREMENTS, SPDM_P384_SIGNATURE_SIZE, NVIDIA_OPAQUE_FIELDS, formatVbiosVersion */
/* harmony import */ var _reader_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17691);

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
    const r = new _reader_js__WEBPACK_IMPORTED_MODULE_0__/* .ByteReader */ .kP(bytes, 'NVIDIA SPDM evidence');
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
        trailing: { length: tail.length, allZero: (0,_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .isAllZero */ .y3)(tail) },
    };
}
/** `009f009601000000` -> `96.00.9F.00.01` (NVIDIA's rendering of the 8-byte LE field). */
function formatVbiosVersion(v) {
    if (v.length < 5)
        return (0,_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .hex */ .uh)(v);
    const low = v.readUInt32LE(0).toString(16).padStart(8, '0').toUpperCase();
    const high = v[4].toString(16).padStart(2, '0').toUpperCase();
    return `${low.slice(0, 2)}.${low.slice(2, 4)}.${low.slice(4, 6)}.${low.slice(6, 8)}.${high}`;
}


/***/ }),

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

/***/ 49821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FE: () => (/* binding */ isTcg2Log),
/* harmony export */   Hx: () => (/* binding */ isQuoteWithEventLog),
/* harmony export */   VO: () => (/* binding */ parseCcelTable),
/* harmony export */   aP: () => (/* binding */ parseTcg2Log),
/* harmony export */   ap: () => (/* binding */ isCcelTable),
/* harmony export */   lq: () => (/* binding */ RUNTIME_EVENT_TYPE),
/* harmony export */   q1: () => (/* binding */ parseRuntimeEventLog)
/* harmony export */ });
/* unused harmony exports SHA384_ALG, EV_NO_ACTION */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38816);
/* harmony import */ var _reader_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17691);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);



/**
 * TDX event logs: bytes -> typed events, no crypto.
 *
 * - The CCEL: the ACPI "CCEL" table (36-byte header, CC type, subtype, LAML, LASA) and its log area,
 *   a TCG2 crypto-agile event log (TCG PC Client Platform Firmware Profile): first a SHA-1-format
 *   Spec ID event (EV_NO_ACTION) naming the digest algorithms and sizes, then TCG_PCR_EVENT2 records
 *   {index u32, type u32, digest count u32, (alg u16, digest)*, size u32, data}. For a TD the index
 *   is the CC measurement register: 1..4 = RTMR0..3 (0 = MRTD, never extended by a log). The log area
 *   is padded with 0xFF (or zeros) after the last event.
 * - Runtime event logs in dstack's JSON form: a list of {imr, event_type, digest, event,
 *   event_payload} (imr 0..3 = RTMR0..3), either alone or in an object `{quote, event_log}` where
 *   event_log is that list or a JSON string of it.
 */
const SHA384_ALG = 0x000c;
const EV_NO_ACTION = 0x00000003;
/** dstack's runtime event type: digest = SHA-384(le32(type) || ":" || event || ":" || payload). */
const RUNTIME_EVENT_TYPE = 0x08000001;
function isCcelTable(b) {
    return b.byteLength >= 56 && Buffer.from(b.buffer, b.byteOffset, 4).toString('latin1') === 'CCEL';
}
function parseCcelTable(bytes) {
    const r = new _reader_js__WEBPACK_IMPORTED_MODULE_0__/* .ByteReader */ .kP(bytes, 'CCEL ACPI table');
    const sig = r.bytes(4, 'signature').toString('latin1');
    if (sig !== 'CCEL')
        throw r.malformed(`signature ${JSON.stringify(sig)} is not CCEL`);
    const length = r.u32('length');
    if (length < 56 || length > bytes.byteLength)
        throw r.malformed(`length ${length} does not fit ${bytes.byteLength} bytes`);
    const revision = r.u8('revision');
    r.bytes(1 + 6 + 8 + 4 + 4 + 4, 'header');
    const ccType = r.u8('cc_type');
    const ccSubtype = r.u8('cc_subtype');
    r.bytes(2, 'reserved');
    return { length, revision, ccType, ccSubtype, laml: r.bytes(8, 'laml').readBigUInt64LE(0), lasa: r.bytes(8, 'lasa').readBigUInt64LE(0) };
}
/** Whether bytes start like a TCG2 log: index 0, EV_NO_ACTION, 20 zero bytes, "Spec ID Event03". */
function isTcg2Log(b) {
    if (b.byteLength < 48)
        return false;
    const buf = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
    return buf.readUInt32LE(4) === EV_NO_ACTION && buf.subarray(32, 47).toString('latin1') === 'Spec ID Event03';
}
function parseTcg2Log(bytes) {
    const r = new _reader_js__WEBPACK_IMPORTED_MODULE_0__/* .ByteReader */ .kP(bytes, 'TCG2 event log');
    r.u32('spec_id.pcr_index');
    const type = r.u32('spec_id.event_type');
    if (type !== EV_NO_ACTION)
        throw r.malformed('the first event is not the Spec ID event (EV_NO_ACTION)');
    r.bytes(20, 'spec_id.digest');
    const size = r.u32('spec_id.event_size');
    const s = r.sub(size, 'spec_id.event', 'TCG2 Spec ID event');
    if (s.bytes(16, 'signature').toString('latin1') !== 'Spec ID Event03\0')
        throw s.malformed('signature is not "Spec ID Event03"');
    s.bytes(4 + 4, 'platform_class, version');
    const count = s.u32('number_of_algorithms');
    if (count === 0 || count > 16)
        throw s.malformed(`${count} digest algorithms`);
    const algorithms = [];
    for (let i = 0; i < count; i++)
        algorithms.push({ id: s.u16(`algorithm[${i}].id`), size: s.u16(`algorithm[${i}].size`) });
    const sizes = new Map(algorithms.map((a) => [a.id, a.size]));
    if (!sizes.has(SHA384_ALG))
        throw s.malformed('the log records no SHA-384 digests');
    const events = [];
    while (r.remaining >= 8) {
        const rest = r.buf.subarray(r.offset);
        // After the last event the log area is padding (0xFF, or zeros).
        if (rest.every((x) => x === 0xff) || rest.every((x) => x === 0))
            break;
        const index = r.u32(`event[${events.length}].index`);
        const evType = r.u32(`event[${events.length}].type`);
        if (index === 0xffffffff || evType === 0xffffffff)
            break;
        const n = r.u32(`event[${events.length}].digest_count`);
        if (n === 0 || n > 16)
            throw r.malformed(`event ${events.length}: ${n} digests`);
        let sha384 = '';
        for (let i = 0; i < n; i++) {
            const alg = r.u16(`event[${events.length}].digest[${i}].alg`);
            const len = sizes.get(alg);
            if (len === undefined)
                throw r.malformed(`event ${events.length}: digest algorithm 0x${alg.toString(16)} is not declared by the Spec ID event`);
            const d = r.bytes(len, `event[${events.length}].digest[${i}]`);
            if (alg === SHA384_ALG)
                sha384 = d.toString('hex');
        }
        const data = r.bytes(r.u32(`event[${events.length}].size`), `event[${events.length}].data`);
        if (index < 1 || index > 4) {
            if (evType === EV_NO_ACTION)
                continue;
            throw r.malformed(`event ${events.length}: measurement register index ${index} is not RTMR0..3 (1..4)`);
        }
        if (evType === EV_NO_ACTION)
            continue;
        if (sha384 === '')
            throw r.malformed(`event ${events.length}: no SHA-384 digest`);
        events.push({ rtmr: index - 1, type: evType, digest: sha384, name: null, data: data.toString('hex'), source: 'ccel' });
    }
    return { algorithms, events };
}
const runtimeEvent = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    imr: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(0).max(3),
    event_type: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(0).max(0xffffffff),
    digest: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^([0-9a-fA-F]{96})?$/, { error: 'must be 96 hex digits or empty' }),
    event: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().default(''),
    event_payload: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^([0-9a-fA-F]{2})*$/, { error: 'must be hex' }).default(''),
});
/** A JSON runtime event log (a list, or a JSON string of one). Throws InputError EVIDENCE_MALFORMED. */
function parseRuntimeEventLog(v, what = 'event log') {
    let list = v;
    if (typeof list === 'string') {
        try {
            list = JSON.parse(list);
        }
        catch {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('EVIDENCE_MALFORMED', `${what}: not valid JSON`);
        }
    }
    const r = zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(runtimeEvent).safeParse(list);
    if (!r.success) {
        const i = r.error.issues[0];
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('EVIDENCE_MALFORMED', `${what} at ${i.path.join('.') || '(top)'}: ${i.message}`);
    }
    return r.data.map((e) => ({
        rtmr: e.imr,
        type: e.event_type,
        digest: e.digest.toLowerCase(),
        name: e.event,
        data: e.event_payload.toLowerCase(),
        source: 'runtime',
    }));
}
/** Whether parsed JSON is a quote with its event log, `{quote: "<hex>", event_log: ...}`. */
function isQuoteWithEventLog(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v) && typeof v['quote'] === 'string' && 'event_log' in v;
}


/***/ }),

/***/ 38986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gy: () => (/* binding */ XmlError),
/* harmony export */   Ll: () => (/* binding */ canonicalizeSubtree),
/* harmony export */   Rc: () => (/* binding */ C14N11),
/* harmony export */   S0: () => (/* binding */ parseXmlStrict),
/* harmony export */   _W: () => (/* binding */ canonicalizeDocument)
/* harmony export */ });
/* harmony import */ var _xmldom_xmldom__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98351);
/**
 * Strict XML parsing and inclusive Canonical XML 1.1 without comments
 * (http://www.w3.org/2006/12/xml-c14n11), over @xmldom/xmldom. No crypto here: the XML-DSig verifier
 * (verify/xmldsig.ts) digests and signs what this renders.
 *
 * Two node sets are supported, the two an enveloped signature needs:
 * - the whole document minus one element's subtree (the `enveloped-signature` transform of a
 *   Reference with URI=""), comments omitted;
 * - one element's subtree as a document subset (SignedInfo): its parent is outside the set, so the
 *   apex renders every namespace declaration in scope, inherited from its ancestors, and inherits
 *   the `xml:lang` and `xml:space` attributes of its ancestors (C14N 1.1 §2.4; `xml:id` is not
 *   inherited).
 *
 * Rejected instead of handled: a DOCTYPE (entities and defaulted attributes change what is signed),
 * `xml:base` anywhere (C14N 1.1 would have to fix it up), elements nested deeper than 64, and every
 * parser error or warning.
 */

const C14N11 = 'http://www.w3.org/2006/12/xml-c14n11';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;
const PI = 7;
const COMMENT = 8;
const DOCTYPE = 10;
/** Deepest element nesting accepted (a RIM is 3 levels deep; the canonicalizer recurses). */
const MAX_DEPTH = 64;
class XmlError extends Error {
    code;
    constructor(code, message) {
        super(message.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim());
        this.name = 'XmlError';
        this.code = code;
    }
}
/**
 * Parse XML text strictly: any parser error or warning, a DOCTYPE, `xml:base` or nesting deeper than
 * 64 is an XmlError.
 * Line ends are normalized first (XML 1.0 §2.11), as every conforming parser does.
 */
function parseXmlStrict(text, what) {
    if (/<!DOCTYPE/i.test(text))
        throw new XmlError('XML_UNSUPPORTED', `${what}: a DOCTYPE is not accepted`);
    const problems = [];
    let doc;
    try {
        doc = new _xmldom_xmldom__WEBPACK_IMPORTED_MODULE_0__/* .DOMParser */ .S4({
            onError: (level, msg) => {
                problems.push(`${level}: ${msg}`);
            },
        }).parseFromString(text.replace(/\r\n?/g, '\n'), 'text/xml');
    }
    catch (e) {
        throw new XmlError('XML_MALFORMED', `${what}: not well-formed XML (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
    }
    if (problems.length > 0)
        throw new XmlError('XML_MALFORMED', `${what}: not well-formed XML (${problems[0]})`);
    if (!doc.documentElement)
        throw new XmlError('XML_MALFORMED', `${what}: no document element`);
    for (let n = doc.firstChild; n; n = n.nextSibling) {
        if (n.nodeType === DOCTYPE)
            throw new XmlError('XML_UNSUPPORTED', `${what}: a DOCTYPE is not accepted`);
    }
    // One iterative walk: nesting is bounded (canonicalization recurses), and xml:base is refused.
    const stack = [[doc.documentElement, 1]];
    while (stack.length > 0) {
        const [e, depth] = stack.pop();
        if (depth > MAX_DEPTH)
            throw new XmlError('XML_UNSUPPORTED', `${what}: elements nested deeper than ${MAX_DEPTH}`);
        for (const a of Array.from(e.attributes)) {
            if (a.namespaceURI === XML_NS && a.localName === 'base')
                throw new XmlError('XML_UNSUPPORTED', `${what}: xml:base is not accepted`);
        }
        for (let n = e.firstChild; n; n = n.nextSibling)
            if (n.nodeType === ELEMENT)
                stack.push([n, depth + 1]);
    }
    return doc;
}
/** Code point order (C14N sorts by Unicode code points, JS strings compare UTF-16 units). */
function cmp(a, b) {
    const x = Array.from(a);
    const y = Array.from(b);
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
        const d = x[i].codePointAt(0) - y[i].codePointAt(0);
        if (d !== 0)
            return d;
    }
    return x.length - y.length;
}
function escapeText(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#xD;');
}
function escapeAttr(s) {
    return s
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/"/g, '&quot;')
        .replace(/\t/g, '&#x9;')
        .replace(/\n/g, '&#xA;')
        .replace(/\r/g, '&#xD;');
}
function isNsDecl(a) {
    return a.namespaceURI === XMLNS_NS || a.name === 'xmlns' || a.name.startsWith('xmlns:');
}
/** The namespace declarations an element makes: prefix ('' = default) -> URI ('' = undeclared default). */
function ownDeclarations(e) {
    const m = new Map();
    for (const a of Array.from(e.attributes)) {
        if (!isNsDecl(a))
            continue;
        m.set(a.name === 'xmlns' ? '' : a.name.slice('xmlns:'.length), a.value);
    }
    return m;
}
/** Every namespace in scope at an element (ancestors' declarations overridden by nearer ones). */
function inScope(e) {
    const chain = [];
    for (let n = e; n && n.nodeType === ELEMENT; n = n.parentNode)
        chain.unshift(n);
    const m = new Map();
    for (const el of chain)
        for (const [p, u] of ownDeclarations(el))
            m.set(p, u);
    return m;
}
/**
 * Render one element. `parentScope` is what the output already has in scope at its nearest rendered
 * ancestor; `extraDecls` are namespaces in scope from ancestors outside the node set (the apex of a
 * subset), which the apex must render itself.
 */
function renderElement(e, parentScope, out, exclude, inheritedXml, extraDecls = new Map()) {
    const scope = new Map(parentScope);
    for (const [p, u] of extraDecls)
        scope.set(p, u);
    for (const [p, u] of ownDeclarations(e))
        scope.set(p, u);
    // Namespace nodes of e: every in-scope prefix with a non-empty URI (xmlns="" removes the default).
    const ns = [];
    for (const [p, u] of scope) {
        if (p === 'xml')
            continue;
        if (u === '')
            continue;
        if (parentScope.get(p) !== u)
            ns.push([p, u]);
    }
    const parentDefault = parentScope.get('') ?? '';
    const ownDefault = scope.get('') ?? '';
    if (ownDefault === '' && parentDefault !== '')
        ns.push(['', '']);
    ns.sort((a, b) => cmp(a[0], b[0]));
    const attrs = [];
    for (const a of Array.from(e.attributes)) {
        if (isNsDecl(a))
            continue;
        attrs.push({ qname: a.name, ns: a.namespaceURI ?? '', local: a.localName ?? a.name, value: a.value });
    }
    for (const x of inheritedXml)
        if (!attrs.some((a) => a.ns === XML_NS && a.local === x.local))
            attrs.push(x);
    attrs.sort((a, b) => cmp(a.ns, b.ns) || cmp(a.local, b.local));
    out.push('<', e.tagName);
    for (const [p, u] of ns)
        out.push(' ', p === '' ? 'xmlns' : `xmlns:${p}`, '="', escapeAttr(u), '"');
    for (const a of attrs)
        out.push(' ', a.qname, '="', escapeAttr(a.value), '"');
    out.push('>');
    // What the output has in scope for the children: this element's full namespace context.
    const rendered = new Map(scope);
    if (!rendered.has(''))
        rendered.set('', '');
    for (let n = e.firstChild; n; n = n.nextSibling)
        renderNode(n, rendered, out, exclude);
    out.push('</', e.tagName, '>');
}
function renderNode(n, scope, out, exclude) {
    if (n === exclude)
        return;
    switch (n.nodeType) {
        case ELEMENT:
            renderElement(n, scope, out, exclude, []);
            return;
        case TEXT:
        case CDATA:
            out.push(escapeText(n.data));
            return;
        case PI: {
            const pi = n;
            out.push('<?', pi.target, pi.data ? ` ${pi.data}` : '', '?>');
            return;
        }
        case COMMENT:
            return;
        default:
            throw new XmlError('XML_UNSUPPORTED', `node type ${n.nodeType} cannot be canonicalized`);
    }
}
/**
 * The canonical form (C14N 1.1, no comments) of a whole document, leaving out `exclude` and its
 * subtree: what a Reference with URI="" and the enveloped-signature transform digests.
 */
function canonicalizeDocument(doc, exclude = null) {
    const out = [];
    const root = doc.documentElement;
    if (!root)
        throw new XmlError('XML_MALFORMED', 'no document element');
    let after = false;
    for (let n = doc.firstChild; n; n = n.nextSibling) {
        if (n === root) {
            renderElement(root, new Map([['', '']]), out, exclude, []);
            after = true;
        }
        else if (n.nodeType === PI && n !== exclude) {
            const pi = n;
            // The parser reports the XML declaration as a PI named xml: it is not part of the canonical form.
            if (pi.target === 'xml')
                continue;
            const s = `<?${pi.target}${pi.data ? ` ${pi.data}` : ''}?>`;
            out.push(after ? `\n${s}` : `${s}\n`);
        }
        // Comments are omitted; text outside the document element is not part of the canonical form.
    }
    return out.join('');
}
/**
 * The canonical form (C14N 1.1, no comments) of one element's subtree taken as a document subset:
 * the apex renders every namespace in scope (inherited ones too) and inherits `xml:lang` and
 * `xml:space` from its ancestors.
 */
function canonicalizeSubtree(e) {
    const out = [];
    const inherited = [];
    for (let p = e.parentNode; p && p.nodeType === ELEMENT; p = p.parentNode) {
        for (const a of Array.from(p.attributes)) {
            if (a.namespaceURI !== XML_NS || (a.localName !== 'lang' && a.localName !== 'space'))
                continue;
            if (!inherited.some((x) => x.local === a.localName))
                inherited.push({ qname: a.name, ns: XML_NS, local: a.localName, value: a.value });
        }
    }
    const ancestors = e.parentNode && e.parentNode.nodeType === ELEMENT ? inScope(e.parentNode) : new Map();
    renderElement(e, new Map([['', '']]), out, null, inherited, ancestors);
    return out.join('');
}


/***/ }),

/***/ 36577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AMD_KDS_URL: () => (/* reexport */ AMD_KDS_URL),
  AutoSource: () => (/* reexport */ AutoSource),
  CommandSource: () => (/* reexport */ CommandSource),
  DEFAULT_TSM_ROOT: () => (/* reexport */ deps/* DEFAULT_TSM_ROOT */.cw),
  EVIDENCE_SPECS: () => (/* reexport */ EVIDENCE_SPECS),
  FileSource: () => (/* reexport */ FileSource),
  INTEL_PCS_URL: () => (/* reexport */ INTEL_PCS_URL),
  INTEL_ROOT_CRL_URL: () => (/* reexport */ INTEL_ROOT_CRL_URL),
  NRAS_ISSUER: () => (/* reexport */ NRAS_ISSUER),
  NRAS_JWKS_URL: () => (/* reexport */ NRAS_JWKS_URL),
  NVIDIA_GPU_CLAIM_KEYS: () => (/* reexport */ NVIDIA_GPU_CLAIM_KEYS),
  NVIDIA_OCSP_URL: () => (/* reexport */ NVIDIA_OCSP_URL),
  NoneSource: () => (/* reexport */ NoneSource),
  NvidiaSource: () => (/* reexport */ sources_nvidia/* NvidiaSource */.t5),
  SEV_SNP_CLAIM_KEYS: () => (/* reexport */ SEV_SNP_CLAIM_KEYS),
  SHIPPED_ROOT_PINS: () => (/* reexport */ SHIPPED_ROOT_PINS),
  SIMULATED_CERT_DATA: () => (/* reexport */ SIMULATED_CERT_DATA),
  SIMULATED_CERT_DATA_TYPE: () => (/* reexport */ SIMULATED_CERT_DATA_TYPE),
  SIMULATED_QE_VENDOR_ID: () => (/* reexport */ SIMULATED_QE_VENDOR_ID),
  SIMULATED_USER_DATA: () => (/* reexport */ SIMULATED_USER_DATA),
  SimulatedSource: () => (/* reexport */ SimulatedSource),
  TDX_CLAIM_KEYS: () => (/* reexport */ TDX_CLAIM_KEYS),
  TsmSource: () => (/* reexport */ TsmSource),
  certIdFor: () => (/* reexport */ certIdFor),
  checkOcspResponse: () => (/* reexport */ checkOcspResponse),
  decodeEvidenceText: () => (/* reexport */ decodeEvidenceText),
  defaultVerifiers: () => (/* reexport */ defaultVerifiers),
  encodeOcspRequest: () => (/* reexport */ encodeOcspRequest),
  fetchTdxCollateral: () => (/* reexport */ fetchTdxCollateral),
  fetchVcek: () => (/* reexport */ fetchVcek),
  formatKind: () => (/* reexport */ formatKind),
  hasSimulatedMarker: () => (/* reexport */ hasSimulatedMarker),
  inspectEvidence: () => (/* reexport */ inspectEvidence),
  isOcspResponse: () => (/* reexport */ isOcspResponse),
  listTrustRootFiles: () => (/* reexport */ listTrustRootFiles),
  loadShippedTrustRoots: () => (/* reexport */ loadShippedTrustRoots),
  loadTrustRoots: () => (/* reexport */ loadTrustRoots),
  makeSimulatedQuote: () => (/* reexport */ makeSimulatedQuote),
  ocspRequestFor: () => (/* reexport */ ocspRequestFor),
  parseCcMode: () => (/* reexport */ sources_nvidia/* parseCcMode */.lu),
  parseEvidence: () => (/* reexport */ parseEvidence),
  parseEvidenceSpec: () => (/* reexport */ parseEvidenceSpec),
  parseNrasEatTokenSet: () => (/* reexport */ nras_eat/* parseNrasEatTokenSet */.zJ),
  parseNvattestAttestOutput: () => (/* reexport */ sources_nvidia/* parseNvattestAttestOutput */.NY),
  parseNvattestOutput: () => (/* reexport */ sources_nvidia/* parseNvattestOutput */.Gc),
  parseNvidiaEvidenceList: () => (/* reexport */ nvidia_evidence_list/* parseNvidiaEvidenceList */._j),
  parseNvidiaSpdmEvidence: () => (/* reexport */ nvidia_spdm/* parseNvidiaSpdmEvidence */.E0),
  parseOcspResponse: () => (/* reexport */ parseOcspResponse),
  parseSevSnpReport: () => (/* reexport */ sev_snp_report/* parseSevSnpReport */.LM),
  parseTdxQuote: () => (/* reexport */ parseTdxQuote),
  pckChainPem: () => (/* reexport */ pckChainPem),
  pemCertificates: () => (/* reexport */ pemCertificates),
  readEvidenceFile: () => (/* reexport */ readEvidenceFile),
  realExec: () => (/* reexport */ deps/* realExec */.Ix),
  realHttpGet: () => (/* reexport */ realHttpGet),
  realTsmFs: () => (/* reexport */ deps/* realTsmFs */.GK),
  sniffFormat: () => (/* reexport */ sniffFormat),
  snpTcbSummary: () => (/* reexport */ snpTcbSummary),
  submodsProblems: () => (/* reexport */ submodsProblems),
  tdAttributeFlags: () => (/* reexport */ tdAttributeFlags),
  trustRootsDigest: () => (/* reexport */ trustRootsDigest),
  vcekUrl: () => (/* reexport */ vcekUrl),
  verifyEvidence: () => (/* reexport */ verifyEvidence),
  verifyGpu: () => (/* reexport */ verifyGpu),
  verifyNrasTokens: () => (/* reexport */ verifyNrasTokens),
  verifyNvidiaGpus: () => (/* reexport */ verifyNvidiaGpus)
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
 * Claim keys of `sev-snp` evidence. Byte fields are lowercase hex of the raw report bytes.
 *
 * - version (2|3|5), product (`Milan` | `Genoa` | `Turin` once the VCEK/VLEK chain named it; null
 *   before), cpuid ({family, model, stepping} from report v3 on, else null), tcb_layout
 *   (`milan-genoa` | `turin`)
 * - guest_svn, vmpl, signature_algo (numbers); policy (`0x...` hex u64); abi_major, abi_minor;
 *   guest policy bits as booleans: smt_allowed, migrate_ma, debug, single_socket, cxl_allowed,
 *   mem_aes_256_xts, rapl_dis, ciphertext_hiding, page_swap_disable
 * - signing_key (`vcek` | `vlek` | `none` | `reserved`), mask_chip_id, author_key_en (booleans),
 *   platform_info (`0x...`)
 * - current_tcb, reported_tcb, committed_tcb, launch_tcb: {raw (16 hex), bootloader, tee, snp,
 *   microcode, fmc (Turin only)}; current_build, committed_build (`major.minor.build`)
 * - family_id, image_id (32 hex), report_data (128), measurement (96), host_data (64),
 *   id_key_digest, author_key_digest (96), report_id, report_id_ma (64), chip_id (128)
 */
const SEV_SNP_CLAIM_KEYS = [
    'version',
    'product',
    'cpuid',
    'tcb_layout',
    'guest_svn',
    'policy',
    'abi_major',
    'abi_minor',
    'smt_allowed',
    'migrate_ma',
    'debug',
    'single_socket',
    'cxl_allowed',
    'mem_aes_256_xts',
    'rapl_dis',
    'ciphertext_hiding',
    'page_swap_disable',
    'vmpl',
    'signature_algo',
    'signing_key',
    'mask_chip_id',
    'author_key_en',
    'platform_info',
    'current_tcb',
    'reported_tcb',
    'committed_tcb',
    'launch_tcb',
    'current_build',
    'committed_build',
    'family_id',
    'image_id',
    'report_data',
    'measurement',
    'host_data',
    'id_key_digest',
    'author_key_digest',
    'report_id',
    'report_id_ma',
    'chip_id',
];
/**
 * Claim keys of `nvidia-gpu` evidence. SPDM evidence and evidence lists: count (number of GPUs),
 * gpus: [{ arch (HOPPER | BLACKWELL, from the verified device certificate), model (GH100, GB100),
 * device_id, fwid (hex), request_nonce (64 hex), spdm_version, measurement_count, driver_version,
 * vbios_version, listed_arch (what an evidence list said, unverified), cert_status (`valid` |
 * `revoked` | `unknown` by OCSP, null when not evaluated), ocsp_status (`good` | `revoked` | `unknown`
 * | null) }] (docs/gpu.md). NRAS token
 * sets: count, eat_nonce, iss, iat, exp, overall_result and submods (the names).
 */
const NVIDIA_GPU_CLAIM_KEYS = ['count', 'gpus', 'eat_nonce', 'iss', 'iat', 'exp', 'overall_result', 'submods'];

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/util/assets.ts + 1 modules
var assets = __webpack_require__(47382);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/read-file.ts
var read_file = __webpack_require__(45201);
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
/** The certificate files a custom trust-roots directory is loaded from, in load order. */
function listTrustRootFiles(dir) {
    return listPem(dir);
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

// EXTERNAL MODULE: ./src/evidence/sources/deps.ts
var deps = __webpack_require__(2104);
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
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
        this.exec = opts.exec ?? deps/* realExec */.Ix;
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
            throw new errors/* InputError */.dz('EVIDENCE_MALFORMED', `${name} exited with code ${r.code ?? 'signal'}: ${(0,deps/* firstLine */.TM)(r.stderr)}`);
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

// EXTERNAL MODULE: ./src/evidence/formats/reader.ts
var reader = __webpack_require__(17691);
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
    const r = new reader/* ByteReader */.kP(bytes, 'TDX quote');
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
        trailing: { length: tail.length, allZero: (0,reader/* isAllZero */.y3)(tail) },
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
        const q = new reader/* ByteReader */.kP(data, 'TDX quote QE report certification data');
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
 *                                        with zeros to 48 bytes (RTMR3: the simulated TD's
 *                                        register when `begin` extended one); report_data: the
 *                                        binding's 64 bytes
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
function simulatedSignedBytes(reportData, rtmr3) {
    if (reportData.byteLength !== 64)
        throw new TypeError('reportData must be exactly 64 bytes');
    if (rtmr3 !== undefined && rtmr3.byteLength !== 48)
        throw new TypeError('rtmr3 must be exactly 48 bytes');
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
        rtmr3 !== undefined ? Buffer.from(rtmr3) : simulatedRegister('RTMR3'),
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
function makeSimulatedQuote(reportData, privateKey, rtmr3) {
    const key = privateKey ?? (0,external_node_crypto_.generateKeyPairSync)('ec', { namedCurve: 'P-256' }).privateKey;
    const jwk = key.export({ format: 'jwk' });
    if (jwk.crv !== 'P-256' || jwk.x === undefined || jwk.y === undefined)
        throw new TypeError('makeSimulatedQuote: key must be ECDSA P-256');
    const publicKey = Buffer.concat([Buffer.from(jwk.x, 'base64url'), Buffer.from(jwk.y, 'base64url')]);
    const signed = simulatedSignedBytes(reportData, rtmr3);
    const signature = (0,external_node_crypto_.sign)('sha256', signed, { key, dsaEncoding: 'ieee-p1363' });
    return encodeSimulatedQuote(signed, signature, publicKey);
}
/** `simulated`: for demos and tests only; marked as simulated in its own bytes. */
class SimulatedSource {
    rtmr3;
    kind = 'simulated';
    /** `rtmr3`: the simulated TD's register, when `begin` extended one (docs/execution.md). */
    constructor(rtmr3) {
        this.rtmr3 = rtmr3;
    }
    async isSupported() {
        return { supported: true, reason: 'simulated evidence: no hardware, a throwaway key per run' };
    }
    async collect(reportData) {
        const rtmr3 = this.rtmr3 ? await this.rtmr3() : undefined;
        return [{ source: this.kind, bytes: makeSimulatedQuote(reportData, undefined, rtmr3), formatHint: 'simulated-tdx-quote' }];
    }
}

;// CONCATENATED MODULE: ./src/evidence/sources/tsm.ts




const TSM_MAX_TRIES = 3;
const PROVIDER_FORMATS = {
    tdx_guest: 'tdx-quote',
    sev_guest: 'sev-snp-report',
};
/** Linux exposes the CCEL ACPI table and its log area here (root only, like configfs-tsm). */
const DEFAULT_CCEL = { table: '/sys/firmware/acpi/tables/CCEL', data: '/sys/firmware/acpi/tables/data/CCEL' };
/**
 * `tsm`: Linux configfs-tsm (needs root). One report entry per collect: mkdir, read `provider`
 * and `generation`, write the 64-byte `inblob`, read `outblob` (and `auxblob` on SNP), read
 * `generation` again. It must have grown by exactly the one write made, else another writer used the
 * entry in between and the outblob may answer someone else's inblob: retry, bounded. The entry is
 * always removed. On TDX the CCEL (ACPI table and log area) is saved beside the quote when present.
 */
class TsmSource {
    kind = 'tsm';
    fs;
    root;
    maxTries;
    entryName;
    ccel;
    constructor(opts = {}) {
        this.fs = opts.fs ?? deps/* realTsmFs */.GK;
        this.root = opts.root ?? deps/* DEFAULT_TSM_ROOT */.cw;
        this.maxTries = opts.maxTries ?? TSM_MAX_TRIES;
        this.entryName = opts.entryName ?? (() => `compute-receipt-${process.pid}-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
        this.ccel = opts.ccel ?? DEFAULT_CCEL;
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
        // Say what is missing in words: a machine without configfs-tsm is not a permissions problem.
        const support = await this.isSupported();
        if (!support.supported) {
            throw new errors/* InputError */.dz('PATH_MISSING', `--evidence tsm: ${support.reason}: this machine is not a TDX or SEV-SNP guest with configfs-tsm (Linux 6.7 or later); use --evidence auto, none or file:PATH`);
        }
        const dir = (0,external_node_path_.join)(this.root, 'report', this.entryName());
        try {
            await this.fs.mkdir(dir);
        }
        catch (e) {
            const code = e.code ?? 'error';
            const why = code === 'EACCES' || code === 'EPERM' ? 'writing a TSM report needs root' : code;
            throw new errors/* InputError */.dz('PATH_UNREADABLE', `configfs-tsm: cannot create ${dir} (${why})`);
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
                if (provider === 'tdx_guest') {
                    // The boot event log travels with the quote so that a verifier can replay RTMR0-2 (when present).
                    const table = await this.readOptional(this.ccel.table);
                    const data = await this.readOptional(this.ccel.data);
                    if (table !== null && table.length > 0 && data !== null && data.length > 0)
                        aux.push({ name: 'ccel-table.bin', bytes: table }, { name: 'ccel-data.bin', bytes: data });
                }
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

// EXTERNAL MODULE: ./src/evidence/sources/nvidia.ts
var sources_nvidia = __webpack_require__(94181);
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








const EVIDENCE_SPECS = 'auto, none, simulated, tsm, nvidia, nvidia-nras, file:PATH or command:CMD';
/** One `--evidence` value -> its source. Unknown or empty values are InputError USAGE. */
function parseEvidenceSpec(spec, deps) {
    const tsm = () => new TsmSource({ ...(deps.tsmFs ? { fs: deps.tsmFs } : {}), ...(deps.tsmRoot ? { root: deps.tsmRoot } : {}) });
    const nvidia = (nras = false) => new sources_nvidia/* NvidiaSource */.t5({ env: deps.env, nras, ...(deps.exec ? { exec: deps.exec } : {}), ...(deps.devDir ? { devDir: deps.devDir } : {}) });
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
    throw new errors/* InputError */.dz('USAGE', `unknown evidence source ${(0,errors.q)(spec)} (expected ${EVIDENCE_SPECS})`);
}

// EXTERNAL MODULE: ./src/evidence/formats/sev-snp-report.ts
var sev_snp_report = __webpack_require__(23213);
// EXTERNAL MODULE: ./src/evidence/formats/nvidia-spdm.ts
var nvidia_spdm = __webpack_require__(72840);
// EXTERNAL MODULE: ./src/evidence/formats/nvidia-evidence-list.ts
var nvidia_evidence_list = __webpack_require__(84282);
// EXTERNAL MODULE: ./src/evidence/formats/nras-eat.ts
var nras_eat = __webpack_require__(23779);
// EXTERNAL MODULE: ./src/evidence/formats/tdx-eventlog.ts
var tdx_eventlog = __webpack_require__(49821);
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
    if ((0,sev_snp_report/* isSevSnpReport */.Ik)(b))
        return 'sev-snp-report';
    if ((0,nvidia_spdm/* isSpdmGetMeasurements */.gs)(b))
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
    if ((0,nras_eat/* isEatTokenSetShape */.Zh)(v))
        return 'nras-eat';
    // A TDX quote (hex) with its event log, as dstack's guest agent returns it.
    if ((0,tdx_eventlog/* isQuoteWithEventLog */.Hx)(v)) {
        const h = v.quote.replace(/^0x/i, '');
        if (/^([0-9a-fA-F]{2})+$/.test(h) && sniffBinary(Buffer.from(h.slice(0, 16), 'hex')) === 'tdx-quote')
            return 'tdx-quote';
    }
    if ((0,nvidia_evidence_list/* evidenceListEntries */.Gs)(v) !== null)
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
        case 'tdx-quote': {
            // A binary quote starts with its version (4 or 5); JSON with a brace.
            if (!Buffer.from(raw).toString('latin1', 0, 64).trimStart().startsWith('{'))
                return { format, quote: parseTdxQuote(raw) };
            // `{quote: "<hex>", event_log: [...] | "<json>"}`: the quote and its event log together.
            const v = parseEvidenceJson(raw, 'TDX quote with event log');
            if (!(0,tdx_eventlog/* isQuoteWithEventLog */.Hx)(v))
                throw new errors/* InputError */.dz('EVIDENCE_MALFORMED', 'TDX quote with event log: expected {quote, event_log}');
            const quote = parseTdxQuote(Buffer.from(v.quote.replace(/^0x/i, ''), 'hex'));
            return { format, quote, eventLog: (0,tdx_eventlog/* parseRuntimeEventLog */.q1)(v.event_log, 'TDX event log') };
        }
        case 'sev-snp-report':
            return { format, report: (0,sev_snp_report/* parseSevSnpReport */.LM)(raw) };
        case 'nvidia-spdm':
            return { format, gpus: [{ spdm: (0,nvidia_spdm/* parseNvidiaSpdmEvidence */.E0)(raw) }] };
        case 'nvidia-evidence-list': {
            const entries = (0,nvidia_evidence_list/* parseNvidiaEvidenceList */._j)(parseEvidenceJson(raw, 'NVIDIA evidence list'));
            const spdm = (0,nvidia_evidence_list/* parseNvidiaEvidenceListSpdm */.Is)(entries);
            return { format, gpus: entries.map((entry, i) => ({ spdm: spdm[i], entry })) };
        }
        case 'nras-eat':
            return { format, tokens: (0,nras_eat/* parseNrasEatTokenSet */.zJ)(parseEvidenceJson(raw, 'NRAS token set')) };
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
        tee_type: (0,reader/* hex */.uh)(tee),
        qe_vendor_id: (0,reader/* hex */.uh)(q.header.qeVendorId),
        qe_svn: q.header.qeSvn,
        pce_svn: q.header.pceSvn,
        user_data: (0,reader/* hex */.uh)(q.header.userData),
        body_type: q.bodyType,
        tee_tcb_svn: (0,reader/* hex */.uh)(b.teeTcbSvn),
        tee_tcb_svn2: b.teeTcbSvn2 ? (0,reader/* hex */.uh)(b.teeTcbSvn2) : null,
        mr_seam: (0,reader/* hex */.uh)(b.mrSeam),
        mr_signer_seam: (0,reader/* hex */.uh)(b.mrSignerSeam),
        seam_attributes: (0,reader/* hex */.uh)(b.seamAttributes),
        td_attributes: (0,reader/* hex */.uh)(b.tdAttributes),
        xfam: (0,reader/* hex */.uh)(b.xfam),
        mr_td: (0,reader/* hex */.uh)(b.mrTd),
        mr_config_id: (0,reader/* hex */.uh)(b.mrConfigId),
        mr_owner: (0,reader/* hex */.uh)(b.mrOwner),
        mr_owner_config: (0,reader/* hex */.uh)(b.mrOwnerConfig),
        rtmr0: (0,reader/* hex */.uh)(b.rtmr[0]),
        rtmr1: (0,reader/* hex */.uh)(b.rtmr[1]),
        rtmr2: (0,reader/* hex */.uh)(b.rtmr[2]),
        rtmr3: (0,reader/* hex */.uh)(b.rtmr[3]),
        report_data: (0,reader/* hex */.uh)(b.reportData),
        mr_service_td: b.mrServiceTd ? (0,reader/* hex */.uh)(b.mrServiceTd) : null,
        ...flags,
        td_attribute_flags: Object.entries(flags)
            .filter(([, on]) => on)
            .map(([name]) => name),
        certification_data_type: q.certificationData.type,
        padding_bytes: q.trailing.length,
        simulated,
    };
}
/**
 * The claims of an SEV-SNP report (keys: SEV_SNP_CLAIM_KEYS in types.ts). `product` is the product
 * line the verifier established from the VCEK/VLEK chain; without it (inspect) the TCB layout comes
 * from the report's CPUID family.
 */
function snpClaims(r, product = null) {
    const layout = product !== null ? (0,sev_snp_report/* layoutOfProduct */.Zi)(product) : (0,sev_snp_report/* snpTcbLayout */.Vx)(r);
    const build = (b) => `${b.major}.${b.minor}.${b.build}`;
    const bits = Object.fromEntries(sev_snp_report/* SNP_POLICY_BIT_NAMES */.ye.map((n) => [n, (0,sev_snp_report/* snpPolicyBit */.$L)(r.policy, n)]));
    return {
        version: r.version,
        product,
        guest_svn: r.guestSvn,
        policy: '0x' + r.policy.toString(16),
        abi_major: Number((r.policy >> 8n) & 0xffn),
        abi_minor: Number(r.policy & 0xffn),
        ...bits,
        vmpl: r.vmpl,
        signature_algo: r.signatureAlgo,
        signing_key: (0,sev_snp_report/* snpSigningKeyName */.$1)(r.signingKey),
        mask_chip_id: r.maskChipId,
        author_key_en: r.authorKeyEn,
        platform_info: '0x' + r.platformInfo.toString(16),
        cpuid: r.cpuid,
        tcb_layout: layout,
        current_tcb: (0,sev_snp_report/* decodeSnpTcb */.FZ)(r.currentTcb, layout),
        reported_tcb: (0,sev_snp_report/* decodeSnpTcb */.FZ)(r.reportedTcb, layout),
        committed_tcb: (0,sev_snp_report/* decodeSnpTcb */.FZ)(r.committedTcb, layout),
        launch_tcb: (0,sev_snp_report/* decodeSnpTcb */.FZ)(r.launchTcb, layout),
        current_build: build(r.currentBuild),
        committed_build: build(r.committedBuild),
        family_id: (0,reader/* hex */.uh)(r.familyId),
        image_id: (0,reader/* hex */.uh)(r.imageId),
        report_data: (0,reader/* hex */.uh)(r.reportData),
        measurement: (0,reader/* hex */.uh)(r.measurement),
        host_data: (0,reader/* hex */.uh)(r.hostData),
        id_key_digest: (0,reader/* hex */.uh)(r.idKeyDigest),
        author_key_digest: (0,reader/* hex */.uh)(r.authorKeyDigest),
        report_id: (0,reader/* hex */.uh)(r.reportId),
        report_id_ma: (0,reader/* hex */.uh)(r.reportIdMa),
        chip_id: (0,reader/* hex */.uh)(r.chipId),
    };
}
/**
 * One line for the TCB of SEV-SNP claims, as `evidence inspect|verify` print it before the fields:
 * `reported bootloader 3, tee 0, snp 8, microcode 115; current ...; committed ...; launch ...` and
 * the product (or the layout used when the product is not established yet).
 */
function snpTcbSummary(claims) {
    const one = (k) => {
        const t = claims[k];
        if (t === null || typeof t !== 'object')
            return null;
        const v = t;
        return `${k.replace('_tcb', '')} ${'fmc' in v ? `fmc ${String(v['fmc'])}, ` : ''}bootloader ${String(v['bootloader'])}, tee ${String(v['tee'])}, snp ${String(v['snp'])}, microcode ${String(v['microcode'])}`;
    };
    const parts = ['reported_tcb', 'current_tcb', 'committed_tcb', 'launch_tcb'].map(one).filter((x) => x !== null);
    const product = typeof claims['product'] === 'string' ? `${claims['product']}` : `product not established, ${String(claims['tcb_layout'])} layout`;
    return `${parts.join('; ')} (${product})`;
}
function gpuClaims(e, entry) {
    return {
        arch: entry?.arch ?? null,
        request_nonce: (0,reader/* hex */.uh)(e.requestNonce),
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
            return { format: p.format, kind, fields: tdxFields(p.quote, true) };
        case 'tdx-quote': {
            const fields = tdxFields(p.quote, false);
            // A quote carried with its event log: the events as recorded (replayed only by evidence verify).
            if (p.eventLog)
                fields['event_log'] = p.eventLog.map((e) => ({ rtmr: e.rtmr, type: `0x${e.type.toString(16)}`, name: e.name, digest: e.digest, payload: e.data }));
            return { format: p.format, kind, fields };
        }
        case 'sev-snp-report':
            return { format: p.format, kind, fields: { ...snpClaims(p.report), signature: (0,reader/* hex */.uh)(p.report.signature.subarray(0, 144)) } };
        case 'nvidia-spdm':
        case 'nvidia-evidence-list':
            return {
                format: p.format,
                kind,
                fields: {
                    count: p.gpus.length,
                    gpus: p.gpus.map((g) => ({
                        ...gpuClaims(g.spdm, g.entry),
                        responder_nonce: (0,reader/* hex */.uh)(g.spdm.responderNonce),
                        measurements: g.spdm.measurements.map((m) => ({ index: m.index, value: (0,reader/* hex */.uh)(m.value) })),
                        opaque: Object.fromEntries(g.spdm.opaque.map((o) => [o.name, (0,reader/* hex */.uh)(o.value)])),
                        signature: (0,reader/* hex */.uh)(g.spdm.signature),
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
        return { type: cd.type, size: cd.data.length, data: printable ? cd.data.toString('latin1') : (0,reader/* hex */.uh)(cd.data) };
    }
    return {
        type: cd.type,
        size: cd.data.length,
        qe_report: {
            cpu_svn: (0,reader/* hex */.uh)(q.qeReport.cpuSvn),
            misc_select: q.qeReport.miscSelect,
            attributes: (0,reader/* hex */.uh)(q.qeReport.attributes),
            mr_enclave: (0,reader/* hex */.uh)(q.qeReport.mrEnclave),
            mr_signer: (0,reader/* hex */.uh)(q.qeReport.mrSigner),
            isv_prod_id: q.qeReport.isvProdId,
            isv_svn: q.qeReport.isvSvn,
            report_data: (0,reader/* hex */.uh)(q.qeReport.reportData),
        },
        qe_report_signature: (0,reader/* hex */.uh)(q.qeReportSignature),
        qe_auth_data: (0,reader/* hex */.uh)(q.qeAuthData),
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
            quote_signature: (0,reader/* hex */.uh)(q.signature),
            attestation_key: (0,reader/* hex */.uh)(q.attestationKey),
            certification_data: certFields(q.certificationData),
        },
        pck_chain_pem: pckChainPem(q),
        quote_length: q.quoteLength,
        padding_bytes: q.trailing.length,
        padding_all_zero: q.trailing.allZero,
    };
}

// EXTERNAL MODULE: ./src/evidence/verify/chain.ts
var verify_chain = __webpack_require__(262);
// EXTERNAL MODULE: ./node_modules/asn1js/build/index.js
var build = __webpack_require__(54549);
// EXTERNAL MODULE: ./node_modules/reflect-metadata/Reflect.js
var Reflect = __webpack_require__(80477);
// EXTERNAL MODULE: ./node_modules/@peculiar/x509/build/x509.cjs.js
var x509_cjs = __webpack_require__(8927);
;// CONCATENATED MODULE: ./src/util/x509lib.ts
/**
 * The one entry point to @peculiar/x509 (certificate extensions, CRLs, test certificate generation).
 * The library resolves its parsers through tsyringe, which needs the reflect-metadata polyfill loaded
 * first; importing the library through this module guarantees the order. node's WebCrypto is the
 * provider, so no other crypto implementation is pulled in.
 */



x509_cjs/* cryptoProvider */.Ve.set(external_node_crypto_.webcrypto);


;// CONCATENATED MODULE: ./src/evidence/verify/nvidia-device-cert.ts
/**
 * What an NVIDIA GPU device certificate says about the GPU: the chip model and architecture (from the
 * subject, `GH100 A01 GSP FMC LF` -> GH100 -> Hopper), the device id from the subjectAltName
 * (`NVIDIA:GH100:48B02D92494BADF4`) and the firmware id (FWID) from the TCG DICE extension
 * 2.23.133.5.4.1. NVIDIA leaves carry the DICE "composite device id" shape
 * `SEQUENCE { version, SubjectPublicKeyInfo, FWID }` with `FWID ::= SEQUENCE { hashAlg, digest }`;
 * the later TcbInfo shape keeps its FWIDs under `[6]`. Both are read by looking for FWID structures
 * in the decoded value. Read with a real ASN.1 library; no signature is checked here.
 */


/** Hopper leaves: the DICE composite device id; Blackwell leaves: the DICE TcbInfo (`[6]` fwids). */
const TCG_DICE_FWID_OIDS = ['2.23.133.5.4.1', '2.23.133.5.4.1.1'];
const SAN_OID = '2.5.29.17';
const HASH_OIDS = {
    '2.16.840.1.101.3.4.2.1': 'sha256',
    '2.16.840.1.101.3.4.2.2': 'sha384',
    '2.16.840.1.101.3.4.2.3': 'sha512',
};
/** Chip model prefix -> architecture as NVIDIA names it in evidence lists and NRAS claims. */
const ARCH_OF_MODEL = [
    [/^GH1\d\d$/, 'HOPPER'],
    [/^GB[12]\d\d$/, 'BLACKWELL'],
];
function walkFwids(node, out, depth = 0) {
    if (depth > 8)
        return;
    const inner = node.valueBlock?.value;
    if (!Array.isArray(inner))
        return;
    const kids = inner;
    if (node instanceof build.Sequence &&
        kids.length === 2 &&
        kids[0] instanceof build.ObjectIdentifier &&
        kids[1] instanceof build.OctetString) {
        const alg = HASH_OIDS[kids[0].valueBlock.toString()];
        if (alg) {
            out.push({ alg, hex: Buffer.from(kids[1].valueBlock.valueHexView).toString('hex') });
            return;
        }
    }
    for (const k of kids)
        walkFwids(k, out, depth + 1);
}
function walkStrings(node, out, depth = 0) {
    if (depth > 8)
        return;
    if (node instanceof build.Utf8String || node instanceof build.IA5String || node instanceof build.PrintableString) {
        out.push(node.valueBlock.value);
        return;
    }
    const inner = node.valueBlock?.value;
    if (Array.isArray(inner))
        for (const k of inner)
            walkStrings(k, out, depth + 1);
}
function decode(value) {
    const r = build.fromBER(value);
    return r.offset === -1 || r.offset !== value.byteLength ? null : r.result;
}
/** Read the device facts of a GPU certificate's DER. Never throws on certificate content. */
function readDeviceCert(der) {
    const out = { model: null, arch: null, deviceId: null, fwid: null, problems: [] };
    let cert;
    try {
        cert = new x509_cjs/* X509Certificate */.yI(Buffer.from(der));
    }
    catch {
        out.problems.push('the certificate does not parse');
        return out;
    }
    const cn = cert.subjectName.getField('CN')[0] ?? '';
    const model = /^(G[A-Z]\d{3})\b/.exec(cn)?.[1] ?? null;
    out.model = model;
    out.arch = model === null ? null : (ARCH_OF_MODEL.find(([re]) => re.test(model))?.[1] ?? null);
    const san = cert.getExtension(SAN_OID);
    if (san) {
        const v = decode(san.value);
        const strings = [];
        if (v)
            walkStrings(v, strings);
        out.deviceId = strings.find((x) => x.startsWith('NVIDIA:')) ?? null;
    }
    const ext = TCG_DICE_FWID_OIDS.map((oid) => cert.getExtension(oid)).find((e) => e !== null && e !== undefined);
    if (ext) {
        const v = decode(ext.value);
        if (v === null) {
            out.problems.push(`extension ${ext.type} is not DER`);
        }
        else {
            const found = [];
            walkFwids(v, found);
            // TcbInfo may list an all-zero placeholder after the real FWID.
            const real = found.find((f) => /[^0]/.test(f.hex));
            if (real)
                out.fwid = real;
            else
                out.problems.push(`extension ${ext.type} holds no non-zero FWID`);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/evidence/verify/nvidia-roots.ts
const SHIPPED = {
    device: 'nvidia/verifier_device_root.pem',
    rim: 'nvidia/verifier_RIM_root.pem',
    nras: 'nvidia/nras_gpu_intermediate_004.pem',
};
const CUSTOM = {
    device: /device/i,
    rim: /rim/i,
    nras: /nras/i,
};
function nvidiaAnchors(roots, role) {
    const nvidia = roots.certs.filter((c) => c.vendor === 'nvidia');
    if (roots.kind === 'shipped')
        return nvidia.filter((c) => c.name === SHIPPED[role]).map((c) => c.x509);
    return nvidia.filter((c) => CUSTOM[role].test(c.name.split('/').pop() ?? '')).map((c) => c.x509);
}
/** One line saying where the anchors for a role come from, for "no anchor" messages. */
function anchorHint(roots, role) {
    return roots.kind === 'shipped'
        ? `the shipped ${SHIPPED[role]}`
        : `custom roots: a PEM under nvidia/ whose file name contains "${role}"`;
}

// EXTERNAL MODULE: ./src/evidence/formats/nvidia-rim.ts
var nvidia_rim = __webpack_require__(66866);
// EXTERNAL MODULE: ./src/evidence/formats/xml-c14n.ts
var xml_c14n = __webpack_require__(38986);
;// CONCATENATED MODULE: ./src/evidence/verify/xmldsig.ts
/**
 * XML-DSig verification for exactly the profile NVIDIA signs its RIMs with, and nothing else:
 *
 * - one enveloped `ds:Signature`, a child of the document element, and no other anywhere;
 * - SignedInfo: CanonicalizationMethod C14N 1.1, SignatureMethod ecdsa-sha384, exactly one Reference;
 * - the Reference: URI="" (the whole document), transforms enveloped-signature then C14N 1.1,
 *   DigestMethod sha384;
 * - SignatureValue: raw r||s (XML-DSig ECDSA), 96 bytes for P-384;
 * - KeyInfo/X509Data: the certificates, the signer first.
 *
 * Anything else (other algorithms, more references, other transforms, a Reference to an id, a
 * Signature elsewhere) is rejected, so the data a caller reads from the document element is exactly
 * the node set that was digested: the whole document except the Signature. The certificate chain
 * is the caller's to check (verify/nvidia-rim.ts, with chain.ts).
 */


const DSIG_NS = 'http://www.w3.org/2000/09/xmldsig#';
const ENVELOPED_SIGNATURE = 'http://www.w3.org/2000/09/xmldsig#enveloped-signature';
const ECDSA_SHA384 = 'http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384';
const SHA384 = 'http://www.w3.org/2001/04/xmldsig-more#sha384';
const ELEMENT = 1;
const TEXT = 3;
class Reject extends Error {
    code;
    constructor(code, detail) {
        super(detail);
        this.code = code;
    }
}
/** The element children of `e`; any other content than whitespace text is a structure error. */
function children(e, what) {
    const out = [];
    for (let n = e.firstChild; n; n = n.nextSibling) {
        if (n.nodeType === ELEMENT)
            out.push(n);
        else if (n.nodeType === TEXT && /^\s*$/.test(n.data))
            continue;
        else
            throw new Reject('DSIG_STRUCTURE', `${what} holds content other than elements`);
    }
    return out;
}
function expectDs(e, local, where) {
    if (!e || e.namespaceURI !== DSIG_NS || e.localName !== local) {
        throw new Reject('DSIG_STRUCTURE', `${where}: expected ds:${local}, found ${e ? e.tagName : 'nothing'}`);
    }
    return e;
}
/** Only the named attributes may appear (namespace declarations aside). */
function onlyAttributes(e, allowed) {
    for (const a of Array.from(e.attributes)) {
        if (a.name === 'xmlns' || a.name.startsWith('xmlns:'))
            continue;
        if (!allowed.includes(a.name))
            throw new Reject('DSIG_STRUCTURE', `ds:${e.localName} carries an unexpected attribute ${a.name}`);
    }
}
function algorithm(e, want, what) {
    onlyAttributes(e, ['Algorithm']);
    if (children(e, `ds:${e.localName}`).length > 0)
        throw new Reject('DSIG_ALGORITHM', `${what} carries parameters, which are not accepted`);
    const got = e.getAttribute('Algorithm');
    if (got !== want)
        throw new Reject('DSIG_ALGORITHM', `${what} is ${JSON.stringify(got)}, only ${want} is accepted`);
}
function textOf(e) {
    let s = '';
    for (let n = e.firstChild; n; n = n.nextSibling) {
        if (n.nodeType !== TEXT && n.nodeType !== 4)
            throw new Reject('DSIG_STRUCTURE', `ds:${e.localName} holds more than text`);
        s += n.data;
    }
    return s;
}
/** Strict base64 (whitespace allowed between characters, as XML-DSig base64Binary allows). */
function base64(e, what) {
    const s = textOf(e).replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(s) || s.length % 4 !== 0)
        throw new Reject('DSIG_STRUCTURE', `${what} is not base64`);
    const b = Buffer.from(s, 'base64');
    if (b.toString('base64') !== s)
        throw new Reject('DSIG_STRUCTURE', `${what} is not canonical base64`);
    return b;
}
/** Verify the enveloped signature of a parsed document. Never throws on document content. */
function verifyEnvelopedSignature(doc) {
    try {
        return check(doc);
    }
    catch (e) {
        if (e instanceof Reject)
            return { ok: false, code: e.code, detail: e.message };
        return { ok: false, code: 'DSIG_STRUCTURE', detail: e instanceof Error ? e.message : String(e) };
    }
}
function check(doc) {
    const root = doc.documentElement;
    if (!root)
        throw new Reject('DSIG_STRUCTURE', 'no document element');
    const all = Array.from(doc.getElementsByTagNameNS(DSIG_NS, 'Signature'));
    if (all.length !== 1)
        throw new Reject('DSIG_STRUCTURE', `${all.length} ds:Signature elements; exactly one, enveloped, is accepted`);
    const sig = all[0];
    if (sig.parentNode !== root)
        throw new Reject('DSIG_STRUCTURE', 'the ds:Signature is not a child of the document element');
    onlyAttributes(sig, []);
    const parts = children(sig, 'ds:Signature');
    if (parts.length !== 3)
        throw new Reject('DSIG_STRUCTURE', `ds:Signature has ${parts.length} children; SignedInfo, SignatureValue and KeyInfo are expected`);
    const signedInfo = expectDs(parts[0], 'SignedInfo', 'ds:Signature');
    const signatureValue = expectDs(parts[1], 'SignatureValue', 'ds:Signature');
    const keyInfo = expectDs(parts[2], 'KeyInfo', 'ds:Signature');
    onlyAttributes(signedInfo, []);
    onlyAttributes(signatureValue, []);
    onlyAttributes(keyInfo, []);
    const si = children(signedInfo, 'ds:SignedInfo');
    if (si.length !== 3) {
        throw new Reject(si.length > 3 ? 'DSIG_STRUCTURE' : 'DSIG_STRUCTURE', `ds:SignedInfo has ${si.length} children; CanonicalizationMethod, SignatureMethod and exactly one Reference are expected`);
    }
    algorithm(expectDs(si[0], 'CanonicalizationMethod', 'ds:SignedInfo'), xml_c14n/* C14N11 */.Rc, 'the SignedInfo canonicalization method');
    algorithm(expectDs(si[1], 'SignatureMethod', 'ds:SignedInfo'), ECDSA_SHA384, 'the signature method');
    const ref = expectDs(si[2], 'Reference', 'ds:SignedInfo');
    onlyAttributes(ref, ['URI']);
    if (ref.getAttribute('URI') !== '' || !ref.hasAttribute('URI')) {
        throw new Reject('DSIG_STRUCTURE', `the Reference URI is ${JSON.stringify(ref.getAttribute('URI'))}; only URI="" (the whole document) is accepted`);
    }
    const rc = children(ref, 'ds:Reference');
    if (rc.length !== 3)
        throw new Reject('DSIG_STRUCTURE', `ds:Reference has ${rc.length} children; Transforms, DigestMethod and DigestValue are expected`);
    const transforms = expectDs(rc[0], 'Transforms', 'ds:Reference');
    onlyAttributes(transforms, []);
    const ts = children(transforms, 'ds:Transforms');
    if (ts.length !== 2)
        throw new Reject('DSIG_ALGORITHM', `${ts.length} transforms; exactly enveloped-signature then C14N 1.1 are accepted`);
    algorithm(expectDs(ts[0], 'Transform', 'ds:Transforms'), ENVELOPED_SIGNATURE, 'the first transform');
    algorithm(expectDs(ts[1], 'Transform', 'ds:Transforms'), xml_c14n/* C14N11 */.Rc, 'the second transform');
    algorithm(expectDs(rc[1], 'DigestMethod', 'ds:Reference'), SHA384, 'the digest method');
    const digestValue = base64(expectDs(rc[2], 'DigestValue', 'ds:Reference'), 'DigestValue');
    onlyAttributes(rc[2], []);
    const ki = children(keyInfo, 'ds:KeyInfo');
    if (ki.length !== 1)
        throw new Reject('DSIG_STRUCTURE', `ds:KeyInfo has ${ki.length} children; one X509Data is expected`);
    const x509Data = expectDs(ki[0], 'X509Data', 'ds:KeyInfo');
    onlyAttributes(x509Data, []);
    const certs = children(x509Data, 'ds:X509Data').map((c, i) => {
        expectDs(c, 'X509Certificate', 'ds:X509Data');
        onlyAttributes(c, []);
        try {
            return new external_node_crypto_.X509Certificate(base64(c, `X509Certificate ${i}`));
        }
        catch (e) {
            if (e instanceof Reject)
                throw e;
            throw new Reject('DSIG_CERTIFICATE', `X509Certificate ${i} does not parse`);
        }
    });
    if (certs.length === 0)
        throw new Reject('DSIG_CERTIFICATE', 'ds:X509Data holds no certificate');
    // The Reference: the whole document without the Signature, canonicalized, digested.
    const digested = (0,external_node_crypto_.createHash)('sha384').update((0,xml_c14n/* canonicalizeDocument */._W)(doc, sig), 'utf8').digest();
    if (digestValue.length !== 48 || !digested.equals(digestValue)) {
        throw new Reject('DSIG_DIGEST', `the SHA-384 digest of the document (${digested.toString('hex').slice(0, 16)}…) differs from the signed DigestValue (${digestValue.toString('hex').slice(0, 16)}…): the document changed after signing`);
    }
    // The signature over the canonical SignedInfo, by the first certificate's key.
    const signer = certs[0];
    const key = signer.publicKey;
    if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'secp384r1') {
        throw new Reject('DSIG_CERTIFICATE', 'the signing certificate does not hold a P-384 key, which ecdsa-sha384 here requires');
    }
    const sv = base64(signatureValue, 'SignatureValue');
    if (sv.length !== 96)
        throw new Reject('DSIG_SIGNATURE', `SignatureValue is ${sv.length} bytes; P-384 r||s is 96`);
    let ok = false;
    try {
        ok = (0,external_node_crypto_.verify)('sha384', Buffer.from((0,xml_c14n/* canonicalizeSubtree */.Ll)(signedInfo), 'utf8'), { key, dsaEncoding: 'ieee-p1363' }, sv);
    }
    catch {
        ok = false;
    }
    if (!ok)
        throw new Reject('DSIG_SIGNATURE', 'the ECDSA P-384 signature over SignedInfo does not verify with the first KeyInfo certificate');
    return { ok: true, signer, certificates: certs, signature: sig, detail: 'enveloped XML-DSig (C14N 1.1, ECDSA P-384 / SHA-384) verifies' };
}

;// CONCATENATED MODULE: ./src/evidence/verify/nvidia-rim.ts





/** NVIDIA opaque data field NVDEC0_STATUS, and its "disabled" value (nvtrust config.py). */
const OPAQUE_NVDEC0_STATUS = 11;
const NVDEC0_DISABLED = 0x55;
const NVDEC_INDEX = 35;
/** Text from a RIM for a one-line detail: control characters folded, long values cut. */
function shown(s) {
    const t = s.replace(/[\u0000-\u001f\u007f]+/g, ' ');
    return t.length > 64 ? `${t.slice(0, 61)}...` : t;
}
/** Verify every RIM among the files that travel with the evidence (files that are not SWID tags are skipped). */
function verifyRims(files, roots, at) {
    const out = { rims: [], steps: [], failures: [] };
    for (const f of files) {
        if (!(0,nvidia_rim/* looksLikeRim */.G2)(f.bytes))
            continue;
        const id = `rim.${f.name}`;
        const fail = (detail) => {
            out.steps.push({ id, ok: false, detail });
            out.failures.push({ file: f.name, detail });
        };
        let rim;
        try {
            rim = (0,nvidia_rim/* parseNvidiaRim */.XP)(f.bytes, f.name);
        }
        catch (e) {
            if (!(e instanceof errors/* InputError */.dz))
                throw e;
            fail(`RIM_MALFORMED: ${e.message}`);
            continue;
        }
        const sig = verifyEnvelopedSignature(rim.doc);
        if (!sig.ok) {
            fail(`${sig.code}: RIM ${shown(rim.colloquialVersion)} (${shown(rim.product)}): ${sig.detail}`);
            continue;
        }
        const chain = (0,verify_chain/* verifyChain */.H5)({ leaf: sig.signer, intermediates: sig.certificates.slice(1), anchors: nvidiaAnchors(roots, 'rim'), at });
        if (!chain.ok) {
            const hint = chain.code === 'CHAIN_NO_ANCHOR' ? ` (anchor: ${anchorHint(roots, 'rim')})` : '';
            fail(`${chain.code}: RIM ${shown(rim.colloquialVersion)} (${shown(rim.product)}): the signing certificate does not chain to the NVIDIA RIM signing root: ${chain.detail}${hint}`);
            continue;
        }
        out.rims.push({ file: f.name, rim, signer: sig.signer });
        out.steps.push({
            id,
            ok: true,
            detail: `RIM ${shown(rim.colloquialVersion)} (${shown(rim.product)}${rim.edition ? ` ${shown(rim.edition)}` : ''}, tagId ${shown(rim.tagId.slice(0, 16))}…): ${sig.detail}; signed by ${(0,verify_chain/* certName */.i)(sig.signer)}, ${chain.detail} (${roots.kind} roots)`,
        });
    }
    return out;
}
function pick(rims, version, model) {
    if (version === null)
        return { rim: null, problem: null };
    const same = rims.filter((r) => r.rim.colloquialVersion.toLowerCase() === version.toLowerCase() && (model === null || r.rim.product.toLowerCase() === model.toLowerCase()));
    const distinct = [...new Map(same.map((r) => [r.rim.tagId, r])).values()];
    if (distinct.length > 1)
        return { rim: null, problem: `${distinct.length} different RIMs (${distinct.map((r) => r.file).join(', ')}) for version ${version}` };
    return { rim: distinct[0] ?? null, problem: null };
}
/** Appraise one verified GPU report's measurements against the verified RIMs. */
function appraiseGpuMeasurements(spdm, model, rims, label) {
    const id = `${label}.measurements`;
    const driver = pick(rims, spdm.driverVersion, model);
    const vbios = pick(rims, spdm.vbiosVersion, model);
    const base = { driverRim: driver.rim?.rim.tagId ?? null, vbiosRim: vbios.rim?.rim.tagId ?? null };
    const fail = (mismatches, detail) => ({ measres: 'fail', mismatches, ...base, step: { id, ok: false, detail } });
    if (driver.problem || vbios.problem)
        return fail([], `ambiguous reference values: ${[driver.problem, vbios.problem].filter(Boolean).join('; ')}`);
    const golden = new Map();
    const conflicts = [];
    for (const [role, r] of [
        ['driver', driver.rim],
        ['VBIOS', vbios.rim],
    ]) {
        for (const m of r?.rim.measurements ?? []) {
            if (!m.active)
                continue;
            if (golden.has(m.index))
                conflicts.push(m.index);
            else
                golden.set(m.index, { m, role });
        }
    }
    if (conflicts.length > 0)
        return fail([], `the driver and VBIOS RIMs both have active measurements at index ${conflicts.join(', ')}`);
    const nvdec = spdm.opaque.find((o) => o.type === OPAQUE_NVDEC0_STATUS);
    const nvdecDisabled = nvdec !== undefined && nvdec.value.length >= 1 && nvdec.value[0] === NVDEC0_DISABLED;
    const mismatches = [];
    const bad = [];
    let compared = 0;
    for (const [index, { m, role }] of [...golden].sort((a, b) => a[0] - b[0])) {
        if (index === NVDEC_INDEX && nvdecDisabled)
            continue;
        compared++;
        const block = spdm.measurements.find((b) => b.index === index + 1);
        if (!block) {
            bad.push(index);
            mismatches.push(`${index} (${role}: no measurement block ${index + 1} in the report)`);
            continue;
        }
        const value = block.value.toString('hex');
        if (block.value.length !== m.size || !m.values.includes(value)) {
            bad.push(index);
            mismatches.push(`${index} (${role}${m.name ? ` ${shown(m.name)}` : ''}: ${value.slice(0, 16)}… matches none of ${m.values.length} golden value(s))`);
        }
    }
    const used = [driver.rim ? `driver RIM ${shown(driver.rim.rim.colloquialVersion)}` : null, vbios.rim ? `VBIOS RIM ${shown(vbios.rim.rim.colloquialVersion)}` : null].filter(Boolean).join(' and ');
    const skipped = nvdecDisabled && golden.has(NVDEC_INDEX) ? `; index ${NVDEC_INDEX} skipped (NVDEC0 disabled)` : '';
    if (bad.length > 0)
        return fail(bad, `${bad.length} of ${compared} active measurement(s) differ from ${used}: index ${mismatches.join('; ')}${skipped}`);
    const missing = [
        driver.rim ? null : `no driver RIM for ${spdm.driverVersion ?? 'an unknown driver version'}`,
        vbios.rim ? null : `no VBIOS RIM for ${spdm.vbiosVersion ?? 'an unknown VBIOS version'}`,
    ].filter((x) => x !== null);
    const forModel = model ? ` (${model})` : '';
    if (missing.length > 0) {
        const partial = compared > 0 ? `; the ${compared} active measurement(s) of the ${used} match` : '';
        return { measres: null, mismatches: [], ...base, step: { id, ok: null, detail: `verifier unavailable: ${missing.join(', ')}${forModel}${partial}` } };
    }
    return { measres: 'success', mismatches: [], ...base, step: { id, ok: true, detail: `all ${compared} active measurement(s) match the ${used}${skipped}` } };
}

// EXTERNAL MODULE: ./node_modules/@peculiar/asn1-schema/build/cjs/index.js
var cjs = __webpack_require__(47261);
// EXTERNAL MODULE: ./node_modules/@peculiar/asn1-x509/build/cjs/index.js
var build_cjs = __webpack_require__(33594);
// EXTERNAL MODULE: ./node_modules/@peculiar/asn1-ocsp/build/cjs/index.js
var asn1_ocsp_build_cjs = __webpack_require__(19911);
;// CONCATENATED MODULE: ./src/evidence/formats/ocsp.ts
/**
 * OCSP (RFC 6960) in and out of DER, with the @peculiar ASN.1 schemas: bytes -> values and values ->
 * bytes, no crypto and no policy. The verifier (verify/ocsp.ts) hashes, signs nothing and checks the
 * signature, the CertID and the times.
 *
 * Also the few certificate fields an OCSP CertID is made of (the raw subject Name, the subject public
 * key bits, the serial), read with the same schemas so that no DER is walked by hand.
 */



const OCSP_SIGNING_EKU = '1.3.6.1.5.5.7.3.9';
/** Hash algorithms a CertID may name (RFC 6960 allows any; these are the ones in use). */
const CERT_ID_HASHES = {
    '1.3.14.3.2.26': 'sha1',
    '2.16.840.1.101.3.4.2.1': 'sha256',
    '2.16.840.1.101.3.4.2.2': 'sha384',
    '2.16.840.1.101.3.4.2.3': 'sha512',
};
const ocsp_HASH_OIDS = {
    sha1: '1.3.14.3.2.26',
    sha256: '2.16.840.1.101.3.4.2.1',
    sha384: '2.16.840.1.101.3.4.2.2',
    sha512: '2.16.840.1.101.3.4.2.3',
};
function buf(a) {
    return ArrayBuffer.isView(a) ? Buffer.from(a.buffer, a.byteOffset, a.byteLength) : Buffer.from(a);
}
/** Uppercase hex of an INTEGER's content octets without leading zero bytes. */
function serialHex(integer) {
    const h = buf(integer).toString('hex').toUpperCase().replace(/^(00)+/, '');
    return h === '' ? '00' : h;
}
function statusName(s) {
    return asn1_ocsp_build_cjs.OCSPResponseStatus[s] ?? `status ${s}`;
}
/** The nonce of an extension value: RFC 8954 wraps it in an OCTET STRING; older responders do not. */
function nonceValue(extnValue) {
    try {
        const inner = cjs.AsnConvert.parse(extnValue, cjs.OctetString);
        return buf(inner.buffer);
    }
    catch {
        return extnValue;
    }
}
/** Parse an OCSPResponse. Throws (with the library's reason) when the bytes are not one. */
function parseOcspResponse(der) {
    const res = cjs.AsnParser.parse(der, asn1_ocsp_build_cjs.OCSPResponse);
    const responseStatus = statusName(res.responseStatus);
    if (res.responseStatus !== asn1_ocsp_build_cjs.OCSPResponseStatus.successful || !res.responseBytes)
        return { responseStatus, basic: null };
    if (res.responseBytes.responseType !== asn1_ocsp_build_cjs.id_pkix_ocsp_basic)
        throw new Error(`response type ${res.responseBytes.responseType} is not id-pkix-ocsp-basic`);
    const basic = cjs.AsnParser.parse(res.responseBytes.response.buffer, asn1_ocsp_build_cjs.BasicOCSPResponse);
    if (!basic.tbsResponseDataRaw)
        throw new Error('tbsResponseData has no encoding');
    const data = basic.tbsResponseData;
    const nonceExt = (data.responseExtensions ?? []).find((e) => e.extnID === asn1_ocsp_build_cjs.id_pkix_ocsp_nonce);
    const rid = data.responderID;
    return {
        responseStatus,
        basic: {
            tbs: buf(basic.tbsResponseDataRaw),
            signatureAlgorithm: basic.signatureAlgorithm.algorithm,
            signature: buf(basic.signature),
            certs: (basic.certs ?? []).map((c) => buf(cjs.AsnConvert.serialize(c))),
            responderId: rid.byKey ? { byKey: buf(rid.byKey.buffer) } : { byName: buf(cjs.AsnConvert.serialize(rid.byName ?? new build_cjs.Name())) },
            producedAt: data.producedAt,
            responses: data.responses.map((r) => ({
                certId: {
                    hashAlgorithm: r.certID.hashAlgorithm.algorithm,
                    issuerNameHash: buf(r.certID.issuerNameHash.buffer),
                    issuerKeyHash: buf(r.certID.issuerKeyHash.buffer),
                    serial: serialHex(r.certID.serialNumber),
                },
                status: r.certStatus.revoked
                    ? { kind: 'revoked', time: r.certStatus.revoked.revocationTime, reason: r.certStatus.revoked.revocationReason?.reason ?? null }
                    : r.certStatus.unknown !== undefined
                        ? { kind: 'unknown' }
                        : r.certStatus.good !== undefined
                            ? { kind: 'good' }
                            : (() => {
                                throw new Error('a SingleResponse has no certStatus');
                            })(),
                thisUpdate: r.thisUpdate,
                nextUpdate: r.nextUpdate ?? null,
            })),
            nonce: nonceExt ? nonceValue(buf(nonceExt.extnValue.buffer)) : null,
        },
    };
}
/** Whether these bytes are an OCSPResponse (a cheap first look, then a parse). */
function isOcspResponse(bytes) {
    if (bytes.length < 5 || bytes[0] !== 0x30)
        return false;
    try {
        parseOcspResponse(bytes);
        return true;
    }
    catch {
        return false;
    }
}
/** An OCSPRequest for one or more CertIDs, with an RFC 8954 nonce extension when a nonce is given. */
function encodeOcspRequest(ids, nonce) {
    const tbs = new asn1_ocsp_build_cjs.TBSRequest({
        requestList: ids.map((id) => new asn1_ocsp_build_cjs.Request({
            reqCert: new asn1_ocsp_build_cjs.CertID({
                hashAlgorithm: new build_cjs.AlgorithmIdentifier({ algorithm: id.hashAlgorithm, parameters: null }),
                issuerNameHash: new cjs.OctetString(id.issuerNameHash),
                issuerKeyHash: new cjs.OctetString(id.issuerKeyHash),
                serialNumber: integerBytes(id.serial),
            }),
        })),
        ...(nonce ? { requestExtensions: [new build_cjs.Extension({ extnID: asn1_ocsp_build_cjs.id_pkix_ocsp_nonce, critical: false, extnValue: new cjs.OctetString(cjs.AsnConvert.serialize(new cjs.OctetString(nonce))) })] } : {}),
    });
    return buf(cjs.AsnConvert.serialize(new asn1_ocsp_build_cjs.OCSPRequest({ tbsRequest: tbs })));
}
/** The content octets of a positive INTEGER from its hex (a leading zero byte when the top bit is set). */
function integerBytes(serial) {
    const b = Buffer.from(serial.length % 2 ? `0${serial}` : serial, 'hex');
    const out = b.length > 0 && (b[0] & 0x80) !== 0 ? Buffer.concat([Buffer.from([0]), b]) : b;
    return out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength);
}
// TBSCertificate and Certificate schemas that also keep the subject Name's own encoding: a
// re-encoded Name could differ from the issuer's bytes, and the CertID hashes the bytes.
class TbsWithRawSubject extends build_cjs.TBSCertificate {
}
(0,cjs.AsnProp)({ type: build_cjs.Name, raw: true })(TbsWithRawSubject.prototype, 'subject');
(0,cjs.AsnType)({ type: cjs.AsnTypeTypes.Sequence })(TbsWithRawSubject);
class CertWithRawSubject {
    tbsCertificate = new TbsWithRawSubject();
    signatureAlgorithm = new build_cjs.AlgorithmIdentifier();
    signatureValue = new ArrayBuffer(0);
}
(0,cjs.AsnProp)({ type: TbsWithRawSubject })(CertWithRawSubject.prototype, 'tbsCertificate');
(0,cjs.AsnProp)({ type: build_cjs.AlgorithmIdentifier })(CertWithRawSubject.prototype, 'signatureAlgorithm');
(0,cjs.AsnProp)({ type: cjs.AsnPropTypes.BitString })(CertWithRawSubject.prototype, 'signatureValue');
(0,cjs.AsnType)({ type: cjs.AsnTypeTypes.Sequence })(CertWithRawSubject);
/** Read the CertID fields of a DER certificate. Throws when it does not parse. */
function ocspCertFields(der) {
    const c = cjs.AsnParser.parse(der, CertWithRawSubject);
    const tbs = c.tbsCertificate;
    if (!tbs.subjectRaw)
        throw new Error('the certificate subject has no encoding');
    const eku = (tbs.extensions ?? []).find((e) => e.extnID === build_cjs.id_ce_extKeyUsage);
    return {
        subject: buf(tbs.subjectRaw),
        publicKeyBits: buf(tbs.subjectPublicKeyInfo.subjectPublicKey),
        serial: serialHex(tbs.serialNumber),
        extKeyUsage: eku ? [...cjs.AsnConvert.parse(eku.extnValue.buffer, build_cjs.ExtendedKeyUsage)] : null,
    };
}

;// CONCATENATED MODULE: ./src/evidence/verify/ocsp.ts
/**
 * OCSP response verification (RFC 6960), no policy. A response speaks for a certificate only when:
 *
 * - its responseStatus is `successful` and it is a BasicOCSPResponse;
 * - one of its SingleResponses names the certificate: the CertID's issuer name hash, issuer key hash
 *   (under the hash algorithm the CertID names) and serial number equal the certificate's;
 * - its signature over tbsResponseData verifies with the issuer's key, or with a delegated responder
 *   certificate that came with it, is issued by the issuer (chain.ts, at the clock) and carries the
 *   id-kp-OCSPSigning extended key usage; the ResponderID names the signer;
 * - the nonce is echoed when one was sent;
 * - thisUpdate is not after the clock and nextUpdate (when present) not before it, with 5 minutes of
 *   tolerance either way. A response outside that window is stale: it says nothing now (verifier
 *   unavailable), although it was good evidence when it was fresh (replay with `--at`).
 *
 * Anything else about a response that names the certificate fails: a forged or misdirected answer is
 * never read as "no answer".
 */



/** NVIDIA's OCSP service, as NVIDIA's own verifiers reach it. */
const NVIDIA_OCSP_URL = 'https://ocsp.ndis.nvidia.com/';
const OCSP_CLOCK_SKEW_MS = 5 * 60 * 1000;
/** Largest OCSP response read from the network. */
const OCSP_MAX_BYTES = 64 * 1024;
const OCSP_TIMEOUT_MS = 15_000;
const REASONS = [
    'unspecified',
    'keyCompromise',
    'cACompromise',
    'affiliationChanged',
    'superseded',
    'cessationOfOperation',
    'certificateHold',
    'reason 7',
    'removeFromCRL',
    'privilegeWithdrawn',
    'aACompromise',
];
/** Signature algorithms an OCSP response may use, by OID: the digest node:crypto is given (null: none). */
const SIGNATURE_ALGS = {
    '1.2.840.10045.4.3.2': { hash: 'sha256', key: 'ec' },
    '1.2.840.10045.4.3.3': { hash: 'sha384', key: 'ec' },
    '1.2.840.10045.4.3.4': { hash: 'sha512', key: 'ec' },
    '1.2.840.113549.1.1.11': { hash: 'sha256', key: 'rsa' },
    '1.2.840.113549.1.1.12': { hash: 'sha384', key: 'rsa' },
    '1.2.840.113549.1.1.13': { hash: 'sha512', key: 'rsa' },
    '1.3.101.112': { hash: null, key: 'ed25519' },
};
/** The CertID of `cert` as issued by `issuer`, under a hash algorithm (NVIDIA's verifiers use SHA-384). */
function certIdFor(cert, issuer, hash = 'sha384') {
    const i = ocspCertFields(issuer.raw);
    return {
        hashAlgorithm: ocsp_HASH_OIDS[hash],
        issuerNameHash: (0,external_node_crypto_.createHash)(hash).update(i.subject).digest(),
        issuerKeyHash: (0,external_node_crypto_.createHash)(hash).update(i.publicKeyBits).digest(),
        serial: ocspCertFields(cert.raw).serial,
    };
}
/** An OCSP request for `cert` with a fresh 32-byte nonce. */
function ocspRequestFor(cert, issuer) {
    const nonce = (0,external_node_crypto_.randomBytes)(32);
    return { der: encodeOcspRequest([certIdFor(cert, issuer)], nonce), nonce };
}
function matches(r, cert, issuer) {
    const hash = CERT_ID_HASHES[r.certId.hashAlgorithm];
    if (!hash)
        return false;
    const want = certIdFor(cert, issuer, hash);
    return want.serial === r.certId.serial && want.issuerNameHash.equals(r.certId.issuerNameHash) && want.issuerKeyHash.equals(r.certId.issuerKeyHash);
}
function signatureVerifies(alg, tbs, sig, key) {
    const a = SIGNATURE_ALGS[alg];
    if (!a)
        return false;
    const kt = key.publicKey.asymmetricKeyType;
    if ((a.key === 'rsa' && kt !== 'rsa') || (a.key === 'ec' && kt !== 'ec') || (a.key === 'ed25519' && kt !== 'ed25519'))
        return false;
    try {
        return (0,external_node_crypto_.verify)(a.hash, tbs, key.publicKey, sig);
    }
    catch {
        return false;
    }
}
function responderIdNames(rid, signer) {
    const f = ocspCertFields(signer.raw);
    if ('byKey' in rid)
        return (0,external_node_crypto_.createHash)('sha1').update(f.publicKeyBits).digest().equals(rid.byKey);
    return rid.byName.equals(f.subject);
}
/** Who signed the response, and whether it may answer for certificates of `issuer`. */
function checkSigner(basic, issuer, at) {
    if (!SIGNATURE_ALGS[basic.signatureAlgorithm])
        return { ok: false, code: 'OCSP_SIGNATURE', detail: `signature algorithm ${basic.signatureAlgorithm} is not supported` };
    const included = [];
    for (const der of basic.certs) {
        try {
            included.push(new external_node_crypto_.X509Certificate(der));
        }
        catch {
            return { ok: false, code: 'OCSP_MALFORMED', detail: 'a certificate that came with the response does not parse' };
        }
    }
    const signer = [issuer, ...included].find((c) => signatureVerifies(basic.signatureAlgorithm, basic.tbs, basic.signature, c));
    if (!signer) {
        return { ok: false, code: 'OCSP_SIGNATURE', detail: `the response signature verifies with neither the issuer ${(0,verify_chain/* certName */.i)(issuer)} nor any of the ${included.length} certificate(s) that came with it` };
    }
    if (!responderIdNames(basic.responderId, signer))
        return { ok: false, code: 'OCSP_RESPONDER', detail: `the ResponderID does not name the signer ${(0,verify_chain/* certName */.i)(signer)}` };
    if (signer === issuer)
        return { ok: true, who: `the issuer ${(0,verify_chain/* certName */.i)(issuer)}` };
    // A delegated responder: issued by the issuer itself, valid at the clock, for OCSP signing.
    const chain = (0,verify_chain/* verifyChain */.H5)({ leaf: signer, anchors: [issuer], at, maxDepth: 2 });
    if (!chain.ok)
        return { ok: false, code: 'OCSP_RESPONDER', detail: `responder ${(0,verify_chain/* certName */.i)(signer)} is not a certificate of the issuer ${(0,verify_chain/* certName */.i)(issuer)} valid at the clock (${chain.code}: ${chain.detail})` };
    const eku = ocspCertFields(signer.raw).extKeyUsage;
    if (!eku?.includes(OCSP_SIGNING_EKU))
        return { ok: false, code: 'OCSP_RESPONDER', detail: `responder ${(0,verify_chain/* certName */.i)(signer)} lacks the id-kp-OCSPSigning extended key usage` };
    return { ok: true, who: `the delegated responder ${(0,verify_chain/* certName */.i)(signer)} of ${(0,verify_chain/* certName */.i)(issuer)}` };
}
/**
 * Check one DER OCSP response for `cert` issued by `issuer` (a chain already verified) at the clock.
 * `nonce`: the nonce this verifier sent, when it fetched the response itself. Never throws.
 */
function checkOcspResponse(der, cert, issuer, o) {
    const name = (0,verify_chain/* certName */.i)(cert);
    let parsed;
    try {
        parsed = parseOcspResponse(der);
    }
    catch (e) {
        return { result: 'invalid', code: 'OCSP_MALFORMED', detail: `the OCSP response for ${name} does not parse: ${e instanceof Error ? e.message : String(e)}` };
    }
    const basic = parsed.basic;
    if (!basic) {
        const detail = `the OCSP responder answered ${parsed.responseStatus} for ${name}`;
        return parsed.responseStatus === 'tryLater' || parsed.responseStatus === 'internalError' ? { result: 'unanswered', detail } : { result: 'invalid', code: 'OCSP_STATUS', detail };
    }
    let single;
    try {
        single = basic.responses.find((r) => matches(r, cert, issuer));
    }
    catch (e) {
        return { result: 'invalid', code: 'OCSP_MALFORMED', detail: `the certificates of ${name} cannot be read for a CertID: ${e instanceof Error ? e.message : String(e)}` };
    }
    if (!single) {
        const serials = basic.responses.map((r) => r.certId.serial).join(', ');
        return { result: 'invalid', code: 'OCSP_NO_MATCH', detail: `the OCSP response answers for serial(s) ${serials || 'none'}, not for ${name} (serial ${cert.serialNumber}) of ${(0,verify_chain/* certName */.i)(issuer)}` };
    }
    let signer;
    try {
        signer = checkSigner(basic, issuer, o.at);
    }
    catch (e) {
        return { result: 'invalid', code: 'OCSP_MALFORMED', detail: `the OCSP response for ${name}: ${e instanceof Error ? e.message : String(e)}` };
    }
    if (!signer.ok)
        return { result: 'invalid', code: signer.code, detail: `OCSP response for ${name}: ${signer.detail}` };
    if (o.nonce !== null) {
        if (basic.nonce === null)
            return { result: 'invalid', code: 'OCSP_NONCE', detail: `the OCSP response for ${name} does not echo the nonce sent: it may be a replayed answer` };
        if (!basic.nonce.equals(o.nonce))
            return { result: 'invalid', code: 'OCSP_NONCE', detail: `the OCSP response for ${name} carries another nonce than the one sent` };
    }
    const t = o.at.getTime();
    // A revocation other than a hold is final: it stays true after the response's window.
    const final = single.status.kind === 'revoked' && single.status.reason !== 6 && single.status.time.getTime() <= t + OCSP_CLOCK_SKEW_MS;
    const when = `thisUpdate ${single.thisUpdate.toISOString()}${single.nextUpdate ? `, nextUpdate ${single.nextUpdate.toISOString()}` : ''}`;
    if (!final && single.thisUpdate.getTime() > t + OCSP_CLOCK_SKEW_MS)
        return { result: 'stale', thisUpdate: single.thisUpdate, detail: `the OCSP response for ${name} is not valid yet at ${o.at.toISOString()} (${when})` };
    if (!final && single.nextUpdate && single.nextUpdate.getTime() < t - OCSP_CLOCK_SKEW_MS) {
        return { result: 'stale', thisUpdate: single.thisUpdate, detail: `the OCSP response for ${name} expired at ${single.nextUpdate.toISOString()} (clock ${o.at.toISOString()}; replay with --at inside ${when})` };
    }
    const by = `signed by ${signer.who}; ${when}`;
    switch (single.status.kind) {
        case 'good':
            return { result: 'good', thisUpdate: single.thisUpdate, detail: `${name}: good (${by})` };
        case 'unknown':
            return { result: 'unknown', thisUpdate: single.thisUpdate, detail: `${name}: unknown to the responder (${by})` };
        case 'revoked': {
            const reason = single.status.reason === null ? 'no reason given' : (REASONS[single.status.reason] ?? `reason ${single.status.reason}`);
            return {
                result: 'revoked',
                thisUpdate: single.thisUpdate,
                time: single.status.time,
                reason,
                detail: `${name}: REVOKED at ${single.status.time.toISOString()} (${reason}${single.status.reason === 6 ? ': on hold, treated as revoked' : ''}; ${by})`,
            };
        }
    }
}
/** Through the tool's network layer: proxy-aware, bounded in time and size. */
const realHttpPost = async (url, body, contentType) => {
    const { createHttpFetcher, NetworkError } = await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(663)]).then(__webpack_require__.bind(__webpack_require__, 59663));
    try {
        const res = await createHttpFetcher({ allowed: true, timeoutMs: OCSP_TIMEOUT_MS, maxBytes: OCSP_MAX_BYTES }).post(url, body, { contentType, accept: 'application/ocsp-response', maxBytes: OCSP_MAX_BYTES });
        return { status: res.status, body: res.body };
    }
    catch (e) {
        if (e instanceof NetworkError && e.status !== null)
            return { status: e.status, body: Buffer.alloc(0) };
        throw e;
    }
};

;// CONCATENATED MODULE: ./src/evidence/verify/nvidia-ocsp.ts



/** What one verification run has asked and fetched, shared by the GPUs of one evidence item. */
class OcspSession {
    opts;
    saved;
    answers = new Map();
    material = [];
    constructor(aux, opts) {
        this.opts = opts;
        this.saved = aux.filter((a) => isOcspResponse(a.bytes));
    }
    /** The answer for `cert` issued by `issuer`: a saved one that holds, else a fetched one, else missing. */
    answer(cert, issuer) {
        const key = `${issuer.fingerprint256}/${cert.serialNumber}`;
        let a = this.answers.get(key);
        if (!a) {
            a = this.find(cert, issuer);
            this.answers.set(key, a);
        }
        return a;
    }
    async find(cert, issuer) {
        const at = this.opts.at ?? new Date();
        const mine = [];
        for (const f of this.saved) {
            const check = checkOcspResponse(f.bytes, cert, issuer, { at, nonce: null });
            // A saved response about another certificate is simply not this one's answer.
            if (check.result === 'invalid' && check.code === 'OCSP_NO_MATCH')
                continue;
            mine.push({ check, from: f.name });
        }
        const bad = mine.find((m) => m.check.result === 'invalid');
        if (bad)
            return bad;
        const usable = mine.filter((m) => m.check.result !== 'stale' && m.check.result !== 'unanswered');
        // The newest usable answer speaks; a final revocation speaks whatever its age.
        const revoked = usable.find((m) => m.check.result === 'revoked');
        if (revoked)
            return revoked;
        const newest = usable.sort((x, y) => thisUpdate(y.check) - thisUpdate(x.check))[0];
        if (newest)
            return newest;
        const stale = mine[0];
        if (!this.opts.network) {
            return stale ?? { missing: '', offline: (0,verify_chain/* certName */.i)(cert) };
        }
        const url = this.opts.ocsp?.url ?? NVIDIA_OCSP_URL;
        const req = ocspRequestFor(cert, issuer);
        let res;
        try {
            res = await (this.opts.ocsp?.post ?? realHttpPost)(url, req.der, 'application/ocsp-request');
        }
        catch (e) {
            return { missing: `OCSP service unreachable for ${(0,verify_chain/* certName */.i)(cert)} (${url}): ${e instanceof Error ? e.message : String(e)}`.replace(/[\r\n]+/g, ' ') };
        }
        if (res.status !== 200)
            return { missing: `the OCSP service answered HTTP ${res.status} for ${(0,verify_chain/* certName */.i)(cert)} (${url})` };
        const name = `ocsp-${cert.serialNumber.slice(0, 40).toLowerCase()}.der`;
        // Kept whatever it says, so that a replay sees the same answer.
        if (isOcspResponse(res.body))
            this.material.push({ name, bytes: res.body });
        return { check: checkOcspResponse(res.body, cert, issuer, { at, nonce: req.nonce }), from: `${url} (saved as ${name})` };
    }
    /** Check every certificate of a verified device chain (leaf first, anchor last) but the leaf and the root. */
    async checkChain(path, label) {
        const id = `${label}.ocsp`;
        const asked = path.slice(1, -1).map((c, i) => ({ cert: c, issuer: path[i + 2] }));
        if (asked.length === 0) {
            return { step: { id, ok: null, detail: 'no certificate between the device leaf and the root to ask OCSP about' }, certStatus: null, ocspStatus: null, failure: null };
        }
        const answers = await Promise.all(asked.map((a) => this.answer(a.cert, a.issuer)));
        const lines = [];
        const results = [];
        const offline = answers.flatMap((a) => ('missing' in a && a.offline ? [a.offline] : []));
        if (offline.length)
            lines.push(`no OCSP response came with the evidence for ${offline.join(', ')} (allow --network to ask NVIDIA's OCSP service, or give saved responses with --certs)`);
        for (const a of answers) {
            if ('missing' in a) {
                if (!a.offline)
                    lines.push(a.missing);
                results.push('missing');
            }
            else {
                lines.push(a.check.result === 'invalid' ? `${a.check.code}: ${a.check.detail} (${a.from})` : `${a.check.detail} (${a.from})`);
                results.push(a.check.result);
            }
        }
        const detail = lines.join('; ');
        if (results.includes('invalid'))
            return { step: { id, ok: false, detail }, certStatus: null, ocspStatus: null, failure: `an OCSP response for the device chain does not stand: ${detail}` };
        if (results.includes('revoked'))
            return { step: { id, ok: false, detail }, certStatus: 'revoked', ocspStatus: 'revoked', failure: `a device certificate is revoked: ${detail}` };
        if (results.includes('unknown'))
            return { step: { id, ok: false, detail }, certStatus: 'unknown', ocspStatus: 'unknown', failure: null };
        if (results.includes('missing') || results.includes('stale') || results.includes('unanswered'))
            return { step: { id, ok: null, detail }, certStatus: null, ocspStatus: null, failure: null };
        return { step: { id, ok: true, detail }, certStatus: 'valid', ocspStatus: 'good', failure: null };
    }
}
function thisUpdate(c) {
    return 'thisUpdate' in c ? c.thisUpdate.getTime() : 0;
}

;// CONCATENATED MODULE: ./src/evidence/verify/nvidia-gpu.ts
/**
 * NVIDIA GPU evidence verification (no policy), one GPU at a time:
 *
 * - signature: ECDSA P-384 / SHA-384 (raw r||s) by the device leaf over the GET_MEASUREMENTS request
 *   and the MEASUREMENTS response up to the signature (SPDM 1.0/1.1; the parser located the signature
 *   structurally, so bytes after it are neither signed nor mistaken for it);
 * - chain: the leaf (GSP FMC LF) through the certificates that came with the evidence to the NVIDIA
 *   device identity root, every certificate valid at the clock;
 * - binding: the request nonce equals the expected GPU nonce;
 * - device facts from the leaf: chip model and architecture, device id, FWID (which must equal the
 *   FWID in the signed opaque data when that carries one).
 *
 * A list of GPUs verifies when every GPU does: one bad GPU fails the set, a GPU without certificates
 * makes the set "unavailable", never verified. Measurements are appraised against NVIDIA's reference
 * manifests (RIMs) when they travel with the evidence (verify/nvidia-rim.ts): a RIM that does not
 * verify fails the set; without RIMs `measres` stays null (verifier unavailable), never success.
 */









function tryCert(der) {
    try {
        return new external_node_crypto_.X509Certificate(der);
    }
    catch {
        return null;
    }
}
/** Certificates in PEM text or one DER certificate; other files (collateral, JWKS, RIMs) are skipped. */
function deviceCertPool(files) {
    const certs = [];
    const notes = [];
    for (const f of files) {
        const b = Buffer.from(f.bytes.buffer, f.bytes.byteOffset, f.bytes.byteLength);
        if (b.includes('-----BEGIN CERTIFICATE-----')) {
            pemCertificates(b.toString('latin1')).forEach((der, i) => {
                const c = tryCert(der);
                if (c)
                    certs.push({ x509: c, from: `${f.name}#${i}` });
                else
                    notes.push(`${f.name}#${i}: a PEM certificate that does not parse (ignored)`);
            });
        }
        else if (b[0] === 0x30) {
            const c = tryCert(b);
            if (c)
                certs.push({ x509: c, from: f.name });
        }
    }
    return { certs, notes };
}
function isP384(c) {
    return c.publicKey.asymmetricKeyType === 'ec' && c.publicKey.asymmetricKeyDetails?.namedCurve === 'secp384r1';
}
/** Whether the SPDM signature verifies with this certificate's key. Never throws. */
function spdmSignatureVerifies(gpu, cert) {
    if (!isP384(cert))
        return false;
    try {
        return (0,external_node_crypto_.verify)('sha384', gpu.spdm.signedBytes, { key: cert.publicKey, dsaEncoding: 'ieee-p1363' }, gpu.spdm.signature);
    }
    catch {
        return false;
    }
}
function fwidOfOpaque(gpu) {
    const f = gpu.spdm.opaque.find((o) => o.type === 20);
    return f ? (0,reader/* hex */.uh)(f.value) : null;
}
/** Verify one GPU's SPDM evidence with the certificates that came with it. */
function verifyGpu(gpu, files, opts, label = 'gpu', rims = null) {
    const at = opts.at ?? new Date();
    const s = gpu.spdm;
    const steps = [];
    const step = (id, ok, detail) => steps.push({ id: `${label}.${id}`, ok, detail });
    let facts = null;
    let leafSerial = null;
    let chainPath = null;
    let measured = null;
    const claims = () => ({
        ...gpuClaims(s, gpu.entry),
        arch: facts?.arch ?? null,
        model: facts?.model ?? null,
        device_id: facts?.deviceId ?? null,
        fwid: facts?.fwid?.hex ?? null,
        // NRAS names a GPU by this: the device leaf's serial number, in decimal.
        ueid: leafSerial === null ? null : BigInt(`0x${leafSerial}`).toString(10),
        listed_arch: gpu.entry?.arch ?? null,
        // Measurement appraisal against NVIDIA's RIMs: null unless every RIM verified and was found.
        measres: measured?.measres ?? null,
        rim_driver: measured?.driverRim ?? null,
        rim_vbios: measured?.vbiosRim ?? null,
        measurement_mismatches: measured?.mismatches ?? [],
    });
    let bindingMatches = null;
    if (opts.gpuNonce === null) {
        step('binding', null, 'SPDM request nonce not compared: no expected GPU nonce was given');
    }
    else {
        bindingMatches = s.requestNonce.equals(opts.gpuNonce);
        step('binding', bindingMatches, bindingMatches
            ? 'SPDM request nonce equals the expected GPU nonce'
            : `SPDM request nonce ${(0,reader/* hex */.uh)(s.requestNonce)} does not equal the expected ${(0,reader/* hex */.uh)(opts.gpuNonce)}: the evidence is bound to something else`);
    }
    const done = (status, detail) => ({
        status: bindingMatches === false ? 'failed' : status,
        detail: bindingMatches === false ? `foreign binding (request nonce); ${detail}` : detail,
        steps,
        bindingMatches,
        claims: claims(),
        chainPath: status === 'verified' ? chainPath : null,
    });
    if (s.spdmVersion > 0x11) {
        step('signature', null, `SPDM ${s.spdmVersion >> 4}.${s.spdmVersion & 0xf} signs a transcript hash with a signing context; only SPDM 1.0/1.1 GET_MEASUREMENTS signatures are verified`);
        return done('unsupported', `SPDM ${s.spdmVersion >> 4}.${s.spdmVersion & 0xf} evidence is not verified yet`);
    }
    const own = gpu.entry && gpu.entry.certificateChain.length > 0 ? [{ name: `${label}.certificate`, bytes: gpu.entry.certificateChain }] : [];
    const pool = deviceCertPool(own.length > 0 ? own : files);
    if (pool.certs.length === 0) {
        step('certificates', null, `no device certificate chain came with the evidence${pool.notes.length ? ` (${pool.notes.join('; ')})` : ''}; give it with --certs`);
        return done('unavailable', 'verifier unavailable: no GPU device certificate chain');
    }
    const leaf = pool.certs.find((c) => spdmSignatureVerifies(gpu, c.x509));
    const signed = `ECDSA P-384 signature over ${s.signedBytes.length} bytes (request || response up to the signature)`;
    if (!leaf) {
        step('signature', false, `${signed} does not verify with any of the ${pool.certs.length} certificate(s) that came with it`);
        return done('failed', 'the GPU evidence signature does not verify');
    }
    const tail = s.trailing.length > 0 ? `; ${s.trailing.length} unsigned byte(s) after the signature ignored` : '';
    step('signature', true, `${signed} verifies with ${(0,verify_chain/* certName */.i)(leaf.x509)} (${leaf.from})${tail}`);
    const anchors = nvidiaAnchors(opts.trustRoots, 'device');
    const chain = (0,verify_chain/* verifyChain */.H5)({
        leaf: leaf.x509,
        intermediates: pool.certs.filter((c) => c !== leaf).map((c) => c.x509),
        anchors,
        at,
    });
    if (!chain.ok) {
        const hint = chain.code === 'CHAIN_NO_ANCHOR' ? ` (anchor: ${anchorHint(opts.trustRoots, 'device')})` : '';
        step('chain', false, `${chain.code}: ${chain.detail}${hint}`);
        return done('failed', `the GPU device certificate does not chain to the NVIDIA device identity root: ${chain.detail}`);
    }
    step('chain', true, `${chain.detail} (${opts.trustRoots.kind} roots)`);
    chainPath = chain.path;
    facts = readDeviceCert(leaf.x509.raw);
    leafSerial = /^[0-9A-Fa-f]+$/.test(leaf.x509.serialNumber) ? leaf.x509.serialNumber : null;
    const problems = [...facts.problems];
    const opaqueFwid = fwidOfOpaque(gpu);
    if (facts.fwid === null) {
        step('fwid', null, `the device certificate carries no FWID${problems.length ? ` (${problems.join('; ')})` : ''}`);
    }
    else if (opaqueFwid !== null && opaqueFwid !== facts.fwid.hex) {
        step('fwid', false, `the FWID in the signed opaque data ${opaqueFwid} differs from the device certificate's ${facts.fwid.hex}`);
        return done('failed', 'the GPU firmware id differs from its device certificate');
    }
    else {
        step('fwid', true, `FWID ${facts.fwid.alg} ${facts.fwid.hex.slice(0, 16)}… from the device certificate${opaqueFwid !== null ? ', equal to the signed opaque data' : ''}`);
    }
    const arch = facts.arch ?? 'unknown architecture';
    const listed = gpu.entry?.arch ? ` (the list says ${gpu.entry.arch})` : '';
    step('device', facts.arch !== null, `${facts.model ?? 'unknown model'} ${arch}${facts.deviceId ? `, ${facts.deviceId}` : ''}${listed}`);
    if (facts.arch === null)
        return done('failed', `the device certificate ${(0,verify_chain/* certName */.i)(leaf.x509)} names no GPU architecture this verifier knows`);
    if (rims !== null) {
        measured = appraiseGpuMeasurements(s, facts.model, rims, label);
        steps.push(measured.step);
    }
    return done('verified', `${facts.model} (${facts.arch}) report signed by its device key, chain to ${(0,verify_chain/* certName */.i)(chain.anchor)}`);
}
/** Verify every GPU of an SPDM capture or an evidence list; the set is as good as its worst GPU. */
async function verifyNvidiaGpus(gpus, opts, what) {
    const files = opts.aux ?? [];
    const one = gpus.length === 1 && gpus[0].entry === undefined;
    const rimCheck = verifyRims(files, opts.trustRoots, opts.at ?? new Date());
    // Measurements are appraised only when every RIM given verified: a bad RIM fails the set below.
    const anyRim = rimCheck.steps.length > 0;
    const rims = anyRim && rimCheck.failures.length === 0 ? rimCheck.rims : null;
    const verdicts = gpus.map((g, i) => verifyGpu(g, files, opts, one ? 'gpu' : `gpu${i}`, rims));
    const ocsp = await checkRevocation(verdicts, files, opts, one);
    const steps = [{ id: 'parse', ok: true, detail: what }, ...rimCheck.steps];
    if (!anyRim)
        steps.push({ id: 'measurements', ok: null, detail: 'measurements not appraised: no reference manifests (RIMs) were given (--rim); measres is "verifier unavailable"' });
    const nonces = gpus.map((g) => g.spdm.requestNonce);
    const binding = opts.gpuNonce === null
        ? { id: 'binding', ok: null, detail: 'SPDM request nonces not compared: no expected GPU nonce was given' }
        : verdicts.every((v) => v.bindingMatches === true)
            ? { id: 'binding', ok: true, detail: `the SPDM request nonce of ${gpus.length} GPU(s) equals the expected GPU nonce` }
            : {
                id: 'binding',
                ok: false,
                detail: `GPU(s) ${verdicts.flatMap((v, i) => (v.bindingMatches === false ? [i] : [])).join(', ')}: request nonce ${(0,reader/* hex */.uh)(nonces[verdicts.findIndex((v) => v.bindingMatches === false)])} does not equal the expected ${(0,reader/* hex */.uh)(opts.gpuNonce)}: the evidence is bound to something else`,
            };
    steps.push(binding);
    for (const v of verdicts)
        steps.push(...v.steps.filter((st) => !st.id.endsWith('.binding')));
    if (ocsp.step)
        steps.push(ocsp.step);
    const rimFailed = rimCheck.failures.length > 0;
    const worst = rimFailed || verdicts.some((v) => v.status === 'failed')
        ? 'failed'
        : verdicts.some((v) => v.status === 'unsupported')
            ? 'unsupported'
            : verdicts.some((v) => v.status === 'unavailable')
                ? 'unavailable'
                : 'verified';
    const bad = verdicts.flatMap((v, i) => (v.status === worst ? [`GPU ${i}: ${v.detail}`] : []));
    const archs = [...new Set(verdicts.map((v) => String(v.claims['arch'] ?? 'unknown')))].join('/');
    const rimDetail = rimCheck.failures.map((f) => `RIM ${f.file} does not verify: ${f.detail}`).join('; ');
    const detail = rimFailed
        ? rimDetail
        : worst === 'verified'
            ? `${gpus.length} NVIDIA ${archs} GPU(s): every report signed by its device key, chain to the NVIDIA device identity root`
            : gpus.length === 1
                ? verdicts[0].detail
                : `${bad.length} of ${gpus.length} GPUs ${worst}: ${bad.join('; ')}`;
    const chainsChecked = verdicts.every((v) => v.steps.some((st) => st.id.endsWith('.chain') && st.ok === true));
    return {
        kind: 'nvidia-gpu',
        status: worst,
        detail,
        steps,
        bindingMatches: binding.ok,
        claims: { count: gpus.length, gpus: verdicts.map((v) => v.claims) },
        trustRoots: chainsChecked ? opts.trustRoots.kind : 'none',
        ...(ocsp.material.length > 0 ? { material: ocsp.material } : {}),
    };
}
/**
 * OCSP for each verified device chain (verify/nvidia-ocsp.ts): a `cert_status` and `ocsp_status` claim
 * per GPU, a step per GPU, and a revoked certificate or a response that does not stand fails the GPU.
 */
async function checkRevocation(verdicts, files, opts, one) {
    const session = new OcspSession(files, opts);
    const results = [];
    for (const [i, v] of verdicts.entries()) {
        v.claims['cert_status'] = null;
        v.claims['ocsp_status'] = null;
        if (v.chainPath !== null)
            results.push({ v, r: await session.checkChain(v.chainPath, one ? 'gpu' : `gpu${i}`) });
    }
    // Several GPUs none of which could be checked (no answers, network off): one line says why.
    const unchecked = results.length > 1 && results.every(({ r }) => r.step.ok === null);
    for (const { v, r } of results) {
        if (!unchecked)
            v.steps.push(r.step);
        v.claims['cert_status'] = r.certStatus;
        v.claims['ocsp_status'] = r.ocspStatus;
        if (r.failure !== null) {
            v.status = 'failed';
            v.detail = r.failure;
        }
    }
    const step = unchecked ? { id: 'ocsp', ok: null, detail: `${results.length} GPU chains: ${[...new Set(results.map(({ r }) => r.step.detail))].join('; ')}` } : null;
    return { material: session.material, step };
}

// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/jwt/verify.js + 2 modules
var verify = __webpack_require__(64490);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/key/import.js + 3 modules
var key_import = __webpack_require__(73325);
;// CONCATENATED MODULE: ./src/evidence/verify/pcs.ts

const INTEL_PCS_URL = 'https://api.trustedservices.intel.com';
const INTEL_ROOT_CRL_URL = 'https://certificates.trustedservices.intel.com/IntelSGXRootCA.der';
const MAX_BODY = 4 * 1024 * 1024;
const TIMEOUT_MS = 20_000;
/** Through the tool's network layer: proxy-aware, retried, bounded in time and size. */
const realHttpGet = async (url) => {
    const { createHttpFetcher, NetworkError } = await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(663)]).then(__webpack_require__.bind(__webpack_require__, 59663));
    let res;
    try {
        res = await createHttpFetcher({ allowed: true, timeoutMs: TIMEOUT_MS, maxBytes: MAX_BODY }).get(url);
    }
    catch (e) {
        // An HTTP status is an answer (a 404 from a KDS means "not this product"): hand it back.
        if (e instanceof NetworkError && e.status !== null)
            return { status: e.status, headers: {}, body: Buffer.alloc(0) };
        throw e;
    }
    const headers = {};
    res.headers.forEach((v, k) => {
        headers[k.toLowerCase()] = v;
    });
    return { status: res.status, headers, body: res.body };
};
async function get(o, url) {
    let res;
    try {
        res = await (o.get ?? realHttpGet)(url);
    }
    catch (e) {
        const status = e.status;
        if (typeof status === 'number')
            throw new errors/* VerifierUnavailableError */.BF(`Intel PCS answered ${status} for ${url}`);
        throw new errors/* VerifierUnavailableError */.BF(`Intel PCS unreachable (${url}): ${e instanceof Error ? e.message : String(e)}`);
    }
    if (res.status !== 200)
        throw new errors/* VerifierUnavailableError */.BF(`Intel PCS answered ${res.status} for ${url}`);
    if (res.body.length === 0 || res.body.length > MAX_BODY)
        throw new errors/* VerifierUnavailableError */.BF(`Intel PCS answered ${res.body.length} bytes for ${url}`);
    return res;
}
function chainHeader(res, name, url) {
    const v = res.headers[name.toLowerCase()];
    if (!v)
        throw new errors/* VerifierUnavailableError */.BF(`Intel PCS answer for ${url} has no ${name} header`);
    let pem;
    try {
        pem = decodeURIComponent(v);
    }
    catch {
        throw new errors/* VerifierUnavailableError */.BF(`Intel PCS ${name} header does not decode`);
    }
    if (!pem.includes('-----BEGIN CERTIFICATE-----'))
        throw new errors/* VerifierUnavailableError */.BF(`Intel PCS ${name} header holds no certificate`);
    return Buffer.from(pem, 'utf8');
}
/**
 * TDX TCB info for the FMSPC, the TD QE identity, the PCK CRL of the CA that issued the PCK leaf
 * (`platform` or `processor`) and the root CA CRL, with their issuer chains.
 */
async function fetchTdxCollateral(fmspc, ca, o = {}) {
    if (!/^[0-9a-f]{12}$/.test(fmspc))
        throw new TypeError('fetchTdxCollateral: fmspc must be 12 lowercase hex digits');
    const base = (o.baseUrl ?? INTEL_PCS_URL).replace(/\/+$/, '');
    const tcbUrl = `${base}/tdx/certification/v4/tcb?fmspc=${fmspc}`;
    const qeUrl = `${base}/tdx/certification/v4/qe/identity`;
    const crlUrl = `${base}/sgx/certification/v4/pckcrl?ca=${ca}&encoding=der`;
    const rootUrl = o.rootCrlUrl ?? INTEL_ROOT_CRL_URL;
    const [tcb, qe, crl, root] = await Promise.all([get(o, tcbUrl), get(o, qeUrl), get(o, crlUrl), get(o, rootUrl)]);
    return [
        { name: 'collateral-tcb_info.json', bytes: tcb.body },
        { name: 'collateral-tcb_info_issuer_chain.pem', bytes: chainHeader(tcb, 'TCB-Info-Issuer-Chain', tcbUrl) },
        { name: 'collateral-qe_identity.json', bytes: qe.body },
        { name: 'collateral-qe_identity_issuer_chain.pem', bytes: chainHeader(qe, 'SGX-Enclave-Identity-Issuer-Chain', qeUrl) },
        { name: `collateral-pck_crl_${ca}.der`, bytes: crl.body },
        { name: 'collateral-pck_crl_issuer_chain.pem', bytes: chainHeader(crl, 'SGX-PCK-CRL-Issuer-Chain', crlUrl) },
        { name: 'collateral-root_ca_crl.der', bytes: root.body },
    ];
}

;// CONCATENATED MODULE: ./src/evidence/verify/nras.ts
/**
 * NRAS detached EAT token set verification (no policy):
 *
 * - structure: the overall token's `submods` name exactly the device tokens, each by the SHA-256 (or
 *   -384/-512) digest of the device token's compact text, so the overall token signs every GPU token;
 * - algorithm: ES384 only. A token signed with a shared secret (the local verifier's HS256) or
 *   `alg: none` is unauthenticated and fails, whatever the key set holds;
 * - key: the header `kid` in NVIDIA's key set (JWKS, a file that came with the evidence or, with the
 *   network allowed, fetched and kept as material for offline replay); the key's `x5c` chain must
 *   reach the shipped NRAS GPU intermediate (NRAS keys rotate about every 48 hours, so they cannot be
 *   pinned) at the clock, and the JWK must be the x5c leaf's key;
 * - claims: `iss` is NRAS, `eat_nonce` of every token equals the GPU nonce, `iat`/`nbf`/`exp` hold
 *   at the clock (60 s tolerance).
 *
 * Without a key set holding the token's kid the verdict is `unavailable`, never verified; structure,
 * digests and nonces are still checked, and a failure there fails.
 */







const NRAS_ISSUER = 'https://nras.attestation.nvidia.com';
const NRAS_JWKS_URL = 'https://nras.attestation.nvidia.com/.well-known/jwks.json';
const NRAS_JWKS_FILE = 'nras-jwks.json';
const CLOCK_TOLERANCE_S = 60;
/** The first aux file that is a JSON key set (`{"keys": [...]}`), or null. */
function findJwks(aux) {
    for (const a of aux) {
        const b = Buffer.from(a.bytes.buffer, a.bytes.byteOffset, a.bytes.byteLength);
        const head = b.toString('utf8', 0, Math.min(64, b.length)).trimStart();
        if (!head.startsWith('{'))
            continue;
        try {
            const v = JSON.parse(b.toString('utf8'));
            if (v !== null && typeof v === 'object' && Array.isArray(v.keys))
                return { name: a.name, keys: v.keys.filter((k) => k !== null && typeof k === 'object') };
        }
        catch {
            // not JSON: some other aux file
        }
    }
    return null;
}
async function fetchJwks(o) {
    const url = o.jwksUrl ?? NRAS_JWKS_URL;
    let res;
    try {
        res = await (o.get ?? realHttpGet)(url);
    }
    catch (e) {
        throw new errors/* VerifierUnavailableError */.BF(`NRAS key set unreachable (${url}): ${e instanceof Error ? e.message : String(e)}`);
    }
    if (res.status !== 200)
        throw new errors/* VerifierUnavailableError */.BF(`NRAS answered ${res.status} for ${url}`);
    return res.body;
}
const DIGEST_ALGS = { 'SHA-256': 'sha256', SHA256: 'sha256', 'SHA-384': 'sha384', SHA384: 'sha384', 'SHA-512': 'sha512', SHA512: 'sha512' };
/** Problems with how the overall token's submods name and digest the device tokens; empty when they match. */
function submodsProblems(t) {
    const problems = [];
    const sub = t.overall.claims['submods'];
    if (sub === null || typeof sub !== 'object' || Array.isArray(sub))
        return ['the overall token has no submods object'];
    const named = Object.keys(sub);
    const devices = Object.keys(t.submods);
    for (const n of devices)
        if (!named.includes(n))
            problems.push(`device token ${JSON.stringify(n)} is not named in the overall token's submods`);
    for (const n of named) {
        const entry = sub[n];
        const dev = t.submods[n];
        if (!dev) {
            problems.push(`submods names ${JSON.stringify(n)} but no such device token came with the set`);
            continue;
        }
        const ok = Array.isArray(entry) &&
            entry[0] === 'DIGEST' &&
            Array.isArray(entry[1]) &&
            typeof entry[1][0] === 'string' &&
            typeof entry[1][1] === 'string' &&
            DIGEST_ALGS[entry[1][0]] !== undefined;
        if (!ok) {
            problems.push(`submods ${JSON.stringify(n)} is not ["DIGEST", [<SHA-256|SHA-384|SHA-512>, <hex>]]`);
            continue;
        }
        const [alg, want] = entry[1];
        const got = (0,external_node_crypto_.createHash)(DIGEST_ALGS[alg]).update(dev.token, 'ascii').digest('hex');
        if (got !== want.toLowerCase())
            problems.push(`submods ${JSON.stringify(n)} ${alg} digest ${want} does not equal the device token's ${got}`);
    }
    return problems;
}
function tokenNames(t) {
    return [['overall', t.overall], ...Object.entries(t.submods).map(([n, j]) => [n, j])];
}
const nras_ARCH_OF_MODEL = [
    [/^GH1\d\d\b/, 'HOPPER'],
    [/^GB[12]\d\d\b/, 'BLACKWELL'],
];
function str(v) {
    return typeof v === 'string' ? v : null;
}
/** Per-GPU claims from the device tokens (as NRAS appraised them). */
function nrasGpuClaims(t) {
    return Object.entries(t.submods).map(([name, j]) => {
        const c = j.claims;
        const hwmodel = str(c['hwmodel']);
        const model = hwmodel ? (/^(G[A-Z]\d{3})\b/.exec(hwmodel)?.[1] ?? null) : null;
        const chain = c['x-nvidia-gpu-attestation-report-cert-chain'];
        const dbg = str(c['dbgstat']);
        return {
            name,
            model,
            arch: model ? (nras_ARCH_OF_MODEL.find(([re]) => re.test(model))?.[1] ?? null) : null,
            hwmodel,
            ueid: str(c['ueid']),
            driver_version: str(c['x-nvidia-gpu-driver-version']),
            vbios_version: str(c['x-nvidia-gpu-vbios-version']),
            measres: str(c['measres']),
            dbgstat: dbg,
            debug: dbg === null ? null : dbg !== 'disabled',
            secboot: typeof c['secboot'] === 'boolean' ? c['secboot'] : null,
            cert_status: chain && typeof chain === 'object' ? (str(chain['x-nvidia-cert-status']) ?? null) : null,
            ocsp_status: chain && typeof chain === 'object' ? (str(chain['x-nvidia-cert-ocsp-status']) ?? null) : null,
        };
    });
}
function nrasClaims(t) {
    const c = t.overall.claims;
    return {
        count: Object.keys(t.submods).length,
        gpus: nrasGpuClaims(t),
        eat_nonce: str(c['eat_nonce']),
        iss: c['iss'] ?? null,
        iat: c['iat'] ?? null,
        exp: c['exp'] ?? null,
        overall_result: c['x-nvidia-overall-att-result'] ?? null,
        submods: Object.keys(t.submods),
    };
}
async function verifyNrasTokens(t, opts) {
    const at = opts.at ?? new Date();
    const steps = [{ id: 'parse', ok: true, detail: `NRAS detached EAT token set, ${Object.keys(t.submods).length} device token(s)` }];
    const tokens = tokenNames(t);
    const material = [];
    // Binding: every token's eat_nonce.
    let binding;
    if (opts.gpuNonce === null)
        binding = { id: 'binding', ok: null, detail: 'eat_nonce not compared: no expected GPU nonce was given' };
    else {
        const want = (0,reader/* hex */.uh)(opts.gpuNonce);
        const bad = tokens.filter(([, j]) => str(j.claims['eat_nonce'])?.toLowerCase() !== want);
        binding =
            bad.length === 0
                ? { id: 'binding', ok: true, detail: `eat_nonce of all ${tokens.length} tokens equals the expected GPU nonce` }
                : {
                    id: 'binding',
                    ok: false,
                    detail: `eat_nonce of ${bad.map(([n]) => n).join(', ')} (${String(bad[0][1].claims['eat_nonce'])}) does not equal the expected ${want}: the evidence is bound to something else`,
                };
    }
    steps.push(binding);
    const finish = (status, detail, chainChecked) => {
        const foreign = binding.ok === false;
        return {
            kind: 'nvidia-gpu',
            status: foreign ? 'failed' : status,
            detail: foreign ? `foreign binding: eat_nonce does not equal this job's GPU nonce; ${detail}` : detail,
            steps,
            bindingMatches: binding.ok,
            claims: nrasClaims(t),
            trustRoots: chainChecked ? opts.trustRoots.kind : 'none',
            ...(material.length > 0 ? { material } : {}),
        };
    };
    // Structure: submods digests link the overall token to each device token.
    const sub = submodsProblems(t);
    steps.push({
        id: 'submods',
        ok: sub.length === 0,
        detail: sub.length === 0 ? `the overall token's submods digests equal the ${Object.keys(t.submods).length} device token(s)` : sub.join('; '),
    });
    if (sub.length)
        return finish('failed', 'the overall token does not match its device tokens', false);
    // Algorithm: ES384 only, decided before any key is looked up.
    const algs = tokens.map(([n, j]) => [n, j.header['alg']]);
    const wrongAlg = algs.filter(([, a]) => a !== 'ES384');
    if (wrongAlg.length) {
        const shown = wrongAlg.map(([n, a]) => `${n}: ${JSON.stringify(a ?? null)}`).join(', ');
        const unauth = wrongAlg.some(([, a]) => typeof a !== 'string' || a === 'none' || /^HS/i.test(a));
        steps.push({
            id: 'signature',
            ok: false,
            detail: `only ES384 tokens are accepted (${shown})${unauth ? ': a shared-secret (HS*) or unsigned (none) token is unauthenticated and never passes' : ''}`,
        });
        return finish('failed', 'NRAS tokens not signed with ES384', false);
    }
    // Issuer.
    const wrongIss = tokens.filter(([, j]) => j.claims['iss'] !== NRAS_ISSUER);
    if (wrongIss.length) {
        steps.push({ id: 'issuer', ok: false, detail: `iss of ${wrongIss.map(([n]) => n).join(', ')} is not ${NRAS_ISSUER}` });
        return finish('failed', 'NRAS tokens from another issuer', false);
    }
    // Key set: from the evidence's files, else the network.
    let jwks = findJwks(opts.aux ?? []);
    if (jwks === null) {
        if (!opts.network) {
            steps.push({ id: 'keys', ok: null, detail: 'no NRAS key set (JWKS) came with the tokens; give it with --certs FILE, or allow --network to fetch it' });
            return finish('unavailable', 'verifier unavailable: no NRAS key set (network not allowed)', false);
        }
        try {
            const body = await fetchJwks(opts.nras ?? {});
            const found = findJwks([{ name: NRAS_JWKS_FILE, bytes: body }]);
            if (!found)
                throw new errors/* VerifierUnavailableError */.BF('NRAS answered with something that is not a JSON key set');
            material.push({ name: NRAS_JWKS_FILE, bytes: body });
            jwks = found;
        }
        catch (e) {
            if (!(e instanceof errors/* VerifierUnavailableError */.BF))
                throw e;
            steps.push({ id: 'keys', ok: null, detail: e.message });
            return finish('unavailable', `verifier unavailable: ${e.message}`, false);
        }
    }
    // Each token: its kid's key, that key's x5c chain, the signature and the time claims.
    const anchors = nvidiaAnchors(opts.trustRoots, 'nras');
    const checked = new Map();
    const keyFor = (kid) => {
        const hit = checked.get(kid);
        if (hit)
            return hit;
        const jwk = jwks.keys.find((k) => k.kid === kid);
        let r;
        if (!jwk)
            r = { ok: false, status: 'unavailable', detail: `the key set ${jwks.name} holds no key ${kid} (NRAS keys rotate: keep the key set the tokens were checked with)` };
        else if (!Array.isArray(jwk.x5c) || jwk.x5c.length === 0 || !jwk.x5c.every((c) => typeof c === 'string')) {
            r = { ok: false, status: 'failed', detail: `key ${kid} has no x5c certificate chain: it cannot be tied to NVIDIA` };
        }
        else {
            const certs = jwk.x5c.map((c) => {
                try {
                    return new external_node_crypto_.X509Certificate(Buffer.from(c, 'base64'));
                }
                catch {
                    return null;
                }
            });
            if (certs.some((c) => c === null))
                r = { ok: false, status: 'failed', detail: `key ${kid}: an x5c certificate does not parse` };
            else {
                const [leaf, ...rest] = certs;
                const spki = (k) => k.export({ type: 'spki', format: 'der' });
                let same = false;
                try {
                    same = spki((0,external_node_crypto_.createPublicKey)({ key: jwk, format: 'jwk' })).equals(spki(leaf.publicKey));
                }
                catch {
                    same = false;
                }
                const p384 = leaf.publicKey.asymmetricKeyType === 'ec' && leaf.publicKey.asymmetricKeyDetails?.namedCurve === 'secp384r1';
                if (!p384)
                    r = { ok: false, status: 'failed', detail: `key ${kid}: the x5c leaf is not a P-384 key` };
                else if (!same)
                    r = { ok: false, status: 'failed', detail: `key ${kid}: the JWK is not the key of its x5c leaf` };
                else {
                    const chain = (0,verify_chain/* verifyChain */.H5)({ leaf: leaf, intermediates: rest, anchors, at });
                    if (!chain.ok) {
                        const hint = chain.code === 'CHAIN_NO_ANCHOR' ? ` (anchor: ${anchorHint(opts.trustRoots, 'nras')})` : '';
                        r = { ok: false, status: 'failed', detail: `key ${kid}: ${chain.code}: ${chain.detail}${hint}` };
                    }
                    else
                        r = { ok: true, pem: leaf.toString(), chain: `${chain.detail} (${opts.trustRoots.kind} roots)` };
                }
            }
        }
        checked.set(kid, r);
        return r;
    };
    let worst = 'verified';
    const rank = { verified: 0, unsupported: 1, unavailable: 2, failed: 3 };
    const note = (s) => {
        if (rank[s] > rank[worst])
            worst = s;
    };
    const chains = new Set();
    for (const [name, j] of tokens) {
        const kid = str(j.header['kid']);
        if (kid === null) {
            steps.push({ id: `${name}.signature`, ok: false, detail: 'the token header names no kid' });
            note('failed');
            continue;
        }
        const key = keyFor(kid);
        if (!key.ok) {
            steps.push({ id: `${name}.key`, ok: key.status === 'failed' ? false : null, detail: key.detail });
            note(key.status);
            continue;
        }
        chains.add(key.chain);
        try {
            await (0,verify/* jwtVerify */.V)(j.token, await (0,key_import/* importX509 */.Mh)(key.pem, 'ES384'), { algorithms: ['ES384'], issuer: NRAS_ISSUER, currentDate: at, clockTolerance: CLOCK_TOLERANCE_S });
            const iat = j.claims['iat'];
            if (typeof iat === 'number' && iat > at.getTime() / 1000 + CLOCK_TOLERANCE_S)
                throw Object.assign(new Error(`iat ${iat} is after the clock ${at.toISOString()}`), { code: 'ERR_JWT_CLAIM_VALIDATION_FAILED' });
            if (typeof j.claims['exp'] !== 'number')
                throw Object.assign(new Error('the token has no exp'), { code: 'ERR_JWT_CLAIM_VALIDATION_FAILED' });
            steps.push({ id: `${name}.signature`, ok: true, detail: `ES384 by ${kid}; iat/nbf/exp hold at ${at.toISOString()}` });
        }
        catch (e) {
            const code = e.code ?? 'ERR';
            steps.push({ id: `${name}.signature`, ok: false, detail: `${code}: ${e.message}`.replace(/[\r\n]+/g, ' ').slice(0, 300) });
            note('failed');
        }
    }
    for (const c of chains)
        steps.push({ id: 'keys', ok: true, detail: `NRAS key chain ${c}` });
    if (worst === 'verified') {
        const result = t.overall.claims['x-nvidia-overall-att-result'];
        return finish('verified', `NRAS token set for ${Object.keys(t.submods).length} GPU(s) signed by an NVIDIA NRAS key (overall result ${String(result)})`, true);
    }
    return finish(worst, worst === 'unavailable' ? 'verifier unavailable: the NRAS signing key is not in the key set' : 'the NRAS token set does not verify', chains.size > 0);
}

;// CONCATENATED MODULE: ./src/evidence/formats/sev-snp-certs.ts

const SNP_CERT_GUIDS = {
    vcek: '63da758d-e664-4564-adc5-f4b93be8accd',
    vlek: 'a8074bc2-a25a-483e-aae6-39c045a0b8a1',
    ask: '4ab7b379-bbac-4fe4-a02f-05aef327c782',
    ark: 'c0b406a4-a803-4952-9743-3fb6014cd0ae',
    crl: '92f81bc3-5811-4d3d-97ff-d19f88dc67ea',
};
const ENTRY_SIZE = 24;
/** Bounds: a real table holds four or five certificates of about 1.5 KiB each. */
const SNP_CERT_TABLE_MAX_BYTES = 1024 * 1024;
const SNP_CERT_TABLE_MAX_ENTRIES = 64;
function guidText(b) {
    const h = Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
function guidBytes(text) {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(text))
        throw new TypeError(`not a GUID: ${text}`);
    return Buffer.from(text.replace(/-/g, ''), 'hex');
}
function slotOf(guid) {
    for (const [slot, g] of Object.entries(SNP_CERT_GUIDS))
        if (g === guid)
            return slot;
    return 'other';
}
/** Whether bytes start like a certificate table (a known GUID first, or an empty table). Never throws. */
function looksLikeSnpCertTable(bytes) {
    if (bytes.byteLength < ENTRY_SIZE)
        return false;
    const first = Buffer.from(bytes.buffer, bytes.byteOffset, 16);
    if ((0,reader/* isAllZero */.y3)(Buffer.from(bytes.buffer, bytes.byteOffset, ENTRY_SIZE)))
        return true;
    return slotOf(guidText(first)) !== 'other';
}
/**
 * Parse a certificate table. Throws InputError EVIDENCE_MALFORMED (one line naming the entry) on a
 * table that is too large, has no terminator within bounds, too many entries, an entry outside the
 * blob, an empty entry, or the same known GUID twice.
 */
function parseSnpCertTable(bytes) {
    const r = new reader/* ByteReader */.kP(bytes, 'SEV-SNP certificate table');
    if (bytes.byteLength > SNP_CERT_TABLE_MAX_BYTES)
        throw r.malformed(`is ${bytes.byteLength} bytes (at most ${SNP_CERT_TABLE_MAX_BYTES})`);
    const headers = [];
    for (;;) {
        const i = headers.length;
        const guidRaw = r.bytes(16, `entry ${i} GUID (no all-zero terminator)`);
        const offset = r.u32(`entry ${i} offset`);
        const length = r.u32(`entry ${i} length`);
        if ((0,reader/* isAllZero */.y3)(guidRaw)) {
            if (offset !== 0 || length !== 0)
                throw r.malformed(`terminator entry ${i} has a non-zero offset or length`);
            break;
        }
        if (i >= SNP_CERT_TABLE_MAX_ENTRIES)
            throw r.malformed(`more than ${SNP_CERT_TABLE_MAX_ENTRIES} entries`);
        headers.push({ guid: guidText(guidRaw), offset, length });
    }
    const tableEnd = r.offset;
    const seen = new Set();
    return headers.map((h, i) => {
        const slot = slotOf(h.guid);
        if (slot !== 'other') {
            if (seen.has(slot))
                throw r.malformed(`entry ${i}: a second ${slot.toUpperCase()} entry (${h.guid})`);
            seen.add(slot);
        }
        if (h.length === 0)
            throw r.malformed(`entry ${i} (${h.guid}) is empty`);
        if (h.offset < tableEnd || h.offset + h.length > bytes.byteLength) {
            throw r.malformed(`entry ${i} (${h.guid}) spans bytes ${h.offset}..${h.offset + h.length}, outside the ${bytes.byteLength}-byte table after its ${tableEnd}-byte header`);
        }
        return { ...h, slot, bytes: r.buf.subarray(h.offset, h.offset + h.length) };
    });
}
/** Build a certificate table (for tests and tools that assemble one): entries in order, then the terminator. */
function buildSnpCertTable(entries) {
    const header = Buffer.alloc((entries.length + 1) * ENTRY_SIZE);
    let offset = header.length;
    entries.forEach((e, i) => {
        guidBytes(e.guid).copy(header, i * ENTRY_SIZE);
        header.writeUInt32LE(offset, i * ENTRY_SIZE + 16);
        header.writeUInt32LE(e.bytes.byteLength, i * ENTRY_SIZE + 20);
        offset += e.bytes.byteLength;
    });
    return Buffer.concat([header, ...entries.map((e) => Buffer.from(e.bytes))]);
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

;// CONCATENATED MODULE: ./src/evidence/verify/amd-kds.ts
/**
 * AMD Key Distribution Service (KDS, spec 57230): the VCEK for one chip at one TCB. Used only when
 * the caller allowed the network and no VCEK came with the evidence. A VLEK cannot be fetched (AMD
 * issues it to a cloud provider, who hands it to the guest in the certificate table).
 */




const AMD_KDS_URL = 'https://kdsintf.amd.com';
async function amd_kds_get(o, url) {
    try {
        return await (o.get ?? realHttpGet)(url);
    }
    catch (e) {
        throw new errors/* VerifierUnavailableError */.BF(`AMD KDS unreachable (${url}): ${e instanceof Error ? e.message : String(e)}`);
    }
}
/** The VCEK URL for a report on one product line (Turin: the first 8 bytes of CHIP_ID, and the FMC SPL). */
function vcekUrl(base, product, report) {
    const tcb = (0,sev_snp_report/* decodeSnpTcb */.FZ)(report.reportedTcb, (0,sev_snp_report/* layoutOfProduct */.Zi)(product));
    const hwid = (product === 'Turin' ? report.chipId.subarray(0, 8) : report.chipId).toString('hex');
    const q = [
        ...(product === 'Turin' ? [`fmcSPL=${tcb.fmc ?? 0}`] : []),
        `blSPL=${tcb.bootloader}`,
        `teeSPL=${tcb.tee}`,
        `snpSPL=${tcb.snp}`,
        `ucodeSPL=${tcb.microcode}`,
    ].join('&');
    return `${base.replace(/\/+$/, '')}/vcek/v1/${product}/${hwid}?${q}`;
}
/** Product lines to ask for: the one CPUID names, else (report v2) Milan then Genoa, else all. */
function kdsProductCandidates(report) {
    const p = (0,sev_snp_report/* snpProductFromCpuid */.q7)(report.cpuid);
    if (p !== null)
        return [p];
    return report.version === 2 ? ['Milan', 'Genoa'] : ['Milan', 'Genoa', 'Turin'];
}
/**
 * Fetch the VCEK for this report. Throws VerifierUnavailableError when the chip id is masked, on
 * transport trouble, on any status other than 200 and 404, or when no product line has the chip.
 * What comes back is untrusted: the caller checks it to the pinned roots like any other VCEK.
 */
async function fetchVcek(report, opts = {}) {
    if ((0,reader/* isAllZero */.y3)(report.chipId)) {
        throw new errors/* VerifierUnavailableError */.BF('the report masks CHIP_ID, so its VCEK cannot be fetched from AMD KDS: give it with --certs');
    }
    const base = opts.baseUrl ?? AMD_KDS_URL;
    const tried = [];
    for (const product of kdsProductCandidates(report)) {
        const url = vcekUrl(base, product, report);
        const res = await amd_kds_get(opts, url);
        if (res.status === 200 && res.body.length > 0)
            return { product, url, bytes: res.body };
        if (res.status !== 404)
            throw new errors/* VerifierUnavailableError */.BF(`AMD KDS answered HTTP ${res.status} for ${url}`);
        tried.push(product);
    }
    throw new errors/* VerifierUnavailableError */.BF(`AMD KDS has no VCEK for this chip and TCB (asked for ${tried.join(', ')})`);
}

;// CONCATENATED MODULE: ./src/evidence/verify/amd-vek.ts
/**
 * The AMD extensions of a VCEK or VLEK certificate (AMD "Versioned Chip Endorsement Key (VCEK)
 * Certificate and KDS Interface Specification" 57230): the product name, the TCB security patch
 * levels the key was derived for, and (VCEK only) the hardware id. Read with a real X.509 and ASN.1
 * library; no signature is checked here.
 */


const AMD_VEK_OIDS = {
    structVersion: '1.3.6.1.4.1.3704.1.1',
    productName: '1.3.6.1.4.1.3704.1.2',
    blSpl: '1.3.6.1.4.1.3704.1.3.1',
    teeSpl: '1.3.6.1.4.1.3704.1.3.2',
    snpSpl: '1.3.6.1.4.1.3704.1.3.3',
    ucodeSpl: '1.3.6.1.4.1.3704.1.3.8',
    fmcSpl: '1.3.6.1.4.1.3704.1.3.9',
    hwId: '1.3.6.1.4.1.3704.1.4',
    cspId: '1.3.6.1.4.1.3704.1.5',
};
const SPL_OID = {
    bootloader: AMD_VEK_OIDS.blSpl,
    tee: AMD_VEK_OIDS.teeSpl,
    snp: AMD_VEK_OIDS.snpSpl,
    microcode: AMD_VEK_OIDS.ucodeSpl,
    fmc: AMD_VEK_OIDS.fmcSpl,
};
function amd_vek_decode(value) {
    const r = build.fromBER(value);
    return r.offset === -1 || r.offset !== value.byteLength ? null : r.result;
}
/** Read the AMD extensions of a certificate's DER. Never throws on certificate content. */
function readVekExtensions(der) {
    const out = { productName: null, tcb: {}, hwId: null, cspId: null, problems: [] };
    let cert;
    try {
        cert = new x509_cjs/* X509Certificate */.yI(Buffer.from(der));
    }
    catch {
        out.problems.push('the certificate does not parse');
        return out;
    }
    const ext = (oid) => cert.getExtension(oid)?.value ?? null;
    const str = (oid, what) => {
        const v = ext(oid);
        if (v === null)
            return null;
        const a = amd_vek_decode(v);
        if (a instanceof build.IA5String || a instanceof build.Utf8String || a instanceof build.PrintableString)
            return a.getValue();
        out.problems.push(`${what} (${oid}) is not a string`);
        return null;
    };
    out.productName = str(AMD_VEK_OIDS.productName, 'productName');
    out.cspId = str(AMD_VEK_OIDS.cspId, 'cspId');
    for (const [key, oid] of Object.entries(SPL_OID)) {
        const v = ext(oid);
        if (v === null)
            continue;
        const a = amd_vek_decode(v);
        if (!(a instanceof build.Integer)) {
            out.problems.push(`${key} SPL (${oid}) is not an INTEGER`);
            continue;
        }
        const n = a.valueBlock.valueHexView.length <= 4 ? a.valueBlock.valueDec : -1;
        if (!Number.isInteger(n) || n < 0 || n > 255) {
            out.problems.push(`${key} SPL (${oid}) is out of range 0..255`);
            continue;
        }
        out.tcb[key] = n;
    }
    // hwID is the raw id in the extension value, not wrapped in an ASN.1 type.
    const hw = ext(AMD_VEK_OIDS.hwId);
    if (hw !== null)
        out.hwId = Buffer.from(hw);
    return out;
}
/** The product line a productName names (`Milan-B0` -> Milan), or null. */
function productOfName(name) {
    if (name === null)
        return null;
    const base = name.split('-')[0];
    return base === 'Milan' || base === 'Genoa' || base === 'Turin' ? base : null;
}
/**
 * Compare the certificate's SPLs with a TCB from the report. Every component of the layout must be
 * present in the certificate and equal (the FMC component on Turin only). Returns the differences.
 */
function tcbDifferences(cert, reported, layout) {
    const keys = layout === 'turin' ? ['fmc', 'bootloader', 'tee', 'snp', 'microcode'] : ['bootloader', 'tee', 'snp', 'microcode'];
    const diffs = [];
    for (const k of keys) {
        const c = cert[k];
        const r = reported[k];
        if (c === undefined)
            diffs.push(`${k}: the certificate has no ${k} SPL`);
        else if (c !== r)
            diffs.push(`${k}: certificate ${c}, report ${r ?? 'none'}`);
    }
    return diffs;
}

;// CONCATENATED MODULE: ./src/evidence/verify/sev-snp.ts
/**
 * SEV-SNP report verification (no policy): the ECDSA P-384 signature by the key SIGNING_KEY names,
 * that key's chain VCEK -> ASK -> ARK or VLEK -> ASVK -> ARK to a pinned AMD root for Milan, Genoa
 * or Turin, the key's TCB extensions against REPORTED_TCB, its hwID against CHIP_ID, validity at the
 * clock, and REPORT_DATA against the expected binding.
 *
 * Certificates come from the evidence's aux files (the configfs cert table, `--certs` PEM/DER, a VCEK
 * saved by an earlier run), from the pinned AMD intermediates, or, with the network allowed, from
 * AMD KDS (returned in `material` so the receipt keeps it for offline replay). Without a VCEK/VLEK
 * the verdict is `unavailable`, never a pass.
 */










function sev_snp_tryCert(der) {
    try {
        return new external_node_crypto_.X509Certificate(der);
    }
    catch {
        return null;
    }
}
/**
 * Every certificate in the aux files: a configfs/extended-report cert table, PEM text (one or more
 * certificates), or one DER certificate. Other files (TDX collateral, token key sets) are skipped.
 */
function snpCertPool(aux) {
    const pool = { certs: [], notes: [] };
    for (const a of aux) {
        const b = Buffer.from(a.bytes.buffer, a.bytes.byteOffset, a.bytes.byteLength);
        if (b.includes('-----BEGIN CERTIFICATE-----')) {
            pemCertificates(b.toString('latin1')).forEach((der, i) => {
                const c = sev_snp_tryCert(der);
                if (c)
                    pool.certs.push({ x509: c, from: `${a.name}#${i}` });
                else
                    pool.notes.push(`${a.name}#${i}: a PEM certificate that does not parse (ignored)`);
            });
            continue;
        }
        if (b[0] === 0x30) {
            const c = sev_snp_tryCert(b);
            if (c) {
                pool.certs.push({ x509: c, from: a.name });
                continue;
            }
        }
        if (looksLikeSnpCertTable(b)) {
            try {
                for (const e of parseSnpCertTable(b)) {
                    if (e.slot === 'crl')
                        continue;
                    const c = sev_snp_tryCert(e.bytes);
                    if (c)
                        pool.certs.push({ x509: c, from: `${a.name}[${e.slot === 'other' ? e.guid : e.slot.toUpperCase()}]` });
                    else
                        pool.notes.push(`${a.name}: the ${e.slot.toUpperCase()} entry is not a DER certificate (ignored)`);
                }
            }
            catch (err) {
                pool.notes.push(`${a.name}: ${err instanceof Error ? err.message : String(err)} (ignored)`);
            }
        }
    }
    return pool;
}
const VEK_CN = { vcek: 'SEV-VCEK', vlek: 'SEV-VLEK' };
function sev_snp_isP384(c) {
    const d = c.publicKey.asymmetricKeyDetails;
    return c.publicKey.asymmetricKeyType === 'ec' && d?.namedCurve === 'secp384r1';
}
/** Whether the report's signature verifies with this certificate's key. Never throws. */
function snpSignatureVerifies(report, cert) {
    const sig = (0,sev_snp_report/* snpSignatureP1363 */.ZO)(report);
    if (sig === null || !sev_snp_isP384(cert))
        return false;
    try {
        return (0,external_node_crypto_.verify)('sha384', report.signedBytes, { key: cert.publicKey, dsaEncoding: 'ieee-p1363' }, sig);
    }
    catch {
        return false;
    }
}
/** The pinned (or custom) AMD certificates: self-signed ones (ARKs) anchor, the others (ASK, ASVK) may complete a path. */
function amdRoots(roots) {
    const amd = roots.certs.filter((c) => c.vendor === 'amd').map((c) => c.x509);
    return { anchors: amd.filter((c) => c.checkIssued(c)), intermediates: amd.filter((c) => !c.checkIssued(c)) };
}
/** The product line of a VEK -> ASK/ASVK -> ARK path, from its CA names, or why the path has the wrong shape. */
function pathProduct(path, key) {
    const names = path.map(verify_chain/* certName */.i);
    if (path.length !== 3)
        return { problem: `path ${names.join(' -> ')} is not ${VEK_CN[key]} -> ${key === 'vcek' ? 'ASK' : 'ASVK'} -> ARK` };
    const ark = /^ARK-(Milan|Genoa|Turin)$/.exec(names[2])?.[1];
    if (!ark)
        return { problem: `the root ${names[2]} is not an AMD ARK of Milan, Genoa or Turin` };
    const want = key === 'vcek' ? `SEV-${ark}` : `SEV-VLEK-${ark}`;
    if (names[1] !== want)
        return { problem: `a ${key.toUpperCase()} must be issued by ${want}, not ${names[1]}` };
    return { product: ark };
}
function sha256(b) {
    return (0,external_node_crypto_.createHash)('sha256').update(b).digest('hex');
}
async function verifySevSnpReport(report, opts) {
    const at = opts.at ?? new Date();
    const key = (0,sev_snp_report/* snpSigningKeyName */.$1)(report.signingKey);
    const cpuProduct = (0,sev_snp_report/* snpProductFromCpuid */.q7)(report.cpuid);
    const steps = [
        {
            id: 'parse',
            ok: true,
            detail: `SEV-SNP report v${report.version}, SIGNING_KEY ${key.toUpperCase()}` +
                (report.cpuid ? `, CPUID family ${report.cpuid.family.toString(16)}h model ${report.cpuid.model.toString(16)}h (${cpuProduct ?? 'unknown product'})` : ''),
        },
    ];
    const binding = bindingStep('REPORT_DATA', report.reportData, opts.reportData);
    steps.push(binding);
    const material = [];
    let product = null;
    const finish = (status, detail, chainChecked) => {
        const foreign = binding.ok === false;
        return {
            kind: 'sev-snp',
            status: foreign ? 'failed' : status,
            detail: foreign ? `foreign binding: REPORT_DATA does not equal this job's binding (the report is bound to something else); ${detail}` : detail,
            steps,
            bindingMatches: binding.ok,
            claims: snpClaims(report, product),
            trustRoots: chainChecked ? opts.trustRoots.kind : 'none',
            ...(material.length > 0 ? { material } : {}),
        };
    };
    if (key !== 'vcek' && key !== 'vlek') {
        steps.push({ id: 'signing_key', ok: false, detail: `SIGNING_KEY is ${report.signingKey} (${key}): the report names no key that could sign it` });
        return finish('failed', 'the report is not signed by a VCEK or VLEK', false);
    }
    // Certificates: the evidence's own material first, then the network.
    const pool = snpCertPool(opts.aux ?? []);
    let candidates = pool.certs.filter((c) => (0,verify_chain/* certName */.i)(c.x509) === VEK_CN[key]);
    let source = candidates.map((c) => c.from).join(', ');
    if (candidates.length === 0) {
        const noteTail = pool.notes.length ? ` (${pool.notes.join('; ')})` : '';
        if (key === 'vlek') {
            steps.push({ id: 'certificates', ok: null, detail: `no VLEK came with the report${noteTail}; a VLEK comes in the certificate table or with --certs (AMD KDS does not serve it)` });
            return finish('unavailable', 'verifier unavailable: no VLEK certificate for this report', false);
        }
        if (!opts.network) {
            steps.push({ id: 'certificates', ok: null, detail: `no VCEK came with the report${noteTail}; give it with --certs, or allow --network to fetch it from AMD KDS` });
            return finish('unavailable', 'verifier unavailable: no VCEK certificate for this report (network not allowed)', false);
        }
        try {
            const got = await fetchVcek(report, opts.kds ?? {});
            const der = got.bytes.includes('-----BEGIN CERTIFICATE-----') ? pemCertificates(got.bytes.toString('latin1'))[0] : got.bytes;
            const c = der ? sev_snp_tryCert(der) : null;
            if (!c) {
                steps.push({ id: 'certificates', ok: null, detail: `AMD KDS answered ${got.url} with something that is not a certificate` });
                return finish('unavailable', 'verifier unavailable: AMD KDS did not return a certificate', false);
            }
            material.push({ name: `vcek-kds-${got.product.toLowerCase()}.der`, bytes: c.raw });
            candidates = [{ x509: c, from: `AMD KDS ${got.url}` }];
            source = candidates[0].from;
        }
        catch (err) {
            if (!(err instanceof errors/* VerifierUnavailableError */.BF))
                throw err;
            steps.push({ id: 'certificates', ok: null, detail: `no VCEK came with the report and fetching it failed: ${err.message}` });
            return finish('unavailable', `verifier unavailable: ${err.message}`, false);
        }
    }
    // Signature: the first candidate whose key verifies the report.
    const vek = candidates.find((c) => snpSignatureVerifies(report, c.x509));
    if (!vek) {
        const why = (0,sev_snp_report/* snpSignatureP1363 */.ZO)(report) === null ? '; r or s does not fit P-384 (non-zero high bytes)' : '';
        steps.push({
            id: 'signature',
            ok: false,
            detail: `ECDSA P-384 signature over bytes 0x000..0x29f does not verify with ${candidates.length === 1 ? 'the' : `any of ${candidates.length}`} ${VEK_CN[key]} certificate${candidates.length === 1 ? '' : 's'} (${source})${why}`,
        });
        return finish('failed', `the report signature does not verify with its ${key.toUpperCase()}`, false);
    }
    steps.push({
        id: 'signature',
        ok: true,
        detail: `ECDSA P-384 signature over bytes 0x000..0x29f verifies with the ${key.toUpperCase()} from ${vek.from} (sha256 ${sha256(vek.x509.raw).slice(0, 16)}…)`,
    });
    // Chain to a pinned ARK, every certificate valid at the clock.
    const roots = amdRoots(opts.trustRoots);
    const chain = (0,verify_chain/* verifyChain */.H5)({
        leaf: vek.x509,
        intermediates: [...roots.intermediates, ...pool.certs.map((c) => c.x509).filter((c) => !c.raw.equals(vek.x509.raw))],
        anchors: roots.anchors,
        at,
    });
    if (!chain.ok) {
        steps.push({ id: 'chain', ok: false, detail: `${chain.code}: ${chain.detail}` });
        return finish('failed', `the ${key.toUpperCase()} does not chain to a trusted AMD root: ${chain.detail}`, false);
    }
    const shape = pathProduct(chain.path, key);
    if ('problem' in shape) {
        steps.push({ id: 'chain', ok: false, detail: shape.problem });
        return finish('failed', shape.problem, false);
    }
    product = shape.product;
    steps.push({ id: 'chain', ok: true, detail: `${chain.detail} (${opts.trustRoots.kind} roots)` });
    // The key's own claims: product, TCB, hardware id.
    const ext = readVekExtensions(vek.x509.raw);
    const failures = [];
    const named = productOfName(ext.productName);
    const productProblems = [
        ...ext.problems,
        ...(named !== product ? [`the ${key.toUpperCase()} names product ${ext.productName ?? '(none)'}, its chain is ${product}`] : []),
        ...(cpuProduct !== null && cpuProduct !== product ? [`the report's CPUID is a ${cpuProduct} part, its ${key.toUpperCase()} chain is ${product}`] : []),
    ];
    steps.push({
        id: 'product',
        ok: productProblems.length === 0,
        detail: productProblems.length === 0 ? `product ${product} (${key.toUpperCase()} productName ${ext.productName})` : productProblems.join('; '),
    });
    failures.push(...productProblems);
    const layout = (0,sev_snp_report/* layoutOfProduct */.Zi)(product);
    const reported = (0,sev_snp_report/* decodeSnpTcb */.FZ)(report.reportedTcb, layout);
    const diffs = tcbDifferences(ext.tcb, reported, layout);
    const tcbText = `${layout === 'turin' ? `fmc ${reported.fmc} ` : ''}bootloader ${reported.bootloader} tee ${reported.tee} snp ${reported.snp} microcode ${reported.microcode}`;
    steps.push({
        id: 'tcb',
        ok: diffs.length === 0,
        detail: diffs.length === 0 ? `the ${key.toUpperCase()}'s TCB extensions equal REPORTED_TCB (${tcbText})` : `the ${key.toUpperCase()}'s TCB extensions differ from REPORTED_TCB: ${diffs.join('; ')}`,
    });
    if (diffs.length)
        failures.push('TCB extensions differ from REPORTED_TCB');
    if (key === 'vlek') {
        steps.push({ id: 'hwid', ok: null, detail: `a VLEK is issued to a cloud provider${ext.cspId ? ` (${ext.cspId})` : ''}, not to one chip: no hwID to compare` });
    }
    else if (report.maskChipId) {
        steps.push({ id: 'hwid', ok: null, detail: 'the host masked CHIP_ID (MASK_CHIP_ID): hwID not compared; the VCEK signature still ties the report to one chip' });
    }
    else {
        const want = product === 'Turin' ? report.chipId.subarray(0, 8) : report.chipId;
        const ok = ext.hwId !== null && ext.hwId.equals(want);
        steps.push({
            id: 'hwid',
            ok,
            detail: ok
                ? `the VCEK's hwID equals CHIP_ID${product === 'Turin' ? ' (first 8 bytes, Turin)' : ''}`
                : `the VCEK's hwID ${ext.hwId ? ext.hwId.toString('hex') : '(none)'} does not equal CHIP_ID ${want.toString('hex')}`,
        });
        if (!ok)
            failures.push('hwID differs from CHIP_ID');
    }
    if (failures.length)
        return finish('failed', `the ${key.toUpperCase()} does not match the report: ${failures.join('; ')}`, true);
    if (pool.notes.length)
        steps.push({ id: 'certificates', ok: null, detail: pool.notes.join('; ') });
    return finish('verified', `SEV-SNP report signed by the ${key.toUpperCase()} of a ${product} ${key === 'vcek' ? 'chip' : 'platform'} (${tcbText}), chain to ${(0,verify_chain/* certName */.i)(chain.anchor)}`, true);
}

// EXTERNAL MODULE: ./src/evidence/verify/tdx-eventlog.ts
var verify_tdx_eventlog = __webpack_require__(94314);
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
    // A runtime event log (the execution flow's simulated RTMR3) replays like a real quote's; a
    // mismatch is a claim the policy reads, not a failed signature.
    const logs = (0,verify_tdx_eventlog/* verifyTdxEventLogs */.H6)(quote, opts.aux ?? [], null);
    steps.push(...logs.steps);
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
        claims: { ...tdxClaims(quote, true), ...logs.claims },
        trustRoots: 'none',
    };
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
;// CONCATENATED MODULE: ./src/evidence/formats/tdx-collateral.ts

/**
 * Intel PCS collateral for TDX quotes: bytes -> typed values, no crypto. Two shapes are read:
 *
 * - Intel PCS files, one response per file (what `--network` saves, and go-tdx-guest's testdata):
 *   a TCB info body `{"tcbInfo":{...},"signature":"<hex>"}`, a QE identity body
 *   `{"enclaveIdentity":{...},"signature":"<hex>"}`, CRLs (DER, PEM or hex of DER) and the issuer
 *   chains PCS sends in headers (PEM files; for TCB info and QE identity the leaf is "Intel SGX TCB
 *   Signing").
 * - dcap-qvl's QuoteCollateralV3 JSON (`tcb_info`, `tcb_info_signature`, `tcb_info_issuer_chain`,
 *   `qe_identity`, ..., `pck_crl`, `root_ca_crl` as hex, `pck_crl_issuer_chain`).
 *
 * The signature of TCB info and QE identity covers the exact bytes of the inner JSON object as PCS
 * served them, so those bytes are kept as they are (`signed`), never re-serialised.
 */
const hexString = (len) => schemas/* string */.YjP()
    .regex(/^[0-9a-fA-F]*$/, { error: 'must be hex' })
    .refine((s) => len === undefined || s.length === len, { error: `must be ${len} hex digits` });
const date = schemas/* string */.YjP().refine((s) => !Number.isNaN(Date.parse(s)), { error: 'must be a date' });
const svn = schemas/* number */.aig().int().min(0).max(0xffff);
const component = schemas/* object */.Ikc({ svn });
const advisories = schemas/* array */.YOg(schemas/* string */.YjP()).optional();
const tcbLevelSchema = schemas/* object */.Ikc({
    tcb: schemas/* object */.Ikc({
        sgxtcbcomponents: schemas/* array */.YOg(component).length(16),
        pcesvn: svn,
        tdxtcbcomponents: schemas/* array */.YOg(component).length(16).optional(),
    }),
    tcbDate: date,
    tcbStatus: schemas/* string */.YjP().min(1),
    advisoryIDs: advisories,
});
const isvLevelSchema = schemas/* object */.Ikc({ tcb: schemas/* object */.Ikc({ isvsvn: svn }), tcbDate: date, tcbStatus: schemas/* string */.YjP().min(1), advisoryIDs: advisories });
const moduleSchema = schemas/* object */.Ikc({ mrsigner: hexString(96), attributes: hexString(16), attributesMask: hexString(16) });
const tcbInfoSchema = schemas/* object */.Ikc({
    id: schemas/* string */.YjP(),
    version: schemas/* number */.aig().int(),
    issueDate: date,
    nextUpdate: date,
    fmspc: hexString(12),
    pceId: hexString(4),
    tcbType: schemas/* number */.aig().int(),
    tcbEvaluationDataNumber: schemas/* number */.aig().int(),
    tdxModule: moduleSchema.optional(),
    tdxModuleIdentities: schemas/* array */.YOg(moduleSchema.extend({ id: schemas/* string */.YjP(), tcbLevels: schemas/* array */.YOg(isvLevelSchema).min(1) })).optional(),
    tcbLevels: schemas/* array */.YOg(tcbLevelSchema).min(1),
});
const qeIdentitySchema = schemas/* object */.Ikc({
    id: schemas/* string */.YjP(),
    version: schemas/* number */.aig().int(),
    issueDate: date,
    nextUpdate: date,
    tcbEvaluationDataNumber: schemas/* number */.aig().int(),
    miscselect: hexString(8),
    miscselectMask: hexString(8),
    attributes: hexString(32),
    attributesMask: hexString(32),
    mrsigner: hexString(64),
    isvprodid: schemas/* number */.aig().int().min(0).max(0xffff),
    tcbLevels: schemas/* array */.YOg(isvLevelSchema).min(1),
});
/** The exact text of the JSON object value of `key` at the top level of `text` (no re-serialisation). */
function rawObjectOf(text, key) {
    const m = new RegExp(`"${key}"\\s*:\\s*\\{`).exec(text);
    if (!m)
        return null;
    const start = m.index + m[0].length - 1;
    let depth = 0;
    let inString = false;
    for (let i = start; i < text.length; i++) {
        const ch = text[i];
        if (inString) {
            if (ch === '\\')
                i++;
            else if (ch === '"')
                inString = false;
            continue;
        }
        if (ch === '"')
            inString = true;
        else if (ch === '{')
            depth++;
        else if (ch === '}' && --depth === 0)
            return text.slice(start, i + 1);
    }
    return null;
}
class CollateralFormatError extends Error {
}
function parseSigned(schema, signedText, signatureHex, chain, source, what) {
    let json;
    try {
        json = JSON.parse(signedText);
    }
    catch {
        throw new CollateralFormatError(`${what} is not JSON`);
    }
    const r = schema.safeParse(json);
    if (!r.success) {
        const issue = r.error.issues[0];
        throw new CollateralFormatError(`${what} at ${issue.path.join('.') || '(top)'}: ${issue.message}`);
    }
    if (typeof signatureHex !== 'string' || !/^[0-9a-fA-F]{128}$/.test(signatureHex))
        throw new CollateralFormatError(`${what} signature is not 128 hex digits`);
    return { value: r.data, signed: Buffer.from(signedText, 'utf8'), signature: Buffer.from(signatureHex, 'hex'), issuerChainPem: chain, source };
}
function hexOrDer(v) {
    if (typeof v !== 'string' || v.length === 0)
        return null;
    if (/^[0-9a-fA-F]+$/.test(v) && v.length % 2 === 0)
        return Buffer.from(v, 'hex');
    return null;
}
const PEM_CRL = /-----BEGIN X509 CRL-----([A-Za-z0-9+/=\s]+?)-----END X509 CRL-----/g;
/** Sort collateral files (already read) into TCB infos, QE identities, CRL candidates and issuer chains. */
function readTdxCollateral(files) {
    const out = { tcbInfos: [], qeIdentities: [], crls: [], certPems: [], ignored: [] };
    for (const f of files) {
        const bytes = Buffer.from(f.bytes);
        const text = bytes.toString('utf8');
        const trimmed = text.trimStart();
        try {
            if (trimmed.startsWith('{')) {
                let json;
                try {
                    json = JSON.parse(text);
                }
                catch {
                    throw new CollateralFormatError('not valid JSON');
                }
                if (json === null || typeof json !== 'object')
                    throw new CollateralFormatError('not a JSON object');
                if ('tcbInfo' in json || 'enclaveIdentity' in json) {
                    const key = 'tcbInfo' in json ? 'tcbInfo' : 'enclaveIdentity';
                    const raw = rawObjectOf(text, key);
                    if (raw === null)
                        throw new CollateralFormatError(`no ${key} object`);
                    if (key === 'tcbInfo')
                        out.tcbInfos.push(parseSigned(tcbInfoSchema, raw, json['signature'], null, f.name, 'TCB info'));
                    else
                        out.qeIdentities.push(parseSigned(qeIdentitySchema, raw, json['signature'], null, f.name, 'QE identity'));
                }
                else if ('tcb_info' in json && 'qe_identity' in json) {
                    const s = (k) => (typeof json[k] === 'string' ? json[k] : null);
                    const tcb = s('tcb_info');
                    const qe = s('qe_identity');
                    if (tcb === null || qe === null)
                        throw new CollateralFormatError('tcb_info and qe_identity must be JSON strings');
                    out.tcbInfos.push(parseSigned(tcbInfoSchema, tcb, json['tcb_info_signature'], s('tcb_info_issuer_chain'), `${f.name}#tcb_info`, 'TCB info'));
                    out.qeIdentities.push(parseSigned(qeIdentitySchema, qe, json['qe_identity_signature'], s('qe_identity_issuer_chain'), `${f.name}#qe_identity`, 'QE identity'));
                    for (const k of ['pck_crl', 'root_ca_crl']) {
                        const der = hexOrDer(json[k]);
                        if (der)
                            out.crls.push({ der, source: `${f.name}#${k}` });
                    }
                    for (const k of ['pck_crl_issuer_chain', 'tcb_info_issuer_chain', 'qe_identity_issuer_chain']) {
                        const pem = s(k);
                        if (pem)
                            out.certPems.push({ pem, source: `${f.name}#${k}` });
                    }
                }
                else {
                    out.ignored.push({ source: f.name, why: 'JSON that is neither TCB info, QE identity nor dcap-qvl collateral' });
                }
                continue;
            }
            if (text.includes('-----BEGIN X509 CRL-----')) {
                for (const m of text.matchAll(PEM_CRL))
                    out.crls.push({ der: Buffer.from(m[1].replace(/\s+/g, ''), 'base64'), source: f.name });
                continue;
            }
            if (text.includes('-----BEGIN CERTIFICATE-----')) {
                out.certPems.push({ pem: text, source: f.name });
                continue;
            }
            if (bytes[0] === 0x30) {
                out.crls.push({ der: bytes, source: f.name });
                continue;
            }
            const hexDer = hexOrDer(text.trim());
            if (hexDer && hexDer[0] === 0x30) {
                out.crls.push({ der: hexDer, source: f.name });
                continue;
            }
            out.ignored.push({ source: f.name, why: 'not TDX collateral' });
        }
        catch (e) {
            out.ignored.push({ source: f.name, why: e instanceof Error ? e.message : String(e) });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/evidence/verify/sgx-pck.ts


/**
 * The Intel SGX extensions of a PCK certificate (OID 1.2.840.113741.1.13.1), read with asn1js from
 * the extension value that @peculiar/x509 hands over. Layout (Intel SGX PCK Certificate and CRL
 * Profile): a SEQUENCE of { OID, value } pairs: .1 PPID (OCTET STRING 16), .2 TCB (SEQUENCE of
 * { .2.1 .. .2.16 INTEGER component SVNs, .2.17 INTEGER PCESVN, .2.18 OCTET STRING CPUSVN }),
 * .3 PCE-ID (OCTET STRING 2), .4 FMSPC (OCTET STRING 6), .5 SGX type (ENUMERATED), and on platform
 * certificates .6 platform instance id and .7 configuration, which TCB matching does not read.
 */
const SGX_EXTENSIONS_OID = '1.2.840.113741.1.13.1';
class PckExtensionError extends Error {
    code = 'PCK_EXTENSIONS';
    constructor(message) {
        super(message);
        this.name = 'PckExtensionError';
    }
}
function pairs(seq, where) {
    if (!(seq instanceof build.Sequence))
        throw new PckExtensionError(`${where} is not a SEQUENCE`);
    return seq.valueBlock.value.map((item, i) => {
        if (!(item instanceof build.Sequence) || item.valueBlock.value.length !== 2) {
            throw new PckExtensionError(`${where}[${i}] is not an { OID, value } pair`);
        }
        const [oid, value] = item.valueBlock.value;
        if (!(oid instanceof build.ObjectIdentifier))
            throw new PckExtensionError(`${where}[${i}] does not start with an OID`);
        return { oid: oid.valueBlock.toString(), value };
    });
}
function octets(v, what, length) {
    if (!(v instanceof build.OctetString))
        throw new PckExtensionError(`${what} is not an OCTET STRING`);
    const b = Buffer.from(v.valueBlock.valueHexView);
    if (b.length !== length)
        throw new PckExtensionError(`${what} is ${b.length} bytes, expected ${length}`);
    return b;
}
function integer(v, what, max) {
    if (!(v instanceof build.Integer) && !(v instanceof build.Enumerated))
        throw new PckExtensionError(`${what} is not an INTEGER`);
    const n = v.valueBlock.valueDec;
    if (!Number.isInteger(n) || n < 0 || n > max)
        throw new PckExtensionError(`${what} ${n} is out of range 0..${max}`);
    return n;
}
/** Parse the SGX extensions of a PCK certificate (DER). Throws PckExtensionError when absent or malformed. */
function parsePckExtensions(der) {
    let ext;
    try {
        ext = new x509_cjs/* X509Certificate */.yI(der).getExtension(SGX_EXTENSIONS_OID);
    }
    catch (e) {
        throw new PckExtensionError(`PCK certificate does not parse: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (ext === null)
        throw new PckExtensionError(`PCK certificate has no SGX extensions (${SGX_EXTENSIONS_OID})`);
    const parsed = build.fromBER(ext.value);
    if (parsed.offset === -1)
        throw new PckExtensionError('SGX extensions do not parse as DER');
    const root = `${SGX_EXTENSIONS_OID}`;
    const byOid = new Map(pairs(parsed.result, 'SGX extensions').map((p) => [p.oid, p.value]));
    const need = (suffix) => {
        const v = byOid.get(`${root}.${suffix}`);
        if (v === undefined)
            throw new PckExtensionError(`SGX extensions lack ${root}.${suffix}`);
        return v;
    };
    const tcb = new Map(pairs(need('2'), 'SGX TCB').map((p) => [p.oid, p.value]));
    const tcbNeed = (n) => {
        const v = tcb.get(`${root}.2.${n}`);
        if (v === undefined)
            throw new PckExtensionError(`SGX TCB lacks ${root}.2.${n}`);
        return v;
    };
    const cpuSvnComponents = [];
    for (let i = 1; i <= 16; i++)
        cpuSvnComponents.push(integer(tcbNeed(i), `SGX TCB comp${String(i).padStart(2, '0')}`, 255));
    return {
        ppid: octets(need('1'), 'PPID', 16),
        cpuSvnComponents,
        pceSvn: integer(tcbNeed(17), 'PCESVN', 0xffff),
        cpuSvn: octets(tcbNeed(18), 'CPUSVN', 16),
        pceId: octets(need('3'), 'PCE-ID', 2),
        fmspc: octets(need('4'), 'FMSPC', 6),
        sgxType: integer(need('5'), 'SGX type', 255),
    };
}

;// CONCATENATED MODULE: ./src/evidence/verify/tdx-quote.ts









/** Intel roots among the trust roots (shipped: the pinned Intel SGX Root CA). */
function intelAnchors(roots) {
    return roots.certs.filter((c) => c.vendor === 'intel').map((c) => c.x509);
}
function p1363(data, signature, cert) {
    try {
        return (0,external_node_crypto_.verify)('sha256', data, { key: cert.publicKey, dsaEncoding: 'ieee-p1363' }, signature);
    }
    catch {
        return false;
    }
}
/** Every check of the quote itself; CRL lookups come from the caller (collateral), when any. */
function checkQuote(q, opts, revoked) {
    const steps = [];
    const sigOk = verifyP256(q.signedBytes, q.signature, q.attestationKey);
    steps.push({
        id: 'quote_signature',
        ok: sigOk,
        detail: sigOk
            ? 'ECDSA P-256 quote signature over header and TD report verifies with the attestation key'
            : 'ECDSA P-256 quote signature over header and TD report does not verify with the attestation key',
    });
    const qe = q.certificationData.qeReportCertificationData;
    if (q.certificationData.type !== CERT_DATA_QE_REPORT || qe === null) {
        steps.push({ id: 'qe_report_signature', ok: false, detail: `certification data type ${q.certificationData.type} is not 6 (QE report certification data)` });
        return { steps, pck: null, extensions: null, failed: true };
    }
    const pem = pckChainPem(q);
    const certs = pem === null ? [] : (0,verify_chain/* parseCertificates */.WW)(pemCertificates(pem));
    if (qe.certificationData.type !== CERT_DATA_PCK_CHAIN || certs.length === 0 || certs.some((c) => c === null)) {
        const why = qe.certificationData.type !== CERT_DATA_PCK_CHAIN
            ? `inner certification data type ${qe.certificationData.type} is not 5 (PCK certificate chain)`
            : certs.length === 0
                ? 'the PCK certificate chain holds no certificate'
                : 'a certificate of the PCK chain does not parse';
        steps.push({ id: 'pck_chain', ok: false, detail: why });
        return { steps, pck: null, extensions: null, failed: true };
    }
    const [leaf, ...intermediates] = certs;
    const qeSigOk = p1363(qe.qeReport.raw, qe.qeReportSignature, leaf);
    steps.push({
        id: 'qe_report_signature',
        ok: qeSigOk,
        detail: qeSigOk
            ? `QE report signature verifies with the PCK leaf key (${(0,verify_chain/* certName */.i)(leaf)})`
            : `QE report signature does not verify with the PCK leaf key (${(0,verify_chain/* certName */.i)(leaf)})`,
    });
    const want = Buffer.concat([(0,external_node_crypto_.createHash)('sha256').update(q.attestationKey).update(qe.qeAuthData).digest(), Buffer.alloc(32)]);
    const rdOk = want.equals(qe.qeReport.reportData);
    steps.push({
        id: 'qe_report_data',
        ok: rdOk,
        detail: rdOk
            ? 'QE REPORTDATA = SHA-256(attestation key || QE auth data) || 32 zero bytes'
            : `QE REPORTDATA ${(0,reader/* hex */.uh)(qe.qeReport.reportData)} is not SHA-256(attestation key || QE auth data) || 32 zero bytes (${(0,reader/* hex */.uh)(want)})`,
    });
    const at = opts.at ?? new Date();
    const chain = (0,verify_chain/* verifyChain */.H5)({ leaf: leaf, intermediates, anchors: intelAnchors(opts.trustRoots), at, ...(revoked ? { revoked } : {}) });
    steps.push({ id: 'pck_chain', ok: chain.ok, detail: chain.ok ? `PCK ${chain.detail}` : `PCK chain: ${chain.detail}` });
    let extensions = null;
    try {
        extensions = parsePckExtensions(leaf.raw);
        steps.push({
            id: 'pck_extensions',
            ok: true,
            detail: `PCK SGX extensions: FMSPC ${(0,reader/* hex */.uh)(extensions.fmspc)}, PCE-ID ${(0,reader/* hex */.uh)(extensions.pceId)}, PCESVN ${extensions.pceSvn}, TCB components ${extensions.cpuSvnComponents.join('.')}`,
        });
    }
    catch (e) {
        steps.push({ id: 'pck_extensions', ok: false, detail: e instanceof Error ? e.message : String(e) });
    }
    const failed = steps.some((s) => s.ok === false);
    return { steps, pck: { leaf: leaf, intermediates }, extensions, failed };
}
/** Claims the verifier adds to the parsed ones once the PCK leaf verified. */
function pckClaims(e) {
    return {
        fmspc: (0,reader/* hex */.uh)(e.fmspc),
        pce_id: (0,reader/* hex */.uh)(e.pceId),
        pck_pce_svn: e.pceSvn,
        pck_tcb_components: e.cpuSvnComponents,
        ppid: (0,reader/* hex */.uh)(e.ppid),
    };
}
/** The parse step: version, body type and what lies after the signed data. */
function parseStep(q) {
    const pad = q.trailing.length === 0
        ? ''
        : q.trailing.allZero
            ? `; ${q.trailing.length} zero padding bytes after the signed data`
            : `; ${q.trailing.length} unsigned non-zero bytes after the signed data (ignored)`;
    return { id: 'parse', ok: true, detail: `TDX quote v${q.header.version}, body type ${q.bodyType}${pad}` };
}


;// CONCATENATED MODULE: ./src/evidence/verify/tdx-collateral.ts




function tryCrl(der) {
    try {
        return new x509_cjs/* X509Crl */.Ks(der);
    }
    catch {
        return null;
    }
}
/**
 * Verify every CRL candidate against the certificates that may issue it. `issuers` must already be
 * trusted (pinned anchors, or intermediates whose own chain was checked).
 */
async function verifyCrls(candidates, issuers, at) {
    const crls = [];
    const problems = [];
    for (const c of candidates) {
        const crl = tryCrl(c.der);
        if (crl === null) {
            problems.push(`${c.source}: not a CRL`);
            continue;
        }
        const named = issuers.filter((i) => sameName(i, crl));
        let issuer = null;
        for (const cand of named) {
            let ok = false;
            try {
                ok = await crl.verify({ publicKey: new x509_cjs/* X509Certificate */.yI(cand.raw) });
            }
            catch {
                ok = false;
            }
            if (ok) {
                issuer = cand;
                break;
            }
        }
        if (issuer === null) {
            problems.push(named.length === 0 ? `${c.source}: CRL issuer ${crl.issuer} is not a trusted Intel CA here` : `${c.source}: CRL signature does not verify with its issuer's key`);
            continue;
        }
        const next = crl.nextUpdate;
        if (crl.thisUpdate > at) {
            problems.push(`${c.source}: CRL of ${(0,verify_chain/* certName */.i)(issuer)} is not valid before ${crl.thisUpdate.toISOString()} (clock ${at.toISOString()})`);
            continue;
        }
        if (next !== undefined && next < at) {
            problems.push(`${c.source}: CRL of ${(0,verify_chain/* certName */.i)(issuer)} expired ${next.toISOString()} (clock ${at.toISOString()})`);
            continue;
        }
        crls.push({ crl, issuer, source: c.source });
    }
    return { crls, problems };
}
function sameName(cert, crl) {
    try {
        return new x509_cjs/* X509Certificate */.yI(cert.raw).subjectName.toString() === crl.issuerName.toString();
    }
    catch {
        return false;
    }
}
/** A revocation lookup over verified CRLs: the CRL issued by `issuer` lists `cert`'s serial. */
function crlLookup(crls) {
    return (cert, issuer) => {
        for (const v of crls) {
            if (!v.issuer.raw.equals(issuer.raw))
                continue;
            const entry = v.crl.findRevoked(new x509_cjs/* X509Certificate */.yI(cert.raw));
            if (entry)
                return `serial ${cert.serialNumber} listed on ${(0,verify_chain/* certName */.i)(issuer)}'s CRL (${v.source}) since ${entry.revocationDate.toISOString()}`;
        }
        return null;
    };
}
/** Whether a CRL issued by this certificate was verified. */
function hasCrlFrom(crls, issuer) {
    return crls.some((c) => c.issuer.raw.equals(issuer.raw));
}
const STALE = ['CHAIN_EXPIRED', 'CHAIN_NOT_YET_VALID'];
/**
 * Verify one signed collateral object: its signature by a certificate from its issuer chain (or, when
 * it carries none, from the PEM files given), that certificate's chain to the anchors, and its dates.
 */
function verifySignedCollateral(what, s, pool, anchors, at, revoked) {
    const own = s.issuerChainPem === null ? [] : (0,verify_chain/* parseCertificates */.WW)(pemCertificates(s.issuerChainPem)).filter((c) => c !== null);
    const candidates = [...own, ...pool];
    const signer = candidates.find((c) => {
        try {
            return (0,external_node_crypto_.verify)('sha256', s.signed, { key: c.publicKey, dsaEncoding: 'ieee-p1363' }, s.signature);
        }
        catch {
            return false;
        }
    });
    if (!signer) {
        return candidates.length === 0
            ? { ok: false, kind: 'unavailable', detail: `${what} (${s.source}): no issuer chain was given (the "Intel SGX TCB Signing" certificate)` }
            : { ok: false, kind: 'failed', detail: `${what} (${s.source}): signature does not verify with any given TCB signing certificate` };
    }
    const chain = (0,verify_chain/* verifyChain */.H5)({ leaf: signer, intermediates: candidates, anchors, at, revoked });
    if (!chain.ok) {
        return { ok: false, kind: STALE.includes(chain.code) ? 'unavailable' : 'failed', detail: `${what} (${s.source}) signer: ${chain.detail}` };
    }
    const issued = new Date(s.value.issueDate);
    const next = new Date(s.value.nextUpdate);
    if (issued > at)
        return { ok: false, kind: 'unavailable', detail: `${what} (${s.source}) was issued ${s.value.issueDate}, after the clock ${at.toISOString()}` };
    if (next < at)
        return { ok: false, kind: 'unavailable', detail: `${what} (${s.source}) expired: nextUpdate ${s.value.nextUpdate} is before the clock ${at.toISOString()}` };
    return { ok: true, detail: `${what} (${s.source}) signed by ${chain.path.map(verify_chain/* certName */.i).join(' -> ')}; valid ${s.value.issueDate} .. ${s.value.nextUpdate}` };
}

;// CONCATENATED MODULE: ./src/evidence/verify/tdx-tcb.ts
/**
 * TCB status from verified collateral (pure; no signature here). The algorithm is Intel's (PCS TCB
 * info v3 for TDX, as Intel's QVL and go-tdx-guest implement it):
 *
 * 1. Walk the TCB levels in order. The first level whose 16 SGX components and PCESVN are all at or
 *    below the PCK certificate's selects the SGX TCB.
 * 2. From that level on, the first level whose TDX components are at or below TEE_TCB_SVN (all 16,
 *    or indexes 2..15 when TEE_TCB_SVN[1], the TDX module major version, is non-zero, because the
 *    module is then judged by its own identity) gives the platform status and advisory IDs. When no
 *    level covers the platform, it is below the lowest one: OutOfDate (see matchTcbLevel).
 * 3. TDX 1.5 module identity: with TEE_TCB_SVN[1] > 0, the identity `TDX_<version, 2 hex>` must exist;
 *    its MRSIGNER must equal MRSIGNERSEAM and SEAM_ATTRIBUTES & mask its attributes; the first of
 *    its levels with isvsvn <= TEE_TCB_SVN[0] gives the module status. With version 0 the `tdxModule`
 *    MRSIGNER and attributes are checked the same way.
 * 4. QE identity: MRSIGNER, ISVPRODID, MISCSELECT & mask and ATTRIBUTES & mask of the QE report must
 *    match; the first level with isvsvn <= the QE's ISVSVN gives the QE status.
 * 5. Statuses converge: an OutOfDate module or QE turns UpToDate/SWHardeningNeeded into OutOfDate and
 *    ConfigurationNeeded/ConfigurationAndSWHardeningNeeded into OutOfDateConfigurationNeeded; a Revoked
 *    one turns anything into Revoked. Advisory IDs are the union, sorted.
 */
const TCB_STATUSES = (/* unused pure expression or super */ null && ([
    'UpToDate',
    'SWHardeningNeeded',
    'ConfigurationNeeded',
    'ConfigurationAndSWHardeningNeeded',
    'OutOfDate',
    'OutOfDateConfigurationNeeded',
    'Revoked',
]));
class TcbError extends Error {
    code;
    constructor(code, message) {
        super(message);
        this.name = 'TcbError';
        this.code = code;
    }
}
function eqHex(a, b) {
    return a.toLowerCase() === Buffer.from(b).toString('hex');
}
/** (value & mask) == expected, for hex strings of equal length and raw bytes. */
function maskedEquals(value, maskHex, expectedHex) {
    const mask = Buffer.from(maskHex, 'hex');
    const want = Buffer.from(expectedHex, 'hex');
    if (mask.length !== value.length || want.length !== value.length)
        return false;
    for (let i = 0; i < value.length; i++)
        if ((value[i] & mask[i]) !== (want[i] & mask[i]))
            return false;
    return true;
}
function firstIsvLevel(levels, isvsvn) {
    return levels.find((l) => isvsvn >= l.tcb.isvsvn) ?? null;
}
/** Converge a component status (TDX module or QE) into the platform status. */
function converge(platform, component) {
    if (component === null)
        return platform;
    if (component === 'Revoked')
        return 'Revoked';
    if (component === 'OutOfDate' || component === 'OutOfDateConfigurationNeeded') {
        if (platform === 'UpToDate' || platform === 'SWHardeningNeeded')
            return 'OutOfDate';
        if (platform === 'ConfigurationNeeded' || platform === 'ConfigurationAndSWHardeningNeeded')
            return 'OutOfDateConfigurationNeeded';
    }
    return platform;
}
function matchTcbLevel(tcbInfo, pck, teeTcbSvn) {
    if (tcbInfo.id !== 'TDX' || tcbInfo.version < 3) {
        throw new TcbError('TCB_INFO_MISMATCH', `TCB info is ${tcbInfo.id} version ${tcbInfo.version}; a TDX quote needs TDX TCB info version 3`);
    }
    if (!eqHex(tcbInfo.fmspc, pck.fmspc))
        throw new TcbError('TCB_INFO_MISMATCH', `TCB info is for FMSPC ${tcbInfo.fmspc.toLowerCase()}, the PCK certificate says ${Buffer.from(pck.fmspc).toString('hex')}`);
    if (!eqHex(tcbInfo.pceId, pck.pceId))
        throw new TcbError('TCB_INFO_MISMATCH', `TCB info is for PCE-ID ${tcbInfo.pceId.toLowerCase()}, the PCK certificate says ${Buffer.from(pck.pceId).toString('hex')}`);
    const from = teeTcbSvn[1] > 0 ? 2 : 0;
    let sgxFound = false;
    for (const level of tcbInfo.tcbLevels) {
        if (!sgxFound) {
            const sgxOk = level.tcb.sgxtcbcomponents.every((c, i) => pck.cpuSvnComponents[i] >= c.svn) && pck.pceSvn >= level.tcb.pcesvn;
            if (!sgxOk)
                continue;
            sgxFound = true;
        }
        const tdx = level.tcb.tdxtcbcomponents;
        if (tdx === undefined)
            throw new TcbError('TCB_INFO_MISMATCH', 'a TCB level of the TDX TCB info has no tdxtcbcomponents');
        let ok = true;
        for (let i = from; i < 16; i++)
            if (teeTcbSvn[i] < tdx[i].svn)
                ok = false;
        if (ok)
            return { level, belowLowest: null, status: level.tcbStatus };
    }
    // Intel's QVL calls this "TCB not supported". The platform is below every level Intel lists, so it
    // is treated as no better than the lowest level: OutOfDate (Revoked if that level is revoked), with
    // the lowest level's advisories. dcap-qvl reports OutOfDate for the same collateral.
    const lowest = tcbInfo.tcbLevels[tcbInfo.tcbLevels.length - 1];
    const why = sgxFound
        ? `TEE_TCB_SVN ${Buffer.from(teeTcbSvn).toString('hex')} is below every TDX level that matches the SGX components`
        : `the PCK certificate's SGX components ${pck.cpuSvnComponents.join('.')} / PCESVN ${pck.pceSvn} are below every TCB level`;
    return { level: lowest, belowLowest: why, status: lowest.tcbStatus === 'Revoked' ? 'Revoked' : 'OutOfDate' };
}
/** The TDX module's identity and status (step 3): null status for module version 0. */
function tdxModuleStatus(tcbInfo, q, teeTcbSvn) {
    const version = teeTcbSvn[1];
    const body = q.body;
    const check = (what, m) => {
        if (!eqHex(m.mrsigner, body.mrSignerSeam))
            throw new TcbError('TDX_MODULE_MISMATCH', `${what} MRSIGNER ${m.mrsigner.toLowerCase()} is not MRSIGNERSEAM ${Buffer.from(body.mrSignerSeam).toString('hex')}`);
        if (!maskedEquals(body.seamAttributes, m.attributesMask, m.attributes)) {
            throw new TcbError('TDX_MODULE_MISMATCH', `${what} attributes do not match SEAM_ATTRIBUTES ${Buffer.from(body.seamAttributes).toString('hex')}`);
        }
    };
    if (version === 0) {
        if (tcbInfo.tdxModule)
            check('tdxModule', tcbInfo.tdxModule);
        return { status: null, advisoryIds: [] };
    }
    const id = `TDX_${version.toString(16).padStart(2, '0')}`.toUpperCase();
    const identity = tcbInfo.tdxModuleIdentities?.find((m) => m.id.toUpperCase() === id);
    if (!identity)
        throw new TcbError('TDX_MODULE_MISMATCH', `TCB info has no TDX module identity ${id} (TEE_TCB_SVN[1] = ${version})`);
    check(`TDX module identity ${id}`, identity);
    const level = firstIsvLevel(identity.tcbLevels, teeTcbSvn[0]);
    if (!level)
        throw new TcbError('TCB_NOT_SUPPORTED', `no level of TDX module identity ${id} covers module SVN ${teeTcbSvn[0]}`);
    return { status: level.tcbStatus, advisoryIds: level.advisoryIDs ?? [] };
}
/** The Quoting Enclave against Intel's QE identity (step 4). */
function qeStatus(qe, q) {
    const report = q.certificationData.qeReportCertificationData?.qeReport;
    if (!report)
        throw new TcbError('QE_IDENTITY_MISMATCH', 'the quote carries no QE report');
    if (qe.id !== 'TD_QE')
        throw new TcbError('QE_IDENTITY_MISMATCH', `QE identity is for ${qe.id}, a TDX quote needs TD_QE`);
    if (!eqHex(qe.mrsigner, report.mrSigner))
        throw new TcbError('QE_IDENTITY_MISMATCH', `QE MRSIGNER ${Buffer.from(report.mrSigner).toString('hex')} is not Intel's ${qe.mrsigner.toLowerCase()}`);
    if (qe.isvprodid !== report.isvProdId)
        throw new TcbError('QE_IDENTITY_MISMATCH', `QE ISVPRODID ${report.isvProdId} is not ${qe.isvprodid}`);
    const misc = Buffer.alloc(4);
    misc.writeUInt32LE(report.miscSelect >>> 0, 0);
    // MISCSELECT is a little-endian u32 in the report; PCS writes it as big-endian hex.
    if (!maskedEquals(Buffer.from(misc).reverse(), qe.miscselectMask, qe.miscselect))
        throw new TcbError('QE_IDENTITY_MISMATCH', 'QE MISCSELECT does not match the QE identity');
    if (!maskedEquals(report.attributes, qe.attributesMask, qe.attributes))
        throw new TcbError('QE_IDENTITY_MISMATCH', 'QE ATTRIBUTES do not match the QE identity');
    const level = firstIsvLevel(qe.tcbLevels, report.isvSvn);
    if (!level)
        throw new TcbError('TCB_NOT_SUPPORTED', `no QE identity level covers QE ISVSVN ${report.isvSvn}`);
    return { status: level.tcbStatus, advisoryIds: level.advisoryIDs ?? [] };
}
/** Steps 1-5 over verified collateral. Throws TcbError on a mismatch. */
function evaluateTcb(tcbInfo, qe, q, pck) {
    const teeTcbSvn = q.body.teeTcbSvn;
    const match = matchTcbLevel(tcbInfo, pck, teeTcbSvn);
    const module = tdxModuleStatus(tcbInfo, q, teeTcbSvn);
    const qeResult = qeStatus(qe, q);
    const status = converge(converge(match.status, module.status), qeResult.status);
    const advisoryIds = [...new Set([...(match.level.advisoryIDs ?? []), ...module.advisoryIds, ...qeResult.advisoryIds])].sort();
    return {
        status,
        platformStatus: match.status,
        belowLowest: match.belowLowest,
        tcbDate: match.level.tcbDate,
        tdxModuleStatus: module.status,
        qeStatus: qeResult.status,
        advisoryIds,
        teeTcbSvn: Buffer.from(teeTcbSvn).toString('hex'),
    };
}

;// CONCATENATED MODULE: ./src/evidence/verify/tdx.ts










function hasTdxCollateral(f) {
    return f.tcbInfos.length > 0 || f.qeIdentities.length > 0 || f.crls.length > 0;
}
function pckCa(leaf) {
    return /processor/i.test(leaf.issuer) ? 'processor' : 'platform';
}
function newest(list) {
    return [...list].sort((a, b) => Date.parse(b.value.issueDate) - Date.parse(a.value.issueDate));
}
async function withCollateral(q, opts, first, given) {
    const at = opts.at ?? new Date();
    const anchors = intelAnchors(opts.trustRoots);
    const ext = first.extensions;
    const fmspc = (0,reader/* hex */.uh)(ext.fmspc);
    let files = readTdxCollateral(given);
    const steps = [];
    let fetched = [];
    const matching = () => files.tcbInfos.filter((t) => t.value.fmspc.toLowerCase() === fmspc);
    const complete = () => matching().length > 0 && files.qeIdentities.length > 0 && files.crls.length >= 2;
    const result = (problem, rest = {}) => ({
        steps,
        problem,
        tcb: null,
        tcbInfo: null,
        qeIdentity: null,
        fetched,
        crls: [],
        quote: first,
        ...rest,
    });
    if (!complete() && opts.network) {
        try {
            fetched = await fetchTdxCollateral(fmspc, pckCa(first.pck.leaf), opts.pcs);
            files = readTdxCollateral([...given, ...fetched]);
            steps.push({ id: 'collateral', ok: true, detail: `fetched from Intel PCS for FMSPC ${fmspc}: ${fetched.map((f) => f.name).join(', ')}` });
        }
        catch (e) {
            if (!(e instanceof errors/* VerifierUnavailableError */.BF))
                throw e;
            const detail = `verifier unavailable: ${e.message}`;
            steps.push({ id: 'collateral', ok: null, detail });
            return result({ kind: 'unavailable', detail });
        }
    }
    else {
        const ignored = files.ignored.length ? `; ignored ${files.ignored.map((i) => `${i.source} (${i.why})`).join(', ')}` : '';
        steps.push({
            id: 'collateral',
            ok: complete() ? true : null,
            detail: `given: ${files.tcbInfos.length} TCB info, ${files.qeIdentities.length} QE identity, ${files.crls.length} CRL file(s)${ignored}`,
        });
    }
    if (!complete()) {
        const missing = [
            matching().length === 0 ? `TCB info for FMSPC ${fmspc}${files.tcbInfos.length ? ` (given: ${files.tcbInfos.map((t) => t.value.fmspc.toLowerCase()).join(', ')})` : ''}` : null,
            files.qeIdentities.length === 0 ? 'QE identity' : null,
            files.crls.length < 2 ? 'PCK CRL and root CA CRL' : null,
        ].filter((x) => x !== null);
        const detail = `verifier unavailable: collateral incomplete, missing ${missing.join(', ')}${opts.network ? '' : ' (give --collateral DIR, or allow --network)'}`;
        steps.push({ id: 'tcb_status', ok: null, detail });
        return result({ kind: 'unavailable', detail });
    }
    // CRLs: issued by the pinned roots or by the CA that issued the PCK leaf (whose chain verified).
    const crl = await verifyCrls(files.crls, [...anchors, ...first.pck.intermediates], at);
    const lookup = crlLookup(crl.crls);
    const quote = checkQuote(q, opts, lookup);
    const pckIssuer = first.pck.intermediates.find((c) => first.pck.leaf.checkIssued(c) && first.pck.leaf.verify(c.publicKey));
    const rootCrl = anchors.some((a) => hasCrlFrom(crl.crls, a));
    const pckCrl = pckIssuer !== undefined && hasCrlFrom(crl.crls, pckIssuer);
    const crlOk = rootCrl && pckCrl;
    steps.push({
        id: 'crl',
        ok: crlOk ? true : null,
        detail: (crlOk ? `root CA CRL and ${(0,verify_chain/* certName */.i)(pckIssuer)} CRL verified and current; the PCK chain was checked against them` : `missing a current, verified ${rootCrl ? '' : 'root CA CRL'}${!rootCrl && !pckCrl ? ' and ' : ''}${pckCrl ? '' : 'PCK CA CRL'}`) +
            (crl.problems.length ? `; ${crl.problems.join('; ')}` : ''),
    });
    if (quote.failed)
        return result(null, { quote, crls: crl.crls });
    if (!crlOk)
        return result({ kind: 'unavailable', detail: `verifier unavailable: ${steps[steps.length - 1].detail}` }, { quote, crls: crl.crls });
    const pool = files.certPems.flatMap((p) => (0,verify_chain/* parseCertificates */.WW)(pemCertificates(p.pem)).filter((c) => c !== null));
    const pick = (what, id, list) => {
        let last = null;
        for (const s of newest(list)) {
            const r = verifySignedCollateral(what, s, pool, anchors, at, lookup);
            if (r.ok) {
                steps.push({ id, ok: true, detail: r.detail });
                return { signed: s, problem: null };
            }
            // A bad signature is never outweighed by another copy that verifies.
            if (r.kind === 'failed') {
                steps.push({ id, ok: false, detail: r.detail });
                return { signed: null, problem: { kind: 'failed', detail: r.detail } };
            }
            last = { kind: r.kind, detail: r.detail };
        }
        steps.push({ id, ok: null, detail: `verifier unavailable: ${last.detail}` });
        return { signed: null, problem: { kind: 'unavailable', detail: `verifier unavailable: ${last.detail}` } };
    };
    const tcbInfo = pick('TCB info', 'tcb_info', matching());
    if (tcbInfo.problem)
        return result(tcbInfo.problem, { quote, crls: crl.crls });
    const qeIdentity = pick('QE identity', 'qe_identity', files.qeIdentities);
    if (qeIdentity.problem)
        return result(qeIdentity.problem, { quote, crls: crl.crls, tcbInfo: tcbInfo.signed });
    try {
        const tcb = evaluateTcb(tcbInfo.signed.value, qeIdentity.signed.value, q, ext);
        steps.push({
            id: 'tcb_status',
            ok: true,
            detail: `TCB status ${tcb.status} (${tcb.belowLowest ? `below the lowest TCB level: ${tcb.belowLowest}; ` : ''}TCB level ${tcb.platformStatus} of ${tcb.tcbDate}` +
                `${tcb.tdxModuleStatus !== null ? `, TDX module ${tcb.tdxModuleStatus}` : ''}, QE ${tcb.qeStatus})` +
                `${tcb.advisoryIds.length ? `; advisories ${tcb.advisoryIds.join(', ')}` : ''}`,
        });
        return result(null, { quote, crls: crl.crls, tcb, tcbInfo: tcbInfo.signed, qeIdentity: qeIdentity.signed });
    }
    catch (e) {
        if (!(e instanceof TcbError))
            throw e;
        const detail = `${e.code}: ${e.message}`;
        steps.push({ id: 'tcb_status', ok: false, detail });
        return result({ kind: 'failed', detail }, { quote, crls: crl.crls, tcbInfo: tcbInfo.signed, qeIdentity: qeIdentity.signed });
    }
}
function tcbClaims(r) {
    if (!r.tcb)
        return {};
    return {
        tcb_status: r.tcb.status,
        tcb_level_status: r.tcb.platformStatus,
        tdx_module_tcb_status: r.tcb.tdxModuleStatus,
        qe_tcb_status: r.tcb.qeStatus,
        advisory_ids: r.tcb.advisoryIds,
        tcb_date: r.tcb.tcbDate,
        tcb_evaluation_data_number: r.tcbInfo?.value.tcbEvaluationDataNumber ?? null,
        collateral_next_update: r.tcbInfo?.value.nextUpdate ?? null,
    };
}
async function verifyTdx(q, opts, inlineLog = null) {
    const aux = opts.aux ?? [];
    const logs = (0,verify_tdx_eventlog/* verifyTdxEventLogs */.H6)(q, aux, inlineLog);
    const collateralFiles = aux.filter((a) => !logs.used.includes(a.name));
    const first = checkQuote(q, opts);
    const binding = bindingStep('REPORTDATA', q.body.reportData, opts.reportData);
    let quote = first;
    let col = null;
    const wanted = opts.network || hasTdxCollateral(readTdxCollateral(collateralFiles));
    if (!first.failed && wanted) {
        col = await withCollateral(q, opts, first, collateralFiles);
        quote = col.quote;
    }
    const steps = [parseStep(q), ...quote.steps];
    if (col)
        steps.push(...col.steps);
    else if (!first.failed) {
        steps.push({ id: 'collateral', ok: null, detail: 'no collateral given (--collateral DIR, or --network): TCB status and revocation not evaluated' });
    }
    steps.push(...logs.steps, binding);
    const claims = { ...tdxClaims(q, false), ...(quote.extensions && !quote.failed ? pckClaims(quote.extensions) : {}), ...(col ? tcbClaims(col) : {}), ...logs.claims };
    const foreign = binding.ok === false;
    // A log that does not replay leaves the quote verified; the event_log_replay claim says so.
    const failedStep = steps.find((s) => s.ok === false && s.id !== 'event_log');
    let status;
    let detail;
    if (foreign) {
        status = 'failed';
        detail = 'foreign binding: the quote is bound to something other than this job (REPORTDATA differs)';
    }
    else if (failedStep) {
        status = 'failed';
        detail = `${failedStep.id}: ${failedStep.detail}`;
    }
    else if (col?.problem) {
        status = col.problem.kind;
        detail = col.problem.detail;
    }
    else {
        status = 'verified';
        detail = col?.tcb
            ? `quote, QE report and PCK chain to the Intel SGX Root CA verify; TCB status ${col.tcb.status}`
            : 'quote, QE report and PCK chain to the Intel SGX Root CA verify; TCB status not evaluated (no collateral)';
    }
    const custom = opts.trustRoots.kind === 'custom';
    return {
        kind: 'tdx',
        status,
        detail,
        steps,
        bindingMatches: binding.ok,
        claims,
        trustRoots: quote.steps.find((s) => s.id === 'pck_chain')?.ok ? (custom ? 'custom' : 'shipped') : 'none',
        ...(col && col.fetched.length ? { material: col.fetched } : {}),
    };
}

;// CONCATENATED MODULE: ./src/evidence/verify/registry.ts





const defaultVerifiers = {
    'simulated-tdx-quote': (p, opts) => verifySimulatedQuote(p.quote, opts),
    'tdx-quote': (p, opts) => verifyTdx(p.quote, opts, p.eventLog ?? null),
    'sev-snp-report': (p, opts) => verifySevSnpReport(p.report, opts),
    'nvidia-spdm': (p, opts) => verifyNvidiaGpus(p.gpus, opts, `NVIDIA SPDM GET_MEASUREMENTS evidence, ${p.gpus[0].spdm.measurements.length} measurement blocks`),
    'nvidia-evidence-list': (p, opts) => verifyNvidiaGpus(p.gpus, opts, `NVIDIA evidence list, ${p.gpus.length} GPU(s)`),
    'nras-eat': (p, opts) => verifyNrasTokens(p.tokens, opts),
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
        verdict = await dispatch(parsed, { ...opts, aux: input.aux ?? [] }, verifiers);
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































/***/ }),

/***/ 2104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GK: () => (/* binding */ realTsmFs),
/* harmony export */   Ix: () => (/* binding */ realExec),
/* harmony export */   TM: () => (/* binding */ firstLine),
/* harmony export */   cw: () => (/* binding */ DEFAULT_TSM_ROOT)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_read_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45201);



const DEFAULT_TSM_ROOT = '/sys/kernel/config/tsm';
const STDERR_CAP = 64 * 1024;
const realTsmFs = {
    mkdir: async (p) => {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(p);
    },
    rmdir: (p) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rmdir)(p),
    readFile: (p) => (0,_util_read_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readRegularFile */ .XF)(p, { maxBytes: _util_read_file_js__WEBPACK_IMPORTED_MODULE_2__/* .READ_LIMITS */ .Cl.configfs, what: 'configfs-tsm attribute' }),
    writeFile: (p, d) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(p, d),
    isDirectory: async (p) => {
        try {
            return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(p)).isDirectory();
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
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
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


/***/ }),

/***/ 94181:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gc: () => (/* binding */ parseNvattestOutput),
/* harmony export */   IQ: () => (/* binding */ NVIDIA_SMI),
/* harmony export */   NY: () => (/* binding */ parseNvattestAttestOutput),
/* harmony export */   aY: () => (/* binding */ findOnPath),
/* harmony export */   lu: () => (/* binding */ parseCcMode),
/* harmony export */   t5: () => (/* binding */ NvidiaSource)
/* harmony export */ });
/* unused harmony exports NVATTEST, NVATTEST_TIMEOUT_MS */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);
/* harmony import */ var _deps_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2104);
/* harmony import */ var _formats_nvidia_evidence_list_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(84282);
/* harmony import */ var _formats_nras_eat_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(23779);







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
    kind;
    exec;
    binary;
    devDir;
    constructor(opts) {
        this.opts = opts;
        this.exec = opts.exec ?? _deps_js__WEBPACK_IMPORTED_MODULE_4__/* .realExec */ .Ix;
        this.binary = opts.binary ?? NVATTEST;
        this.devDir = opts.devDir ?? '/dev';
        this.kind = opts.nras ? 'nvidia-nras' : 'nvidia';
    }
    /**
     * What the source needs, each missing piece named: the attestation CLI on PATH, the NVIDIA driver
     * (`/dev/nvidiactl`), GPU devices (`/dev/nvidia<N>`), and confidential-computing mode on, as
     * `nvidia-smi conf-compute -f` reports it (when nvidia-smi is on PATH; without it the mode is not
     * checked here, and the GPU's own evidence still decides).
     */
    async isSupported() {
        const path = this.opts.env['PATH'] ?? '';
        const bin = await findOnPath(this.binary, path);
        let dev = [];
        try {
            dev = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(this.devDir);
        }
        catch {
            dev = [];
        }
        const gpus = dev.filter((n) => /^nvidia\d+$/.test(n));
        const missing = [];
        if (bin === null)
            missing.push(`${this.binary} is not on PATH`);
        if (!dev.includes('nvidiactl'))
            missing.push(`the NVIDIA driver is not loaded (no ${this.devDir}/nvidiactl)`);
        if (gpus.length === 0)
            missing.push(`no ${this.devDir}/nvidia<N> GPU device`);
        if (missing.length)
            return { supported: false, reason: missing.join('; ') };
        const cc = await this.ccMode(path);
        if (cc.on === false)
            return { supported: false, reason: `confidential computing mode is off (${cc.detail})` };
        return { supported: true, reason: `${bin} with ${gpus.length} GPU ${gpus.length === 1 ? 'device' : 'devices'}; ${cc.detail}` };
    }
    async ccMode(path) {
        const smi = await findOnPath(NVIDIA_SMI, path);
        if (smi === null)
            return { on: null, detail: 'CC mode not checked: nvidia-smi is not on PATH' };
        const r = await this.exec(smi, ['conf-compute', '-f'], { env: this.opts.env, timeoutMs: 30_000, maxStdoutBytes: 1024 * 1024 });
        if (r.code !== 0)
            return { on: null, detail: `CC mode not checked: nvidia-smi conf-compute -f failed (${r.spawnError ?? `exit ${r.code ?? 'signal'}`})` };
        return parseCcMode(r.stdout.toString('utf8'));
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
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('EVIDENCE_MALFORMED', `${name} could not start: ${r.spawnError}`);
        if (r.timedOut)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('EVIDENCE_MALFORMED', `${name} timed out`);
        if (r.code !== 0)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('EVIDENCE_MALFORMED', `${name} exited with code ${r.code ?? 'signal'}: ${(0,_deps_js__WEBPACK_IMPORTED_MODULE_4__/* .firstLine */ .TM)(r.stderr)}`);
        const spdm = parseNvattestOutput(r.stdout, this.kind);
        if (!this.opts.nras)
            return spdm;
        return [...spdm, await this.collectNras(gpuNonce)];
    }
    /**
     * `nvattest attest --device gpu --verifier remote --nonce <GPU nonce hex> --format json`: nvattest
     * collects fresh evidence under the same nonce, sends it to NRAS and prints `{result_code,
     * result_message, claims, detached_eat}`. The detached EAT (NRAS's signed token set) is the
     * evidence; the `claims` nvattest decoded are not kept, since the verifier decodes and checks the
     * tokens itself. A token set whose overall result is false is still kept: the policy denies on it.
     */
    async collectNras(gpuNonce) {
        const base = ['attest', '--device', 'gpu', '--verifier', 'remote', '--nonce', gpuNonce.toString('hex')];
        const run = (args) => this.exec(this.binary, args, { env: this.opts.env, timeoutMs: NVATTEST_TIMEOUT_MS, maxStdoutBytes: 16 * 1024 * 1024 });
        let r = await run([...base, '--format', 'json']);
        if (r.code !== 0 && !r.timedOut && r.spawnError === null && !printedJson(r.stdout))
            r = await run(base);
        const name = `${this.binary} attest --verifier remote`;
        if (r.spawnError !== null)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('EVIDENCE_MALFORMED', `${name} could not start: ${r.spawnError}`);
        if (r.timedOut)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('EVIDENCE_MALFORMED', `${name} timed out`);
        return { source: this.kind, bytes: parseNvattestAttestOutput(r.stdout, r.code, (0,_deps_js__WEBPACK_IMPORTED_MODULE_4__/* .firstLine */ .TM)(r.stderr)), formatHint: 'nras-eat' };
    }
}
function jsonDocument(text) {
    const start = text.indexOf('{');
    const end = text.lastIndexOf('}');
    if (start === -1 || end < start)
        throw new Error('no JSON object');
    return JSON.parse(text.slice(start, end + 1));
}
/** Whether nvattest printed its JSON result (then `--format` was understood: no retry without it). */
function printedJson(stdout) {
    try {
        jsonDocument(stdout.toString('utf8'));
        return true;
    }
    catch {
        return false;
    }
}
/**
 * `nvattest attest` stdout -> the NRAS token set as JSON bytes. nvattest exits non-zero when the
 * overall result is false or a relying-party policy fails, and still prints the tokens: those are
 * kept (an unfavourable result is still a result). No token set is an error naming result_code.
 */
function parseNvattestAttestOutput(stdout, code = 0, stderrLine = '') {
    let doc;
    try {
        doc = jsonDocument(stdout.toString('utf8'));
    }
    catch {
        const why = code !== 0 ? ` (exit ${code ?? 'signal'}${stderrLine ? `: ${stderrLine}` : ''})` : '';
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('EVIDENCE_MALFORMED', `nvattest attest did not print a JSON document${why}`);
    }
    const d = doc;
    if (!(0,_formats_nras_eat_js__WEBPACK_IMPORTED_MODULE_6__/* .isEatTokenSetShape */ .Zh)(d.detached_eat)) {
        const rc = d.result_code === undefined ? '' : ` (result_code ${String(d.result_code)} ${JSON.stringify(String(d.result_message ?? ''))})`;
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('EVIDENCE_MALFORMED', `nvattest attest printed no NRAS token set${rc}`);
    }
    return Buffer.from(JSON.stringify(d.detached_eat));
}
const NVIDIA_SMI = 'nvidia-smi';
/**
 * `nvidia-smi conf-compute -f` prints `CC status: ON` (or `OFF`; some drivers say `CC State`,
 * `DEVTOOLS` for the developer mode, which is not a production CC mode). Self-reported by the
 * host: it gates collection, it proves nothing.
 */
function parseCcMode(text) {
    const m = /CC\s+(?:status|state)\s*:\s*([A-Za-z-]+)/i.exec(text);
    if (!m)
        return { on: null, detail: 'CC mode not checked: nvidia-smi conf-compute -f printed no CC status' };
    const v = m[1].toUpperCase();
    return { on: v === 'ON', detail: `CC mode ${v} (nvidia-smi conf-compute -f, self-reported)` };
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
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('EVIDENCE_MALFORMED', 'nvattest collect-evidence did not print a JSON document');
    }
    const rc = doc.result_code;
    if (rc !== undefined && rc !== 0) {
        const msg = doc.result_message;
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('EVIDENCE_MALFORMED', `nvattest collect-evidence failed: result_code ${String(rc)} ${JSON.stringify(String(msg ?? ''))}`);
    }
    const entries = (0,_formats_nvidia_evidence_list_js__WEBPACK_IMPORTED_MODULE_5__/* .parseNvidiaEvidenceList */ ._j)(doc);
    return entries.map((e, i) => ({
        source,
        bytes: e.evidence,
        formatHint: 'nvidia-spdm',
        ...(e.certificateChain.length > 0 ? { aux: [{ name: `gpu${i}-cert-chain.pem`, bytes: e.certificateChain }] } : {}),
    }));
}
async function findOnPath(binary, path) {
    for (const dir of path.split(node_path__WEBPACK_IMPORTED_MODULE_2__.delimiter)) {
        if (dir === '')
            continue;
        const p = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, binary);
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)(p, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.X_OK);
            return p;
        }
        catch {
            // keep looking
        }
    }
    return null;
}


/***/ }),

/***/ 262:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H5: () => (/* binding */ verifyChain),
/* harmony export */   WW: () => (/* binding */ parseCertificates),
/* harmony export */   i: () => (/* binding */ certName)
/* harmony export */ });
/* unused harmony export dnName */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/** A short printable name for a certificate: its subject CN, else the whole subject, one line. */
function certName(c) {
    return dnName(c.subject);
}
/** The CN of a distinguished name as node prints it, else the whole name, on one line. */
function dnName(dn) {
    const cn = /(?:^|\n)CN=([^\n]*)/.exec(dn)?.[1];
    return (cn ?? dn).replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
}
function sameCert(a, b) {
    return a.raw.equals(b.raw);
}
function signedBy(cert, issuer) {
    try {
        return cert.verify(issuer.publicKey);
    }
    catch {
        return false;
    }
}
function validity(c, at) {
    const from = new Date(c.validFrom);
    const to = new Date(c.validTo);
    if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) {
        return { code: 'CHAIN_EXPIRED', detail: `${certName(c)}: validity period does not parse` };
    }
    if (at < from)
        return { code: 'CHAIN_NOT_YET_VALID', detail: `${certName(c)} is not valid before ${from.toISOString()} (clock ${at.toISOString()})` };
    if (at > to)
        return { code: 'CHAIN_EXPIRED', detail: `${certName(c)} expired ${to.toISOString()} (clock ${at.toISOString()})` };
    return null;
}
/** Build and check a path from `leaf` to one of `anchors`. Never throws on certificate content. */
function verifyChain(input) {
    const { leaf, anchors, at } = input;
    const intermediates = input.intermediates ?? [];
    const maxDepth = input.maxDepth ?? 8;
    if (anchors.length === 0)
        return { ok: false, code: 'CHAIN_NO_ANCHOR', detail: 'no trust anchor was given', path: [] };
    const path = [leaf];
    let current = leaf;
    for (;;) {
        const bad = validity(current, at);
        if (bad)
            return { ok: false, ...bad, path };
        const anchor = anchors.find((a) => sameCert(a, current));
        if (anchor) {
            if (current.checkIssued(current) && !signedBy(current, current)) {
                return { ok: false, code: 'CHAIN_SIGNATURE', detail: `anchor ${certName(current)}: self-signature does not verify`, path };
            }
            const names = path.map(certName).join(' -> ');
            return { ok: true, path, anchor, detail: `chain ${names} verifies at ${at.toISOString()}` };
        }
        if (path.length >= maxDepth)
            return { ok: false, code: 'CHAIN_TOO_LONG', detail: `no anchor within ${maxDepth} certificates`, path };
        // Anchors first when both hold a matching issuer: a pinned copy wins over an untrusted one.
        const candidates = [...anchors, ...intermediates].filter((c) => !sameCert(c, current) && !path.some((p) => sameCert(p, c)));
        // By name first; whether the issuer may sign certificates at all is checked after its signature.
        const named = candidates.filter((c) => c.subject === current.issuer || current.checkIssued(c));
        if (named.length === 0) {
            return { ok: false, code: 'CHAIN_NO_ANCHOR', detail: `no trusted issuer for ${certName(current)} (issuer ${dnName(current.issuer)})`, path };
        }
        const issuer = named.find((c) => signedBy(current, c));
        if (!issuer)
            return { ok: false, code: 'CHAIN_SIGNATURE', detail: `signature of ${certName(current)} does not verify with its issuer's key`, path };
        if (!issuer.ca || !current.checkIssued(issuer)) {
            return { ok: false, code: 'CHAIN_ISSUER_NOT_CA', detail: `${certName(issuer)} signed ${certName(current)} but is not a CA allowed to sign certificates`, path };
        }
        const reason = input.revoked?.(current, issuer) ?? null;
        if (reason !== null)
            return { ok: false, code: 'CHAIN_REVOKED', detail: `${certName(current)} is revoked: ${reason}`, path };
        path.push(issuer);
        current = issuer;
    }
}
/** Parse every DER certificate, returning null for one that does not parse (the caller reports it). */
function parseCertificates(ders) {
    return ders.map((d) => {
        try {
            return new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(d);
        }
        catch {
            return null;
        }
    });
}


/***/ }),

/***/ 94314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H6: () => (/* binding */ verifyTdxEventLogs),
/* harmony export */   NY: () => (/* binding */ runtimeEventDigest)
/* harmony export */ });
/* unused harmony export replay */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _formats_reader_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17691);
/* harmony import */ var _formats_tdx_eventlog_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49821);



function runtimeEventDigest(type, name, payloadHex) {
    const t = Buffer.alloc(4);
    t.writeUInt32LE(type >>> 0);
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha384').update(Buffer.concat([t, Buffer.from(`:${name}:`, 'utf8'), Buffer.from(payloadHex, 'hex')])).digest('hex');
}
function isJsonList(b) {
    const t = Buffer.from(b.buffer, b.byteOffset, Math.min(b.byteLength, 64)).toString('utf8').trimStart();
    return t.startsWith('[');
}
/** Replay `events` into four registers; returns the registers and the problems found on the way. */
function replay(events) {
    const rtmr = [0, 1, 2, 3].map(() => Buffer.alloc(48));
    const problems = [];
    events.forEach((e, i) => {
        let digest = e.digest;
        if (e.source === 'runtime' && e.type === _formats_tdx_eventlog_js__WEBPACK_IMPORTED_MODULE_2__/* .RUNTIME_EVENT_TYPE */ .lq) {
            const want = runtimeEventDigest(e.type, e.name ?? '', e.data);
            if (digest !== '' && digest !== want)
                problems.push(`event ${i} (${e.name}) records digest ${digest} but its payload hashes to ${want}`);
            digest = want;
        }
        if (digest.length !== 96) {
            problems.push(`event ${i} (RTMR${e.rtmr}, type 0x${e.type.toString(16)}) has no SHA-384 digest to extend`);
            return;
        }
        rtmr[e.rtmr] = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha384').update(rtmr[e.rtmr]).update(Buffer.from(digest, 'hex')).digest();
    });
    return { rtmr, problems };
}
function verifyTdxEventLogs(q, aux, inline) {
    const used = [];
    const steps = [];
    let ccel = null;
    const runtime = [];
    const covered = new Set();
    const sources = [];
    const bad = [];
    const table = aux.find((a) => (0,_formats_tdx_eventlog_js__WEBPACK_IMPORTED_MODULE_2__/* .isCcelTable */ .ap)(a.bytes));
    const data = aux.find((a) => (0,_formats_tdx_eventlog_js__WEBPACK_IMPORTED_MODULE_2__/* .isTcg2Log */ .FE)(a.bytes));
    if (table)
        used.push(table.name);
    if (data) {
        used.push(data.name);
        try {
            const t = table ? (0,_formats_tdx_eventlog_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCcelTable */ .VO)(table.bytes) : null;
            if (t && t.ccType !== 2)
                bad.push(`${table.name}: CC type ${t.ccType} is not TDX (2)`);
            ccel = (0,_formats_tdx_eventlog_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTcg2Log */ .aP)(data.bytes).events;
            sources.push(`CCEL ${data.name} (${ccel.length} events${t ? `, ACPI table ${table.name}` : ''})`);
            [0, 1, 2].forEach((r) => covered.add(r));
            if (ccel.some((e) => e.rtmr === 3))
                covered.add(3);
        }
        catch (e) {
            bad.push(`${data.name}: ${e instanceof Error ? e.message : String(e)}`);
        }
    }
    for (const a of aux) {
        if (!isJsonList(a.bytes) || used.includes(a.name))
            continue;
        used.push(a.name);
        try {
            const events = (0,_formats_tdx_eventlog_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRuntimeEventLog */ .q1)(Buffer.from(a.bytes).toString('utf8'), a.name);
            runtime.push(...events);
            covered.add(3);
            for (const e of events)
                covered.add(e.rtmr);
            sources.push(`runtime log ${a.name} (${events.length} events)`);
        }
        catch (e) {
            bad.push(e instanceof Error ? e.message : String(e));
        }
    }
    if (inline) {
        runtime.push(...inline);
        [0, 1, 2, 3].forEach((r) => covered.add(r));
        sources.push(`event log carried with the quote (${inline.length} events)`);
    }
    if (ccel === null && runtime.length === 0 && !inline && bad.length === 0)
        return { used, steps, claims: {} };
    const fromRuntime = new Set(runtime.map((e) => e.rtmr));
    const events = [...(ccel ?? []).filter((e) => !fromRuntime.has(e.rtmr)), ...runtime];
    const { rtmr, problems } = replay(events);
    problems.unshift(...bad);
    const regs = [...covered].sort();
    const compared = regs.map((r) => ({ r, ok: rtmr[r].equals(q.body.rtmr[r]) }));
    for (const c of compared)
        if (!c.ok)
            problems.push(`RTMR${c.r} replays to ${(0,_formats_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .hex */ .uh)(rtmr[c.r])}, the quote says ${(0,_formats_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .hex */ .uh)(q.body.rtmr[c.r])}`);
    const match = problems.length === 0 && regs.length > 0;
    steps.push({
        id: 'event_log',
        ok: match,
        detail: match
            ? `${sources.join(' + ')} replays to RTMR${regs.join(', RTMR')} of the quote`
            : `event log does not replay to the quote: ${problems.join('; ')}`,
    });
    return {
        used,
        steps,
        claims: {
            event_log_replay: match ? 'match' : 'mismatch',
            event_log_rtmrs: regs.map((r) => `rtmr${r}`),
            event_log_events: events.map((e) => ({
                rtmr: e.rtmr,
                type: `0x${e.type.toString(16).padStart(8, '0')}`,
                name: e.name,
                digest: e.source === 'runtime' && e.type === _formats_tdx_eventlog_js__WEBPACK_IMPORTED_MODULE_2__/* .RUNTIME_EVENT_TYPE */ .lq ? runtimeEventDigest(e.type, e.name ?? '', e.data) : e.digest,
                ...(e.source === 'runtime' ? { payload: e.data } : {}),
            })),
        },
    };
}


/***/ })

};
