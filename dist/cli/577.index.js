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
 *   certificate that came with it, is issued by the issuer (or by a CA above it in the verified
 *   chain: chain.ts, at the clock) and carries the id-kp-OCSPSigning extended key usage; the
 *   ResponderID names the signer;
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
/**
 * Who signed the response, and whether it may answer for certificates of `issuer`. `above`: the
 * verified chain above the issuer (its issuer, ..., the pinned root); a delegated responder certified
 * by one of them is accepted too, since each of them could certify a new issuer anyway.
 */
function checkSigner(basic, issuer, above, at) {
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
    // A delegated responder: issued by the issuer (or a CA above it in the verified chain), valid at
    // the clock, for OCSP signing.
    const eku = ocspCertFields(signer.raw).extKeyUsage;
    if (!eku?.includes(OCSP_SIGNING_EKU))
        return { ok: false, code: 'OCSP_RESPONDER', detail: `responder ${(0,verify_chain/* certName */.i)(signer)} lacks the id-kp-OCSPSigning extended key usage` };
    let first = null;
    for (const ca of [issuer, ...above]) {
        const chain = (0,verify_chain/* verifyChain */.H5)({ leaf: signer, anchors: [ca], at, maxDepth: 2 });
        if (chain.ok)
            return { ok: true, who: `the delegated responder ${(0,verify_chain/* certName */.i)(signer)} of ${(0,verify_chain/* certName */.i)(ca)}${ca === issuer ? '' : `, above the issuer ${(0,verify_chain/* certName */.i)(issuer)}`}` };
        first ??= `${chain.code}: ${chain.detail}`;
    }
    return { ok: false, code: 'OCSP_RESPONDER', detail: `responder ${(0,verify_chain/* certName */.i)(signer)} is not a certificate of the issuer ${(0,verify_chain/* certName */.i)(issuer)} or a CA above it, valid at the clock (${first})` };
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
        signer = checkSigner(basic, issuer, o.above ?? [], o.at);
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
    answer(cert, issuer, above) {
        const key = `${issuer.fingerprint256}/${cert.serialNumber}`;
        let a = this.answers.get(key);
        if (!a) {
            a = this.find(cert, issuer, above);
            this.answers.set(key, a);
        }
        return a;
    }
    async find(cert, issuer, above) {
        const at = this.opts.at ?? new Date();
        const mine = [];
        for (const f of this.saved) {
            const check = checkOcspResponse(f.bytes, cert, issuer, { at, nonce: null, above });
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
        // Named by issuer and serial: serials are unique per issuer only.
        const name = `ocsp-${issuer.fingerprint256.replace(/:/g, '').slice(0, 12).toLowerCase()}-${cert.serialNumber.slice(0, 40).toLowerCase()}.der`;
        // Kept whatever it says, so that a replay sees the same answer.
        if (isOcspResponse(res.body))
            this.material.push({ name, bytes: res.body });
        return { check: checkOcspResponse(res.body, cert, issuer, { at, nonce: req.nonce, above }), from: `${url} (saved as ${name})` };
    }
    /** Check every certificate of a verified device chain (leaf first, anchor last) but the leaf and the root. */
    async checkChain(path, label) {
        const id = `${label}.ocsp`;
        const asked = path.slice(1, -1).map((c, i) => ({ cert: c, issuer: path[i + 2], above: path.slice(i + 3) }));
        if (asked.length === 0) {
            return { step: { id, ok: null, detail: 'no certificate between the device leaf and the root to ask OCSP about' }, certStatus: null, ocspStatus: null, failure: null };
        }
        const answers = await Promise.all(asked.map((a) => this.answer(a.cert, a.issuer, a.above)));
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
            if (bytes[0] === 0x30 && isOcspResponse(bytes)) {
                // A GPU chain's OCSP answer given beside TDX evidence (--certs goes to every item).
                out.ignored.push({ source: f.name, why: 'an OCSP response, not TDX collateral' });
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
        const r = await this.nvattest(base, 'collect-evidence', 64 * 1024 * 1024, () => true);
        if (r.code !== 0)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('EVIDENCE_MALFORMED', `${this.binary} collect-evidence exited with code ${r.code ?? 'signal'}: ${(0,_deps_js__WEBPACK_IMPORTED_MODULE_4__/* .firstLine */ .TM)(r.stderr)}`);
        const spdm = parseNvattestOutput(r.stdout, this.kind);
        if (!this.opts.nras)
            return spdm;
        return [...spdm, await this.collectNras(gpuNonce)];
    }
    /**
     * `nvattest <base...> --format json`; a failure is retried once without `--format` (for CLIs that
     * do not know it) when `retry` says so. A program that could not start or timed out is an error;
     * the exit code is the caller's to judge.
     */
    async nvattest(base, what, maxStdoutBytes, retry) {
        const run = (args) => this.exec(this.binary, args, { env: this.opts.env, timeoutMs: NVATTEST_TIMEOUT_MS, maxStdoutBytes });
        let r = await run([...base, '--format', 'json']);
        if (r.code !== 0 && !r.timedOut && r.spawnError === null && retry(r))
            r = await run(base);
        const name = `${this.binary} ${what}`;
        if (r.spawnError !== null)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('EVIDENCE_MALFORMED', `${name} could not start: ${r.spawnError}`);
        if (r.timedOut)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('EVIDENCE_MALFORMED', `${name} timed out`);
        return r;
    }
    /**
     * `nvattest attest --device gpu --verifier remote --nonce <GPU nonce hex> --format json`: nvattest
     * collects fresh evidence under the same nonce, sends it to NRAS and prints `{result_code,
     * result_message, claims, detached_eat}`. The detached EAT (NRAS's signed token set) is the
     * evidence; the `claims` nvattest decoded are not kept, since the verifier decodes and checks the
     * tokens itself. A token set whose overall result is false is still kept: the policy denies on it.
     * A CLI that printed its JSON understood `--format`: no retry without it.
     */
    async collectNras(gpuNonce) {
        const base = ['attest', '--device', 'gpu', '--verifier', 'remote', '--nonce', gpuNonce.toString('hex')];
        const r = await this.nvattest(base, 'attest --verifier remote', 16 * 1024 * 1024, (x) => jsonDocument(x.stdout) === null);
        return { source: this.kind, bytes: parseNvattestAttestOutput(r.stdout, r.code, (0,_deps_js__WEBPACK_IMPORTED_MODULE_4__/* .firstLine */ .TM)(r.stderr)), formatHint: 'nras-eat' };
    }
}
/** The JSON object nvattest printed (possibly after log lines), or null when there is none. */
function jsonDocument(stdout) {
    const text = stdout.toString('utf8');
    const start = text.indexOf('{');
    const end = text.lastIndexOf('}');
    if (start === -1 || end < start)
        return null;
    try {
        return JSON.parse(text.slice(start, end + 1));
    }
    catch {
        return null;
    }
}
/**
 * `nvattest attest` stdout -> the NRAS token set as JSON bytes. nvattest exits non-zero when the
 * overall result is false or a relying-party policy fails, and still prints the tokens: those are
 * kept (an unfavourable result is still a result). No token set is an error naming result_code.
 */
function parseNvattestAttestOutput(stdout, code = 0, stderrLine = '') {
    const doc = jsonDocument(stdout);
    if (doc === null) {
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
    const doc = jsonDocument(stdout);
    if (doc === null)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('EVIDENCE_MALFORMED', 'nvattest collect-evidence did not print a JSON document');
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


/***/ }),

/***/ 47382:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AW: () => (/* binding */ assetBytes),
  PB: () => (/* binding */ assetNames),
  G_: () => (/* binding */ assetText)
});

;// CONCATENATED MODULE: ./src/generated/assets.ts
// Generated by scripts/gen-assets.mjs from policies/, roots/ and examples/demo/. Do not edit.
/* eslint-disable */
const POLICY_FILES = {
    "cpu-tee-strict.yml": "IyBjcHUtdGVlLXN0cmljdCDigJQgZ2F0ZSBvbiBhIGhhcmR3YXJlLXNpZ25lZCBJbnRlbCBURFggcXVvdGUgb3IgQU1EIFNFVi1TTlAgcmVwb3J0IGJvdW5kIHRvIHRoaXMgam9iLgojCiMgRXZlcnl0aGluZyB0aGF0IGNhbm5vdCBiZSBzaG93biBkZW5pZXM6IG1pc3NpbmcgZXZpZGVuY2UsIHVuc3VwcG9ydGVkIGZvcm1hdHMsIGFuIHVuYXZhaWxhYmxlCiMgdmVyaWZpZXIgKG5vIGNvbGxhdGVyYWw6IHJ1biB3aXRoIC0tbmV0d29yayBvciAtLWNvbGxhdGVyYWwpLCBhbnkgVENCIHN0YXR1cyBub3QgbGlzdGVkIGJlbG93LgojCiMgUmVmZXJlbmNlIHZhbHVlczogYSBzaGlwcGVkIHBvbGljeSBjYW5ub3Qga25vdyB5b3VyIFREIGltYWdlLCBzbyB0aGUgbWVhc3VyZW1lbnQgYWxsb3ctbGlzdHMKIyBiZWxvdyBhcmUgRU1QVFksIHdoaWNoIG1lYW5zICJub3QgcGlubmVkIjogdGhlIGNoZWNrIGhvbGRzIChuZXZlciBwYXNzZXMpIGFuZCBzaG93cyB0aGUgb2JzZXJ2ZWQKIyB2YWx1ZS4gQ29weSB0aGlzIGZpbGUsIHBhc3RlIHRoZSBvYnNlcnZlZCB2YWx1ZXMgZnJvbSBhIHJ1biB5b3UgdHJ1c3QsIGJ1bXAgYHZlcnNpb25gLCBhbmQgZ2l2ZQojIHRoZSBjb3B5IHdpdGggLS1wb2xpY3kgLi9teS1wb2xpY3kueW1sLiBBIGtleSB0aGF0IGlzIGxlZnQgb3V0IGlzIG5vdCBjaGVja2VkIGF0IGFsbCwgc28gdGhlCiMgc3RyaWN0IHBvbGljeSBsaXN0cyBldmVyeSByZWdpc3RlciBpdCBleHBlY3RzIHlvdSB0byBwaW4uCnBvbGljeV9pZDogY3B1LXRlZS1zdHJpY3QKdmVyc2lvbjogMQpkZXNjcmlwdGlvbjogUmVxdWlyZSBhIHZlcmlmaWVkIFREWCBvciBTRVYtU05QIGF0dGVzdGF0aW9uIGJvdW5kIHRvIHRoaXMgam9iOyBkZW55IGV2ZXJ5dGhpbmcgdW5wcm92ZW4uCgpkZWNpc2lvbl9jZWlsaW5nOiBwYXNzCgpldmlkZW5jZToKICAjIE9uZSBpbm5lciBsaXN0ID0gYWx0ZXJuYXRpdmVzOiBlaXRoZXIgYSBURFggcXVvdGUgb3IgYW4gU05QIHJlcG9ydCBzYXRpc2ZpZXMgaXQuCiAgcmVxdWlyZWQ6IFtbdGR4LCBzZXYtc25wXV0KICBvbl9taXNzaW5nOiBkZW55CiAgb25fdW5zdXBwb3J0ZWQ6IGRlbnkKICBvbl92ZXJpZmllcl91bmF2YWlsYWJsZTogZGVueQogICMgQ3VzdG9tIHJvb3RzICgtLXRydXN0LXJvb3RzLCBmb3IgdGVzdCBjaGFpbnMpIGRlbnkuCiAgdHJ1c3Rfcm9vdHM6IHNoaXBwZWQKICBhY2NlcHRfc2ltdWxhdGVkOiBmYWxzZQoKdGR4OgogICMgQSBkZWJ1ZyBURCdzIG1lbW9yeSBpcyByZWFkYWJsZSBieSB0aGUgaG9zdDogbm90aGluZyBpdCBhdHRlc3RzIG1lYW5zIGFueXRoaW5nLgogIGRlYnVnOiBmb3JiaWQKICAjIFRoZSBURCdzIGluaXRpYWwgaW1hZ2UgKGZpcm13YXJlL1REVkYpIGFuZCBpdHMgYm9vdCBjaGFpbi4gRW1wdHkgPSBub3QgcGlubmVkIC0+IGhvbGQuCiAgbXJfdGQ6IFtdCiAgcnRtcjA6IFtdICAgIyBmaXJtd2FyZSBjb25maWd1cmF0aW9uIChURFZGL0NGVikKICBydG1yMTogW10gICAjIE9TIGxvYWRlciAvIGtlcm5lbAogIHJ0bXIyOiBbXSAgICMga2VybmVsIGNvbW1hbmQgbGluZSwgaW5pdHJkCiAgIyBydG1yMyBpcyBleHRlbmRlZCBhdCBydW4gdGltZSBhbmQgbXJfc2VhbSAodGhlIFREWCBtb2R1bGUpIGlzIGp1ZGdlZCB0aHJvdWdoIHRoZSBUQ0Igc3RhdHVzCiAgIyBmcm9tIEludGVsJ3MgY29sbGF0ZXJhbCwgc28gbmVpdGhlciBpcyBwaW5uZWQgaGVyZS4KICB0ZF9hdHRyaWJ1dGVzOgogICAgZm9yYmlkOiBbZGVidWddCiAgICAjICNWRSBvbiBFUFQgdmlvbGF0aW9ucyBkaXNhYmxlZDogdGhlIGhvc3QgY2Fubm90IGluamVjdCAjVkUgdGhyb3VnaCBzZWN1cmUtRVBUIGdhbWVzLgogICAgcmVxdWlyZTogW3NlcHRfdmVfZGlzYWJsZV0KICAjIFN0YXR1c2VzIGZyb20gSW50ZWwncyBUQ0IgaW5mbyAvIFFFIGlkZW50aXR5LiBBbnl0aGluZyBub3QgbGlzdGVkIChPdXRPZkRhdGUsIFJldm9rZWQsCiAgIyBDb25maWd1cmF0aW9uTmVlZGVkLCAuLi4pIGRlbmllczsgbm8gc3RhdHVzIGF0IGFsbCAobm8gY29sbGF0ZXJhbCkgZm9sbG93cyBvbl92ZXJpZmllcl91bmF2YWlsYWJsZS4KICB0Y2Jfc3RhdHVzOgogICAgcGFzczogW1VwVG9EYXRlXQogICAgIyBVcCB0byBkYXRlLCBidXQgc29mdHdhcmUgbWl0aWdhdGlvbnMgYXJlIG5lZWRlZDogdGhlIG9wZXJhdG9yIG11c3QgZGVjaWRlLgogICAgaG9sZDogW1NXSGFyZGVuaW5nTmVlZGVkXQoKc2V2LXNucDoKICBkZWJ1ZzogZm9yYmlkCiAgIyBBIG1pZ3JhdGlvbiBhZ2VudCBjb3VsZCBtb3ZlIHRoZSBndWVzdCBvZmYgdGhlIGF0dGVzdGVkIHBsYXRmb3JtLgogIG1pZ3JhdGVfbWE6IGZvcmJpZAogICMgVGhlIGxhdW5jaCBtZWFzdXJlbWVudCBvZiB5b3VyIGd1ZXN0IGltYWdlLiBFbXB0eSA9IG5vdCBwaW5uZWQgLT4gaG9sZC4KICBtZWFzdXJlbWVudDogW10KICAjIE1pbmltdW0gcmVwb3J0ZWQgVENCIGRlcGVuZHMgb24gdGhlIHByb2R1Y3QgbGluZSAoTWlsYW4sIEdlbm9hLCBUdXJpbiBkaWZmZXIpLCBzbyBub25lIGlzCiAgIyBzaGlwcGVkOyB0aGUgVkNFSyBjaGFpbiBhbHJlYWR5IGJpbmRzIHRoZSByZXBvcnRlZCBUQ0IuIEFkZCBvbmUgaW4geW91ciBjb3B5LCBlLmcuOgogICMgbWluX3JlcG9ydGVkX3RjYjoge2Jvb3Rsb2FkZXI6IDEwLCB0ZWU6IDAsIHNucDogMjMsIG1pY3JvY29kZTogMjEzfQogICMgQWxzbyBhdmFpbGFibGUgaW4geW91ciBjb3B5IChzZWUgZG9jcy9zZXYtc25wLm1kKTogaG9zdF9kYXRhLCBpZF9rZXlfZGlnZXN0LAogICMgYXV0aG9yX2tleV9kaWdlc3QsIHZtcGwsIHNpZ25pbmdfa2V5LCBndWVzdF9wb2xpY3kge2ZvcmJpZCwgcmVxdWlyZX0uCgpiZW5jaG1hcms6IGNvbnRleHQtb25seQo=",
    "demo.yml": "IyBkZW1vIOKAlCBmb3IgYGNvbXB1dGUtcmVjZWlwdCBkZW1vYCBhbmQgdHV0b3JpYWxzOiBzaW11bGF0ZWQgZXZpZGVuY2Ugb25seSwgbm8gaGFyZHdhcmUuCiMKIyBJdCBwYXNzZXMgYSBydW4gd2hvc2Ugc2ltdWxhdGVkIFREWC1zaGFwZWQgcXVvdGUgdmVyaWZpZXMgYWdhaW5zdCB0aGUgcGVyLXJ1biB0aHJvd2F3YXkga2V5IGFuZAojIG1hdGNoZXMgdGhlIGpvYidzIGJpbmRpbmcuIFRoZSBjbGFpbSB0aWVyIGlzIGBzaW11bGF0ZWRgOiB0aGUgcmVjZWlwdCBzYXlzIHNvIGFuZCBtYWtlcyBubwojIGhhcmR3YXJlIGNsYWltLiBOZXZlciB1c2UgaXQgdG8gZ2F0ZSBhbnl0aGluZyByZWFsLgpwb2xpY3lfaWQ6IGRlbW8KdmVyc2lvbjogMQpkZXNjcmlwdGlvbjogQWNjZXB0IHNpbXVsYXRlZCBldmlkZW5jZSBvbmx5IChkZW1vcyBhbmQgdGVzdHMpOyBtYWtlcyBubyBoYXJkd2FyZSBjbGFpbS4KCmRlY2lzaW9uX2NlaWxpbmc6IHBhc3MKCmV2aWRlbmNlOgogICMgVGhlIGRlbW8gbXVzdCBzaG93IGV2aWRlbmNlIGJlaW5nIGJvdW5kIGFuZCBjaGVja2VkLCBzbyBpdHMgYWJzZW5jZSBkZW5pZXMuCiAgcmVxdWlyZWQ6IFtzaW11bGF0ZWRdCiAgb25fbWlzc2luZzogZGVueQogIG9uX3Vuc3VwcG9ydGVkOiBkZW55CiAgb25fdmVyaWZpZXJfdW5hdmFpbGFibGU6IGRlbnkKICAjIFRoZSBzaW11bGF0ZWQgcXVvdGUgaXMgc2lnbmVkIGJ5IGEga2V5IG1hZGUgZm9yIHRoaXMgcnVuLCBub3QgYnkgYSB2ZW5kb3Igcm9vdC4KICB0cnVzdF9yb290czogYW55CiAgIyBUaGUgb25lIHNoaXBwZWQgcG9saWN5IHRoYXQgYWNjZXB0cyBzaW11bGF0ZWQgZXZpZGVuY2UuCiAgYWNjZXB0X3NpbXVsYXRlZDogdHJ1ZQoKYmVuY2htYXJrOiBjb250ZXh0LW9ubHkKCiMgYGNvbXBhcmVgIG9uIGRlbW8gcmVjZWlwdHMgKHRpZXIgcmVwcm9kdWNlZCk6IHR3byByZWNlaXB0cyBvZiBkaXN0aW5jdCBqb2JzLCBieSB0aGVpciBqb2IgY29udGV4dC4KIyBUd28gZGVtbyBydW5zIG9uIG9uZSBtYWNoaW5lIHNoYXJlIHRoZSBqb2IgY29udGV4dCAoImRlbW8iKSwgc28gdGhleSBob2xkOiBnaXZlIGVhY2ggcnVuIGl0cyBvd24KIyBHSVRIVUJfUlVOX0lEIChvciAtLWpvYi1pZCkgdG8gc2ltdWxhdGUgdHdvIHJ1bm5lcnMuCnJlcHJvZHVjdGlvbjoKICBtaW5fcmVjZWlwdHM6IDIKICBkaXN0aW5jdDoKICAgIGpvYnM6IHNlbGYtcmVwb3J0ZWQKICAgIHJ1bm5lcnM6IG5vdC1yZXF1aXJlZAogICAgcHJvdmlkZXJzOiBub3QtcmVxdWlyZWQK",
    "gpu-tee-strict.yml": "IyBncHUtdGVlLXN0cmljdCDigJQgZ2F0ZSBvbiBhIGNvbmZpZGVudGlhbCBWTSAoVERYIG9yIFNFVi1TTlApIHBsdXMgYXR0ZXN0ZWQgTlZJRElBIEdQVShzKSwKIyBhbGwgYm91bmQgdG8gdGhpcyBqb2IuCiMKIyBBcyBjcHUtdGVlLXN0cmljdCwgd2l0aCBvbmUgZGlmZmVyZW5jZSB0YWtlbiBmcm9tIHRoZSBkZXNpZ24ncyBleGFtcGxlOiB3aGVuIGEgdmVyaWZpZXIgaXMKIyB1bmF2YWlsYWJsZSAobm8gY29sbGF0ZXJhbCwgbm8gTlZJRElBIHJlZmVyZW5jZSBtYW5pZmVzdHMsIG5ldHdvcmsgb2ZmKSB0aGUgcnVuIGhvbGRzIHJhdGhlciB0aGFuCiMgZGVuaWVzLCBiZWNhdXNlIEdQVSBhcHByYWlzYWwgb2Z0ZW4gbmVlZHMgbWF0ZXJpYWwgYSBydW5uZXIgY2Fubm90IHJlYWNoIG9mZmxpbmUuIEhvbGRzIG5ldmVyIHBhc3MuCiMKIyBSZWZlcmVuY2UgdmFsdWVzOiB0aGUgYWxsb3ctbGlzdHMgYmVsb3cgYXJlIEVNUFRZLCBtZWFuaW5nICJub3QgcGlubmVkIjogdGhlIGNoZWNrIGhvbGRzIGFuZCBzaG93cwojIHRoZSBvYnNlcnZlZCB2YWx1ZS4gQ29weSB0aGlzIGZpbGUsIHBpbiB0aGUgdmFsdWVzIGZyb20gYSBydW4geW91IHRydXN0LCBidW1wIGB2ZXJzaW9uYCwgYW5kIHBhc3MKIyB0aGUgY29weSB3aXRoIC0tcG9saWN5IC4vbXktcG9saWN5LnltbC4gQSBrZXkgdGhhdCBpcyBsZWZ0IG91dCBpcyBub3QgY2hlY2tlZCBhdCBhbGwuCnBvbGljeV9pZDogZ3B1LXRlZS1zdHJpY3QKdmVyc2lvbjogMQpkZXNjcmlwdGlvbjogUmVxdWlyZSBhIHZlcmlmaWVkIFREWCBvciBTRVYtU05QIGF0dGVzdGF0aW9uIGFuZCBOVklESUEgR1BVIGF0dGVzdGF0aW9uIGJvdW5kIHRvIHRoaXMgam9iLgoKZGVjaXNpb25fY2VpbGluZzogcGFzcwoKZXZpZGVuY2U6CiAgIyBBIENQVSBURUUgKGVpdGhlciBvbmUpIGFuZCB0aGUgR1BVKHMpLgogIHJlcXVpcmVkOiBbW3RkeCwgc2V2LXNucF0sIG52aWRpYS1ncHVdCiAgb25fbWlzc2luZzogZGVueQogIG9uX3Vuc3VwcG9ydGVkOiBkZW55CiAgb25fdmVyaWZpZXJfdW5hdmFpbGFibGU6IGhvbGQKICB0cnVzdF9yb290czogc2hpcHBlZAogIGFjY2VwdF9zaW11bGF0ZWQ6IGZhbHNlCgp0ZHg6CiAgZGVidWc6IGZvcmJpZAogIG1yX3RkOiBbXSAgICMgbm90IHBpbm5lZCAtPiBob2xkCiAgcnRtcjA6IFtdCiAgcnRtcjE6IFtdCiAgcnRtcjI6IFtdCiAgdGRfYXR0cmlidXRlczoKICAgIGZvcmJpZDogW2RlYnVnXQogICAgcmVxdWlyZTogW3NlcHRfdmVfZGlzYWJsZV0KICB0Y2Jfc3RhdHVzOgogICAgcGFzczogW1VwVG9EYXRlXQogICAgaG9sZDogW1NXSGFyZGVuaW5nTmVlZGVkXQoKc2V2LXNucDoKICBkZWJ1ZzogZm9yYmlkCiAgbWlncmF0ZV9tYTogZm9yYmlkCiAgbWVhc3VyZW1lbnQ6IFtdICAgIyBub3QgcGlubmVkIC0+IGhvbGQKICAjIG1pbl9yZXBvcnRlZF90Y2I6IHtib290bG9hZGVyOiAxMCwgdGVlOiAwLCBzbnA6IDIzLCBtaWNyb2NvZGU6IDIxM30gICAjIHBlciBwcm9kdWN0IGxpbmUKCm52aWRpYS1ncHU6CiAgY291bnQ6IHttaW46IDF9CiAgIyBBIEdQVSBpbiBkZWJ1ZyBtb2RlIGV4cG9zZXMgaXRzIG1lbW9yeS4gYGRiZ3N0YXRgIGNvbWVzIGZyb20gTlJBUyB0b2tlbnM7IHdpdGggcmF3IFNQRE0gZXZpZGVuY2UKICAjIG9ubHksIHRoaXMgY2hlY2sgaXMgbm90IGV2YWx1YXRlZCAoaG9sZCkuCiAgZGVidWc6IGZvcmJpZAogICMgVGhlIEdQVSdzIG1lYXN1cmVtZW50cyBtdXN0IG1hdGNoIE5WSURJQSdzIHJlZmVyZW5jZSBtYW5pZmVzdHMgKFJJTXMpLiBFaXRoZXIgTlJBUyBhcHByYWlzZXMgdGhlbQogICMgYW5kIHNpZ25zIGBtZWFzcmVzYCAoY29sbGVjdCBOUkFTIHRva2VucyBiZXNpZGUgdGhlIFNQRE0gZXZpZGVuY2UpLCBvciBjb21wdXRlLXJlY2VpcHQgYXBwcmFpc2VzCiAgIyByYXcgU1BETSBldmlkZW5jZSBpdHNlbGYgYWdhaW5zdCB0aGUgZHJpdmVyIGFuZCBWQklPUyBSSU1zIGdpdmVuIHdpdGggYC0tcmltYCAoc2lnbmVkIFJJTXMsCiAgIyB2ZXJpZmllZCB0byB0aGUgc2hpcHBlZCBSSU0gcm9vdDsgZG9jcy9ncHUubWQpLiBXaXRoIG5laXRoZXIgdGhpcyBjaGVjayBpcyBub3QgZXZhbHVhdGVkIChob2xkKSwKICAjIG5ldmVyIGEgcGFzczsgd2hlbiBib3RoIHNwZWFrIGZvciBhIEdQVSBhbmQgZGlzYWdyZWUsIGl0IGRlbmllcy4KICBtZWFzcmVzOiBzdWNjZXNzCiAgIyBOUkFTJ3MgdmVyZGljdCBvbiBlYWNoIEdQVSdzIGRldmljZSBjZXJ0aWZpY2F0ZSBjaGFpbiAocmV2b2NhdGlvbiBpbmNsdWRlZCkuCiAgY2VydF9zdGF0dXM6IHZhbGlkCiAgYXJjaGl0ZWN0dXJlczogW0hPUFBFUiwgQkxBQ0tXRUxMXQogICMgTm90IHBpbm5lZCAtPiBob2xkOyBwaW4gdGhlIGRyaXZlciBhbmQgVkJJT1MgdmVyc2lvbnMgeW91IHJ1bi4KICBkcml2ZXJfdmVyc2lvbnM6IFtdCiAgdmJpb3NfdmVyc2lvbnM6IFtdCgpiZW5jaG1hcms6IGNvbnRleHQtb25seQo=",
    "record-only.yml": "IyByZWNvcmQtb25seSDigJQgdGhlIGRlZmF1bHQgcG9saWN5LgojCiMgSXQgcmVjb3JkcyB3aGF0IHJhbiAod29ya2xvYWQsIGlucHV0cywgb3V0cHV0cykgYW5kIHdoYXRldmVyIGV2aWRlbmNlIGNhbWUgd2l0aCBpdCwgYW5kIGl0IG5ldmVyCiMgcGFzc2VzOiBkZWNpc2lvbl9jZWlsaW5nIGhvbGQgY2FwcyBldmVyeSBydW4gYXQgaG9sZCwgYmVjYXVzZSB3aXRob3V0IHJlcXVpcmVkIGV2aWRlbmNlIHRoZXJlIGlzCiMgbm90aGluZyBhIHBhc3MgY291bGQgc3RhbmQgZm9yLiBVc2UgY3B1LXRlZS1zdHJpY3QgLyBncHUtdGVlLXN0cmljdCAob3IgeW91ciBvd24gY29weSkgdG8gZ2F0ZS4KcG9saWN5X2lkOiByZWNvcmQtb25seQp2ZXJzaW9uOiAxCmRlc2NyaXB0aW9uOiBSZWNvcmQgdGhlIGpvYjsgcmVxdWlyZSBubyBydW50aW1lIGV2aWRlbmNlOyBuZXZlciBwYXNzLgoKIyBob2xkLCBub3QgcGFzczogYSByZWNlaXB0IHVuZGVyIHRoaXMgcG9saWN5IGlzIGEgcmVjb3JkLCBub3QgYW4gYWNjZXB0YW5jZS4KZGVjaXNpb25fY2VpbGluZzogaG9sZAoKZXZpZGVuY2U6CiAgIyBOb3RoaW5nIGlzIHJlcXVpcmVkLCBzbyBhIHJ1biB3aXRoIG5vIGV2aWRlbmNlIGF0IGFsbCBpcyByZWNvcmRlZCAoYW5kIGhlbGQgYnkgdGhlIGNlaWxpbmcpLgogIHJlcXVpcmVkOiBbXQogIG9uX21pc3Npbmc6IGhvbGQKICAjIEV2aWRlbmNlIHRoYXQgaXMgcHJlc2VudGVkIGlzIHN0aWxsIHZlcmlmaWVkIGFuZCBzaG93bjsgd2hhdCBjYW5ub3QgYmUgdmVyaWZpZWQgb25seSBob2xkcy4KICBvbl91bnN1cHBvcnRlZDogaG9sZAogIG9uX3ZlcmlmaWVyX3VuYXZhaWxhYmxlOiBob2xkCiAgIyBTaWduYXR1cmUsIGNoYWluIGFuZCBiaW5kaW5nIGZhaWx1cmVzIGRlbnkgdW5kZXIgZXZlcnkgcG9saWN5OyBzbyBkbyBjdXN0b20gdHJ1c3Qgcm9vdHMgaGVyZSwKICAjIGFzIHVuZGVyIGV2ZXJ5IHNoaXBwZWQgcG9saWN5IGV4Y2VwdCBkZW1vLgogIHRydXN0X3Jvb3RzOiBzaGlwcGVkCiAgIyBTaW11bGF0ZWQgZXZpZGVuY2UgcHJvdmVzIG5vdGhpbmcgYWJvdXQgaGFyZHdhcmU6IHByZXNlbnRpbmcgaXQgaGVyZSBkZW5pZXMgKHVzZSBgZGVtb2ApLgogIGFjY2VwdF9zaW11bGF0ZWQ6IGZhbHNlCgojIEEgYmVuY2htYXJrIGlzIGNhcGFjaXR5IGNvbnRleHQsIG5ldmVyIGV2aWRlbmNlICh0aGUgb25seSBhY2NlcHRlZCB2YWx1ZSkuCmJlbmNobWFyazogY29udGV4dC1vbmx5Cg==",
    "reproduce.yml": "IyByZXByb2R1Y2Ug4oCUIGZvciBgY29tcGFyZWAgKHRpZXIgcmVwcm9kdWNlZCkgd2hlbiB0aGUgcnVucyBoYXZlIG5vIGNvbmZpZGVudGlhbCBoYXJkd2FyZS4KIwojIEVhY2ggcmVjZWlwdCBpcyB2ZXJpZmllZCBhcyB1bmRlciByZWNvcmQtb25seTogbm90aGluZyBpcyByZXF1aXJlZCwgZXZpZGVuY2UgdGhhdCBpcyBwcmVzZW50ZWQgaXMKIyB2ZXJpZmllZCBhbmQgc2hvd24sIGFuZCBhIHJlY2VpcHQgYWxvbmUgbmV2ZXIgcGFzc2VzIChkZWNpc2lvbiBjZWlsaW5nIGhvbGQpLiBUaGUgY29tcGFyaXNvbiBpcwojIGRlY2lkZWQgYnkgdGhlIHJlcHJvZHVjdGlvbiBibG9jayBiZWxvdzogdHdvIG9yIG1vcmUgcmVjZWlwdHMgb2YgZGlzdGluY3Qgam9icyB0aGF0IHJlY29yZGVkIHRoZQojIHNhbWUgd29ya2xvYWQsIGlucHV0cyBhbmQgb3V0cHV0cy4gSXRzIGNsYWltIHNheXMgd2hhdCB0aGUgam9icycgZGlzdGluY3RuZXNzIHJlc3RzIG9uLCBhbmQgaXQgbmV2ZXIKIyBzYXlzIHRoYXQgdGhlIG91dHB1dHMgYXJlIGNvcnJlY3Qgb3IgdGhhdCBhbm90aGVyIHJ1biB3b3VsZCBwcm9kdWNlIHRoZW0uCnBvbGljeV9pZDogcmVwcm9kdWNlCnZlcnNpb246IDEKZGVzY3JpcHRpb246IENvbXBhcmUgcmVjZWlwdHMgb2YgZGlzdGluY3Qgam9icyAodGllciByZXByb2R1Y2VkKTsgcmVxdWlyZSBubyBydW50aW1lIGV2aWRlbmNlLgoKIyBGb3IgZWFjaCByZWNlaXB0J3Mgb3duIGRlY2lzaW9uOiBhIHJlY2VpcHQgdW5kZXIgdGhpcyBwb2xpY3kgaXMgYSByZWNvcmQsIG5vdCBhbiBhY2NlcHRhbmNlLgpkZWNpc2lvbl9jZWlsaW5nOiBob2xkCgpldmlkZW5jZToKICByZXF1aXJlZDogW10KICBvbl9taXNzaW5nOiBob2xkCiAgb25fdW5zdXBwb3J0ZWQ6IGhvbGQKICBvbl92ZXJpZmllcl91bmF2YWlsYWJsZTogaG9sZAogIHRydXN0X3Jvb3RzOiBzaGlwcGVkCiAgIyBTaW11bGF0ZWQgZXZpZGVuY2UgcHJvdmVzIG5vdGhpbmcgYWJvdXQgaGFyZHdhcmU6IHByZXNlbnRpbmcgaXQgaGVyZSBkZW5pZXMgdGhhdCByZWNlaXB0LgogIGFjY2VwdF9zaW11bGF0ZWQ6IGZhbHNlCgpiZW5jaG1hcms6IGNvbnRleHQtb25seQoKcmVwcm9kdWN0aW9uOgogICMgVHdvIHJlY2VpcHRzIGF0IGxlYXN0LCBlYWNoIG9mIGEgZGlmZmVyZW50IHJlY2VpcHQuanNvbi4KICBtaW5fcmVjZWlwdHM6IDIKICBkaXN0aW5jdDoKICAgICMgRGlzdGluY3Qgam9icyBhcmUgYWx3YXlzIHJlcXVpcmVkLiBzZWxmLXJlcG9ydGVkOiBieSB0aGUgam9iIGNvbnRleHQgdGhlIHByb2R1Y2VyIHdyb3RlCiAgICAjIChyZXBvc2l0b3J5LCBydW4gaWQsIHJ1biBhdHRlbXB0LCBqb2IgaWQpOyB2ZXJpZmllZDogb25seSBqb2JzIHdob3NlIHNhdmVkIEdpdEh1YiBPSURDIHRva2VucwogICAgIyB2ZXJpZnkgYW5kIG5hbWUgZGlmZmVyZW50IHJ1bnMgb3IgcnVuIGF0dGVtcHRzIGNvdW50LgogICAgam9iczogc2VsZi1yZXBvcnRlZAogICAgIyBub3QtcmVxdWlyZWQgfCBzZWxmLXJlcG9ydGVkIChydW5uZXIgZmFjdHMgdGhlIHByb2R1Y2VyIHdyb3RlKSB8IHZlcmlmaWVkIChURUUgZXZpZGVuY2UgbmFtaW5nCiAgICAjIGRpZmZlcmVudCBwbGF0Zm9ybXM6IFNFVi1TTlAgY2hpcCBpZCwgVERYIFBDSyBQUElEIG9yIEZNU1BDKS4KICAgIHJ1bm5lcnM6IG5vdC1yZXF1aXJlZAogICAgIyBub3QtcmVxdWlyZWQgfCBzZWxmLXJlcG9ydGVkIChDT01QVVRFX1JFQ0VJUFRfUFJPVklERVIpOiBwcm92aWRlcnMgY2Fubm90IGJlIHZlcmlmaWVkLgogICAgcHJvdmlkZXJzOiBub3QtcmVxdWlyZWQKICAjIE91dHB1dCBmaWxlcyBhbGxvd2VkIHRvIGRpZmZlciwgZWFjaCB3aXRoIHRoZSByZWFzb24gY29waWVkIGludG8gY29tcGFyZS5qc29uLiBOb25lIGJ5IGRlZmF1bHQuCiAgYWxsb3dfZGlmZmVyOiBbXQo=",
};
const ROOT_FILES = {
    "amd/genoa_ark.pem": "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUdZekNDQkJLZ0F3SUJBZ0lEQWdBQU1FWUdDU3FHU0liM0RRRUJDakE1b0E4d0RRWUpZSVpJQVdVREJBSUMKQlFDaEhEQWFCZ2txaGtpRzl3MEJBUWd3RFFZSllJWklBV1VEQkFJQ0JRQ2lBd0lCTUtNREFnRUJNSHN4RkRBUwpCZ05WQkFzTUMwVnVaMmx1WldWeWFXNW5NUXN3Q1FZRFZRUUdFd0pWVXpFVU1CSUdBMVVFQnd3TFUyRnVkR0VnClEyeGhjbUV4Q3pBSkJnTlZCQWdNQWtOQk1SOHdIUVlEVlFRS0RCWkJaSFpoYm1ObFpDQk5hV055YnlCRVpYWnAKWTJWek1SSXdFQVlEVlFRRERBbEJVa3N0UjJWdWIyRXdIaGNOTWpJd01USTJNVFV6TkRNM1doY05ORGN3TVRJMgpNVFV6TkRNM1dqQjdNUlF3RWdZRFZRUUxEQXRGYm1kcGJtVmxjbWx1WnpFTE1Ba0dBMVVFQmhNQ1ZWTXhGREFTCkJnTlZCQWNNQzFOaGJuUmhJRU5zWVhKaE1Rc3dDUVlEVlFRSURBSkRRVEVmTUIwR0ExVUVDZ3dXUVdSMllXNWoKWldRZ1RXbGpjbThnUkdWMmFXTmxjekVTTUJBR0ExVUVBd3dKUVZKTExVZGxibTloTUlJQ0lqQU5CZ2txaGtpRwo5dzBCQVFFRkFBT0NBZzhBTUlJQ0NnS0NBZ0VBM0NkOTVTL3VGT3VSSXNrVzl2ejlWREJGNjlORFFGNzlvUmhMCi9MMlBWUUdoSzNZZGZFQmdwRi9KaXdXRkJzVC9mWERoekEwMXAzTGtjVC83TGRqY1JmS1hqSGwrMFFxL000ZFoKa2g2UURvVWVLek5CTERjQktEREdXbzN2MzVOeXJ4YkExRG5rWXdVS1U1QUFrNFA5NHRLWExwODBveHQ4NGFoeQpIb0xtYy9McXNHc3Arb3ExQno0UFBzWUx3VEc0aU1LVmFhVDkwL29aNEk4b2liU3J1OTJ2SmhscVdPMjdkL1J4CmMzaVVNeWhOZUdUb092Z3gvaVVvNGdHcEc2MU5EcGtFVXZJenVLY2FNeDhJZFRwV2cyREY2U3dGMElnVk1mZm4KdnRKbUE2OEJ3Sk5XbzFFNFBMSmRhUGZCaWZjSnB1QkZ3TlZRSVBRRVZYM2FQODlISlNwOFliWTlseVNTNlBsVgpFcVRCQnRhUW1pNEFUR21NUituMksvZStKQWhVMkdqN2pJcEpoT2tkSDlmaXJRRG5tbEEyU0ZmSi9DYzBtR056Clc5Um1JaHlPVW5ORm9jbG1rUmhsMy9BUVU1WXM5UXNhbjFqVC9FaXlUK3BDcG1uQSt5OWVkdmhEQ2JPRzhGMm8KeEhHUmRUQmt5bHVuZ3JrWEpHWWl3R3JSOGthaXF2N05OOFFoT0JNcVlqY2Jya0VyMGY4UU1La2xJUzVydU9mcQpsTE1DQnc4SkxCM0xranBXZ3REN09weGt6U3NvaE40N1VvbTg2Ulk2bHA3Mmc4ZVhIUDFxWXJudmh6YUcxUzcwCnZ3Nk9rYmFhQzlFamlIL3VIZ0FKUUd4b243dTBRN3hnb1JFV0EvZTdKY0JRd0xnODBIcS9zYlJ1cWVzeHo3d0IKV1NZMjU0Y0NBd0VBQWFOK01Id3dEZ1lEVlIwUEFRSC9CQVFEQWdFR01CMEdBMVVkRGdRV0JCU2ZYZm4rRGRqegpXdEF6R2lYdmdTbFB2akdvV3pBUEJnTlZIUk1CQWY4RUJUQURBUUgvTURvR0ExVWRId1F6TURFd0w2QXRvQ3VHCktXaDBkSEJ6T2k4dmEyUnphVzUwWmk1aGJXUXVZMjl0TDNaalpXc3ZkakV2UjJWdWIyRXZZM0pzTUVZR0NTcUcKU0liM0RRRUJDakE1b0E4d0RRWUpZSVpJQVdVREJBSUNCUUNoSERBYUJna3Foa2lHOXcwQkFRZ3dEUVlKWUlaSQpBV1VEQkFJQ0JRQ2lBd0lCTUtNREFnRUJBNElDQVFBZElsUEJDN0RRbXZIN2tqbE96bkZ4M2kyMVN6T1BEczVMCjdTZ0ZqTUM5clIwNzI5MkdRQ0E3WjdVbHE5N0pRYVdlRDJvZkdHc2U1c3dqNE9RZktmVnYvemFKVUZqdm9zWk8KbmZaNjNlcHU4TWpXZ0JTWEpnNVFFL0FsMHpSc1pzcDUzREJUZEErVXYvczMzZmV4ZGVuVDFtcEtZemhJZy9jSwp0ejRvTXhxOEpLV0o4UG8xQ1hMektjZnJUcGhqbGJraDhBVktNWGVCZDJTcE0zM0IxWVA0ZzFCT2RrMDEza3FiCjdiUkhaMWlCMkpIRzVjTUtLYndSQ1NBQUdITFR6QVNnRGNYcjlGcDdaM2xpRGhHdS9jaTFvcEdta3AxMlFOaUoKdUJia1RVK3hEWkhtNVg4Sm05OUJYN05FcHpsT3dJVlI4Q2xnQkR5dUJrQkMybGp0cjNaU2FVSVlqMnh1eVdOOQo1S0ZZNDluV3hjejkwQ0ZhM0h6bXk0ek1RbUJlOWRWeWxzNWVMNXA5YmtYY2dSTURUYmdtVlppQWY0YWZlOERMCmRtUWNZY01GUWJIaGdWek1peVpIR0pnY0NyUW1BN01rVHdFSWRzMXd4L0h6TWN3VTRxcU5CQW9aVjdvZUlJUHgKZHFGWGZQcUhxaVJsRWJSRGZYMVRHNU5GVmFlQnlYMEd5SDZqellWdWV6RVR6cnVha3k2ZnAyYmwyYmN6eFBFOApIZFMzOGlqaUptbTl2bDUwUkdVZU9BWGpTdUluR1I0YnNSdWZlR1BCOXBlVGE5QmNCT2VUV3pzdHFUVUIvRi9xCmFaQ0laS3I0WDZUeWZVdVNEei8xSkRBR2wrbHhkTTBQOStsTGFQOU5haFFqSENWZjB6ZjFjMXNhbFZ1R0ZrMncKL3dNejFSMUJIZz09Ci0tLS0tRU5EIENFUlRJRklDQVRFLS0tLS0K",
    "amd/genoa_ask.pem": "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUdpVENDQkRpZ0F3SUJBZ0lEQWdBQ01FWUdDU3FHU0liM0RRRUJDakE1b0E4d0RRWUpZSVpJQVdVREJBSUMKQlFDaEhEQWFCZ2txaGtpRzl3MEJBUWd3RFFZSllJWklBV1VEQkFJQ0JRQ2lBd0lCTUtNREFnRUJNSHN4RkRBUwpCZ05WQkFzTUMwVnVaMmx1WldWeWFXNW5NUXN3Q1FZRFZRUUdFd0pWVXpFVU1CSUdBMVVFQnd3TFUyRnVkR0VnClEyeGhjbUV4Q3pBSkJnTlZCQWdNQWtOQk1SOHdIUVlEVlFRS0RCWkJaSFpoYm1ObFpDQk5hV055YnlCRVpYWnAKWTJWek1SSXdFQVlEVlFRRERBbEJVa3N0UjJWdWIyRXdIaGNOTWpJeE1ETXhNVE16TXpRNFdoY05ORGN4TURNeApNVE16TXpRNFdqQjdNUlF3RWdZRFZRUUxEQXRGYm1kcGJtVmxjbWx1WnpFTE1Ba0dBMVVFQmhNQ1ZWTXhGREFTCkJnTlZCQWNNQzFOaGJuUmhJRU5zWVhKaE1Rc3dDUVlEVlFRSURBSkRRVEVmTUIwR0ExVUVDZ3dXUVdSMllXNWoKWldRZ1RXbGpjbThnUkdWMmFXTmxjekVTTUJBR0ExVUVBd3dKVTBWV0xVZGxibTloTUlJQ0lqQU5CZ2txaGtpRwo5dzBCQVFFRkFBT0NBZzhBTUlJQ0NnS0NBZ0VBb0hKaHZrNEZ3d2t3YjAzQU1mTHlTWEpTWG1FYUNaTVRSYkxnClBhajRvRXphRDl0R2Z4Q1N3L25zQ0FpWEhRYVdVdCsrYm5iakpPMDVUS1Q1ZCtDZHJ6NC9maVJCcGJoZjB4enYKaDExTyt3SlRCUGozdUN6RG00OHZFWjhsNVNYTU80d2QvUXF3c3JlakZFUlBEL0hkZnYxbUdDTVc3YWMwdWc4dApyRHpxR2UrbCtwOE5NanAvRXFCRFkydmQ4aExhVkxtUytYakFxbFlWTlJrc2g5YVR6U1lMMTkvY1RyQkRtcVEyCnk4azIzek5sMmxXNnEvQnRRT3BXR1ZzM0VXdkJIYi9RbmYzZjNTOStsQzRIMmpkRHk5eW43a3F5VFdxNFdDQm4KRTRxaFlKUm9rdWxZdHpNWk0xSWxrNFo2UlBrT1RSMU1KNGdkRnRqN2xLbXJrU3VPb0pZbXFoSklzUUo4NTRsQQpiSnliZ1U3enl6V0F3dTN1YXNsa1lLVUVBUWYyamE1SHlsM0lCcU96cHFZMzFTcEt6Ymw4Tlh2ZVp5YlJNa2x3CmZlNGlETEkyNVQ5a3U5Q1ZldERZaWZDYmRHZXVIZFR3WkJCZW1XNE5FNTdMN2lFVjgreno4bnhuZzhPTVgvLzQKcFhudFdxbVFiRUFuQkx2MlRvVGdkMUgyellSdGh5RExjM1YxMTkvK0ZuVFcxN0xLNmJLelRDZ0VuQ0hRRWNBdAowaERRTExGNzk5KzJsWlR4eGZCRW9kdUFaYXg2SWpnQU1DaTZlMVpmS1BKU2tkdmIybTNCd2ZQOGJuaUc3K0FFCkp2MVdPRW1uQkpjMXBWUUN0dGJKVW9kYmkwN1ZmZW41SlJVcUF2U00zT2JXUU96U0FHenNHbnBJaWd3RnBXNm0KOUY3dVlWVUNBd0VBQWFPQm96Q0JvREFkQmdOVkhRNEVGZ1FVc3NaN3BEVzdISlZrSEFtZ1FmL0YzRW1HRlZvdwpId1lEVlIwakJCZ3dGb0FVbjEzNS9nM1k4MXJRTXhvbDc0RXBUNzR4cUZzd0VnWURWUjBUQVFIL0JBZ3dCZ0VCCi93SUJBREFPQmdOVkhROEJBZjhFQkFNQ0FRUXdPZ1lEVlIwZkJETXdNVEF2b0MyZ0s0WXBhSFIwY0hNNkx5OXIKWkhOcGJuUm1MbUZ0WkM1amIyMHZkbU5sYXk5Mk1TOUhaVzV2WVM5amNtd3dSZ1lKS29aSWh2Y05BUUVLTURtZwpEekFOQmdsZ2hrZ0JaUU1FQWdJRkFLRWNNQm9HQ1NxR1NJYjNEUUVCQ0RBTkJnbGdoa2dCWlFNRUFnSUZBS0lECkFnRXdvd01DQVFFRGdnSUJBSWd1M1YydFFKT28wLzZHdk5td0xYYkxEcnNMS1hxSFVxZEd5T1pVcFBITTN1alQKYWV4MUcrOGJFZ0Jzd3dCYSt3TnZsMVNRcVJxeTJ4MlF3UCtpLy9CY1dyM2xNclV4Y2k0RzcvUDhoWkJWODIxbgpyQVVadGJ2ZnFsYTVNclJIOUFLSlhXVy9wbXRkMTBjenFDSGt6ZExRTlpOanQyZG5aSE1RQU10R3MxQXR5blJFCkhOd0VCaUgyS0F0N2dVYy9zS1duU0NpcHp0S0U3NnB1Ti9YWGJTeCtXcytWUGlGdzZDQkFlSTlkcW5FaVExdHAKRWdxdFdFdGNLbTdHZ2IxWEg2b1diSVNvb3d2YzAwL0FEV2ZOb20weGw2djJDNlJJV1lnVW9aMmY3UEN5VjNEdApidS9mUWZ5eVp2bXRWTEE0Z0IyRWhjNk9tankyMVk1NVdZOUl3ZUhsS0VOTVBFVVZ0UnFPdlJWSTBtbDlXYmFsCmYwNDlqb0N1MmozM1hQcXdwM0lyemV2bVBCREdwUjJTdGRtM0s2NmEvZy9CU1k3V2M5L1ZleWtQM1JYbHhZMVQKTU1KOEYxbHBnNlRtdStjK3ZvdzdjbGl5cU9vYXlBblI3MVU4K3JXckwzSFJIaGVTVlg4R1BZT2FETkJUdDgzMQpaMDI3dkRXdjM4MTF2TW94WXhodVRSYW9rdk5XQ1N6bUoyRVdyUFlIY0hPdGtqU0ZLTjdvdDBSYzcwZklSWkVZCmMycmIzeXdMU2ljRXEzSlFDbm56NmlDWjF0TWZwbHpjckoyTG5XMkYxQzh5UlYrb2t5bHlPUmxzYXhPTEtZT1cKamFEVFNGYXExTkl3b2RIcDdYOWZPRzQ4dVJ1SldTOEdtaWZEOTY5c0M0VXQyRkpGb2tsY2VCVlVOQ0hSCi0tLS0tRU5EIENFUlRJRklDQVRFLS0tLS0K",
    "amd/gosev_ask_ark_genoa_vlek.pem": "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUdqekNDQkQ2Z0F3SUJBZ0lEQWdFQk1FWUdDU3FHU0liM0RRRUJDakE1b0E4d0RRWUpZSVpJQVdVREJBSUMKQlFDaEhEQWFCZ2txaGtpRzl3MEJBUWd3RFFZSllJWklBV1VEQkFJQ0JRQ2lBd0lCTUtNREFnRUJNSHN4RkRBUwpCZ05WQkFzTUMwVnVaMmx1WldWeWFXNW5NUXN3Q1FZRFZRUUdFd0pWVXpFVU1CSUdBMVVFQnd3TFUyRnVkR0VnClEyeGhjbUV4Q3pBSkJnTlZCQWdNQWtOQk1SOHdIUVlEVlFRS0RCWkJaSFpoYm1ObFpDQk5hV055YnlCRVpYWnAKWTJWek1SSXdFQVlEVlFRRERBbEJVa3N0UjJWdWIyRXdIaGNOTWpJeE1URTRNakEwT0RNMFdoY05ORGN4TVRFNApNakEwT0RNMFdqQ0JnREVVTUJJR0ExVUVDd3dMUlc1bmFXNWxaWEpwYm1jeEN6QUpCZ05WQkFZVEFsVlRNUlF3CkVnWURWUVFIREF0VFlXNTBZU0JEYkdGeVlURUxNQWtHQTFVRUNBd0NRMEV4SHpBZEJnTlZCQW9NRmtGa2RtRnUKWTJWa0lFMXBZM0p2SUVSbGRtbGpaWE14RnpBVkJnTlZCQU1NRGxORlZpMVdURVZMTFVkbGJtOWhNSUlDSWpBTgpCZ2txaGtpRzl3MEJBUUVGQUFPQ0FnOEFNSUlDQ2dLQ0FnRUF6TDIveGloSHNjRXB4UzMrT3NRWnBBdU5JSkdTCkVRWnJrb1dQdHFLTWpqWk95WE1NUkhBaGVUbTU2RWkwTWI4VEpabGJHRFM1eC9BZGJvd3N0R21wSHFoMnp2U3YKalpPN1Y0djZGdDg0cDcxUDZHWGZPVkVRZ0N1YXRpc3pmSXdGclJRay9jbVU3SHVKYWRCcTZYdFlFK3FCSk1qdQpzOEMwV3dXL0lXWTlqNnBOYkVBMVNuVXZWZzZ0ODl6ZkUrQWNCNVVEQ0txMDl4N3F3K3JQdDlwVHBFY2gwZjFiCkhkUkZKbHBnV0dUcTAyb2hIOWJUKzZhdThrUHB2TWEzbTJwOHpkSUlxdHV1U0c2c3JJaW1ycHQyNGxzcjR0TGgKUUc2NVIvUmJWSlQ5TXNLNFVMcGJBVU81TndkbEx3Ym5wTFdIaVV3b1lyeVNNRDhsM3hSRHZoUG1JbmxYRUZFbwo4bGFoY1lsbHhpSkpSOG9xcUE2eDNqUEZLbWtmaEVnYVFlZmNuNFA4bkE0U1NjcUFvTGlobjc1aWlEdFUyK1psCmtQbktnY05zNVUxTGU0NDF5cGVuMm43Qk9uUnlobXd5QVVCR2szT2NNWEhzSjZLR3BESnlUVkNhQzNmV1gzZXgKNEl2NExrdUtSQTZPOXl1M3pIUDIzTi91YkU4L1l5a2ZmSWpNYnRCb09BemRXQ245bEU0YW1vNFZaKzhld0l1dApaQVltQzVUSVFPK3dXVXFLWXIwaUFvYmNjTW5aZEpqVU9SalZvcVZRK2RMcisvMW90azM2Z2ZQYzBMcG1oV1pLCmZBWEY5c2d2WXRRamNhUjl3bEdyOHlTUnRaMllKV29mdVI3emdZRkpQRVhSd0FuYkFSLzA1aEJtb2c3Q010MUYKOVlLU21rdTZKZlJlY1k4Q0F3RUFBYU9Cb3pDQm9EQWRCZ05WSFE0RUZnUVVoRWRqbjhIUU5JOWJOMk5BS0w5egpnTTZWTm9vd0h3WURWUjBqQkJnd0ZvQVVuMTM1L2czWTgxclFNeG9sNzRFcFQ3NHhxRnN3RWdZRFZSMFRBUUgvCkJBZ3dCZ0VCL3dJQkFEQU9CZ05WSFE4QkFmOEVCQU1DQVFRd09nWURWUjBmQkRNd01UQXZvQzJnSzRZcGFIUjAKY0hNNkx5OXJaSE5wYm5SbUxtRnRaQzVqYjIwdmRteGxheTkyTVM5SFpXNXZZUzlqY213d1JnWUpLb1pJaHZjTgpBUUVLTURtZ0R6QU5CZ2xnaGtnQlpRTUVBZ0lGQUtFY01Cb0dDU3FHU0liM0RRRUJDREFOQmdsZ2hrZ0JaUU1FCkFnSUZBS0lEQWdFd293TUNBUUVEZ2dJQkFMZ0NUeVRTL3BweG80Mm4yTE9veDQyTHZOSXNuMi9aYU1zMk5mQ2oKNGYyK1ZONVhzMU5OZHB0bjJucS9TS3U1YUtuTFM1WEdXQ25IZk1TS1o3dnFITEtNYTBXeGZtKzRKYWhPSXRRMworUHpiVGEwRXdVa3ExdTZvZXpoVEh5d1gxUGlsTlJjNEVqV2dRNmJhL3o0QkJ4TzNQMTB0Vy9DMzlWUzBDdjhTCk41RzJiZlpyUGtqeTZMQmpHaWFUNE1CY3NOK1NNMm81UWdLUkcwcXFuK2VkZWdITW1UUEJEVjJxQ0tiZTVDQnMKYTEyMnErRjZTOWhQRUVpR2t6L0lwU2huU0dDYUZ2YkV1MFV2aDJkWVVsck9OMnBlWk1Ea2V2S3VyRFhsR3hUZQpoQWZsQ2l1Z0JzTmVKaXZ4MGo3Qi9IYXpBdnhrTFBUQ2tJZG1RSmNjZXpGNVBDZ21NVzBTZVA0Y01iNUV3enYvCnlDc1RMeWgxM1lzWUJ3dzVlVzREQlJFZC92Q0FTN0YxSlFVWjR0d1F5L2pxQkFKaGNEeUd1Um5ud3JSZXZHZFcKc2IzY1hCcWVMQ3ViN0NLWjFuL3pxU1JIcThGUmdvcm9QUnBmRmpTR2hEVkZiamo3YkR6V1U2V05tRi83THBucQpHK3RJTXlSYyszWTN5UkFZY2hGTk9GSHlTNlIyQzBLVHkxblJTWXdCVWRRdEdhUTByRTNlNU11bGNpZGg0cWtJCnhwcDA4OXZ6cVY4SlRTSnNSelRPemt1ak91SFVZUEtzd0oxVHZRcjVTMUMwZ1BOMnFBRVNuQ3M3TmYyeDgyRFMKeG1FcWFpSTd4UzU4cFI2dlo4QmVYTUdQUFFxZ09tL29Cek95cFZSM2lDRzZNRmRqc1ROQTZNOFA3R0NaZTFwNwoyY2tvCi0tLS0tRU5EIENFUlRJRklDQVRFLS0tLS0KLS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUdZekNDQkJLZ0F3SUJBZ0lEQWdBQU1FWUdDU3FHU0liM0RRRUJDakE1b0E4d0RRWUpZSVpJQVdVREJBSUMKQlFDaEhEQWFCZ2txaGtpRzl3MEJBUWd3RFFZSllJWklBV1VEQkFJQ0JRQ2lBd0lCTUtNREFnRUJNSHN4RkRBUwpCZ05WQkFzTUMwVnVaMmx1WldWeWFXNW5NUXN3Q1FZRFZRUUdFd0pWVXpFVU1CSUdBMVVFQnd3TFUyRnVkR0VnClEyeGhjbUV4Q3pBSkJnTlZCQWdNQWtOQk1SOHdIUVlEVlFRS0RCWkJaSFpoYm1ObFpDQk5hV055YnlCRVpYWnAKWTJWek1SSXdFQVlEVlFRRERBbEJVa3N0UjJWdWIyRXdIaGNOTWpJd01USTJNVFV6TkRNM1doY05ORGN3TVRJMgpNVFV6TkRNM1dqQjdNUlF3RWdZRFZRUUxEQXRGYm1kcGJtVmxjbWx1WnpFTE1Ba0dBMVVFQmhNQ1ZWTXhGREFTCkJnTlZCQWNNQzFOaGJuUmhJRU5zWVhKaE1Rc3dDUVlEVlFRSURBSkRRVEVmTUIwR0ExVUVDZ3dXUVdSMllXNWoKWldRZ1RXbGpjbThnUkdWMmFXTmxjekVTTUJBR0ExVUVBd3dKUVZKTExVZGxibTloTUlJQ0lqQU5CZ2txaGtpRwo5dzBCQVFFRkFBT0NBZzhBTUlJQ0NnS0NBZ0VBM0NkOTVTL3VGT3VSSXNrVzl2ejlWREJGNjlORFFGNzlvUmhMCi9MMlBWUUdoSzNZZGZFQmdwRi9KaXdXRkJzVC9mWERoekEwMXAzTGtjVC83TGRqY1JmS1hqSGwrMFFxL000ZFoKa2g2UURvVWVLek5CTERjQktEREdXbzN2MzVOeXJ4YkExRG5rWXdVS1U1QUFrNFA5NHRLWExwODBveHQ4NGFoeQpIb0xtYy9McXNHc3Arb3ExQno0UFBzWUx3VEc0aU1LVmFhVDkwL29aNEk4b2liU3J1OTJ2SmhscVdPMjdkL1J4CmMzaVVNeWhOZUdUb092Z3gvaVVvNGdHcEc2MU5EcGtFVXZJenVLY2FNeDhJZFRwV2cyREY2U3dGMElnVk1mZm4KdnRKbUE2OEJ3Sk5XbzFFNFBMSmRhUGZCaWZjSnB1QkZ3TlZRSVBRRVZYM2FQODlISlNwOFliWTlseVNTNlBsVgpFcVRCQnRhUW1pNEFUR21NUituMksvZStKQWhVMkdqN2pJcEpoT2tkSDlmaXJRRG5tbEEyU0ZmSi9DYzBtR056Clc5Um1JaHlPVW5ORm9jbG1rUmhsMy9BUVU1WXM5UXNhbjFqVC9FaXlUK3BDcG1uQSt5OWVkdmhEQ2JPRzhGMm8KeEhHUmRUQmt5bHVuZ3JrWEpHWWl3R3JSOGthaXF2N05OOFFoT0JNcVlqY2Jya0VyMGY4UU1La2xJUzVydU9mcQpsTE1DQnc4SkxCM0xranBXZ3REN09weGt6U3NvaE40N1VvbTg2Ulk2bHA3Mmc4ZVhIUDFxWXJudmh6YUcxUzcwCnZ3Nk9rYmFhQzlFamlIL3VIZ0FKUUd4b243dTBRN3hnb1JFV0EvZTdKY0JRd0xnODBIcS9zYlJ1cWVzeHo3d0IKV1NZMjU0Y0NBd0VBQWFOK01Id3dEZ1lEVlIwUEFRSC9CQVFEQWdFR01CMEdBMVVkRGdRV0JCU2ZYZm4rRGRqegpXdEF6R2lYdmdTbFB2akdvV3pBUEJnTlZIUk1CQWY4RUJUQURBUUgvTURvR0ExVWRId1F6TURFd0w2QXRvQ3VHCktXaDBkSEJ6T2k4dmEyUnphVzUwWmk1aGJXUXVZMjl0TDNaalpXc3ZkakV2UjJWdWIyRXZZM0pzTUVZR0NTcUcKU0liM0RRRUJDakE1b0E4d0RRWUpZSVpJQVdVREJBSUNCUUNoSERBYUJna3Foa2lHOXcwQkFRZ3dEUVlKWUlaSQpBV1VEQkFJQ0JRQ2lBd0lCTUtNREFnRUJBNElDQVFBZElsUEJDN0RRbXZIN2tqbE96bkZ4M2kyMVN6T1BEczVMCjdTZ0ZqTUM5clIwNzI5MkdRQ0E3WjdVbHE5N0pRYVdlRDJvZkdHc2U1c3dqNE9RZktmVnYvemFKVUZqdm9zWk8KbmZaNjNlcHU4TWpXZ0JTWEpnNVFFL0FsMHpSc1pzcDUzREJUZEErVXYvczMzZmV4ZGVuVDFtcEtZemhJZy9jSwp0ejRvTXhxOEpLV0o4UG8xQ1hMektjZnJUcGhqbGJraDhBVktNWGVCZDJTcE0zM0IxWVA0ZzFCT2RrMDEza3FiCjdiUkhaMWlCMkpIRzVjTUtLYndSQ1NBQUdITFR6QVNnRGNYcjlGcDdaM2xpRGhHdS9jaTFvcEdta3AxMlFOaUoKdUJia1RVK3hEWkhtNVg4Sm05OUJYN05FcHpsT3dJVlI4Q2xnQkR5dUJrQkMybGp0cjNaU2FVSVlqMnh1eVdOOQo1S0ZZNDluV3hjejkwQ0ZhM0h6bXk0ek1RbUJlOWRWeWxzNWVMNXA5YmtYY2dSTURUYmdtVlppQWY0YWZlOERMCmRtUWNZY01GUWJIaGdWek1peVpIR0pnY0NyUW1BN01rVHdFSWRzMXd4L0h6TWN3VTRxcU5CQW9aVjdvZUlJUHgKZHFGWGZQcUhxaVJsRWJSRGZYMVRHNU5GVmFlQnlYMEd5SDZqellWdWV6RVR6cnVha3k2ZnAyYmwyYmN6eFBFOApIZFMzOGlqaUptbTl2bDUwUkdVZU9BWGpTdUluR1I0YnNSdWZlR1BCOXBlVGE5QmNCT2VUV3pzdHFUVUIvRi9xCmFaQ0laS3I0WDZUeWZVdVNEei8xSkRBR2wrbHhkTTBQOStsTGFQOU5haFFqSENWZjB6ZjFjMXNhbFZ1R0ZrMncKL3dNejFSMUJIZz09Ci0tLS0tRU5EIENFUlRJRklDQVRFLS0tLS0K",
    "amd/gosev_ask_ark_milan_vlek.pem": "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUdqekNDQkQ2Z0F3SUJBZ0lEQVFFQk1FWUdDU3FHU0liM0RRRUJDakE1b0E4d0RRWUpZSVpJQVdVREJBSUMKQlFDaEhEQWFCZ2txaGtpRzl3MEJBUWd3RFFZSllJWklBV1VEQkFJQ0JRQ2lBd0lCTUtNREFnRUJNSHN4RkRBUwpCZ05WQkFzTUMwVnVaMmx1WldWeWFXNW5NUXN3Q1FZRFZRUUdFd0pWVXpFVU1CSUdBMVVFQnd3TFUyRnVkR0VnClEyeGhjbUV4Q3pBSkJnTlZCQWdNQWtOQk1SOHdIUVlEVlFRS0RCWkJaSFpoYm1ObFpDQk5hV055YnlCRVpYWnAKWTJWek1SSXdFQVlEVlFRRERBbEJVa3N0VFdsc1lXNHdIaGNOTWpJeE1URTJNakkwTlRJMFdoY05ORGN4TVRFMgpNakkwTlRJMFdqQ0JnREVVTUJJR0ExVUVDd3dMUlc1bmFXNWxaWEpwYm1jeEN6QUpCZ05WQkFZVEFsVlRNUlF3CkVnWURWUVFIREF0VFlXNTBZU0JEYkdGeVlURUxNQWtHQTFVRUNBd0NRMEV4SHpBZEJnTlZCQW9NRmtGa2RtRnUKWTJWa0lFMXBZM0p2SUVSbGRtbGpaWE14RnpBVkJnTlZCQU1NRGxORlZpMVdURVZMTFUxcGJHRnVNSUlDSWpBTgpCZ2txaGtpRzl3MEJBUUVGQUFPQ0FnOEFNSUlDQ2dLQ0FnRUExRVVXa3o1RlRQeit1V1QyaENFeWlzYW04RlJ1ClhaQW1TM2wrclhnU0NlUzFRMCsxb2xjbkZTSnBpd2Zzc2Zob3V0SnFlUHlpY3UrT2hrWDEzMVBNZU8vVk90SDMKdXBLNFlOSm1xMzZJSnA3WldJbTVuSzJmSk5rWUVIVzBtL05YY0lBOVUyaUhsNWJBUTVjYkdwOTcvRmFPSjRWbQpHb1RNVjY1OFlveC9wbEZtWlJGZlJjc3cyaHlOaHFVbDFnemRwbklJZ1BreWdVb3ZGRWdhYTBJVlNnR0xIUWhaClFpZWJOTExTVldSVlJldmUwdDk0emxSSVJSZHJ6ODRjY2tQOUg5RFRBVU15UWF4U1piUElOS2JWNlRQbXRyd0EKVjlVUDFRcTQxOHhuOUkrQzBTc1d1dFAvNVMxT2lMOE9UelE0Q3ZnYkhPZmQyRjN5VnY0eERCemE0U2VsRjJpZwpvRGYrQkY0WEkvSUlISkwyTjV1S3kzK2drU0IyWGw2cHJvaGdWbXFSRnZCVzlPVENFYTMyV2hYdTB0MVoxYWJFCktEWjNMcFp0OS9Dcmc2enlQcFhETFIvdExISHBTYVBSajdDVHpIaWVLTVR6K1E2UnJDQ1FjSEdmYUFEL0VUTlkKNTZhSHZOSlJaZ2J6WERVSnZuTHIzZFl5T3Z2bi9EdEtoQ1NpbUp5bm43TGVuNEFyRFZRVndYUlBlM2hSL2FzQwpFMkNhalQ3a0dDMUFPdFV6UXVJS1pTMkQwUWs3NGcyOTdKaExIcEVCbFFpeWpSSitMQ1daTng5dUpjaXhHeXphCnY2ZmlPV3g0VTh1V2hSekhzOG52REFkY1M0TFczMXRQbEE5QmVPSy9CR2ltUVR1N2hNNU1ERlpMMEM5ZFdLNXAKdUNVSmV4NkkydlNxdnljQ0F3RUFBYU9Cb3pDQm9EQWRCZ05WSFE0RUZnUVVOdUpYRTZxaTQ1L0NncWtLUlB0VgpMT2JDN3BFd0h3WURWUjBqQkJnd0ZvQVVoYXdhMFVQM3lLeFYxTVVkUVVpcjFYaEsxRk13RWdZRFZSMFRBUUgvCkJBZ3dCZ0VCL3dJQkFEQU9CZ05WSFE4QkFmOEVCQU1DQVFRd09nWURWUjBmQkRNd01UQXZvQzJnSzRZcGFIUjAKY0hNNkx5OXJaSE5wYm5SbUxtRnRaQzVqYjIwdmRteGxheTkyTVM5TmFXeGhiaTlqY213d1JnWUpLb1pJaHZjTgpBUUVLTURtZ0R6QU5CZ2xnaGtnQlpRTUVBZ0lGQUtFY01Cb0dDU3FHU0liM0RRRUJDREFOQmdsZ2hrZ0JaUU1FCkFnSUZBS0lEQWdFd293TUNBUUVEZ2dJQkFJN2F5RVhETmoxckNWbmpRRmI2TDkxTk5PbUVJT21pNlh0b3BBcXIKOGZqN3dxWGFwMU1ZODJZMEFJaTFLOVI3QzdHMXNDbVk4UXlFeVgwenFIc29OYlUySU1jU2RacklwOG5lVDhhZgp2OHRQdDdxb1czaForUVFSTXRnVmtWVnJqSlplbHZsQjc0eHI1aWZEY0RpQmQydnUvQzlJcW9RUzRwVkJLTlNGCnBvZnpqdFlLdmViQkJCWHhlTTJiOTAxVXhOZ1ZqQ1kyNlR0SEVXTjljQTZjRFZxRERDQ0w2dU9lUjlVT3ZLRFMKU3FsTTZuWGxkU2o3YmdLN1doOU05NTg3SXdSdk5abHVYYzFDRGlLTVp5YkxkU0tPbHlNSkg5c3MxR1BuMGVCVgpFaFZqZi9ndHRuN0hyY1E5eEpaVlh5RHRMM3RrR3plbXJQSzE0Tk9Zem1waDZ4cjFpaWVkQXpPVnBOZFBpRVhuCjJsdmFzMFA0VEQ5VWdCaDBZN3h5ZjJ5RU5IaVNnSlQ0VDhJa3RtL1RTenVoNHZxa1E3MkExSGROVEdqb1pjZnoKS0NzUUovWXVGSUNlYU54dzVjSUFHQksvbys2RWszMk5QdjVYdGl4Tk9oRXg3R3NhVlJHMDVicTVvVHQxNGI0aApLWWhxVjFDRHJYNWhpVlJwRkZEcy9zQUdmZ1R6TGRpR1hMY3ZZQVV6MXRDS0lUL2VRUzljNC95aXRuNEYzbUNQCmQ0dVFCK2ZnZ010SzBxUFJ0aHBGdGMyU3FWQ1R2SG5oeHlYcW83R3BYTXNzc2dMZ0tOd2FGUGUyK0xkNU93UFIKNlBva2ppOWg1NW0wNUR4b2I4WHRENGdXNm9GTG85SWNnN1hxZE9yOUlpcDVSQklQeHk3cktrL1JlcUdzOUtINwowWVBrCi0tLS0tRU5EIENFUlRJRklDQVRFLS0tLS0KLS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUdZekNDQkJLZ0F3SUJBZ0lEQVFBQU1FWUdDU3FHU0liM0RRRUJDakE1b0E4d0RRWUpZSVpJQVdVREJBSUMKQlFDaEhEQWFCZ2txaGtpRzl3MEJBUWd3RFFZSllJWklBV1VEQkFJQ0JRQ2lBd0lCTUtNREFnRUJNSHN4RkRBUwpCZ05WQkFzTUMwVnVaMmx1WldWeWFXNW5NUXN3Q1FZRFZRUUdFd0pWVXpFVU1CSUdBMVVFQnd3TFUyRnVkR0VnClEyeGhjbUV4Q3pBSkJnTlZCQWdNQWtOQk1SOHdIUVlEVlFRS0RCWkJaSFpoYm1ObFpDQk5hV055YnlCRVpYWnAKWTJWek1SSXdFQVlEVlFRRERBbEJVa3N0VFdsc1lXNHdIaGNOTWpBeE1ESXlNVGN5TXpBMVdoY05ORFV4TURJeQpNVGN5TXpBMVdqQjdNUlF3RWdZRFZRUUxEQXRGYm1kcGJtVmxjbWx1WnpFTE1Ba0dBMVVFQmhNQ1ZWTXhGREFTCkJnTlZCQWNNQzFOaGJuUmhJRU5zWVhKaE1Rc3dDUVlEVlFRSURBSkRRVEVmTUIwR0ExVUVDZ3dXUVdSMllXNWoKWldRZ1RXbGpjbThnUkdWMmFXTmxjekVTTUJBR0ExVUVBd3dKUVZKTExVMXBiR0Z1TUlJQ0lqQU5CZ2txaGtpRwo5dzBCQVFFRkFBT0NBZzhBTUlJQ0NnS0NBZ0VBMExkNTJSSk9kZWlKbHFLMkpkc1ZtRDdGa3R1b3RXd1gxZk5nClc0MVhZOVh6MUhFaFNVbWhMejlDdTlESFJsdmdKU054YmVZWXNuSmZ2eWp4MU1mVTBWNXRrS2lVMUVlc05GdGEKMWtUQTBzek5pc2RZYzlpc3FrN21YVDUrS2ZHUmJmYzRWLzl6UkljRThqbEhONjFTMWp1OFg5Mys2ZHhEVXJHMgpTenhxSjRCaHF5WW1VRHJ1UFhKU1g0dlVjMDFQN2o5OE1wcU9TOTVyT1JkR0hlSTUyTmF6NW0yQitPK3Zqc0MwCjYwZDM3alk5TEZldU9QNE1lcmk4cWdmaTJTNWtLcWcvYUY2YVB0dUFaUVZSN3UzS0ZZWFA1OVhtSmd0Y29nMDUKZ21JMFQvT2l0TGh1elZ2cFpjTHBoMG9kaC8xSVBYcXgzK01uakQ5N0E3ZlhwcUdkL3k4S3hYN2prc1RFekFPZwpiS0FlYW0zbG0rM3lLSWNUWU1sc1JNWFBjak5iSXZtc0J5a0QvL3hTbml1c3VIQmtnbmxFTkVXeDFVY2JRUXJzCitnVkRrdVZQaHNueklSTmdZdk00OFkrN0xHaUpZbnJtRTh4Y3JleGVrQnhydmEyVjlUSlFxbk4zUTUza3Q1dmkKUWkzK2dDZm1rd0MwRjB0aXJJWmJMa1hQclB3elowTTllTnhoSXlTYjJucEpmZ25xejU1STB1MzN3aDRyMFpOUQplVEdmdzAzTUJVdHl1ekdlc0drY3crbG9xTWFxMXFSNHRqR2JQWXhDdnBDcTcrT2dwQ0NvTU5pdDJ1TG85TTE4CmZIejEwbE9NVDhuV0FVdlJaRnp0ZVhDbSs3UEhkWVBsbVF3VXczTHZlbkovSUxYb1FQSGZia0gwQ3lQZmhsMWoKV2hKRlphc0NBd0VBQWFOK01Id3dEZ1lEVlIwUEFRSC9CQVFEQWdFR01CMEdBMVVkRGdRV0JCU0ZyQnJSUS9mSQpyRlhVeFIxQlNLdlZlRXJVVXpBUEJnTlZIUk1CQWY4RUJUQURBUUgvTURvR0ExVWRId1F6TURFd0w2QXRvQ3VHCktXaDBkSEJ6T2k4dmEyUnphVzUwWmk1aGJXUXVZMjl0TDNaalpXc3ZkakV2VFdsc1lXNHZZM0pzTUVZR0NTcUcKU0liM0RRRUJDakE1b0E4d0RRWUpZSVpJQVdVREJBSUNCUUNoSERBYUJna3Foa2lHOXcwQkFRZ3dEUVlKWUlaSQpBV1VEQkFJQ0JRQ2lBd0lCTUtNREFnRUJBNElDQVFDNm0wa0RwNnp2NE9qZmd5K3psZWVoc3g2b2wwb2NnVmVsCkVUb2JweCtFdUNzcVZGUlBLMWpaMXNwL2x5ZDkrMGZRMHI2Nm43a2FnUms0Q2EzOWc2NldHVEpNZUpkcVlyaXcKU1RqakRDS1ZQU2VzV1hZUFZBeURobVA1bjJ2K0JZaXBaV2hwdnFwYWlPK0VHSzVJQlArNTc4UWVXL3NTb2tySwpkSGFMQXhHMkxoWnhqOWFGNzNmcUM3T0FKWjVhUG9udzRSRTI5OUZWYXJoMVR4MmVUM3dTZ2tEZ3V0Q1RCMVlxCnpUNUR1d3ZBZStjbzJDSVZJek1EYW1ZdVNGalBOMEJDZ29qbDdWK2JUb3U3ZE1zcUl1L1RXL3JQQ1g5L0VVY3AKS0dLcVBRM1ArTjlyMWhqRUZZMXBsQmc5M3Q1M09PbzQ5R05JK1YxenZYUExJNnhJRlZzaCttdG8yUnRnRVgvZQpwbU1LVE5ONnBzVzg4cWc3YzFoVFd0TjZNYlJ1UTB2bStPKy8ydEtCRjJoOFRIYjk0T3Z2SEhvRkRwYkNFTGxxCkhuSVloeHkwWUtYR3lhVzFOamZVTHhycm14Vlc0d2NuNUU4R2RkbXZOYTZ5WW04c2NKYWdFaTEzbWhHdTRKcWgKM1FVM3NmOGlVU1VyMDl4UUR3SHRPUVVWSXF4NG1hQlpQQnRTTWYrcVVEdGpYU1NxOGxmV2NkOGJMcjltZHNVbgpKWkowK3R1UE1LbUJuU0g4NjBsbEtrK1ZwVlFzZ3FiekRJdk9MdkQ2VzFVbXEyNWJveENZSitUdUJvYTRzK0hICkNWaUF2Z1Q5a2YvckJxMWQraXZqNnNra0h4dXpjeGJrMXh2NlpHeHJ0ZUp4Vkg3S2xYN1lSZFo2ZUFSS3dMZTQKQUZaRUF3b0tDUT09Ci0tLS0tRU5EIENFUlRJRklDQVRFLS0tLS0K",
    "amd/gosev_ask_ark_turin_vlek.pem": "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tDQpNSUlHanpDQ0JENmdBd0lCQWdJREF3RUJNRVlHQ1NxR1NJYjNEUUVCQ2pBNW9BOHdEUVlKWUlaSUFXVURCQUlDDQpCUUNoSERBYUJna3Foa2lHOXcwQkFRZ3dEUVlKWUlaSUFXVURCQUlDQlFDaUF3SUJNS01EQWdFQk1Ic3hGREFTDQpCZ05WQkFzTUMwVnVaMmx1WldWeWFXNW5NUXN3Q1FZRFZRUUdFd0pWVXpFVU1CSUdBMVVFQnd3TFUyRnVkR0VnDQpRMnhoY21FeEN6QUpCZ05WQkFnTUFrTkJNUjh3SFFZRFZRUUtEQlpCWkhaaGJtTmxaQ0JOYVdOeWJ5QkVaWFpwDQpZMlZ6TVJJd0VBWURWUVFEREFsQlVrc3RWSFZ5YVc0d0hoY05Nak13TlRFMU1qRXdPVFF4V2hjTk5EZ3dOVEUxDQpNakV3T1RReFdqQ0JnREVVTUJJR0ExVUVDd3dMUlc1bmFXNWxaWEpwYm1jeEN6QUpCZ05WQkFZVEFsVlRNUlF3DQpFZ1lEVlFRSERBdFRZVzUwWVNCRGJHRnlZVEVMTUFrR0ExVUVDQXdDUTBFeEh6QWRCZ05WQkFvTUZrRmtkbUZ1DQpZMlZrSUUxcFkzSnZJRVJsZG1salpYTXhGekFWQmdOVkJBTU1EbE5GVmkxV1RFVkxMVlIxY21sdU1JSUNJakFODQpCZ2txaGtpRzl3MEJBUUVGQUFPQ0FnOEFNSUlDQ2dLQ0FnRUFwanJ1aTRsMFpvZ0VoMGZEZFZmSjR1bm93R0dvDQpsazJ3WHl6amJqQy9mbnFsaEZxaUZqMUpTS2RrWVN2elBWZmdEUjBNVTJXTGx5dHJBR3FPSFlCZGs0TW96M3hIDQpUWEp1czc1TmVmMEVCWnBHazlNNFBRR0YrblRxWWkraERndXExNHdRVUVsdE45d0d1bm5VZWFNejBlNmhmQ2FzDQpEZXZreXBJTE1wb252VHZhTTQ5UkFpcEN2VGdtUFJUa1FBOGhqbDN0QTZSN1MvSEtUbjYvUTNUNzRBMEJmeWdLDQo0OUxMa2RIRjA1V28wcFo5cW1QeWhpMFJoOWVwWTBMKy9UMmUxN2ZvaFdjQ2F2Z0UrS0Y1R081WElOenVud0tvDQpsQ0N5SDM5MzBpQW1iMXZ2NXY0UGltbkdzZkg0aWM0a0lBcFIxaFpBcFUzWUczcVVFODRxa2I1U0VBU1FzVFpDDQpUMEp2L0F4QzlTbzVoMndyYVZ6V3o2R3ZwUEhFdFJLdnVlNXZlaGt3UGpGaXBKTVQ1WjdDbU51WGMrMGxjVlNaDQpNSFNic3dGU0hLS3RwNEYwVURvUG51SVd3L2RqR0Rqa0dYUzlXNU0yTjN6VlNibjk0Y0p4Q016T1R6SUxoY1gvDQpsSmF0b29zbGZ4dnF1Y0ZIOFBwUzl4Qk1odU40ZlRQbE5rL29WYlE2dzhweEVNaWJvMEs4UStnT3FxemRWbTZpDQo3am90b2JzdVl4SDFIdHRqc2M2MXZTc2tTRFQ0SmtQanFUV2l5T21zRkkrNk9iL2h5YS9mcXBlMEVQeTY4VFBrDQo4NUNPQzd1cU5NenU1OHhiMHVBdHQwYmVlakR4MjltUlJiaVBOTDV0bndLOUtGbVpEcGVaV1NaZ3p2bjJLK1NRDQpUSzgwWktuOFlxMlNLZlVDQXdFQUFhT0JvekNCb0RBZEJnTlZIUTRFRmdRVWhjeUM2Ym5lODFZZjJQVDFCNTRYDQptaXlDQ05Nd0h3WURWUjBqQkJnd0ZvQVVaS0JmY2VNTUNtVFlPM1hsQVZtZUsrNEdBMFF3RWdZRFZSMFRBUUgvDQpCQWd3QmdFQi93SUJBREFPQmdOVkhROEJBZjhFQkFNQ0FRUXdPZ1lEVlIwZkJETXdNVEF2b0MyZ0s0WXBhSFIwDQpjSE02THk5clpITnBiblJtTG1GdFpDNWpiMjB2ZG14bGF5OTJNUzlVZFhKcGJpOWpjbXd3UmdZSktvWklodmNODQpBUUVLTURtZ0R6QU5CZ2xnaGtnQlpRTUVBZ0lGQUtFY01Cb0dDU3FHU0liM0RRRUJDREFOQmdsZ2hrZ0JaUU1FDQpBZ0lGQUtJREFnRXdvd01DQVFFRGdnSUJBSDZWYkc4Nk5TcVo5eWpjcVZ1QkdDRVl3SzZ1REJRUUhiWG1ZSlhWDQpYODFzUE45Y2NsQXM2SjJ5aUhjeURGcTFnN0lDbkhPMFQzNnZjajNWLzI3eDRvMnBtakFrM1NVMFliTWw5cFIrDQpBTUhacklRUTdGVGxkVlA5SGRXWXgvS2VuRkY0MkVGQ0F0T3pnczl5TGt5VHZpd1grZDNZcldYMFNYTE1jdWYwDQpUTzVWc0NQWDVEcWNnZ25lSHJ1Wk1WSUNHVHVrWTEyY0tZbWFzVDc0Y21zNVdMemNRNUJWYnR0Sm1YK2VIVzZ2DQpEZzNobG12VW1qdVROUVZvRjVrNUtjYkhWVjZWekc5U0lUTEZvendkTFNyNU1ibWZZSHY3YWRMb05BNUYxSWhmDQpmMWl0MHNuNUhrdFVELzJHVkd0a1hFUy9LRkVuWHpTN0E5d1VsTXFBR1FPc0VCVWhGY2czTVVBdDBTWW5RL0IzDQpKZFY4NytaRWF3TVJMeEVJaW5LREVSSS9pK2w5Znc2MStSNVRwU0kzeWh1UTROR0pBUTk3ZFJxaXk4RWRpSk9MDQpMZVQyRFlPdmk5cFNKdzNVcU51ZWxJTkRsRENqQ2hHaW1SdjVJZGpoMHpiVDZJanphZ1lZMHJwU0hiUGdpSldyDQpJMmRBM3FlSkRFaUVYUSsrdjRXUDEwZnErSnI1RlRYaUl3TmQrMVZHeEJpencxODRnTFBuRW9YdjhicitZU2NuDQpaakI4WVcvb1dzR3VIejJrTVR4T1ZUNVppem4zeVZYdk9wWEZpd2lhdldRREpTNTJ3b1hPd0J6SXlFZFRQVUwxDQpFOHM0S1MySFFCeksxVmZ3dldjWU5FNVMwYkFJTVgxYllpRXlKa3I0OStWTHlwUXg1c0lEVTFjYlZ3M1B5NVhJDQpTVXhyDQotLS0tLUVORCBDRVJUSUZJQ0FURS0tLS0tDQotLS0tLUJFR0lOIENFUlRJRklDQVRFLS0tLS0NCk1JSUdZekNDQkJLZ0F3SUJBZ0lEQXdBQU1FWUdDU3FHU0liM0RRRUJDakE1b0E4d0RRWUpZSVpJQVdVREJBSUMNCkJRQ2hIREFhQmdrcWhraUc5dzBCQVFnd0RRWUpZSVpJQVdVREJBSUNCUUNpQXdJQk1LTURBZ0VCTUhzeEZEQVMNCkJnTlZCQXNNQzBWdVoybHVaV1Z5YVc1bk1Rc3dDUVlEVlFRR0V3SlZVekVVTUJJR0ExVUVCd3dMVTJGdWRHRWcNClEyeGhjbUV4Q3pBSkJnTlZCQWdNQWtOQk1SOHdIUVlEVlFRS0RCWkJaSFpoYm1ObFpDQk5hV055YnlCRVpYWnANClkyVnpNUkl3RUFZRFZRUUREQWxCVWtzdFZIVnlhVzR3SGhjTk1qTXdOVEUxTWpBd016RXlXaGNOTkRnd05URTENCk1qQXdNekV5V2pCN01SUXdFZ1lEVlFRTERBdEZibWRwYm1WbGNtbHVaekVMTUFrR0ExVUVCaE1DVlZNeEZEQVMNCkJnTlZCQWNNQzFOaGJuUmhJRU5zWVhKaE1Rc3dDUVlEVlFRSURBSkRRVEVmTUIwR0ExVUVDZ3dXUVdSMllXNWoNClpXUWdUV2xqY204Z1JHVjJhV05sY3pFU01CQUdBMVVFQXd3SlFWSkxMVlIxY21sdU1JSUNJakFOQmdrcWhraUcNCjl3MEJBUUVGQUFPQ0FnOEFNSUlDQ2dLQ0FnRUF3YUFyaUI3RUl1VmM0WkIxd0QzWWZEeEwrOWV5UzcraXptMEoNCmozVzc3Mk5JTkNXbDhCajN3L0pEMlpqbWJSeFdkSXEvNGQ5aWFyQ0tvclhsb0pVQjFqUmRneHFjY1R4MWFPb2kNCmc0KzJ3MVhoVlZKVDdLNDU3d1Q1WkxOSmdRYXhxYTlFdGt3amQ2KzlzT2hsQ0RFOWw0M2tRMFIyQmlrVkphL3UNCnl5Vk9Td0VrNXc1dFhLT3VHOWp2cTZRdEFNSmFzVzM4d2xxUkRhS0VHdFo5VlVnR29uMjdadUw0c1RKdUMvYXoNCno5L2lRQnc4a0VpbHpPbDk1QWlUa2VZNWpTRUJEV2JBcW5aazVxbE03a0lTS0cyMGtnUW0xNG1oTktESTJwMm8NCnVhK3p1QUc3aTUyZXBvUkYyR2ZVMFRZay95Zit2Q05CMnRuZWNoRlF1UDJlOGJMazk1WmRxUGk5L1VXdzRKWGoNCnRkRUE0dTJKWXBsU1NVUFFWQVhLdDZMVnF1anRKY001OUpLcjJ1MFhRNzVLd3hjTXAxNWdTWGhCZkludlBBd3UNCkFZNGRFd3dHcVQ4b0lnNGVzUEh3RXNtQ2hoWWVESXhQRzlSNGZ4OU8wcTZwOEdiK0hYbFRpUzQ3UDlZTmVPcGkNCmRPVUt6RGwvUzFPdnloRHRTTDhMSmMyNFFBVEZ5ZG8vaUQvS1VkdkZUUmxEMGNya0FNa1pMb1dROGhMREdjNkINClpKWHNkZDdaZjJlNFVXM3RJLzFvaC8ydDIzT3QzenloVGN2NWdEYkFCdTBMalZlOTh1Um5TMTVTTXdLLy9sSnQNCjllNUJxS3ZnQUJrU29BQmYrQjRWRnRQVkVYMHlncllhRmFJOWk1QUJyeG5WQm16WHBSYjIxaUkxTmxOQ2ZPR1UNClBJaFZwV0VDQXdFQUFhTitNSHd3RGdZRFZSMFBBUUgvQkFRREFnRUdNQjBHQTFVZERnUVdCQlJrb0Y5eDR3d0sNClpOZzdkZVVCV1o0cjdnWURSREFQQmdOVkhSTUJBZjhFQlRBREFRSC9NRG9HQTFVZEh3UXpNREV3TDZBdG9DdUcNCktXaDBkSEJ6T2k4dmEyUnphVzUwWmk1aGJXUXVZMjl0TDNaalpXc3ZkakV2VkhWeWFXNHZZM0pzTUVZR0NTcUcNClNJYjNEUUVCQ2pBNW9BOHdEUVlKWUlaSUFXVURCQUlDQlFDaEhEQWFCZ2txaGtpRzl3MEJBUWd3RFFZSllJWkkNCkFXVURCQUlDQlFDaUF3SUJNS01EQWdFQkE0SUNBUUEvaTZNejRJRVRNSzhZVS9IeFA3QmZlajVpNGFYaGVuSm8NClR1aURYMG5xeDVDREptOUVMaHNreEFrSi9vTEExTzkyVW9MeWJmRms0Z0VwS0Z0eWZpVVlleDlMb2daajVpeDANCnNiMnFmU1N5OUNSbk9rdEdxZnBlbDRlM0tBaExnRjVuMnFacnF5cS84RVBQbGR0U2pFWG43OHNaTWxJbFVjUUsNClNubk5DUVpWRnBrdERmRGlFaUdOdWl0dXgzZ2hIVXJjVnV4U2JaY3JYRGJzYk1GN05EZGZMVVVTOVRpanJMMzMNCmxyQ1hKczdtOGtnZ0d5Q3VzaVJRS0hsaTFBRXN3aUE0eFUrOHhzWnJCeVlUb3BpR1l0YkpLOHMwVUNDWHlseU8NCnVLU3VidmRBbk1ESjVHREQwK0RYNDZMU2Z2N2ZnR05TRytMT0JXZGlmN0tvUWY5Y0loS0p0eEd4WkNuL3R2SG0NCndNenU0Sm54OE4ydlJuVCs4RHBCcWh4dE52ZFhtclpVZWxTZVFha3g0ZGpNS3ZtVFI4R2QyNUVuQzRScHBDa2oNCmJtUHhZM3pQZDFYN3JhYWxUbjM0RU9GOURlTHNDOUpmemtEdW9qeHBIV01tMzB3S25EbzIwbWxEUWsvektDRGENCjJaYytZanRzVFpDclRidmRnQ3VrVEtOWk9VVVZsV1J1K3NPL093cm1TMnAxNnNlSFRJcUhFYkUxTG50UHYzZ2sNCkNjSEdEU1VBS3g5YzBBb2wrRGo5eHBiMm5tR3FvRGVKNTlKYTZSRWtIQ2R3NVRkdVh5cXFNcWZEMUFYMC9RRE4NCmRldkNNS2xXQlJDUTdERmxvZzNIMWErci9rdU1VWi9Jajl5eUtsU2dZWk1KNFZnTktEZ1RRZGNzQUwwTUNFTXINCnpwYWNNd0Z1c0E9PQ0KLS0tLS1FTkQgQ0VSVElGSUNBVEUtLS0tLQ0KDQo=",
    "amd/milan_ark.pem": "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUdZekNDQkJLZ0F3SUJBZ0lEQVFBQU1FWUdDU3FHU0liM0RRRUJDakE1b0E4d0RRWUpZSVpJQVdVREJBSUMKQlFDaEhEQWFCZ2txaGtpRzl3MEJBUWd3RFFZSllJWklBV1VEQkFJQ0JRQ2lBd0lCTUtNREFnRUJNSHN4RkRBUwpCZ05WQkFzTUMwVnVaMmx1WldWeWFXNW5NUXN3Q1FZRFZRUUdFd0pWVXpFVU1CSUdBMVVFQnd3TFUyRnVkR0VnClEyeGhjbUV4Q3pBSkJnTlZCQWdNQWtOQk1SOHdIUVlEVlFRS0RCWkJaSFpoYm1ObFpDQk5hV055YnlCRVpYWnAKWTJWek1SSXdFQVlEVlFRRERBbEJVa3N0VFdsc1lXNHdIaGNOTWpBeE1ESXlNVGN5TXpBMVdoY05ORFV4TURJeQpNVGN5TXpBMVdqQjdNUlF3RWdZRFZRUUxEQXRGYm1kcGJtVmxjbWx1WnpFTE1Ba0dBMVVFQmhNQ1ZWTXhGREFTCkJnTlZCQWNNQzFOaGJuUmhJRU5zWVhKaE1Rc3dDUVlEVlFRSURBSkRRVEVmTUIwR0ExVUVDZ3dXUVdSMllXNWoKWldRZ1RXbGpjbThnUkdWMmFXTmxjekVTTUJBR0ExVUVBd3dKUVZKTExVMXBiR0Z1TUlJQ0lqQU5CZ2txaGtpRwo5dzBCQVFFRkFBT0NBZzhBTUlJQ0NnS0NBZ0VBMExkNTJSSk9kZWlKbHFLMkpkc1ZtRDdGa3R1b3RXd1gxZk5nClc0MVhZOVh6MUhFaFNVbWhMejlDdTlESFJsdmdKU054YmVZWXNuSmZ2eWp4MU1mVTBWNXRrS2lVMUVlc05GdGEKMWtUQTBzek5pc2RZYzlpc3FrN21YVDUrS2ZHUmJmYzRWLzl6UkljRThqbEhONjFTMWp1OFg5Mys2ZHhEVXJHMgpTenhxSjRCaHF5WW1VRHJ1UFhKU1g0dlVjMDFQN2o5OE1wcU9TOTVyT1JkR0hlSTUyTmF6NW0yQitPK3Zqc0MwCjYwZDM3alk5TEZldU9QNE1lcmk4cWdmaTJTNWtLcWcvYUY2YVB0dUFaUVZSN3UzS0ZZWFA1OVhtSmd0Y29nMDUKZ21JMFQvT2l0TGh1elZ2cFpjTHBoMG9kaC8xSVBYcXgzK01uakQ5N0E3ZlhwcUdkL3k4S3hYN2prc1RFekFPZwpiS0FlYW0zbG0rM3lLSWNUWU1sc1JNWFBjak5iSXZtc0J5a0QvL3hTbml1c3VIQmtnbmxFTkVXeDFVY2JRUXJzCitnVkRrdVZQaHNueklSTmdZdk00OFkrN0xHaUpZbnJtRTh4Y3JleGVrQnhydmEyVjlUSlFxbk4zUTUza3Q1dmkKUWkzK2dDZm1rd0MwRjB0aXJJWmJMa1hQclB3elowTTllTnhoSXlTYjJucEpmZ25xejU1STB1MzN3aDRyMFpOUQplVEdmdzAzTUJVdHl1ekdlc0drY3crbG9xTWFxMXFSNHRqR2JQWXhDdnBDcTcrT2dwQ0NvTU5pdDJ1TG85TTE4CmZIejEwbE9NVDhuV0FVdlJaRnp0ZVhDbSs3UEhkWVBsbVF3VXczTHZlbkovSUxYb1FQSGZia0gwQ3lQZmhsMWoKV2hKRlphc0NBd0VBQWFOK01Id3dEZ1lEVlIwUEFRSC9CQVFEQWdFR01CMEdBMVVkRGdRV0JCU0ZyQnJSUS9mSQpyRlhVeFIxQlNLdlZlRXJVVXpBUEJnTlZIUk1CQWY4RUJUQURBUUgvTURvR0ExVWRId1F6TURFd0w2QXRvQ3VHCktXaDBkSEJ6T2k4dmEyUnphVzUwWmk1aGJXUXVZMjl0TDNaalpXc3ZkakV2VFdsc1lXNHZZM0pzTUVZR0NTcUcKU0liM0RRRUJDakE1b0E4d0RRWUpZSVpJQVdVREJBSUNCUUNoSERBYUJna3Foa2lHOXcwQkFRZ3dEUVlKWUlaSQpBV1VEQkFJQ0JRQ2lBd0lCTUtNREFnRUJBNElDQVFDNm0wa0RwNnp2NE9qZmd5K3psZWVoc3g2b2wwb2NnVmVsCkVUb2JweCtFdUNzcVZGUlBLMWpaMXNwL2x5ZDkrMGZRMHI2Nm43a2FnUms0Q2EzOWc2NldHVEpNZUpkcVlyaXcKU1RqakRDS1ZQU2VzV1hZUFZBeURobVA1bjJ2K0JZaXBaV2hwdnFwYWlPK0VHSzVJQlArNTc4UWVXL3NTb2tySwpkSGFMQXhHMkxoWnhqOWFGNzNmcUM3T0FKWjVhUG9udzRSRTI5OUZWYXJoMVR4MmVUM3dTZ2tEZ3V0Q1RCMVlxCnpUNUR1d3ZBZStjbzJDSVZJek1EYW1ZdVNGalBOMEJDZ29qbDdWK2JUb3U3ZE1zcUl1L1RXL3JQQ1g5L0VVY3AKS0dLcVBRM1ArTjlyMWhqRUZZMXBsQmc5M3Q1M09PbzQ5R05JK1YxenZYUExJNnhJRlZzaCttdG8yUnRnRVgvZQpwbU1LVE5ONnBzVzg4cWc3YzFoVFd0TjZNYlJ1UTB2bStPKy8ydEtCRjJoOFRIYjk0T3Z2SEhvRkRwYkNFTGxxCkhuSVloeHkwWUtYR3lhVzFOamZVTHhycm14Vlc0d2NuNUU4R2RkbXZOYTZ5WW04c2NKYWdFaTEzbWhHdTRKcWgKM1FVM3NmOGlVU1VyMDl4UUR3SHRPUVVWSXF4NG1hQlpQQnRTTWYrcVVEdGpYU1NxOGxmV2NkOGJMcjltZHNVbgpKWkowK3R1UE1LbUJuU0g4NjBsbEtrK1ZwVlFzZ3FiekRJdk9MdkQ2VzFVbXEyNWJveENZSitUdUJvYTRzK0hICkNWaUF2Z1Q5a2YvckJxMWQraXZqNnNra0h4dXpjeGJrMXh2NlpHeHJ0ZUp4Vkg3S2xYN1lSZFo2ZUFSS3dMZTQKQUZaRUF3b0tDUT09Ci0tLS0tRU5EIENFUlRJRklDQVRFLS0tLS0K",
    "amd/milan_ask.pem": "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUdpVENDQkRpZ0F3SUJBZ0lEQVFBQk1FWUdDU3FHU0liM0RRRUJDakE1b0E4d0RRWUpZSVpJQVdVREJBSUMKQlFDaEhEQWFCZ2txaGtpRzl3MEJBUWd3RFFZSllJWklBV1VEQkFJQ0JRQ2lBd0lCTUtNREFnRUJNSHN4RkRBUwpCZ05WQkFzTUMwVnVaMmx1WldWeWFXNW5NUXN3Q1FZRFZRUUdFd0pWVXpFVU1CSUdBMVVFQnd3TFUyRnVkR0VnClEyeGhjbUV4Q3pBSkJnTlZCQWdNQWtOQk1SOHdIUVlEVlFRS0RCWkJaSFpoYm1ObFpDQk5hV055YnlCRVpYWnAKWTJWek1SSXdFQVlEVlFRRERBbEJVa3N0VFdsc1lXNHdIaGNOTWpBeE1ESXlNVGd5TkRJd1doY05ORFV4TURJeQpNVGd5TkRJd1dqQjdNUlF3RWdZRFZRUUxEQXRGYm1kcGJtVmxjbWx1WnpFTE1Ba0dBMVVFQmhNQ1ZWTXhGREFTCkJnTlZCQWNNQzFOaGJuUmhJRU5zWVhKaE1Rc3dDUVlEVlFRSURBSkRRVEVmTUIwR0ExVUVDZ3dXUVdSMllXNWoKWldRZ1RXbGpjbThnUkdWMmFXTmxjekVTTUJBR0ExVUVBd3dKVTBWV0xVMXBiR0Z1TUlJQ0lqQU5CZ2txaGtpRwo5dzBCQVFFRkFBT0NBZzhBTUlJQ0NnS0NBZ0VBblUyZHJyTlRmYmhOUUlsbGYrVzJ5K1JPQ2JTeklkMWFLWmZ0CjJUOXpqWlFPempHY2NsMTdpMW1JS1dsN05UY0IwVllYdDNKeFpTek9aanNqTE5WQUVOMk1HajlUaWVkTCtRZXcKS1pYMEptUUV1WWptK1dLa3NMdHhnZExwOUU3RVpOd05EcVYxcjBxUlA1dEI4T1dreVFiSWRMZXU0YUN6N2ovUwpsMUZrQnl0ZXY5c2JGR3p0N2N3bmp6aTltN25vcXNrK3VSVkJwMytJbjM1UVBkY2o4WWZsRW1uSEJOdnVVREpoCkxDSk1XOEtPalA2KytQaGJzM2lDaXRKY0FORXRXNHFUTkZvS1czQ0hsYmNTQ2pUTThLc05iVXgzQThlazVFVkwKalpXSDFwdDlFM1RmcFI2WHlmUUtuWTZrbDVhRUlQd2RXM2VGWWFxQ0ZQcklvOXBRVDZXdURTUDRKQ1lKYlpuZQpLS0liWmp6WGtKdDNOUUczMkV1a1lJbUJiOVNDa205K2ZTNUxaRmc5b2p6dWJNWDMrTmtCb1NYSTdPUHZuSE14Cmp1cDltdzVzZTZRVVY3R3FwQ0EyVE55cG9sbXVRK2NBYXhWN0pxSEU4ZGw5cFdmK1kzYXJiKzlpaUZDd0Z0NGwKQWxKdzVEMENUUlRDMVk1WVdGREJDckEvdkdubVRucUc4QytqalVBUzdjampSOHE0T1BoeURtSlJQbmFDL1pHNQp1UDBLMHo2R29PLzN1ZW45d3FzaEN1SGVnTFRwT2VIRUpSS3JRRnI0UFZJd1ZPQjArZWJPNUZnb3lPdzQzbnlGCkQ1VUtCRHhFQjRCS28vMHVBaUtITFJ2dmdMYk9SYlU4S0FSSXMxRW9xRWptRjhVdHJtUVdWMmhVand6cXd2SEYKZWk4clB4TUNBd0VBQWFPQm96Q0JvREFkQmdOVkhRNEVGZ1FVTzhadUdDckQvVDFpWkVpYjQ3ZEhMTFQ4di9ndwpId1lEVlIwakJCZ3dGb0FVaGF3YTBVUDN5S3hWMU1VZFFVaXIxWGhLMUZNd0VnWURWUjBUQVFIL0JBZ3dCZ0VCCi93SUJBREFPQmdOVkhROEJBZjhFQkFNQ0FRUXdPZ1lEVlIwZkJETXdNVEF2b0MyZ0s0WXBhSFIwY0hNNkx5OXIKWkhOcGJuUm1MbUZ0WkM1amIyMHZkbU5sYXk5Mk1TOU5hV3hoYmk5amNtd3dSZ1lKS29aSWh2Y05BUUVLTURtZwpEekFOQmdsZ2hrZ0JaUU1FQWdJRkFLRWNNQm9HQ1NxR1NJYjNEUUVCQ0RBTkJnbGdoa2dCWlFNRUFnSUZBS0lECkFnRXdvd01DQVFFRGdnSUJBSWdlVVFTY0FmM2xEWXFnV1UxVnRsRGJtSU44UzJkQzVrbVF6c1ovSHRBalFuTEUKUEkxamgzZ0piTHhMNmdmM0s4anhjdHpPV25rWWNiZGZNT09yMjhLVDM1SWFBUjIwcmVrS1JGcHRUSGhlK0RGcgozQUZ6WkxERDdjV0syOS9HcFBpdFBKREtDdkk3QTRVZzA2cms3SjB6QmUxZnovcWU0aTIvRjEycnZmd0NHWWhjClJ4UHk3UUYzcThmUjZHQ0pkQjFVUTVTbHdDakZ4RDR1ZXpVUnp0SWxJQWpNa3Q3REZ2S1JoKzJ6Sys1cGxWR0cKRnNqREp0TXoydWQ5eTBwdk9FNGozZEg1SVc5akd4YVNHU3RxTnJhYm5ucEYyMzZFVHIxL2E0M2I4RkZLTDVRTgptdDhWcjl4blhScHpucUNSdnFqcitrVnJiNmRsZnVUbGxpWGVRVE1sQm9SV0ZKT1JMOEFjQkp4R1o0SzJtWGZ0CmwxalU1VExlaDVLWEw5Tlc3YS9xQU9JVXMyRmlPaHFydHpBaEpSZzlJajhRa1E5UGsrY0tHenc2RWwzVDNrRnIKRWc2emt4bXZNdWFiWk9zZEtmUmtXZmhIMlpLY1RsRGZtSDFIMHpxMFEyYkczdXZhVmRpQ3RGWTFMbFd5QjM4SgpTMmZOc1IvUHk2dDVickVKQ0ZOdnphRGt5NktlQzRpb24vY1ZnVWFpN3p6UzNiR1FXektES1UzNVNxTlUyV2tQCkk4eENaMDBXdElpS0tGblhXVVF4dmxLbW1nWkJJWVBlMDF6RDBOOGF0RnhtV2lTbmZKbDY5MEI5ckpwTlIvZkkKYWp4Q1czU2Vpd3M2cjFabSt0Q3VWYk1pTnRwUzlUaGpOWDR1dmU1dGh5ZkUyRGdveFJGdlkxQ3NvRjVNCi0tLS0tRU5EIENFUlRJRklDQVRFLS0tLS0K",
    "amd/turin_ark.pem": "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUdZekNDQkJLZ0F3SUJBZ0lEQXdBQU1FWUdDU3FHU0liM0RRRUJDakE1b0E4d0RRWUpZSVpJQVdVREJBSUMKQlFDaEhEQWFCZ2txaGtpRzl3MEJBUWd3RFFZSllJWklBV1VEQkFJQ0JRQ2lBd0lCTUtNREFnRUJNSHN4RkRBUwpCZ05WQkFzTUMwVnVaMmx1WldWeWFXNW5NUXN3Q1FZRFZRUUdFd0pWVXpFVU1CSUdBMVVFQnd3TFUyRnVkR0VnClEyeGhjbUV4Q3pBSkJnTlZCQWdNQWtOQk1SOHdIUVlEVlFRS0RCWkJaSFpoYm1ObFpDQk5hV055YnlCRVpYWnAKWTJWek1SSXdFQVlEVlFRRERBbEJVa3N0VkhWeWFXNHdIaGNOTWpNd05URTFNakF3TXpFeVdoY05ORGd3TlRFMQpNakF3TXpFeVdqQjdNUlF3RWdZRFZRUUxEQXRGYm1kcGJtVmxjbWx1WnpFTE1Ba0dBMVVFQmhNQ1ZWTXhGREFTCkJnTlZCQWNNQzFOaGJuUmhJRU5zWVhKaE1Rc3dDUVlEVlFRSURBSkRRVEVmTUIwR0ExVUVDZ3dXUVdSMllXNWoKWldRZ1RXbGpjbThnUkdWMmFXTmxjekVTTUJBR0ExVUVBd3dKUVZKTExWUjFjbWx1TUlJQ0lqQU5CZ2txaGtpRwo5dzBCQVFFRkFBT0NBZzhBTUlJQ0NnS0NBZ0VBd2FBcmlCN0VJdVZjNFpCMXdEM1lmRHhMKzlleVM3K2l6bTBKCmozVzc3Mk5JTkNXbDhCajN3L0pEMlpqbWJSeFdkSXEvNGQ5aWFyQ0tvclhsb0pVQjFqUmRneHFjY1R4MWFPb2kKZzQrMncxWGhWVkpUN0s0NTd3VDVaTE5KZ1FheHFhOUV0a3dqZDYrOXNPaGxDREU5bDQza1EwUjJCaWtWSmEvdQp5eVZPU3dFazV3NXRYS091RzlqdnE2UXRBTUphc1czOHdscVJEYUtFR3RaOVZVZ0dvbjI3WnVMNHNUSnVDL2F6Cno5L2lRQnc4a0VpbHpPbDk1QWlUa2VZNWpTRUJEV2JBcW5aazVxbE03a0lTS0cyMGtnUW0xNG1oTktESTJwMm8KdWErenVBRzdpNTJlcG9SRjJHZlUwVFlrL3lmK3ZDTkIydG5lY2hGUXVQMmU4YkxrOTVaZHFQaTkvVVd3NEpYagp0ZEVBNHUySllwbFNTVVBRVkFYS3Q2TFZxdWp0SmNNNTlKS3IydTBYUTc1S3d4Y01wMTVnU1hoQmZJbnZQQXd1CkFZNGRFd3dHcVQ4b0lnNGVzUEh3RXNtQ2hoWWVESXhQRzlSNGZ4OU8wcTZwOEdiK0hYbFRpUzQ3UDlZTmVPcGkKZE9VS3pEbC9TMU92eWhEdFNMOExKYzI0UUFURnlkby9pRC9LVWR2RlRSbEQwY3JrQU1rWkxvV1E4aExER2M2QgpaSlhzZGQ3WmYyZTRVVzN0SS8xb2gvMnQyM090M3p5aFRjdjVnRGJBQnUwTGpWZTk4dVJuUzE1U013Sy8vbEp0CjllNUJxS3ZnQUJrU29BQmYrQjRWRnRQVkVYMHlncllhRmFJOWk1QUJyeG5WQm16WHBSYjIxaUkxTmxOQ2ZPR1UKUEloVnBXRUNBd0VBQWFOK01Id3dEZ1lEVlIwUEFRSC9CQVFEQWdFR01CMEdBMVVkRGdRV0JCUmtvRjl4NHd3SwpaTmc3ZGVVQldaNHI3Z1lEUkRBUEJnTlZIUk1CQWY4RUJUQURBUUgvTURvR0ExVWRId1F6TURFd0w2QXRvQ3VHCktXaDBkSEJ6T2k4dmEyUnphVzUwWmk1aGJXUXVZMjl0TDNaalpXc3ZkakV2VkhWeWFXNHZZM0pzTUVZR0NTcUcKU0liM0RRRUJDakE1b0E4d0RRWUpZSVpJQVdVREJBSUNCUUNoSERBYUJna3Foa2lHOXcwQkFRZ3dEUVlKWUlaSQpBV1VEQkFJQ0JRQ2lBd0lCTUtNREFnRUJBNElDQVFBL2k2TXo0SUVUTUs4WVUvSHhQN0JmZWo1aTRhWGhlbkpvClR1aURYMG5xeDVDREptOUVMaHNreEFrSi9vTEExTzkyVW9MeWJmRms0Z0VwS0Z0eWZpVVlleDlMb2daajVpeDAKc2IycWZTU3k5Q1JuT2t0R3FmcGVsNGUzS0FoTGdGNW4ycVpycXlxLzhFUFBsZHRTakVYbjc4c1pNbElsVWNRSwpTbm5OQ1FaVkZwa3REZkRpRWlHTnVpdHV4M2doSFVyY1Z1eFNiWmNyWERic2JNRjdORGRmTFVVUzlUaWpyTDMzCmxyQ1hKczdtOGtnZ0d5Q3VzaVJRS0hsaTFBRXN3aUE0eFUrOHhzWnJCeVlUb3BpR1l0YkpLOHMwVUNDWHlseU8KdUtTdWJ2ZEFuTURKNUdERDArRFg0NkxTZnY3ZmdHTlNHK0xPQldkaWY3S29RZjljSWhLSnR4R3haQ24vdHZIbQp3TXp1NEpueDhOMnZSblQrOERwQnFoeHROdmRYbXJaVWVsU2VRYWt4NGRqTUt2bVRSOEdkMjVFbkM0UnBwQ2tqCmJtUHhZM3pQZDFYN3JhYWxUbjM0RU9GOURlTHNDOUpmemtEdW9qeHBIV01tMzB3S25EbzIwbWxEUWsvektDRGEKMlpjK1lqdHNUWkNyVGJ2ZGdDdWtUS05aT1VVVmxXUnUrc08vT3dybVMycDE2c2VIVElxSEViRTFMbnRQdjNnawpDY0hHRFNVQUt4OWMwQW9sK0RqOXhwYjJubUdxb0RlSjU5SmE2UkVrSENkdzVUZHVYeXFxTXFmRDFBWDAvUUROCmRldkNNS2xXQlJDUTdERmxvZzNIMWErci9rdU1VWi9Jajl5eUtsU2dZWk1KNFZnTktEZ1RRZGNzQUwwTUNFTXIKenBhY013RnVzQT09Ci0tLS0tRU5EIENFUlRJRklDQVRFLS0tLS0K",
    "amd/turin_ask.pem": "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUdpVENDQkRpZ0F3SUJBZ0lEQXdBQk1FWUdDU3FHU0liM0RRRUJDakE1b0E4d0RRWUpZSVpJQVdVREJBSUMKQlFDaEhEQWFCZ2txaGtpRzl3MEJBUWd3RFFZSllJWklBV1VEQkFJQ0JRQ2lBd0lCTUtNREFnRUJNSHN4RkRBUwpCZ05WQkFzTUMwVnVaMmx1WldWeWFXNW5NUXN3Q1FZRFZRUUdFd0pWVXpFVU1CSUdBMVVFQnd3TFUyRnVkR0VnClEyeGhjbUV4Q3pBSkJnTlZCQWdNQWtOQk1SOHdIUVlEVlFRS0RCWkJaSFpoYm1ObFpDQk5hV055YnlCRVpYWnAKWTJWek1SSXdFQVlEVlFRRERBbEJVa3N0VkhWeWFXNHdIaGNOTWpNd05URTFNakF5TlRJeFdoY05ORGd3TlRFMQpNakF5TlRJeFdqQjdNUlF3RWdZRFZRUUxEQXRGYm1kcGJtVmxjbWx1WnpFTE1Ba0dBMVVFQmhNQ1ZWTXhGREFTCkJnTlZCQWNNQzFOaGJuUmhJRU5zWVhKaE1Rc3dDUVlEVlFRSURBSkRRVEVmTUIwR0ExVUVDZ3dXUVdSMllXNWoKWldRZ1RXbGpjbThnUkdWMmFXTmxjekVTTUJBR0ExVUVBd3dKVTBWV0xWUjFjbWx1TUlJQ0lqQU5CZ2txaGtpRwo5dzBCQVFFRkFBT0NBZzhBTUlJQ0NnS0NBZ0VBbnZnNUdydjJFbWQ5bEFoS2RPNjRSWFUzVUVTYjZKVG0wSGh6CmV2eDFQeXhpbnhZcUpMMzI5cVRKTTBYbWRvekxZYjdyc0h4Z001STJwVTE4TThnZWN0MnBOL1lCMkxRMS9iSXEKMzdUUERiZzd5bTBNTjZLa1o2YUVSeEFYMHZvWXRkRHlOeGpEQVVqcFJwQ2UxRmNjQWV2L0VzMm4vRnoxRzFUbQpDMlhlcFRRcWFLcG10Nm1uRFdTQ0hDVnNRb1kwZ1NpYmVhRzZkb002T2lOVUNiS1hhQzdLSEg1Yi85NkJEMURKCjg0TStKSHFQQ2xGaEhxVUp3ektGNVF4ajR3Z1dBWnpLOFVQaGlOR2pyRjYrVEJkbEZHZFN6RXF3MWpPckNUSGQKdVl5TEsrNU9RM09JdzRTK3ZaZU9Wb3hKYWpUSVdkc3FZUDJETGMwSGtMMHFXT3VtRU9ycmMyLzREZUVUU2hCMApNeUlwSDA1a1NhbHlRTjJlTjVQNnB0T0I4NGhkZENkYkpQRWVwbkQrRnFRYXAxdWt3M0s4dUJjZ2VCU0FGMjNyCjZVdFQ4VWM1aDdNc1dYM01vWmlFSGNTa0RRUThJZWRUazdDTGpzSzZTN2IvbGZLcWZZaVJoS2dHa1J2c0VkL00KRE5jdW1IWktJZ3phc0p3Z2FnelNnZ2lVbzlqWHAzRVdtODRmcXl4Tlh6U3V0UEI3cUQ1UC9VTEFCK3E5UWd2cgp6QzhYbmVhTFAwTU5ySGhNODBVZWptc0JUSWt0TXZGb1dWSWVsWURMZGNvaTBlTUQ1RFJjY2ZzZ3JZYVk2aC8rCi9xZjl0Z2crbVgwOVVKcHVTUFJGMzhveXFuTk5GTWw1di90V0xnVXNDaFBVNk5DUUMxN1FhcXI4bXUyeW55eXUKSEVzNUpWVUNBd0VBQWFPQm96Q0JvREFkQmdOVkhRNEVGZ1FVYllKWHQ2djJzTWdVQUxqeEQwV3ZHOWFxNjI4dwpId1lEVlIwakJCZ3dGb0FVWktCZmNlTU1DbVRZTzNYbEFWbWVLKzRHQTBRd0VnWURWUjBUQVFIL0JBZ3dCZ0VCCi93SUJBREFPQmdOVkhROEJBZjhFQkFNQ0FRUXdPZ1lEVlIwZkJETXdNVEF2b0MyZ0s0WXBhSFIwY0hNNkx5OXIKWkhOcGJuUm1MbUZ0WkM1amIyMHZkbU5sYXk5Mk1TOVVkWEpwYmk5amNtd3dSZ1lKS29aSWh2Y05BUUVLTURtZwpEekFOQmdsZ2hrZ0JaUU1FQWdJRkFLRWNNQm9HQ1NxR1NJYjNEUUVCQ0RBTkJnbGdoa2dCWlFNRUFnSUZBS0lECkFnRXdvd01DQVFFRGdnSUJBQVhXSjNEUGFocmFsdDVrWExQTW05b0tsRlJxZVUzSGNTN2tBK1ZCbEJBMWxRUlUKaFhrYlhuVHZXMUdaY2dkWnZOQ0IvVmxFVDYxS2JDem9GSWhQSUVTVmpqYi94V1gya2czWDBISG1oMUV0Q0RiSAphVUZNNXJxNmwrUzFoN3FPYXVSWmVidnJ3QXBEekFBTnZXMExUSFJ1bWZHbS9rcWg5TkR0VkNJV1BVWjFWUUlnCkd4MVQzZHdtZ09LOG5jVDFKM1c1eEl5UzBYdTNLQzZ3N29CbHE4RzJwUGdUY0NCSjRKQkNUWENFWGlBQUdhVFIKL1RKSWFTem9aRkxoeFloQ01qUDhXUUdUb1BHREsyaS9sWmhrY0dIbkpPUStsZ3JYZnBMR3FCdExsUzNRT0R5VgpQME1vbWN6RzRkcXczVEhQM1k4QXE5YzJLRTdTeWxBS3NTL2JCS0Nxa2o0T3JBQmtEU2tNUUV6M0JCb0ZENjNhCkQ1WkcvUWl6K3RtaG5wdHlQVmN3ZUM5dUpsU1dZbTI1S2lWNGxUNTJ1Qmp4YXREWktRY3JwZGdjVTgrb3p6S1UKOElDblpQT3dmV2V5dU5NcS9qdXlkL3J6ZzVJZVB5eXZ0KzEzYUo1TWxaQlhaeEpLb3hDWUlNS1V3WmlnZjBYcwpCdGVUOGd3MTAveGs1c21JRklCMkVSdFRRUE11VEVOZ3JQVFVqT2VpcW1CZzY2M2MyZExWb2wrTURpVDRsdHFmCkVtNEtsL2NjNGYrSDZiRXdoajFRS0FOMmlwUmYrbVAwTmZ6SmIrNlpITnNPdnlxL1dCeVlwTFhWOUpKb2lEVy8KOFJad1BVL01uN0l1UUJhdUN5NzhHN0ZTMHRhM3ExZXQ3NGZhWUJCZ2VKNmF3RWFzYTI1Q3Ztc21sVTBSCi0tLS0tRU5EIENFUlRJRklDQVRFLS0tLS0K",
    "intel/Intel_SGX_Root_CA.pem": "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUNqekNDQWpTZ0F3SUJBZ0lVSW1VTTFscWROSW56ZzdTVlVyOVFHemtuQnF3d0NnWUlLb1pJemowRUF3SXcKYURFYU1CZ0dBMVVFQXd3UlNXNTBaV3dnVTBkWUlGSnZiM1FnUTBFeEdqQVlCZ05WQkFvTUVVbHVkR1ZzSUVOdgpjbkJ2Y21GMGFXOXVNUlF3RWdZRFZRUUhEQXRUWVc1MFlTQkRiR0Z5WVRFTE1Ba0dBMVVFQ0F3Q1EwRXhDekFKCkJnTlZCQVlUQWxWVE1CNFhEVEU0TURVeU1URXdORFV4TUZvWERUUTVNVEl6TVRJek5UazFPVm93YURFYU1CZ0cKQTFVRUF3d1JTVzUwWld3Z1UwZFlJRkp2YjNRZ1EwRXhHakFZQmdOVkJBb01FVWx1ZEdWc0lFTnZjbkJ2Y21GMAphVzl1TVJRd0VnWURWUVFIREF0VFlXNTBZU0JEYkdGeVlURUxNQWtHQTFVRUNBd0NRMEV4Q3pBSkJnTlZCQVlUCkFsVlRNRmt3RXdZSEtvWkl6ajBDQVFZSUtvWkl6ajBEQVFjRFFnQUVDNm5Fd01ESVlaT2ovaVBXc0N6YUVLaTcKMU9pT1NMUkZoV0dqYm5CVkpmVm5rWTR1M0lqa0RZWUwwTXhPNG1xc3lZamxCYWxUVll4RlAyc0pCSzV6bEtPQgp1ekNCdURBZkJnTlZIU01FR0RBV2dCUWlaUXpXV3AwMGlmT0R0SlZTdjFBYk9TY0dyREJTQmdOVkhSOEVTekJKCk1FZWdSYUJEaGtGb2RIUndjem92TDJObGNuUnBabWxqWVhSbGN5NTBjblZ6ZEdWa2MyVnlkbWxqWlhNdWFXNTAKWld3dVkyOXRMMGx1ZEdWc1UwZFlVbTl2ZEVOQkxtUmxjakFkQmdOVkhRNEVGZ1FVSW1VTTFscWROSW56ZzdTVgpVcjlRR3prbkJxd3dEZ1lEVlIwUEFRSC9CQVFEQWdFR01CSUdBMVVkRXdFQi93UUlNQVlCQWY4Q0FRRXdDZ1lJCktvWkl6ajBFQXdJRFNRQXdSZ0loQU9XLzVRa1IrUzlDaVNEY05vb3dMdVBSTHNXR2YvWWk3R1NYOTRCZ3dUd2cKQWlFQTRKMGxySG9NcytYbzVvL3NYNk85UVd4SFJBdlpVR09kUlE3Y3ZxUlhhcUk9Ci0tLS0tRU5EIENFUlRJRklDQVRFLS0tLS0=",
    "nvidia/nras_gpu_intermediate_004.pem": "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSURqakNDQXhXZ0F3SUJBZ0lVWCtkamVqN3NYSXZjWjhZbThLSkY4V3NJM1VNd0NnWUlLb1pJemowRUF3TXcKVmpFTE1Ba0dBMVVFQmhNQ1ZWTXhHekFaQmdOVkJBb01FazVXU1VSSlFTQkRiM0p3YjNKaGRHbHZiakVxTUNnRwpBMVVFQXd3aFRsWkpSRWxCSUVGMGRHVnpkR0YwYVc5dUlGTmxjblpwWTJVZ1EwRWdNREF4TUI0WERUSTFNVEl3Ck9EQXdNREF3TUZvWERUSTVNVEl3T0RBd01EQXdNRm93WkRFNE1EWUdBMVVFQXd3dlRsWkpSRWxCSUVGMGRHVnoKZEdGMGFXOXVJRk5sY25acFkyVWdSMUJWSUVsdWRHVnliV1ZrYVdGMFpTQXdNRFF4R3pBWkJnTlZCQW9NRWs1VwpTVVJKUVNCRGIzSndiM0poZEdsdmJqRUxNQWtHQTFVRUJoTUNWVk13Z2dFaU1BMEdDU3FHU0liM0RRRUJBUVVBCkE0SUJEd0F3Z2dFS0FvSUJBUURDbU9VUXpsS1UraUt6ZFh3SlpCcGpJd2tPMlpocmJlZXZJU2NtcUw2UWRrWk0KZGo5Rkt4RlJlc09kUG9KQTBJeE1Ed1lGTXk4N01JSllWL2hSQW85dXQ2cTBPWmlad1BGU2Z4cU4rWmNEeUZNawpZRW5Idk1nRmFTdVl4TWlOV205V2NPY09paDhGZFgwczhxbWtIcStOTTQ4bDhSN1ZOaFgwSEIySVoybXhwNG5ICi9keHBGY2JwUmF2YUVDRXZMcWJVU3ZTTkFtZyt4TkNDVnNpaEtQRi9ya3NHWksxd2t5NkU4SGN5ZFl4eWRLMk0KUDk1ZGM1T3ZxcTgwQ094Q1Bnc2pnVU4vSlQ5R3I5aU5YYW9mOVcyWktxYXNDakFEUmZJVFM3TjlTUXNwN0p2NgpVdWRUNXRGYkZLcDdnQ0t3cGpqVWdRRVVvM0prV1RIaUJ1UnJCWldGQWdNQkFBR2pnZWN3Z2VRd0R3WURWUjBUCkFRSC9CQVV3QXdFQi96QU9CZ05WSFE4QkFmOEVCQU1DQVFZd1NBWURWUjBmQkVFd1B6QTlvRHVnT1lZM2FIUjAKY0RvdkwyTnliQzV1WkdsekxtNTJhV1JwWVM1amIyMHZZM0pzTFc1eVlYTXZibll0Ym5KaGN5MXNNUzF5YjI5MApMbU55YkRBM0JnZ3JCZ0VGQlFjQkFRUXJNQ2t3SndZSUt3WUJCUVVITUFHR0cyaDBkSEE2THk5dlkzTndMbTVrCmFYTXViblpwWkdsaExtTnZiVEFkQmdOVkhRNEVGZ1FVK3FnQTA0OU5wenBjWjJ6ZlVUdWthdktNcnQwd0h3WUQKVlIwakJCZ3dGb0FVdmdwdjdYbkNTS3FLTndzbTlvVTNNV3h5Qkw4d0NnWUlLb1pJemowRUF3TURad0F3WkFJdwpFYUY4cWJ3bEFvQVdObTdXTm5xZEVDU3M5dVF4cVFrbDFlUUxLSklWRUMrWHNIVEwyU0dCcmJVR2xMWDg5emYvCkFqQUwwWGF2L3VXN2RNaHFTcXFFODZSaW9qR2JaUjVqUk50V0FKSXcvWUg5eUJBSjVrdENBcVNTZnJKNHFqemYKNDhVPQotLS0tLUVORCBDRVJUSUZJQ0FURS0tLS0tCg==",
    "nvidia/verifier_RIM_root.pem": "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUNLVENDQWJDZ0F3SUJBZ0lRUmRyam9BNVFONzNmaDFOMTdMWGljREFLQmdncWhrak9QUVFEQXpCRk1Rc3cKQ1FZRFZRUUdFd0pWVXpFUE1BMEdBMVVFQ2d3R1RsWkpSRWxCTVNVd0l3WURWUVFEREJ4T1ZrbEVTVUVnUTI5UwpTVTBnYzJsbmJtbHVaeUJTYjI5MElFTkJNQ0FYRFRJek1ETXhOakUxTXpjek5Gb1lEekl3TlRNd016QTRNVFV6Ck56TTBXakJGTVFzd0NRWURWUVFHRXdKVlV6RVBNQTBHQTFVRUNnd0dUbFpKUkVsQk1TVXdJd1lEVlFRRERCeE8KVmtsRVNVRWdRMjlTU1UwZ2MybG5ibWx1WnlCU2IyOTBJRU5CTUhZd0VBWUhLb1pJemowQ0FRWUZLNEVFQUNJRApZZ0FFdUVDeWk5dk5NK0l3MmxmVXp5QmxkSEF3YUMxSEY3VENncDEyUWNFeVVUbTNUYWd4d3I0OGQ1NStLMlZJCmxXWUlEazdObEFJUWRjVi9GZjdldUdMSStRYXVqOTNIc1NJNFdYMjk4UHBXNTRSVGd6OXRDK1E2ODRjYVIvQlgKV0VlWm8yTXdZVEFkQmdOVkhRNEVGZ1FVcGFYck9QSzRaREFrMDhEQnNrbjU5NHplWmpBd0h3WURWUjBqQkJndwpGb0FVcGFYck9QSzRaREFrMDhEQnNrbjU5NHplWmpBd0R3WURWUjBUQVFIL0JBVXdBd0VCL3pBT0JnTlZIUThCCkFmOEVCQU1DQVFZd0NnWUlLb1pJemowRUF3TURad0F3WkFJd0hHRHlzY0RQNmloSHFSdlpsSTNlcVo0WWt2akUKMWR1YU44NHRBSFJWZ3hWTXZOcnA1VG5vbTNpZEhZR1cvZHNrQWpBVHZqSXg2VnpIbS80ZTJHaVpBeVpFSVVCRApPS1B6cDVlaS9BMGlVWnBkdm5nZW5Ed1Y4UWEvd0dkaVRtSjdCcDQ9Ci0tLS0tRU5EIENFUlRJRklDQVRFLS0tLS0=",
    "nvidia/verifier_device_root.pem": "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUNDekNDQVpDZ0F3SUJBZ0lRTFRad3Njb1FCQkhCL3NEb0tnWmJWREFLQmdncWhrak9QUVFEQXpBMU1TSXcKSUFZRFZRUUREQmxPVmtsRVNVRWdSR1YyYVdObElFbGtaVzUwYVhSNUlFTkJNUTh3RFFZRFZRUUtEQVpPVmtsRQpTVUV3SUJjTk1qRXhNVEExTURBd01EQXdXaGdQT1RrNU9URXlNekV5TXpVNU5UbGFNRFV4SWpBZ0JnTlZCQU1NCkdVNVdTVVJKUVNCRVpYWnBZMlVnU1dSbGJuUnBkSGtnUTBFeER6QU5CZ05WQkFvTUJrNVdTVVJKUVRCMk1CQUcKQnlxR1NNNDlBZ0VHQlN1QkJBQWlBMklBQkE1TUZLTTcrS1ZpWmxqYlFTbGdma3kvUlJuRVFTY1c5TkRaRjhTWApnQVc5NnI2dS9WZThaZ2d0Y1lwUGkyQlM0VkZ1NktmRUlyaE42RmNIRzdXUDA1VytvTStoeGo3bnlBMXIxamtCCjJSeTcwWWZUaFgzQmExek9yeU9QK01KOXZhTmpNR0V3RHdZRFZSMFRBUUgvQkFVd0F3RUIvekFPQmdOVkhROEIKQWY4RUJBTUNBUVl3SFFZRFZSME9CQllFRkZlRi80UHlZOHhsZldpM09sdjBqVXJMKzBsZk1COEdBMVVkSXdRWQpNQmFBRkZlRi80UHlZOHhsZldpM09sdjBqVXJMKzBsZk1Bb0dDQ3FHU000OUJBTURBMmtBTUdZQ01RQ1BlRk0zClRBU3NLUVZhVCs4UzBzTzl1OTdQVkdDcEU5ZC9JNDJJVDdrM1VVT0xTUi9xdkp5blZPRDF2UUtWWGYwQ01RQysKRVk1NVdZb0RCdnMyd1BBSDFHdzRMYmN3VU44UUNmZjhiRm1WNFp4akNScjRXWFRMRkhCS2piZm5lR1NCV3dBPQotLS0tLUVORCBDRVJUSUZJQ0FURS0tLS0t",
};
const DEMO_FILES = {
    "benchmark.json": "ewogICJzdWl0ZSI6ICJkZW1vLXRocm91Z2hwdXQiLAogICJoYXJkd2FyZV9jbGFzcyI6ICJzaW11bGF0ZWQgcnVubmVyIiwKICAidG9rZW5zX3Blcl9zZWNvbmQiOiAxODQwLAogICJub3RlIjogIkNhcGFjaXR5IGNvbnRleHQgZm9yIHRoZSBoYXJkd2FyZSBjbGFzczsgc2F5cyBub3RoaW5nIGFib3V0IHdoZXRoZXIgdGhpcyBqb2IgcmFuLiIKfQo=",
    "inputs/prompts.jsonl": "eyJpZCI6IDEsICJ0ZXh0IjogIlRoZSByZWxlYXNlIG5vdGVzIHdlcmUgY2xlYXIgYW5kIHRoZSB1cGdyYWRlIHdlbnQgc21vb3RobHkuIn0KeyJpZCI6IDIsICJ0ZXh0IjogIlRoZSBkYXNoYm9hcmQgbG9hZHMsIGJ1dCB0aGUgZXhwb3J0IGJ1dHRvbiBkb2VzIG5vdGhpbmcuIn0KeyJpZCI6IDMsICJ0ZXh0IjogIkF2ZXJhZ2UgZXhwZXJpZW5jZSwgbm90aGluZyBzcGVjaWFsIGVpdGhlciB3YXkuIn0K",
    "model/config.json": "ewogICJhcmNoaXRlY3R1cmUiOiAidGlueS1kZW1vLWNsYXNzaWZpZXIiLAogICJoaWRkZW5fc2l6ZSI6IDY0LAogICJudW1fbGFiZWxzIjogMywKICAibGFiZWxzIjogWyJuZWdhdGl2ZSIsICJuZXV0cmFsIiwgInBvc2l0aXZlIl0sCiAgIm5vdGUiOiAiQSB0b3kgbW9kZWwgYnVuZGxlIHVzZWQgYnkgYGNvbXB1dGUtcmVjZWlwdCBkZW1vYC4gSXQgaXMgaGFzaGVkLCBub3QgcnVuLiIKfQo=",
    "model/tokenizer.json": "eyJ0eXBlIjogIndoaXRlc3BhY2UiLCAibG93ZXJjYXNlIjogdHJ1ZSwgInZvY2FiX3NpemUiOiA1MTJ9Cg==",
    "model/weights.bin": "ZUjfsTc5z+D9DBbducoOnUftBCrVceXnCgLBrcrkF0rjFae87GjJ+4DIpYU0jxiep8TCiFgeVMWCRMt1bvWqVnUuALKYwuL51XImhquHYLa8uLiVMhzrEmJBF0vOExnZFkLXqTMAEJKfTsKu7XjyeqkZbtnsgS3PNU6OKSsiK8+7jFxjRVE0+0YAhG4zi9xd+NTVao9BYThAh/o7ejkOGf6PYfDiCNVeYekId3zPBithBdz/Q+A99o+iN7xkfyM0MkIWdQfAHJrou28WJrwHlauwZlwUJdKgiV1vs8vLRcFa8pmlD9BFtyke3vrgrevNaSQUNZfFTNr5pQD2Bduoo0StmD73dREud80Zbmqjk5IyvNlW7CEi4yJASg9uR5GxCcN4/0yhgI74imeTVk2sLjfMWoH8GluclVkrLA8ozYoz8JRqT0ZyrhgvjV/LDs1lORZEX2AJaMJjaSufxiiNMcU7FEhnuNntLYuhjhl2n1fGZbnoDcoGGO7WBME7/O/JVQ2DV8az6CamWz/AslO+myZiq47w1WYgwpFKyfP2clB+oxEay0UhoqXBEv4PbwiqYJIgjPBdD5gwrQHsT10mHjdILuKLt9N99143wsbtb/yA94l/KtG94oOMUvPbiO7oSbUDvNcAWBqdamBxfIw26yk0a6Zev8vCnfp0ILtXZYBbJNJvTPLqd6bnDnsUIHLHP+VNLMyrsdm5+6LmrOirtrpGPW0PEOuaqiAyQWYDn8wEaaKZifRJ7MPZFFH3sJ4C6MtM4Yf0L9vcaQt1zPPKoMqjElws8fIDmwJeVKh49MArRj3EnL48RjPOB4lWPxv2X2qNsbCLcmNCOVTppeMSFzTL1N1tp2EUpx5ReCnzNtyDqzavyuXlJfwJ4/rXYrBY1v6sFS/sFzmzefbj56ldg99EEIi7FgHgPCDxhFTdoOIwQ4nCxp6poKvwJ759+MGdh/LliizXzayWrpB/NkEdUU0R3eAb67Nn/Apvt6b1NVHRaS76GFBbI4lcm3prm3Px+owJKz0hUOAOFanc8U78TeXE3CuNwbl7Kz8JQXpKx7J4A8BtQjWJHN5iG6n7kibPW7VQ1duBMEdgpmXYuKk4CsvlUYgtIjRswxLJhEMs5GjVUQR7iDE+rMKNzVKk63xI42c79ys7M4bo842Oi1lEcHCqftkDV1Oc0yrPPuOlsOE2drEmmipoW5FP2txavUXXrAaCJbPxL6IcOEe6dg8HfLPtzDCTBHSxy7XxPag93fRu3ZfDpCZCSmhbjkxY6umZ9eod8sHSBaarrOqZni33+6OEkNSqxuk5hbafZ7y8IKmYlxaH0iMAPplna9IX7XrLj749SfcreszUIsAakBywszgkwfDkMB3ds3Mjt+ziMXFw84HtZpSPjMmQOqJYkS2vAweLVHbdV9EY3F+gZdX5O9xGwYsfYPEl26NcF+RSME9Z3mkJ/DyUOaYWJyNaSMTatUOiY29sg2BAjzXts23MugZ8r17i+NNyR47y0wfyYXDLvmhFpfHd3aF5bwKtzQ7xA4iqmDshZ1w7N0699kLnQXfCiXNZqRplWeJPpYYcOsRvWlyFcYX2AB5twPztOcbM1SFJRgd6ojgyc6DbSKoTcb4x9ceZe3jF9q4CiAf/AZWSqlLM67DmmpBw/PEfrtjnI/L5bKTu313itTFqXQVxVqiFDP3QbxfMPisBQH5Cbad/G9N/Kxtw57IgD8csrO8mS0PJQTbnzgldmwKODbdMEF3mf2hiaLYCqPk50tadmQfpcc34v3sGfr2vHV73cd4tm2Pn8P1GNXb0HD11mPVx/yE0XmiyGEpmxXaoyuldL22QYMv3OPG9/NJURNucuGpucNQQAABUyNogLqwPmQF/p8BwnAIf7I1R1fyV6I1N9fG+YSHzv15u6szeNIbGpXIiPsx/C/XYJgT7gQXjTVowRyv25262jjAGNH5XAnjwKqD3m0h2HdeBGwtswRzDpeSwF/sgkNWe98d9D3JUFGgMZetiY17E9Zk+8m0VRmwtOo9Ly9Ot+0fjCyJFiNlKWK0bYIpmLXCf0/TL1l/A5wwMgG92PeraAcN85JA4E+qdFAxq+mlI4McuDMrCkgxh263dikSGCw+gITbeHxL2+2PTw3y6MDYXBNb8vTr/WO0J1aJjX2xKg1VqR6qxGmdyRLFE68mPPRycRhRt6Qdodd4juTgfR/P3yagBtu+Zws/xepCpdS6i9xHPSlSVIHq5uTMeJ16I7B9voTuQEkE9Nkr2fjGt70ue4pXfCr7zqJe51dI1+8kZZNtXRc05OjEc4+xZztpC4PZccMQSGd5AAVKvu8D543/8kzVFuzqw7TaxQEtcxZLVdrTZ2kg2pYTP/SnuFXTef05whO4ljKMz6zrOO0GkdDN0XjBJNuzK5GLZcmvJcEZ8xr7beTzzHAI34ioPGI7qggE88luLu/osFcbhtVZi+ukF2myxiFuNkAWllEfJPupaER6jR5I4gAnKtoolxeS3w0wJkKXdoyAkkIQdKGwcW66hfVp7S9loGh89JNQUBR+XGrTrz10/Q7x8ga30XpcfvSknTFzlmBnTu9HBkPMQVzx4l9Uf6dI1uAGZjBA0q3FAyT0hLREfGLcJenqB6ODeBNR7+cHC5ssX0GUVB0YtXD7wT7QygbV9kdMT3oMFD1D5g3zpCcVQsM6foQjxXlwFYrPsyqBzSm3t+wzJRjdtZ+tlsH3VKeCBfwYfqis2XPltcrUvPpy3uPCy9jiu/gJLcPtjI8pEEoac/646BQC29ydOC4aTDevWb+uzMVH3mJFyEBFpAZl1HbSQRxcawA1ttcPc7gKcaLj8PJI/uoD1uNFpYj96BVbOqwuhyrESFmoPWFVS5WlfmvU3k7ohyn3tnGZx2K1WTljchTQEvvWU+cAD/bUCPMk1IflwJ/qoG3lJhELCSm7VytszefMbHDqOfNhJ6XlWdFsdYspnhFa7zPZwt6ldgd0Wccs8RfBpFyWPjU92O7hbwBA2/qdtZUAIK7o0QKXHpugq7C2eaBKtNCqtEjC7ffuQqvMWLEVYHEPfNcZMCBDyrygyqNm/jB9i82HQXomUP+GO6zfP/E/8AAihEai3uOqTU9WftyTRY7pT7/LK9hVAh9BPLowrWSC64QcQiMpS8E4QOJHg8uLoIefisAw0+5v/urn5VW10VI+zMlF86xWwZg929DtedA63gKyxkaxtmeCHOUuugeztFOoGz9g1eWaf25ubRRYjQ+VVEhUmXj6xSQXjbdPAtACI5sEg1JYNdLNesOGpNRRHA/9hFiqr9BoubwciKj+ZWAxWWIeCtLi3SzfZN3tY9iGC4rmldlSWyj9NoujFbKGtmxepLXLzVY8CSc+4WdJ+Er7NQVbxpVZhyVel+P6SlonB9sO4zbqdyqZ2cT4hPQSTGxAHefEaSgy50RAzUnJpGrJ69jY5ipIxji/zxZzV/18Gun+hJ2/40LuZuYz873G/o6z6h083pif1wxPesPbx/FwZXnzDbKnjsLjsu7oUZRT3a8yTd2jICJjXM4tovxklQjwc7YuPgT7Pdi9GLYuJrxkf/V5ieBL77bAUrU8cPJ4W1g00hsFYHBT0EHgfNvsqcZ9o6QJNITQm5HlpKawjmr0Xtos+/YAgmGtb1npBPp+khF4xmbpSq+eYMzNK3AEa0WQjXPC2CLwy0Q6oN2UkEPf2C6unEB7O0txO4imt1RPBT8C3PyB+hkz5xI3WNWxPVda1pd1m6HoOhkuVNcfmUQLf/zNzIyatmDPwJWWz+SYBEKLxvsm9noAWUJm1RwWpZ4/3ifgjr+VumEH1S1WBN6NPA0SgWeCx8+iT9uzpAotkwCbdJvhuwlhoy89zD7VqRSQLbJ8aVf7HLcrJMxJU23x61/BApYACK9zD4/CRxTzUs2fNaOVM0a+bilu9pJDJlMyz8qO2Op1jnDWrT+nxs6ppKqwHUE4byAl7R/H9n5yP5FO3327NHWMzFaTIO7DX50HpuoFS+Oxz4bzKqisTEMTVjGhusFUb9zBijpiv7qque/lIIHt5z0+iYPPP1DBLQ9i9zZAqUJ7rkB6/IQii/hMhcmOm/lk7TFqHc8v67uDzA2YcAePLt1H+9FDyqrvHvriGTYorZ3X1M5dQgihDmX+qBTpTIJNIzdUPb4EFt40Ksp8Okbck+RMjkZ+22vtyWODmn44pe7a9bBX0XS0xX1zPT6RiKcQn86Xzhz80DS9yH7sy5bKcBpjirOeF/TR72ABZozxzIpbtfI2CyI8xoojxanVNjlHLyklM6pjo84VGa8bvN3NxyASfgzR7pG2d/ztEKn+2f6jbGFDBUvYpAPyD8rT98TffxgEWKkh48RhyuwUorsH2ekkm8rXmjsV2z256BMyt26o6M84RenM0DsLKT4S5mk6CJWktlqewEtsLhEL2nMrtdB5KZRH7KsbVESdYDyvFPMXK9mNZQOuJ8mAAlZme/T7LUfeHq0mRPywwYDmqZ1Nwe+brpTQxDHaIZbrXzwcuRWWuFICm0tRer72UXqvI7qusrUDL/yhPnT470mXNjD0NJ9htIKDgkWs6EAeyQNXEHZ54gzz9y6ddLbhVMYCUok9O63uxndfKanuAoFG7x4lnphDQCZCiNYgBUaICxESVEJN9UwbOj+IhoWdVukASYXeBi7bb0rZVnwzzcf4c0foapw7CT6v+/c98hDTzNpELxTteEIWaFyLU+cx/Gg2hSjdlU/ifT0yD7r18sxZw98QtoQkQF4wl54lLpe/74qg+zkmIfO1i91rD3AqjG7tfrcWUVVSVDYG71MkeAzy+sDTaG7h4OV05agfCMNs8F4Sc4Bx0N/IUZcUWSeDPfrfURxxs5psuRUDFAxQ3fLceBO6Z6Mz/KbbO98ZtCi9mcsSj4uCy7pBgQjeafT0r2NYBOMVcLZ+UATJmug5dNGYD8f1X9lF7mxl6YQWdHv/3dXTgsbUUtSJydb+onya6oj1s9Oi6TeqY4kRRTM8zGrtPQMvJb4JNS5lBnJEG4CgNm+B1OZksQtSh75v+zArtioJdf2mbptrRS0G5o70ahtSRYZraDYXv0hCHBiWM7vSHffominqvE7M5wCUz1ywe1h5a+Tyd2UBKtqUvPXlgC9CtMdalkxXXC6Pz3dfmyOE+MRk6dZc6I13odDPMxyR/5qLBe0jTs/CDhHy0xOj0swi4e0YqUDEG313DP5U9ucjNpP/Dyj4FdvvXKUwyOCWi23gPMaJ5mY7syTGOF5KC42ZjJXuAUjHohlIsC3D+IBrzQDcs8Q5Sz54k4yw1UTBez7SMeHDsYY+az4uZ7N84Li/go3r2B8v9NYLzMUad+MBpIoE4Rxs7Zn4vGoB60BAYLYOTJAUevVv1UkZZP7FiSSwJwSNl/WuNaH9LGVvteQXQPCD9TFdeG5Um38/9OGFYga8SzD00BPucTwSNAHDNkZ+02bjT0zHj1vRQ0iP2vmG4ufm8GTUSANJWe1If5lq4skKzB5qq/tXlJpjY7V8Y/mDupzAPtqpWs+yNre077dUQ/R9Og4z7ZNMmUZo8oJ6KvX2cWqoSAqWWpUdmIY8LKSuG4GjBU/qi2nqyVWJHKo8fcJzLMrmwvgQ7v0NtfINr0FvNbaSxML86URFdBUXLd1Z2N+1lphne7fx1PT/fHCl9rl5937eYVwt1KhnMdRYn7Iim1wYIsZAoczoIBnX08o15MWRTTSbqu9EpXYbhM446ont7koIl1bmxCjC6Jo1SjEp4E4Ty9BBcT2B8Fk1DE7ExGjTgucxY3hN5V/pJfydqJ/StGuOavZyjovQ0XdTrzjoAm+ya0ErMfFArjGhPTOJk5kVDNdyAEPH/u1p+27ZlyoOB+osS1HtbjavJXKE1rBNp/Q0w6KRjIH3UIfS9Yv8o5kajWZ6QjcF/0Sz3SCsy5SZ1Y4VTCodN2Kd2UVGs07Pn9N3xfA5E5x/x+cO6kObD6kcgqwffwOb20CMSyvnNZihWxPF9wdBsKjhYVUjPTPvrcNeB7aPavkVOlXyKxDVaPavDzdksX8wlsXWgtHYz07101Znm0E4ZL23rz5aOP/MUVp/F/hSraYzjDUjUH+vxhFfiDsHDORM8ty5IUJJLjwFdev52xof32WLzJ/aO/+ovLPsdaXfNNPMU0n60TedP2go+MDVdout1xiHu+t84wLsTvglsGWAR6V7M4cYy1rMvBZ5IFAjp7HY24Oz0OSTlqnWTEg1g5hzSN4MXiQy723/dz6i7TqAado5kT02QMaM3FCDiUbfa9/nGUUfjxYi39nS7uHv7jf04n27uaCzcbzeekjauygjCFaF63ZYMTCXXgfyjI0+3hdeTPxPQzeBNZ+dIOAati839jo2MXIiezyz0IWslvOlsJDV119w316Nr5X135K5cmSTY5BmLhb0fdDjMhfd8BZlan546zVuC1FXl9+BX0i6n7PDXghJJWueF8aD1aKzGeXDbdRLAl000RJSEQ2AUtgaGBFbEeJ3jOhrnG7epx1/IDizfaP3NlsC1jPCfFHQ2q//upADRSJdyZ0JeTPNHn+DKRlRq0eX6ScK6n7Cxq4zuNpeXas7PfWtgfIotPWqciMLWFMd2t4etEFYr1xFjZGQGeHjkHopT5TZiz6TJDXblkGiNsKXXR3JAzBJOK/S94xgum0ec8qnspuzGudYmBZ1AF+2jskIgzYDEQL0okp1HKcjbFq0knAcQIAJXVwswaqhdidXAm5V8C8VG9dfhn4TMwK8uWx1W9vQo/C2QYVb/pIIBDZMX9aia1I3hP1cqk27EG+UY0e9LblGuqqLXVFK8He0Qf2uRJErKQXQNpPX/1zUqdSOOn08JrOJZqLsHltk6RhFhGYGAzYNXn48PzLqReWRQwWMsFJW3pV1LLaL/z7ht+PG9wNWiai2hF6dySHP7nA5xZm2sPoZ8h1KkMIDCB9mPIf7fs4PVxCqbCRgl3jVVncR03aqao63IkNjRKqEWdpf6ZGmMCtabCUTTsGYZVIeCmH+evYn+XYtkygrojA7l3WN2AfatCjbffXcE16qCVWdf3JkV61OtIRmbWZh9UqgWVYv7ep5kf/qj3dU/MGx34lbFgkXir1lF/4JoCg9WwDyAmMLkPKRCKHa8n7FgGZh/m0ed2P/70raurVIwa6BlG/2wLc4RUl9AXUqTZbmpVrA7wKgyA97Tdbrt+lARXOaFPqnlhSE0l6jcVBxf1ZTzZsD8YdRRJf4b0zA7tCaOuBQhx2c7MXp6KqZ+Kbn9pqPvIjbMrRDtBj6SGcHAx0Ki6ehWZ9xgXUctNGXcKvctyPCSyOZKC6Lfe1d0QIjw3TkrZxtZC/Scg5gspGEDk1Pd8yyE+/mw0JkY67q9CESsWw/wNP1mX99E6r9iMVr/+uSyic/sgHASRvbMowDf+1SdinECYvM5cIDAG/AGDdGjyqUGJmWMLQSheO6EhlBkv97ZeylXwC12I/mjPRdoaLCca1Nc7wPWxOXSk1e7Rtoa71K1p/IXeCOQtmC4qczm+gNMjm00IYt/x6fTtGMTEvy815uiq9PnLrF6jnZACdS5w3GXc6XcB61UXiK+J2aeRG87w6QblQ2kjGy3HVHKiCBKs4HeskH90gKlhWyOZTzwRzaJ8pgCH4WN6C5VLP85DvlGdeVQ3hRs3tNV0rDOQqd6QRdSLZh+h9ausmzrLu7VxoY3A3WaHqYO5sXy7KqWuQqhje9dYc4VL+ZQ2eDFK3pHENBQIpOFB2O/3YFeeUDZGKnfqvrMNqKa/8ckd4hajQSK75e6VYaX64Cwt47M12rUwXjaYsJz9Q+IJ6tzzH+VzPARkkFASqGlj6QjsmWGgIWezy2c+0RW79rUcVXSev4/xiAdnjZJwTlRCzY0FrzB92PNa6zjJAkiXAbjNa+N1xeyQnBmitFTwVjoQ6zZJTW2/UdvFt9Pqla+Sw9hCj13i0AQD5nbWHx5Xd+pRrzceAU4n2xDL4NBzb0W/W51EpId8K8XK3O/jOd470p4fFQ0AmTi+udyq/+DaVgRYa5xjhnp79hFm5sBCS7vD63UO2vWeyxaNIkaDVGEXBGYXoBr2GuQFEbLhHICNQirs0PtJ7c/w+qTmvXRhuys0sXHy+TdrZaiVUbdc2lLC7nWVR15QdFiQi1Brw4J/hkcEDpEIxhxRhbMaUYZqDb+5vao/ywQR0hVAYfaoziUrLm5RTfES0XhT0Z8+6BXtcwfDajGbKran2xc6nREi2bSm+c9BsF4uBDzILbj8SMoVmz4cUuciI8M1xX0BRbW2D32NBnIe/kpcx2kQS1dryaAbF+692rSsXFi+07cHGDbQ3J38BDDJWIXw18xj7a2JAmBcsjJKLOie3CGM3Q94gfbP9o7CTIk/Z6CZW4hMJ6FsxFD6RV5+AOUq0bVXd4wBsaulNmxXQfaVsmY1KZzzMgvyjNOyoY07SKZNAIwgpncXfMp07dDhACd0EhxE05slonbZDqhemPHqtzyDrveUsqrlLh6xu17+XSIc1uRxssFIvHISnjh1vGa1J/Ka7v/xcWb4E/kj1Zfbzha8xSFUXB0+JAIC1Jl8+JGdlY8VOG2Dkji21SI1Z0LP5F1gC/bfETJoIQD3rZmF2mSX2VHZL2OpHxPzVpHsi+gjzKqUyXClS5vz9D/dT8C+WAbhNc4svt8zfynpU+tBJ2846qVITSa6+zXzcCaJMEEu2ykgjssq/g1VqzUB4PjSBFLsw5F5Z/LKVGSTAHxh1Ok3i8JGP7NLg+q91v0Iz+LMim7dtKswfEIcDTP00tnz7AbKWn3EBG+A8Sn3oYGo8OP9H2/dW2FzJpooLPmXVC4kYMCWfwiIfEc/CeFDYTm64R4gTP3WM3PgzeGtXeOM9sPsVkRB+CXiuEKEv34PaxuMJ7jFfLyH1bXVxnuFgyPBhWG9M35W8QzrUCJrqfb16kH2jxlSKg2vd+SleUIECnyupEDJDTGjMmidzZGZEzTRZkMOHRMXKxs5pV56KzfjmTY5Sa1rsvvCa+2M2yU0JNKO3MsTh3u79fr96hqCCmVmWohRF3u9Yv8YewPv9CmXxp8eI0Gvl42agqNnKA4gzI02JQ+fGzhFiHSGBPzJey7N6AfhM7nR6Mr4defWuGaUO9Vp4ggl7DeAfc2UyDf4MqQnso5NCd2KQVolPApwBEfoXHnInJBaELJnM0HBt2Mo0mjeeFTRkorWAPFdyAQVWhM3eH/jLey8HZAKhehT8OsS2PmASqlDAFpFIuWagguaAK+tWJbvy/Tq8E476fR5aOX5GrJdn6hbccuoYLSg1O2isHekHINr1qK+MmD4cXZx2cPuyGYKO6S8ucO+lmSZ2yoSbRSianWeFSdSNMU16dd2NnT6gv6dRzMjMbqMmHR2eHPCQcot3M322GB7MLbpWUWlHZAlX8kX+5uw3S89IgTRTbHCdOH8Z55dluGHCdCzcr46Q9ObXfHC81zv9e7ei1kM/fYW7P9cnSb7TSCDcFdrACGsp40f5th503fKEXpr+KW1Z94XOsL2ZDj5aOvS1t6qtmAEGHGf6XYfTq9R7/SFrt1FeSvVafgrNoyEygcEJ2eS8teF9ywrnCC/ArR2u8+j9mKKriT5j/69h5fHXhYlVVHYAHlLrALx2g/P6AxwEbuFa1F5kYQilUnFM0R/1cwSW5t7kH63QakI4v9mTLKUsV86fZzkXvIEwuiKByWRrxUYxz+gkKGuGyaaAaMYuXpKUm3ViL/hc392o8WEIgjDNGyKtdwpvhFpAuf2u7I5I66V/o7H7I9qdInGgZB7nnxOtymu9QteYFveynuYyOPrHtAvX5KK+IOnYQ/R5cKL/fAWu87J3+TZXPCTAKxouzNqNsTIKuONs85Nbx+nYcuVeTiNCStGLP8tvdqh63XULlPR8FF/ckNGYtpJg2IuZUlJzYvmfucL6nSzGCupZHlNWbmVhHRct1sE9/2w1b3qhg57zeYE8HCNscbFux98yJGvzuSXNi8ycH5GDUrAMxYRdXhQW3HJ5eIlNn7hwpxXtKa8QcvKy/+f//j1qSr7ClQH7qFgy+dd3wjkZvQgopSnli/ZsvyPkEL1Y2forV7tXrY8X9acKKxYxi9iRPAHdRs1C0qU9BasEoqT1cpfAvlscOlOYk3G15nu4q0p312PckUYkLk8wN2BrM4qSxhHAKqP2hdwI7Ru2PtOQCxz18qabBiV7JX3cB0sWGE3B9cmRSvqJ+klH/uFrREeUL9m9nHE9JLqUf1t/VsYYfuO1NoKuoK1zfm7IoY3YUU3p81mnehuHEPGKg//2CSAPSZI3cgiwMKHvvQdC+bp968HM2hmnuanyIhviWNDcvyDgHCZHOQsbAv1lbU9raJ16pCzgpTBWydkGEBhZYS8iKJOMGW0ztKXqTOPTiVQgiiyMN08PwI7lY78JAYz5pBzRfSGZDdZP+KSc8l01t8V6WJc25WyZUnCRxCemfNDfne26A54rTM7OMn4gGNkFFNVdBEoPZw9ohneriCXINVPAYORqEkxg7ed7fLnKlVzjOrGbrKv7seAymjLF6yYFFUcSdxFGGXGfD/zjry2LeJ6k7PMc8dzwRf2omvg2efRy+voizgRM2sHjkHm555BujYLiEo356GOJD15R6GO3pOVxm0/vtqFme650X3vpny5Q1Kdn5Qoe6O8lK5/PoX6VrOUlKhhuE7gp3aOJYK/4rM9UkzbbRnzghQvHm+9PtcLmYZue21b7+qCOEzoHlTx8qajS18vKcTXRjen9SUz8K1ecK/7TzyrnYCyyPyvuIsmffpzVqIAyZ0hnTmEeSMaOeVt9hamTflgnv/f1UFreSuLDlVCUz0zlxvGtRESadGkA1IctnwJHlRQ/CvX1C6q/UVWHsczWUK2dV6NExw/jB+cSsPCp8czizOorBIRHx3CT+69eX9IroBO0AauJ9rQN7dJ61B0Nc+gnm53pPLzK49Z5C/XPTh+8FJpkBNHOVn9ym88zjWGspXGldcsxZ8TowI/vUPIQLNCuXh5JhNBgXP13qPqSHelRhA62oryOoXjfyNig6T1dxG+Jllo7jbNcLD6Pxd27Tli664naaZ7zAM/e6We7sYZQvlk/Mal6mZUCSw+pNLQTUxTYnpocThcIvCaQPwDBUo4Bfzu2HYrCnD4tfRCNngnMaFSq+UFVOpSSPcX6o8kDMtnHwLzFxmKs71xcFloVqrdbkH1qrAvVXlLrJxY9mr/6/cjYq4s8jdB56zqh2XmQLWGpyePJNqTSWCifPHw87gTXvTNkvVLcos/n931N9VZiiNwUtYjqcb9BqxDYruGM4fwHDmqVIW/crDNWnCfcVjdHFw8d1a/AQW7WCJDwsDgxonOweZ1HQX4cVNY/2pkTqqYu/8t5XRKEaPnyDC1LZm9XfxmBWxNWuckWkH7ut3S8JEv8NIanvZTb3kQuk5EjHpxo88uypA71Uwfey0LTeQfY7hptIxD4I2WUqGxVxaagcq84/9ny/vkiF3rNCPuJWaj6LJQ2gHIUUk2H8aS5eD1fmCXP2sVOV0LJ+qiemSDfI7O1Mpi+lE803UBvisqeZx97psqMx3akGQOG3jm30qqMHoiIZkEgD+yyurvrBVwcfy6pON7akIn/WrkRZrlt48UzuOyOCDmy/z4ZHCZlb0qc0jIkx6INhY9s/iib30oTQUskuq918Saup5CR9ObrpJbJ+qBud3y3j5BW7M/CBwUzp3fEGPJLpGP1VKmcqIcnD9UfUh8HeTnCe5Hnv/cIysYcBhA/KUtYhKpfnKGrNH9vpZRgovpA+EsKNdNMxYb80AMSU/YsuXPf936PDbCJnTLU13Iru5ifzQ+IgBZYoGVdIx6Nwgpof64aAXlituikJ/bAQOXYbHawDYCWIQEuaqHQoqWiJ0szgfQ16kYeJLn8DjU0o6kzzglaT+F2O/eYsnHuPSov5UpUo4H3nggVu/k6BCGgE6nYNBvy7M29BnQym5mAL7abG2SPeqTraJWwNSBCoKqB28mU280ygzw7oWjbViB6KCMk4/9SAkhGjgXX+8gwjQf41MPEfWaFDwgJ0RdlFow9u+Wc8wOx3rNGGgEr+jIEEBkhMc9K5Jwm92XYQMPFGPDcPA2C3kR1Qp+y4g1N88Gbe+jGcb9Ufh0rj6bD1HLexocwdOdLiIcDtIuPYj3BTXWNnKdVQqWEs1ACqcXLa97gCWF/mafvNyObxliM2j9CEAGVFvXAARhrr0bU0YWmCKlO3VwpJmZpUK6wW8znUOe5XBuACkJ1E8X3N1/X1AjWuXdzvuZ7ZGHUgpYJ65PjV5JNtqOvmgUXRrWMtFDeKQLXrbXmjVtrKPiyGlP3j/zLMAUrWP/i00aFtZyUPJpWRIuEFefjZdW1Pxx/cOAT1yecAFhvQvObl77qd0CAQtRYTamJ8mocSL1ULpcfcfBM5NhzgdAWA85mJYEye1uJEuQrUsvOEvzAxZw44qmyLvKaR5VNw1GH7Dq88EJJv29qZJCZewZlw/4nEPorYlJfHPeN/NjzKCGLIMJoxKSaWXHXDeAChR9pyVRf+8VNbzT8IfW6Q2mWYt04Vs5ju2sNx05YGKbfEYXtniPJa3M1YtcWen1SZKXZdgMGcfivgZuFyxdJWJT3S2zjZoPAYByZ56hrxStR2st7Hz3lKbgK2TQDINJ+4epGDBP21OkEdEgZUUhWMgLRfWS8hevxX6GlDUWNYEGUS1Xwe+e35m5iYLEGbP3bGAIkhQ/9WVKhY5JVEBxldnW3nmnAwnvTFg6Euqv5Lc/krxP6CpBgJjtKResEYLgCW27jh3Z+MnVzpG/97RbVp1oJlZHuCPKZZxtygqqI/HoUxC93YU/trG31MzFe0YG8VUCT6vwernreFleySVsoz7ajOzebQPdnuD8T3SpqDhEhlOYi300jw3GBwFeUCIMwL69rnTNOwf5Y9+NXF2KRy9VSE/urOjRjxRQ8+doSFk9GYBJDad3+L/zWOwrDoE84iGILgXxfN2ysnljf+BLDxlCAyq0nbqqvzzV9J4eg/JH99xlgyMCHhgMPHNi4KIA2RP2CJg616HVwjjBsmuxMZrwBpfEHPB32SN6nud8tId35qqqZ0GGOG3K5FQTbS8Cy2Mh+sQkYvI1RzYSBbVDB7E3rRJKroXqkgNQl+vFhP+hBDR3x9ADFtT8IpqEguoxZ56bRC2QlmgZsqj6YkH/WNZu1/nGzCbG3P+r66MgpihH9LJuh2dS2SN13W+DhieC/hYuahpB9O/8qbuIPv4DLo5Yaxo0kF+csWBgmiUbF2JH3olGZU635qKHwwgh2yfZBadVXAvAf/a2Vbwf+1850lSdUYkKByfcnmQuoE0tlkO2/Cg/2QQAL2VKjj5oGke7k9F8m2WzFf1YdkwqYRoOs4v+GbyOFl0eHiOdfrctbySeZwHtwSQYR50q8OvHHhEGMnlUKjlU9a5Pp1znaD+mAfrP/1foHoA8Prq+heXPE5CGDmcoLn48TBuLcQviRwUsx76NxW5PGjNsN8J9Q9s6FmfsG9v+nXTCPUaRAl5OJDqbcHhwqhon3lSSQ+nCQHSOoe5TBUZ1e+u1JSWhFeEnnJVlfQmX0E2cyn0x8gaESBvkNiUkBw5bq+W0mrTAsHidZ2C4a8WXV7JC6saLDJUrAzTWaDWJthhjyFd5ucLmQL7Sh+FuLEMr9aawuPCZjPd3ny44kZ3cZvrf8fLz8TBaN3cN9V3PdDTWkVCPvDOeQKa1aNJXupHTcJ6opADHdgCT/n/+xhp1fPcRhoLXOOAm7t9wb3q8JIH5Zi7x9XZbkgOFGn9HBmGRF+JM/irYtN02qkf2RBwwtaPBk2IKPqWHPGy/w4DzXbFHyDc8DyIFI9N80t5LaPWMGQ5lAA4xkWqAsxkdfXctQd9TBMxt7bU9kBd5r2lpySx3sXx4HlLl6sz7s1SoQRUK6FcYlh3yKf0rUvGfn+GlR3MiLj2JDXudzDcSeRjm+pRxEZNJagr8/rO7rY9fxPHbppOq6PpramQQN9r5KVQy16twDek1E3UDnU8aSx7AE1D/x/pjskKboAkXQyaIV0qzK+/AtWi7LK6YKzhDDRlG3v5D2AO8KM6CdE5/s3bZy8iCYj7U9cGlNJqNQNj3Fn5Tbt2KqzQsfXTLCgNJgsUnMZa7Cg/9s2TWfaZ2xhAbIOPoOsGjO9vOwWo4/+IU2EquRiVN5MB6wnM2rFOcUItdp5vtfvNrYKvsVD5JYtyw9wgMfRMgjWdQkRZdXwYYE0EWSIBkrFmrC/McDGNjLZHQzYFwupGA1Q9ufcG09BTMuzKfxd4AFkc12DsyIYJvFLg5L8IMvGTuYJrFiKiVMa9tt0En0XNwL9Hzwu2PjHlvcxrfz3/75VuoiKRFW7x30Zg7c1nDQPYubDeMt2SZ3BhKDJh/8S1vLz7MqCZBS+X5UgzMIDYSaRCNTE9e9Onh8LbuNoMD+OpcPPWAv+xjjcvGO5eMomJddq0YkfV8uZH2WVyGS8WHDkIXlvLlIyWDLQCJcwtrba9ysoSo7e/lCczh94rL6+Cg9cKinD0r5OL+lFusOnZ5YZzDaXnDEgrYdVfFkSb7X4EUFnTihQrK1ZFa+ijt4Kx5ZFa1+RSkuYq1mcw4dESbs4eVlNAau5fiv1iVxVYBaW8Hh8eKxVw3PGlyl9vxgVqKjhCCcDgpEjQd0b5yBRDWWLal9qoghTpc5mpzgB4Cgenmn8Sv+x54ZkpGfWhfinRz2nluzRJWGP4+TNRQacN7sNLXW0pb0FXjybRtO0bM61KexTjOsZ28INKqPWMHktidv9C6Cut0XsZ2OVzPIOsNbetwREDElU9ORTPzb14GiW6VOOUoIefHZDCZQYHQwSfmyxgko84hOFV2ITWApqotablSiQ5SI2lPSx1hIdqS2+Toe4W3y4O6cwvPRUi+doY636J0x+fB9K3GeViVTDkXGjq/LiSIQHooxekgNLGTMPD6kFy/bMJAEmj7w9pyHJYC0u3mNdepOHtCL38+YLOTK/a3V585qNZJbbOLEjdZj+q8nBwddjOFlX4onbgsbVrwVj4oqfbIwebx+6azqD9NpfsdDc7RMZhY64Gd80unGkp6wSulllTeunVjeNxmrYvZTAWcst3ckiUsgGoAZveJm0WvHFixcf5jQqLbfzdIPDgRaxq6CBTstMcYRsSI9+jGmdPh8jrIgmIHURUAL6ac5ktJFKfEAgrm7gu7CVld0w1XDukJ7JAdHD8vRD3bt/EWtQshZdkrITjBIWzsVBBUhIYNdhYnznEOkUkRr2bLApgUQwilTsYHrwLCuHyXqPYwwfJK4jQm0mFzCgcZECZQZxqZmsu9TS4VM7Szhp/XLO0KnamKaEWSxrltW8t+C+CvEKoRLtJgYkDekQG4vyzc24g2xKuZ1XpzXd+CrFsyZsgHfK6MC/fXHO7hfRy5XLo+/n7vVaoAIRbDI51wrccV38oKesS7YFtxeFRKbxujk0kjpeUYZgCs+cKFKoZChUTmqevOADHCtswgybuVAgUacBs5pOa8X4gfogMyo5NC/ybX/NdO306sjDJT6yWtfq5xDcmTiq/tXkqdYI39vqwqikyhpQI5tLEC/QfDCTTUaXds7JSMuzz5pquDDr8Bf8ZEz+UbCxNCTBz6Qwcoz1BnBcsDhlkFLvesb/gHHF4ndiEcsVct5rdnttHCHEfi+s4rWkiECWjXsS4Ebn/xijnEbQlTTLfp6L4oZHqiVF4PfJVUdAqRv3pSiWD7seR0H51m/p0F+wVCsFQ/khCPg6CxMFQBlZ4qWCtLlfIl6a/rlPHIwjsOInFpY/C8hTF5mHYnbOC1yvPlPMgOUk03oonD3Qsy59HaMxfEt9Mmw32FezmXf8kMEB7AyrZ7OrQGAIqpb04Tr4JzLEy/8JOx7oP/WbLi/GM3LB8BrakvzecfM2kfRrU6VktMQFpNMhMsZxqgItNwsxz5iAYgsr0BZA6KqjRMxF36VuPivmWOh2KoD46Pi470zs+aziOA4rMfZlK3f0pyupJjxuEHpncDm7VdUOT6HzDftBXS1iJ3ynMy4UkulacJxpFQmoitFySbfczH2RYXgDM/ZyCthzmmrH5aoXXKDOftc1Wx6R8p611UhV6vuWMpud1ZtAEDjCJ8EsnNP9LPpaTJtzZ6pkNqE3hveUcVu6jLQkUz5VOnDphjeABu2YMmVT92t2MKNa14jjsIKczApU8sWEICfdNn7LtlXKdxm5bRbkpCQXpEjUOCcLnDGL1mSwtvmADPJvsDvUwhpipbvCo43lXVl+PQpIMsrWTXrhgnPFupHY9ZP8pz5GL2sKRJyjcoClgWfsWFVYE4wNF00TCuLsu04uflsAMFesj6EJfdoHYTY1MuR2aYlmPVWoLR1Mlh2kppKjQEtGmhNflo1+y2rcjbFhX7KQODDEq5ASNKuKIsvAQifuHqomJyf53N1LMeWFLpt8VrYchnFrKWhPvg0FKi09P+r+8fUnmLWYYZgV4NXuqKQMWInx4CmG9IlznX+lNSBz1Ei1tlwxHqdEkMIUKD3PL8LmZZ/cZaLhEKA/OIzeKL15HnRDU9XO50rcfhFJWNxE2j0ovNeVaJzdRzsY6sIfPDkd52XxNqqCi5IZMkvt30OScWGlHnBUpKqZb6DT8aJ4OQ4j/fs3DpzSIiB/tL+JkKzQbdJdq3qzIY8vNQrGtXdPNPslK4Kemy2C3TWXHDjxct9xbjJaxkIzDSi9BcFsxZMYPh0ARueXseuCJfm149LbUobzxufjrp5xaLzCf/kS806AwnwXiArByqX043WQz9f6SfJ4tdKvCP+h8Z180zFja4fUHwCMwJwLO1Wj4cX6CxXagJXRSsRUdK/WrPmD+R2+kb0vnwZNCix+ZaKt062Dk4XZRsTX5VBZ+Vo3cd0o5yMpQEcelhOZy9qCOh8j3jTz+n5IKa7qw28qf3JcXqdmkX/9AwUetyKo8S+GXhPi6RX8IOni8vKK6DD3K8giVrkWucKuC4NMIARlMWCMZuJifYPSsxEYfpi1NIzswm+G0lwBLCML0DOaNv5lWssaQmzMvoeqxrEV1BPxFb/Ylc4tEGqkqXghXssrD/3c2DfaFDeHgY+GgCXbRhdl8mdsamAGZaNcW62EUxlKfjPr8gHnKWnb24EXAiisOASMjyR6dbedo8meTA+1eGagiecDAADj1qMdoMU//3nbUjccyY07VO93yVw0K0pg0tf48ImKOz5OnuYWVnoMLwmrDWRYf2iPDiXWmJPx7MqJAP6er/UUduEUOIULMBVPjDa4WWyKllHCQRzJDWkoFouiGnzZjhRveMXpRoLI28gUcA8JfPU5vuPb+an0lhXJirMosqPKlHj5lP0/bKRVYk1TTt+8+auzytMfhFrBBBv6hJLTxGJ9rcReEVDWlVuelISfKQMlKxGwb46jKjhLujMP5UkDV25nP+njOB07Bcu8r47DkwrOqgZTvzBAv87MepfavRn+Cn4Orq+nwQXPgqYgb5tKl3tMkOfxoCYwpbk6KHUUV73LO0PZw2g2OGsAvQfxWsQMZV6Ujn+ZXtw/fIzeRKMD6itTOk3NLyOYHW8te4/JOyq1191KNMvdZvdeCCgLXnF6uY78sFzVp9uRNagSLw12oHNu3RjzNVB2I8XPs01CkBdUfBy535Q5/Ulj3/0AIhvGXr23PFW4zbGXtFK+t0zNDBB4ah9G4liKU5CXJH4Bbbzrn+mQuyChZlgVqmFHyAAfJ9iZuxhOZLBLYzolPUz/4z9mioTHMjiTgcu+iYBmgIJJZK9fJQCQr23hyt7/AjNxWQoptS6AGlKhSm0rzdT8YWAl0+2r5Vu2y2nSgo0d/5PPoc1ZsQZqV/1eWRQSPnVuQNcDl9dFAATdUHGNYL9qkbnB6lyE1JM5siQaZNp06t4tPqS0meRofQjk/2U9m3RVbSiLvmV75iroXLpKCSK5AAtZ/wMWqDcwgsLGDGMZE8env4T6N4eWW+IVsubJgnv1gnuzcgFKx2NdPqGQBP+AhGWbAIgVy0XX9kUuJTtkr+s5m2IFA1YRk7exhwl+Mjdbf5e83qkDj1+IHvXwyOREHU2Q0bGc3rkQZGKt3HtUUzvsc2dH011f4o0PidDdaPGEP2JFRW/K88+qHfwPlpW4i5K/awcVfjwxUmMziRsGlXc8yRS/ykDwV1FgN1cO3GKVF2hIq4A/T2V0SvUVhoICa+m3hYrNybuy9vQNyFNZVvfjO4u+dnmjhQ2YDTvWUFJGmmvd7VS29dE8QNv14FZ5GGpr3M705UZKdkkQQc5gbMA8IRy3BXJC9zQYYEBPb3rWL/SX1Mi5eepsiPTceHxvNpCSF91+9BZvIHUjc+agPPbYcSLtit2DoXtH6GntkrgFSY2sMTa78xxsB3iUjz8uQMxi5+9b4aSjV/H84YMDibzxTM6TbtgYT2rb+rOBMndwSv99RairqmZWhRcPdVafQEdo4uKsFRCX8Rw6CAzJULeD0jrH0sPxzJkRVX7eMN/orJPLZd4xP6mBqs7ZHgbKy2kM0Sln8lA/Q1a5nSG6j7zvyVdI90kynOQMNsU3OG79VT58VvJw7ISdnigIcuejIuL8Lh7UmPNBbUOg+8I8uIM8IFA8Vq7ydGcfw70YOeDq4yG7ib/bjz9Pc+TNs0bxtiScmc1uaZrw4TnrU4C9kGt67gywANtdHP8egsg5a136nxx+bIYhyDBN8avE/nlzL5IciPLX46TJIVBlmHSOlxBg0nIobqR/C46AKa/pq+UIJnuH7w4hNYrb7rpOaBVmnMwEWuEQAg2ic4xKuFFbr/6n6tQ7spySk5ubAiO1rNs9vB/65IQHQNf7wonNH9IjoOMB7rWkl2mLqGHLaJcg7c4qD2Z+cJLS/Gm1kfX0N4O8IkcEnNxjs4VhkcbmmMVJOZawx6FYxJT2HJQh3Klpf2xZMdXh9jknPskWpffsOM0upnkDMqKQuJIFkgCzlLG5kyWiqtm4/HFQtpbdvw/sPs4RcPnWLoaxDaXpHPD4sYiR6A0JcTx+kSfI5cgtT9A/BnYL2FHHedcQ92xFx+PW3y/xs1jhNE3g4igg9HjuSUP3eCQf2ieFEs8U5IJLMgtpic13IYimTrT45rWjFi65CipWDbKs6KlOfyTaiZT26seK2w/Bz0Wv2DH+lfzInglZPDbtl6JU7y8F2oenFb9ZiFEL+HJmXdyl0beslEhQBxu3bO+QqTY+aEFdYjPZlK8/fnzVKg/rWaMjfOMLKEw1GGzr0wm8UcFIfhJpeLTJ0jizJuQZuJZ9am2i5fkdVot1CPkNQoSqqq3vyqC8jffD7v/eSNcY9PyNPepfN21i6hiue0yOA2ZVw1hC5qFLqqBs2KVRrk2iypXd0YfOx/67HnwSCZIwqfe80rV6DgKDQmCD8H05Jybx+qAd8ba/9dIDySsZO1NKvNAQ+GKm1JmyQNox1//vD89ArD/pdtWeeam+cmusjzWgEUUyBHaH56EEr+1CH+pbaWbGHU8SzpWT3qz1ckNy2HJh8tVyiluWEbCZHGDTidwvZmOX9uFxT7z4zLOlU9qtn7m5lI44PFO240FP9FfQJgQtEtaf//uLLGE0MF3pkdoXLm+e+Nk3eqR/026E70TxX2Vz6/gozS51G9TVfDXDaX/7QsCKxNRZXhIdgKqLN1SWP0H1pohd78PAPQ76O7Do8zNUaY91bGe9BhC75dyPy3z1vPN/Qzs+ncwG+OmnTernxYkIM6AYMONMpnGCjFbKNKMjJG14PUklN/7Ii5Kk+Sxxqol1VikpKhoLTXNVvv7ilVjZD5pck/eslxsSTFzIeG4jKMuo/Tjxlz9afbwc+MswzPjmCN4Ja9U+kP8fmuisH+R30sFC6ZxJ3EKKYvLdIj/I7JTn5pFH+vZ/S75osZweMXj8iiRKqd0mkBK31uab8POgoa79SxY6czs26Q9ups0cM9+suoUUNBoW3IbRKPE3OyJcUICSAQYGpQjeMqcEdIGaEUhB9SW+QP3AQlLmqebvglQxdUgfIRzzokrfWvVg3RjSmrwuUwRhxiUB9+DjRGkqQVrMGB2eSLxdqFUcSkiWd0GNcvfmw78siXzCiDwADUJOCrKOf2C+9ne8A4J34oa8r+8MukIcy9ql2znuDcvWdHh4VxAzRF3EQOnxG80mE0YNXL/GcXcvErt8swPRiJ7A4n5AydcWhmyIshw19njlCmVt0JsxIxH3Qk4rtxhzoUj2Fbo5M6hsQof8erpP4s+jDnVSfarue4LIx+GVwhmUWQ4Xx6ZU2fUaVYNh5aapM8JrSTaG3j1PXV93LslwriKLqht0SoIslIDDUKqXN1EvgJ2trNRSXyXnRKp+qpwyA0RV/q5f+Uq85AylE3eHB5pBg/DHIkhP21T88L6gqAJRETuT8NUSGfFyv3rlVI2I1N9KI3PsX+qFJcxN+aJEVoIGSCn2giKG4Xvvpl+EO/PJioGQcGwuIGS3/cFiBvVXCGBP+mAxz/IcwvOzXDpBAD3Z55nsiRDERRcGrxCNFueC9U8wy8vWZoXZco6bA3IcChCWtPWuuA4qulvAjrLD6JcUItNyj0ybelP39rcfnNfkfCj4NF5yJW2A3fWPlxZbHnsW3iPf2xrpuRMgHZI2bNQj8ZhghL3OxT3kxXrIQSSD2xqqd6eEWnQx0yUj8pxvGbkkNIb3bBGT8Sk8azcuOFdLQuxS79zAX7xJcd3OGKhtPha/l4UxVRfo7B6cqJKkkZbta7kdODyRUJE6yQPgEaZES7pTycjvOeg1jATVFpnAuKHvLUJO/TjypT+T12fb9MVbCQvIbGzvqkCgj5LtJGonqndnfSQnrn4y12CxC6oHIjQZUV0IGTvx51icXZ/omKzQKVjGMjzfL2bOUj6+bAF05V8eBCEsP0u4H0sj9gQeBnwpZ3B7+ESOHp+7Cd02ZNqd2D3rxDa0L+dd5TSgW3UeGaITbIFwGLg253kWx2Ik3cmKngP4tdiYpoYEN/sKcLiMY62MFutAWrBPRfxnDVOXI9B34bp6GPcK/E/6IxzhGhFm9grGmZyJy3DvMU5d8QjRX/oONHEv5RmWGickSN7Nndpdnwd1wAz3iMG0A8lgx8I7WskIvdjyMfJx9ypmiqvmKWPGHyU9//Y096RP+pYUT2/lqMbRLG47KHc5t3iWMc/cd2WL8q7SgrQzBZiB2ozeyDzyY+a2fd8EgVtZI2YhV6xM1pfPOd1Y4LMTJ7utT0KUNXJZ9NhF8pyZXNonShIeZuLUOR85AFuS771hfv6R137l/TbxTDFf4lGachf/+o+amaAh2xI/AvF9eTQVyidLYoagXszCYkoNGNlhW64PJ/NdhwHsXs5EaXn88IJewkv88PbhgjcuySZtUmRbKXge3Z3zXavKvO7L7CmcAp9Pl+4BUnwHuAliLL/XGwyqKyuMwJixmIAXRQhNUw29bd5B0H2BwuGi+4IX2i4b4hZP2YJUN6xCbQz3gMq7DgeR1w1LsNp69tNM/HrwfUo22P0AvKaN33toKBOHP97dq4uYJ2Ovu7mgPhZAI1/0BDCSJl+dPB8RgWDpUl5YCCbvKilEifQS45y0/B9HCe4032Bfpvy9Nyza63SUx474UI7BMJ8B4DivpWrklVc9+i3hN6JebKKGJhM4ghmgln6gh/ho4DY3NwnfU6mRvo8XO5JCHjagojsUFK2bK24N/bEnzKS3hX7Wt+gtltPT/0oZ+/OE8nYlUXjV+eqeGuYW6xVeENjw2UqqU3gvxJxdWd4hotkZ/BU6G5H91aPSQK7SWG0QI33HAF4rLD9s8D/jSQ3sAUNGyvg2d9S7l6NtbpuNKaL5EqKbZrFGsXzLL7OfeVVKPtlcp56Vzs3HdImqyDGlK+KXkrl/ky/+Jnz/2qHY1E1LqTM+CvEXWgslWa1/1lxjZIRHU2jrMhptH2jgSfZmf9iy6b1TLVn1ngbLcYt/9hncuOKIQudIl0sO7aKjolN7EzTdDXxvkkAUwtQciRd6MmOqbV7tLX4fganfKkiu0X5/r+KxV43RPCn5frDNxxol7e/fr8MQ3PHyiYK1V55ckRFenpwo7819J3A2Ju5EHZa8OOmUj2orTDyd9F++ulu6xkzas801SguveNEHkOxk51XJ3QDaqWzIiS1gcaU7FIj/9+kaHp/hL9MevTolw1koCXri8jT5ydlD6Nb0OLAPLPfktb1ZL+NAn2Y1GE3TqQ8gJ638CNcuJI7EVt4U3SMYUBzst+w+49MJQzCitcud6IKdJCoiqDWCG+xVq0aRMj+3V/euP5xlP9ELn1m6Y6fJi1iK9rBGTY4aiHJ+DuM/vbV6XKGyQnsSpDa1517/RZcZwQeNhuo2OdruipHjFaFIYFgMp0vXfRlElAMbFjglxTsaGasZhT5ornPXmi844a+y2j1X/fiIvm6L8jWT6ttJjt/lta91R7+gcpmi0PVgCgI0Eupz2Xn4aQxsfW+0wc/s+ynBLlAOQ2YN8ARJw65hufSbLBzVNhx7L0+nCRsJZAcYb/xsRNsaDi9l7uV+IOK5ow/zTOILSBxHS+sBQ3Cf6QoDCOR0J8aHS2Ove+NGOtMIdX4GJkrbXAZCTUshBg0/+3ojVfvKfusDjERij0fMmRW7oua6hE8Z4Kxlm3SH9XJO+rlzPzHlivTWibp/Ghl+EIpsa5kBGU7YxUUlZOoyYD0vcIlkRZnr7wdfOGI4H8YoHb3vj8xF0hVmv1EP2zKp+h8rS9w32fKjdyxm8/zoRpX4bik4cQtXgFPiVvQtElZE2LA5xdhcNk1M+NyHySjo/nKlyq7GuKpZ0J8QdmMitUK8+ZP8znTFigxDTGbfgcwkzrJBBVNQYn05bT2C8OWNDUIkrnRDkuM7xmPsHccrUbO5OC7q7SXkBSO7eCGZgvsdOHibB6sRnvXfUWFQu3N+Z3hPlO7u2jvVPvFcrnFrz7MrEePOFeiThL12xELG7869wOFgi5dp8yUH4E/0TN8WhPn4ZvWldFLDV1zeRckI09Rdtko475x80NaF2LDSiEGzpHbXpyODfrDrCSyMuuG32A9NF0eEZECsdbHMclHk8k+pHLHu6BAwAPhKRb6XXdUtcPaLxjIi67zPpC3IRkUYZvp7xf1zlcRpYhJc7khdCXzT9Kf7/4rrJuLa3hamTZ3lELdDDz7MwoeHyddLfUulPq3Pbf2zE1OX1W6X76S7kGCnrZGEHBMXdhAbAVnlY4PHegZUdNdPOu6+g7zsdjl8ciwtEDrn3KNH8lh36JZZ0KPcX2dmnvUb4u456EFxodhAYSR2N/W2WDsKE6iVeiY55lOfUSnncoBsA7wPTapynXJHMIwcc378oMVYrgsug3rb0VVn4cqXTtjmM+Cdl/yT+V3M+czRenDHiOHHFzsItevceqIwROfRd+ONRkQlu5T1PLKaYxElvF6LN8vcmGjZRFbzhqZdqQ/FS7/g8d5c6peHlObs18K+lJkdNX/2HZj34hK651F9QZhBtNZcwUQVgUkdLl8zXWkMuuJkBMPQsb1wkNNy3yiA22IeQUmT7vNY5HmZkUZiMgm1zvKTxqT+hcBVSVImCiJoqKGPm9l8ff4RSHhBKnRbMKnvpV8UzgzH2CqkTSqARKrTKVHL67GYva4v8GJhxPKz9dLhARnrFbxYaRJUK4okznMZVPdLuvCh3zmyMrN0uBelle4dRt1JPvuL7MhLNUjLN4n/blIBaJPBbvFSnOF445wV45jSEm2On1+altcYKmu6W3UPr9YD/QK3C0b7c4odyxIwlyqiwa8zk10yOG/5Ey9u1wjlbm7HkVKqrWXGersJFaI/0Byp1AKyfnzLPFW05g6tQ0iV6zwDvM2Yp1QLFHyTfqZU2UrI5cQnXnrLv1+XPW1iFvv/bzT0tInjymXKwkq726j8Vh9I37bXJR/8EA3DJtfrtdv7YmkmluWDpCsBZ4TC9VR4PYYifZ9pls54SKX3vttDTK4xpigtsFc4ymT9Cl9zo6G4RYfc7jkwmDOIhwqrd6OickjB89OCYPuTeD5dTvdu4nZHafVql9LjWAoVDSnkVn/EIdPYacWSQwHbJhIqUKTm67UYIJD8TV45UPfz6f4movDf8820/22aPonvui0U4pwpZi0Veo6a02wgOpqPftSnKrwn0L6Hyu4P+NX92A+sVNAultoWs3hKXM9alFs+7WkPHcDBg0gTCoDOiBAilvtNbmI4rWeRpmk/ZZPsdTzBo21spI1PEuNFHgjcJaSUNe2N8DwepZ0dByjD6CE7LNUmFq8wbLXhT1ZxX9i5jJdF4lEhHN/oze2+acHvvQdltMSFcexlVs7Gbiisq8cRKXUO3trNZXMxrfrxiJVR0NFZifCrNxk8ATWdX2kisODNrmvZ8RSW0qs4eQKR8Fc7eehNMCuhP1cRAgWtlN36hfITkjoaAQTDkMtTO5uKBVWMXgSajd04E6tbtaEBiSVVU1eMwuUnTQ3LgWbVoRDeFE/kVjVJTFm1P2GU90sNZD3SHAIfTUkNoqkkm6YIeac5khBsMF0l7ff95LG4X6mImd6mxM05uFX/c+Hpw3nWa1s5ldBtcs3TxNr1VrurFGglL+QLv6hL29ciFhRZoxLGIyI+lFHa4AZEb3nTryk+0Uc12paw57WbB2ydyNhgUBWJwV/C6gILLguJSLEM6CV71eEEdcP5HARl9ceV0KKvm1AleQy9IlXymXbFij57TMI030fDVIl02kDFUbkK2xJxA1qkWO7HoJx7joW4OZZDl70BsG4kCuDPON+s6sCgv8R1bj7g3hRP0u8Ieuz6/O3wRIf3UD1tipQndvP1WxDVYLyGSYYun+VReOJK0KupD3SDdkTCTDECvIecBK5JkCW+0GWvUm5bS7RYhvcW7Xtf8rFI82GSCrsYsG3KEj0I72kztJRCQGsnKsWCpMgkjl9FFeslnXpG1rOAwaGutUBXvhR9uSBZxrfFQif3Hf5BlnSaw1pLI6+0+yMIMqOdjpVpop7xSaAq1x0BjFqj1Se362Wy1vQw26TP9G0IJdlvG/E6r/xHVLM5OFh30Fjlw9Rz4HKpJnjap6CIvQ26p8sw6OmOcKhA4lIH1tBYW/Wl0Z69Lwl52Exm3sO/6OanHqBJd9iIAHtXtyjamu4tUDsZj7GSXmU3BgN8dDnxxji2FmAKd0M11jyk+5XhwlPPbMLRb9lw5M5q+OJQoe5X9pBmAyqRSHgFqwNIN0AtuS/aTTPkN8Q+oWdFtaSkCzipWg76vAn8ZzMj2V94Ho+Mjb/DfsMdNxQrTsItu0038AV4mVDESn4383SwpPjBTM9p+h2p3Xiwl/CGPJIQtlGKOvNEojLTQltiz2Q/CiPGGR7WgjiWBx4oiLCP/XsaV/OlC5ZnQxmerIa+CUcBB3FdrmIewuuKmeSbf6bfAAa/3lcyQCuD2EIsXu+JyY4E43g9RvTM+svN19ESTZ2jSvYgydknwB0i7c0lTop4aIZeyYBknYYk6k+vKHz7R9xVGDJQf7c+WObTgYbvBa6MRbnP43gpI4xov0BXM8RsjaL4Xkhvuq+OCRN5sod/zu+b8cfzQRGEKdykmqT7XAMr8ZPzN/DGfe17DCPF1IzGhz0WZr7nKen+j6sTFt1RK1wTSyn5Hw+JQfy59c/Vqwn5mPOeT4ebsmE8RLnI4yWXSihG7V8lm3bD6YGqbYna/GlE8yDTXwCU0PvoN568JFItBMIJ8o4BH2daH2dYcohV30YWT4ehlKM1MJtgSBhSYE8PHkxGXeYZAJfWHev6YWouynoR388gvXgEIs7TXz90Gt8X2KK9/nTGKETBNBwSrf8BFEuxAybFSGHgRiWv16SvUlfP0KiDyRj+N1u/LA/C9AIvJG8igSfO1LKZZmY0n9yx4G4uMGntl88ieYbrlcQY5Tb8YhsKPhpD7pD4nu+jWhAWy9tPgVnjpakd+8/emIV5M+eQ443FqzYeJobwP/EBjlb0rPAb/Hcp6tvRromUqyOs0iIdAQaniHj1+7EcH8c1dXMgV22k8JpxoKQ3waO6oCYzl+rbk7eoL0yKMq3CaCWyPFn56+mgHcEuq5IYMQUEQcy0iXjd7gD+gFP4DQTK2Ie2RS2O9WdQfKFsaK32k0HVl+WCNyJLSju/u+auTMMCnPT0Ef9GkJzPoNqMMhFTPLp/zBeoe77WvBCeF/k8xFxRB4nPNNJP2ObCxVEQkpUNfDjkd7zmpBWyc15ZWhtIIlol5x4Nwo5Vr72O9FISIIRrae+iLmiiz4iKctpXUrYvIC8DmVbyYXE/edp0TIyoWOeRb0dUVE0z7NXztv94TS/vZQvvKhv8gDyWQXjnBxho1hqCkVP6AohKRM3Z8srlU9+frmZ6No5PlP8fkyWZf2rFB+CRxjLO20mvq1VCcX/C8dzeJ/WviN+3kfDiw/ULyq8E1qQle8EFgdipv7IL1nFueP1F/AboKhOXw1FLf4tX0vUEe7RzdxCHtTpRYE4zfLJxO1JUSSBjxZI0355SbWVSRDZqF1NWDfclKfeYzONDi5cRVkPILYr1hiuvPeZYsEUd9NM7KdI4Eb5orCV2FP/IUNo/wLkvTl+l7lqmtg50Lq/l7Hj3YwemA8bDDhKKoHxGEJKmq+kM++56HM0rbY3MsvqqtEa2089yLweMRUZ+aUKnsHzvtcBTLTLTgI81/FisvTKd18YcPmObCOqplfsjpRYz6k5xRQLMPYbottiVy3uvSE/VQPKrP/fh2kCa3li992+JpGr0Xy8Ns80N7zutUjASYw3eoWbAd8mgYjUwrAQbqLk7ZAPJa8hW3pETA5Cxl5jFGnhqo1QiJ12wpI87MEM0YFkSCNdTyK6AGdTJHG6VF//SOCx8Xp5SCmHi0Fm9vdVYH6mNleEUkVkCE4QWXvIqpKg8ValorMo/z1fklIRUcF84GI0VPpoExICAEbwolr1LGhFhdXrNhF4A0XzDL3V9XXJTmdQM2pJCGvm4JyD4GaSUC+rRb6wvEToSyQKYwKD2hgGL/VpfIbuS2MlQiAn0wHOqYhu5KryHpXRJSFVl9eIC3rpfFxlBpySe8y+2yP+NAO8xKXg8FHk2nhP1AUO41+7W6tMupqVvGiKXfzMkilbE5OjBh9IuZv+TUgiYZcMCGcpAWZPq+02xHB6PHyxWgLP/8W/2P51Ay6HMySlVHH+3r/ifwtl8CZnDkQ39EK8weCtHQXGEuvC5fRAhigDUGCuvdVRML5pgg61iawIVO/O8GYsfGa7TW5TqsoPuzhaBfxnKP4YR9HU1xqCfGOb8DQ5b1M377WmlEpg18egVLVsToeKvv/t+6yqcN33NkESLoBIKD2TLr2GVAXBS2X92hq4tBtZAHbFTG3kYnWOhS1mDioYbf2U5Kn/aaryHb2JJRQ2l8SaZrqUSsNyJN9CEZyQ3a04fM6NPi9Io54YvkarABzdWM/U5T4K7Ywq4KxIDE2Z6M0bU1W+/lGM2ZE1bFCrgWYH8tzEDH3GtdhJITi/nl9k2a4mdeV8e4tDfgVnCoBkv67tqAwl8qpzMD+XqIDeSkOrH9KH7nqZSZ9vZ+dxtn6NIfgReZg15Ux6Oftniu1IgAKPdLeldw+t9s5lbR0cYuwNuWo0CtrBBcGraIvIW9cR7mm6JsJ+bheME8oSpKit4ybN8wyjoo3hRDz27x+WEF3ydR1jKKYmAQwDohTVtspZQveeru8wy3JT3+qeqGNYEGg2zp1pbPDEo4VBDu8JgNRLPyoOXzNYPRDRirPo33gSwGVGRKMVzIKhZKyIBGNo0yaEJnFJIH98gM1M0qufOlpgF+5DFiK7qo/VuLJGFyLxh9zDaAHsfrzgP96FDcFAcc+TlOHdngRMLHWI7sPk0V2C96wWQ/K0AUepETeruxs3iXZZT3lTvyR0zOVVlomQw650KQ4+3hghX3xkCJX27+kzdWdsedyuhYUxdR07e4fLY9PIxTjJ6+t3rATSTQYH157GiULkMDBlLyQNPR5fFDCmUgRi5pHhyaWbHuVf5qSQU1dwGn+cPED+P7by07InpBIOCZCWNT7jR6YUcISP8MQrgOfY7KIN5b8asJ0CnNtzPKl40DDwFKHoDdB2EXO+u91/ZItINX1bEbyfTHdqF+acPcUKAAuC2+9M3L6tPAmQNVe867lYWBiASl235e5DLYTZHO7u3+5JQmCTkcbo/3zXxoibSje4zaYPU0oo2tyIpsp38QT5cPg26F1Z+JzbQagW02UQtAPLWytsr/cz3FUG7E5c/hdQpSgcma/ldHqt+YXvVIh/pTCCO1cmS2lN4Jey/tzXlrllWGBEgIL8mle7Fo5kmRxTU9ggpFUV28psezzD/mGE63Rio3Yyernobc/BeYM38oOcAvHNZerxVPpOvKfGMorqFbmZXHdYBGzetthm5c/0R19Nb0GjrPkyuSXB3tFmzOxTtET3eTShl2+KrKU2iBvK3CA87/dPOouagJRmjBRjfzkYxz44+0/IDF1Wg7ML1hlfIycA3x7y5lu+MqkITeWMEIIJpl01O0hDpbFAotLgH+9UghyF5wRKxVG3lXKpdA+fNc7lEmc4ki/dyM/4cz4Aw8mX/HSvEwvwKdw/L9yOrjhXSR0bG7A3jnBRcCU0mRoOdvyF6qgq1HLAJ+dVea5o6wy8E8HADwwOXRCke2Ghy6CA1Swz366wEY2xAwKlvmvTFGt8ji8DIasaJ+FVIKt9M3lwx3rsM3/ERMVt++XnKWi6k0qu+Lg9KCumU97aOc1lpt3HQXo6+hcx8qqUansLZ0AeZhGMVJzLPn1wgMMAWg50uOvwbSbERN4LKlow2o+NXVxHncsWiowi3IK57lc1CSbl61BMypL/DEiZK+f+SesuR5ZtQqOJtSpciQQbh5VxpcE89dSQ2EV0GczfK6IjY76h2580wabky/wSDBsAblU3RL2VSd1QmNmhPSNeGf7yJagYAjRTdmSnff+nFPe/XCN9+wa6+AooUb3mrf2r13MCEHKWTLxnX+yYdVthUqX53tUPuPe+GQG0dMKRQtK+0r8CXvBKik/JFt/UsVGHvq1MpKS8e6goyC9VMLDjYsydJ6Ttg6XZVimN8h+QiEJq5nwoUsTOnf0zlrN6/k6+7Uyb1WG7oj7ONmZ0YkwE9oa3pbKpnL5+mpbRjupO9FYxEHZUcinhxVDwGbq8//Rcv63BVEIDj84ls+aEWUTNSfOh/21o7j4XpxQ0GN4nTYN4EbfNhzP+4gbk9FpvE7ZMNBkaOWtMf8gSWuX9AXMs4qU6bvgF0ue2BbjI6OYeaNfrUCnHf+1JsQcok1m4jA0XB6nICArkUIn2+Kf3aYXnmeQkkKCChBWoVfdyqeYJHdTu9Y9RXIGwRqb2uFq5uTTgh7kprYE49qPHwvtlvQg0yD5YAa379b+l5/r/9deSvZNMBUzamiTPPfIJ/O+rjlxw1L4VC+MAWsLS8SQwTWJ3WZ6CKSDvqDAzqobvTvXkw2o1ma+uLuMe6oQKUZhzOvw1Ng0yD6hMdA0idDdq4Oh5X3DEIhCYDt9AhwAmlKzn7A+jn5qTxG5MqgbjqzDlFVL6NrqzKDLOQAv2ScxDi+kyxdfkTw+gjicNttmPzvkhf4d9K8z0n//mErSmK+hD9X+pnaV2RVPJNJgjRAVosVJ/Ty72CFnoAC1qzcFRdQD1L5qLg5Ya9+jzELuJfZhOOphEo5vqSe0KH/XKeMwE+ZgUwXvH3aspW5f2uc5g5mNP78WqmOrocbY9k3TipLHgETtmKqgDEZE4Pd0a7wXGsYL1QymOgzQGK9yqnDyfLvO2kqaekQBiWcYQ3SHYn2JORC8uo9Yz+Cw3zegYh/Ps+fbN+r08t780Yn2cSy8BCFH3TIYcMZjtrIjpsaaP6avlzFOxdn/TbkqOJvDyDfdKzm8zD6Ww+52YLu+wCCe0I9QpvAkMeKDQDDd7oxSdRCFOxSohx/iD/XJvdjRFQpyn7ohuFYMvKcEXSNvFGGbcl9p1zHbfAc6dvjEYdHIq0bjb5EYl42asdl8izzV4DvwZQPTGkvaFKPmkLVYs1F3NMJaVLUB9oBw3iLF/h7jRzvIeET/Y7r8WI48MBEe+DU2FHDTmA+musnS0kL+ZjIudn6TvW1bs9T0EngEg83r80iS+tvWVU3vnn/I0LfPJp4evwksS1yk12YHPPW+5GlSBk5MxgCaRiy/8d6TgKHezP+Yj3pKUwtRdt+p8nTc+4twf4czPFPEjMD4JR8bYo4UVIcLdOASMJTdTPpVbTVioryXdJWXbt03PyZcQ3w6QfwECVDPi7IT+IiZD3ygYdKKh6wEcKFaLiO09zT0HJA9OOqAlg+YqSYRulmwUwhwAVLo2yERiQmFpN3GQQTbTW97pTxuwYDguWGgExaTNFJ070VdFq2OBq0bo1rQZrroa7gerkPEmCXV3cbcfH42KOrx+GF4NrB58BqJVKxvNKWh+LT6SAgUSnTmE/apjj91TUHRJocqgcu0m/wYTbtYOy4y65cIJY8/hAw5Oo+QuUklpFekyuHMirufgDVpzh31RAdx46Acx2li6LzcYOcP9a0EsY2iQmumZvrN7G38g6SOsH7P+f5VKcrpc8QfyPI1bf9xVY6VPaNbn7i5XhBPklzTQ8K7LFhmo2A2UkobWH9LCurJRsORSdeIit2XxQCIfr8g0U3RZNchqqUX+vr7XUVrMeG3fVqr3a+Yftxqgz2B9hbR7tNwdxLi+TRKKC6aPQKix8OD8IxGmJ6jU980aKlRrngSo23EqoR5Lss/NHNodXn+7vgUoWk/F1c3TJkCmrBXNS5bsSzuVmIdjUj6TAbSJ2B9ZAiGsvELQ5pj2MABx8giZmsy0S2TrWe61vtGXojiEi9sj9ct/y5nw4he6vPJdZscXnghT6muzBjKkk5Q/XV4p5we1Rc5WDUi+7SfK6a/qFKLUR1LU79eyo/57CBzpWZeiu3aBlV7q3F839VMTQfD7kZGritCiFaNsGG8K198AseRSWSdMnCZASK07eBywWPKIyZo9MkY3gydbvf1dNHO9Ro+MEqQMfUQVrhImMfZWBUE2FIXhk/h9Klj6OnLz4O0rJMEncwd0mDxFw0fiUaUragT+y1UkgCIa5IlRMV2m/n+NjylRDlwW8DKnOu9jF8Qxk/pJ3F7vzULDmFpkzVfl69BA0yqKVU4+I10RPjECADk4QTtHS68CnQAHO5lFEaUJqpdFLieayXIty98VG5XuF2kG2NwQk/ih0CERbEEnacErwJUXLlCpJGBIqP0NOkrrdcoO82Uq3WgHWWOs08Jirabmfs9cV5ab6N/A9sPH5XdhfH34GUI6SvMCRM61vyY3at2bYHAydfHdFDA7QNbWOBpjHDuRU5bGBQCSPvkE0Ttz7pkLuswLjgnlOaggPmI1N58KXBgab1qKWXwdfOE/X4K0G9PiVJj7KcvcjUFJ+EWGa2M88hyHESh2TY6Fm3prvIbw2aEuFzd6gpVZbf+AFttGmRrRvpRVD1ou3xSCkjEpJG3h0c6A+pabV0rYiIjY8+RdhOwfNS7Qwrcw9lzoaykruc78lLBPRq92dOfk6Lx7unfFlNSMQ/drVUM8qtGd/4pXvZ2XBQCTqlZhZLHq/wBqA9rTJ3L/yuT3aLYRb61NuqrvIbwQMhT1ShDCjivjPYK6L7/dosBqTN1U0gMf68W478CnTHiIwhrw89pDLiE454tN1R3dZ2EhyvusO3QyF11LxuKeJ7xVc5YmRAeqTBB5eQAIW4Vkf02W28IvVWGUiUo/wcBiqh3YeAav6C9QzpzBQCd7yQtEV0IE6LdLXBBp8+fgT0pSUA4gIsBlzn1VkLGezpYxH+JmAKqhqnkhxXZgCzbmJuz+tLxXJfXdab8GpImvG6CzPGh3sPmsBtgTcG4zQyo7h8jcBpLEFIvUIPV+l4KtSKlBmOI13sMY/qZO6XWuiSDvKcsrK2l31Ydf2Sqtiodt6MsdhT0jdBbMdr9pvgBoby3rBwBVjtq+PVJ1kFGpH9DzkkjkI3dVJTXymIGqKWsiw76jg1NfnH+qgBalP4tknTyfPrpp2pqc9CgisSHv1d9Anq416aaxw+bngWDQP6wuG/QGGqtXluP9/pN/XoZAB49/s/f+ZB9fX61Z2qj6SYoZEajvGxr7vBB821mWjavnOr/GOpYJpoqWUYmOoNUt/g9lwy4Vmai2SDeT7glZgPAKHg0p3Wfw9OVKBfDOkicLjAp/wGkZOuaGxJI99aJB9PEK/80mKzrsXEKfwXHRB3lmQLERnEgWxbM+rwrL4OT0ErRMM/eq/xxTbAhdpUGaHdoLG7CwwKj5rrGnRrwrLZoJjqbLAurK0QQo2946guCKLdxhcOLA0z+P5tORSwFj8wBXckHW1emUcXTU/5EA33yTftiTUBGiflWpEPDd6JlKXD3dKLZR9gWLk+nZ7QwTEuZXQ78TlN5idir1AYzadoqzNP7RShIcN2TWS8UxqEWYrBjVXykLedH4yGifo4er+bnGqNNRqYip2oT1JQeQqb0HP3VYk4laMG8xkyoPEl2keGX8p+PKjbl1Kvf2ohEg6fUjNJcNwYzG7SNuvAT1TfVpyQViirI+nbezoTmhPqMvOytRVfIdqPleWyz8AhRRQzf3Rtf6RwYwBV39geoU93FwM7o6Bs7gTJMbI9xRMigYSP6V+Fti9F06PWI7u3F4kyvmU/9Urx2a/LnlknPtcMlS5uWZDQaq4h8dZJy5yn55Q6O7c9pbKlajh/aSdHZDtrsilvltWviUTMLy9kIBG4nqB37mgbCKbuECGTx9BlBueCAQqXWbLGksFB+DEkXzpZmn9po1uQSjwuKrnpqXUuTJs2PjabI8KHAm9sBScc2J0SsOdwKstVvGYCBhscMQxD8+VSPq7Wd/DagPXbEpg4wG8ouryGQ1P+rbyUUfrsPnwATUZhaE6n2R120IZ7LP+nGp7tczKm+h+6L9DRk8ehT9NJzHDc/CuicSRBCRSEyBpa8pcC98kqsZpoabG+4/ENAdveoQfxtxqxZ2ClYGVCwpu/H7xO8ITaEjTiiManRdfdhT3PVOdsPRnFUScykaIp8blwOpA6d6ea7mmf5W8SBPw+E0ybCxEfObUgpa0zMrH4E6nb8ji2/DHUEZWYfzXjAh79/7dFj4/nELQZwgMa9w7zqz4T2JFf4+7jXJuQL1DFh9VbWF8Fse45EtKYbqK3xPS5sxM8jDlj/ZRqVJZRRlmoQmYwobkcL3VDbuzN2tmlsJq10SMcyZygqGEENMWFq61pfoGoDnwCr/uzP+gDnMVZyoqzt1tymQ9t1RndY6T7Pe36vDRCQy66aEuu9XZwWklEN20gdOm1oEmjuEYwUtADYlUCrrsbkmumeLpMZGA/zMFjjcjkvUSIW90ZioLueOeGAAWH4VryroufreavwQtw8fgSe1BgJEKMGFFfzJfmw+7QSA/KBhVA6KoMjM8OYK17co/+bR+vCfpLV7D1g5B+v80ZMcjlCX6Z1vMPfRFANsXFlHQ540ml88vVU0LlDlh9BjCrRgQsNZTosSSI59sHhllLlUzTWM297xrCT5nFXpKHZtK05/FmvJ9YBRshBfIe1Mo+e2x2m05+TDN0nQ2U+qYPpG6gIBTLD0LzqpQE4rbs+mYuDzr2m2CkBjbMofE4UFM/LLcPD+quUoFCiYlEqJiWhrrhqv7XCa/W0FnAp6+aRRgsvjl0IrXHvHcKZchlu5x4awNOxIaCvY3tChI/7EqI99wIG7Zt3Tj74lch5gK2ZT6c+uqF2gASaChsXc59wXIOdkbxdVx5GA+ni93Xr59UwA3vRdlxYv0NzhGkIWb1YWtg7piu9gvCAdnNq8NkdiQi5u52aSB4+VyjElL5wheToOisMl8tIGRrGqWAcR0VTE0b2ci0ZNMWPXETBTVqMNfGAXyNNeY46sIuoHZYp3pT/P1/SrZXt0SO8nlg9lqpkWeczwSOLANfP0RPXkGA0ey0BX/tF6FDoPFNdNBAEbaI6MuTYBWxLInjsVBi/f1Q3yP5Qvh47jM7gVbUGi3ms2t/meOajqjSQLEjIbCdbkGz67lOTk82l8+oYP9k/tyUdhRsIUeqZlJi6qrHwlyFQban3hyY/VVzXNIsHt3tyxLQiYpCtlUmn3pLUJGivCYtPEnwDB702nfi32MSGNuYrUA9+tXbMMcWuI7wWF/G7eNmyL/VS+be8x2ujzCPfxLwurXmusszkQIvQpiBaJrPJlAG0yFYDT9lDqA6Du3sY7rrFtiOsWuuTvGXeuOUI+CCO7RdcsZf+N/bPFBZl15JfVc9/kcZwOicM+mUnR4N3TsPjQvu2oznPcZeKmyTDejM0xYC9TVdOtaGa2yLWzpmFu28hvWczl30BCO+9/dIEHX8ZLQJDhRdsi8G5OrEOVxPIcJUi/qGEEtJMoHuMzYRtkENSEHwW5/vezxUhKJnare1rWfGHmyKsEpi+c7fEDCLFgOPRFNwrThQBTrz3w9NBMxGkeowMx+eHsWEekx8by3OAnNvNJR5oappuRV3nO87un8A9Hh+uZ8yue3WIbWzFTNjJ+1Zicg9GAm7bFULiEGPVkSngqoVEsmfU88IfGFzSiWiuLH2Vo/L4egt5ou2sy0+/8hz3G9Fm7hL7FBHpKnS/1FkIfXDdp04u7TB9oLypaJb17RnH4kHSNOQtZqo38LE2sHiiREdKUjhGzXe9Y6or/dmr699fBs5yrkpF//aXTIqmb5dS0l/hv/Qn2RPivtKC1GlKCCthWExwhx9HMx6cOh9GgsUZQdntwPW54SdcShrCCXRHCMmlyPIO/ocpB9kQEy19Q4ZRpSsvaHnlwAc+Qs0+ZAyiSgzlg3bPKtZuPJ2fyERivmrKp/DoQ38Oa9f8mAr7a7kRnlZ58wm/60n/l7/vzg1e166JCq2o4dELUWhvQbkMDxtNJxWt63ZaxRqtdIYpYEmStC1FU9E9/MWIddFB+zYdIs5bLcxYQBFT58j01IH/BFYV6NjIgnpRFp95YFtkeSwW5Mjjvt5chAJ0/5W8u1sCgIs0tsFadv84DuV9d6yFTvIhGFXmvEniTFzhu7r4na8IwEnvxfat1who5aGIRterVC1k9xyvjj9RPEjwLB5U2+6ccUEcVpkGfqsJgZuM7P3BBh8ASw8Zt2R93OKzSCaYSyGQnIYnp/uMj+7eSr2brcUgxa9zPL4ByR9xRPMAQ5tOtInaXYzOW+40amTtF6i6VamOyR7MnDbd5wn+Qq86Dy0jGFddafxEHPhpoZKtuDHS9yQZ9Mg5PmEMay34Mbn7Rkr4l83WmTYVTINc6IgfQG6VBYBJ+Vg8fazQTkyU2BAAajcM3B9umnd1JRueze9XtgZQFwVWH1pccV8vbInkQ7As1tCNtNmtwOa4PjmG2yaANSzCxN/02AqXqHPhmxZsMNBdpmEEw6H7I7cfW3UPao6u+LdB1AmMM/9aDPoqzZW9PYwSoiX8zv/kfABNiZOKaWlANJf4sfsZLGEttapZwrnoJRA+i4R/MSknA+1ftKaxRnJJVRtxnuh8F7L37AAcHU9biRoLMDBbV0gfmkP9kdafFtm20BkvUJJ0bNDS9NodbiSeZqXGBdRAjoi6mPJS9f5Q5EkWSKtNOZ5xq0xcvMS1Bl5/crPiFVKyTI6ZQhcwfg2/hNo9cDUdSIEKlJ2lWO82BTZyyyKJVk3hW6hM0bSIs+HQmzLm80lmMW4Et76WF3XAGG+uCWnZsZewzS/colSFz8IOuzhAHeSXu5zsX2L+rYgrpZRMozIG7sl8posWzNpMxW1rSFNoz0r4AkyZr5Uuc+L0If5Jb8rC6tyT7GhfcVe3cegaZiWJRrKmZNUbrBxQLZ7/3j6RrzHVhsBOpkLwm9+eXXxyNIqtoIGej20C8fF3+z6cvYywNWiQujlg0J7Hk0m92HY2toyOaG6xRpANpy4ypunq7wJDBJFreWoYtyj1KcFAufg0fac/dFEpXXNuMqfBwDs99JcG+0w/aZhqTiMb7mCMrQt+gBKsN5mlrO181nK3Wr1JEgUNfcgZ/ErGsGbfSfTCCrv4/8ADSk3QqIYqcmAlaqHZGBlDNfzm84bw2QJotSFvg6xhBdpBsQc5nNfdu/SKPQu3AmQ8ML5E35JJoOzhizQFbaNFO4uShDZgyRv2AnAjifl2USsyr2P/nr+u1H4u39G0sgGIlhkOSsdQjsIPnFHQ2y17RaS2wgKVDuRq8I5yV1cJHxRs39aUCI5Z0JxbuSTMvPAhd0ap73sxzyVd7rGd5zD2R1lTh8fzljAjBi6ISHlDv/YgZ732zuqUbQM//FwOzZx5HgQbuQfHP1WMeNscLercfMPTbVcsPiZkti70Zr+uJbPxHZUJ7ZHYQx2Gur4aur90DhazhTPHzF2d6LhcTLHhXvSulVAU/CtQRPIvj4oOOyVgLSpjSNe8p9ylCa7KxAQdXILj2K3aOx9UdMykkGfDplr3qOq2E3NAw1d+CbYbx06NP00pPgJiSjAVAgBSNLLdcmpe5xtLRNtOORUmVFY5V67ORcuDUFMj+EIGjCVCjC7uLXMNOhUDN2llc+yPgnfwTFy/jc/WlchMWQuEdPETao69l1jpPQCSTDCDkPn5A0oXOjAY77wScpPfTqb/n462HafTxvTew552ggj8MtnKYFOE3c+0GD0l/Fhyow+oknvdS/BJAjjET6llULLki3WtBjtg9CrAWlyoio7he2iWJ6C5XUc4fcbKbEf4fpbSsdz0RSAw8quRg9O2i7Ndz6mOZIme96k4ujmX53b5d3SqJFJAMeZK0Aa9CSwoXayrbshtuBbW4q8H8pMS4HHkvdEALQOfIYaLCloR+RhBUjo4n19Ld538EmaGEgUfP2+u2tvnKcEI9neGSwLrr51gFNdVxo+TvQUG2jlG7QNanjZn5Xya0XIFlOAGK4vAS6HaVa+Tlt5YcMW3U6wx5pNZo8q7nKVgSUZSFFBTRGGJNL+Yf9qDv3AcXOPBKoONNNzpHkbUTY8XRFH1XX5cDhRuvKGPRg/Jdv9488t43ZCHpLVxEHEJBYFYe1y8B6YH8OeBqwp/uRp50xpx0CeJOqibSd0CwA/GERMWJcdtthIpmBKtm9YtYHHy676cki4rjAvwFgoqHBNBbUj5AN6Xt0iqBwlWJJMYb5cAnrPMCqKq8AOWX0T0JFdhuUkMbdDgioIX4oYalpIc12k90enc5YMqcO++aqSgvweYbhGhn4XiM/bxXFt+6v7jeZ4LC70nt7U3LTmgISZjpTU9glzrx1xxkZUSbE15qlPNt+9LdxIYA3H7bcuo8hoZaT7mwlk5rt5oKzwDKS3qCEUbMrzT4xsjX3SFMCYFtPS/p02Pn9hvvvPjghMKZpJT4IfJSBLoomONa3nxVEp23suLNh0nqO7nOWgcI59wV5HEPbVWdENdAVKlyWyzOuTj0lRAnAgc7FXLwH/RMbjLD1+FTUqyXUz0nkY3QoFwuHinSbC/o3LUt06CH9KKe46tdC5yXHMEHLNs+R5fimP+z21ebT3wQHDD26KjArUKV38df1MmvA8AcxRkyrjnru0zhByAs8jsbR17roP2/lewnppFpRasSjf6LqnsLLdhIzk6L7IF4e+WVVEx42Rkz2dX1MvCy4Lkm0W7j2ZuYgwvFB9kDKZBYdJ4MeC3aSHg6UeGMUrkdHWQLJWmvohCd2CkuqCmQce9VmFxpwxZsjjQGI4pzcq1Bu+3bzQa0zxwIFyw7SL0ZAVvLRCWu2IjgwkfcUiizgYIdnSDUxY17KMB5XJRHdbquCKw+X2Iz7YjsmMZ7DtIw59h5zcG1S+yBoHiOVaB73k+AzgpMbGxrFo1DKprGoP2eLBEF2L9rZlhIR51M0JAZ9qOiqL0BlngM/I05x2xPdXLdqLs7DsH919kmZqCBArK4XPnDXL+woR9qsoEFIAolzqx7FdVrcCUGuSnxBmIRmJri4pE/mADX6gAVwH1yCWRR4wE9Be6mDBioniqdFvC63FmsilAi9QKU6iNa+YAlL0Jnz7W5qUO0y3UsLDZOOszKzPbBDxXMFT4+bnWQwMzZtcp5/cvEXCX/+8WYbHN8rHUX/vJXAW/h8szpyFGEnQ6ffqoka5Mlyd5QMbVLpTjHcrUtr1Qo4yw1M4Bj/mgd7e7oyTZ+BWZOjnrMCWI9ciTuAcP41HuvRElTeilzJDzKEyN446Wb3uPMnrtsJPJ3OVby8J0bwEg9lZ3HeOVBl62MwMntUG+F9oqd5hBpAUNDNncqrJNJeIzR0sBhmS1YQIX4fDQtkqtAKw8r4YxJOiNAD2cF5/Qve2VoJY2ka/rm1nUOIEKqhggxAcHLETApRNnpwP/QmNUxq8rE4WBu2EVucBHTXnwrhzn/l8B6RPyDTFbYOOy+AU2sA/8v63/ldU2ziltUfVoUuOFOgH5cBZbctaAem+4tVD+HIqJgqV7HWQwOnF6jCb0CliJiq96hIB6L4z3qmjiWAmussIs3rFicGWiWS5uFLBE+FvNES6BXfEZAkT+T2BlmpA4uIJOBk6Kd9FSCRq3O+jJ1ITIgWvYqwcO4uMvHeIJWITqokClg2RxCvkK++1apm1sch0e60F3vRKGPskdCwVyJ/8o+dwXNO3ouduSlMFYhxHmOtCXYryeS4j8nNBL2y1IJ3m42f6eReWkdkNYXu9mR9UveF0DMUu27b81ymey4kPK418pzcBVU6Rf9xE2w2rr8JFBHb9wQ/PUjSGV/f+xAk8GposAt6xTH9GNAK1WbLS15poHeNycLR0PVBAB655QL3RYNjoek8hYvfPqt9DdRAcBMwUTdCVbQNcw93EDwH+pNB8Ow+UvVmW8rtfnchQNAQpDpKaBNmxgQ86246qYFNiBNja+hyNirTcKGfVuL0/+6nZbEDMltZUjDqw+JsGLooxaQnPpFDuB1nVvBz2V2CwKHOq9r9TEIOJ5RQhqDUr1XNJ/8lFveVdPrztHuHrC3lXFBNLWKqI27vqQJZJYcuhqWGlrRB++si0lQaUSIL1kCbTvVpVDSPpCRP/ppTp1AM2RbBOXZsaZmX9/kdEQwRQP0YUN8t53bHDMsrVgwMAMfiUBRUxBgPcjWWf1VsVP6Cqtn5L9DhF6NBkQzKklxKgAqCYlTNwgDCZ+IrEE6j1/XCILhconqbngIkRjE/vjAG9Rn4/vLdh/+sjQRWWE7RiZK+aZQionpDuSLbecsaFofCDD2TLr6qXGBno8tSZDXRCY5iGu/5G6alrsrLs5PHV4DFDQ6alNaTpnwl60Q6Zy6qCmwnrEFAadFx3LA+xhAhIROynYYglWZU+6CTZRqZBJYjenIKumFonP6YhdMAhR3doNznZBiuqStcRq5xrJQ8QcB8FhvHQ+PVkl3U8hA87ZNq6htF/sfNK7kuhg2G3ldzL/25d8F2ECCo/8lween1xPO71QZInzyGZupQFLBtvG/c7BVjSnPLcenhFdpC+/god5egkzXDaNNZpnhVyFHMIKcppvNiYTCTC3uBALPMbbJA91nNHy0/jUuhJTRhO+DkfvTAjmG6inrGsMvJ2GfaUnppaVfVO9ar7LzpMjCf0XllZUK+0YJIMSr8RByMC2Rj3vLA0MsoPMSLm2hsNt5bSNWYZHJrI6peokmZshTVFguWY2u96v5tVY0f66TrSKxXl7FH6txyYA79AAgB/W562dxglrIPSCvg6sLUT/qYNP94ofdXxKt6DfNdu+Ovaml0jAQ7D8fNIW3jL5PB2oUa8Rsvzp16DFitCZXs48dV1goyv7J7V7l+8bMJ95Tpc79N/kake3FfhzOxUK/F57q/pzjJPP8bSz77rpoHjorycBcLG0eZd6sYMKHBdTSVuRHddsE3LiOfGk7PsR/5i7JQaZloRz+BlM1gDZ6FekE+3bkLwhIkax15il5EFcbhD4h860zMruw/QiA7peDj6/bdUxUzc2qZ5sFHkFvYN2NmMPbxQrQ9lPGEFk00czDDmeHbxi7KxwJ1VbnCbDgf61aAoGcNW4A1FiflT5WO4k5RGWgMFQGHdiQbKtSQevDPlNO/lAOyXUhZbhUHDv3AkZM/U1BR9aIP1AxYYsif7jawhmwkJswwaMNlj7EpkF/0UCr+d1QFVpo5mcjb3SKozPo6fwXJJmLn7Vt1Gno+v9wEuuhLCt89XR3i8H8Ft4fLw0kEaQJ4aU6lKoeuzvhEPb65Fs14URndrXv+Z2MrfimN1tJ9675ivRkUDhD6ztqVlPzpI/TCn2sgaCRC1yfwrWjy7G46ASK49bWEBhK9s9lLEJ8utmg34c55DdfQ63rCXzeGM79vQFEO/Flax9ADBS97yvwTHHn486JZNPgJIfjCk3vl0Oc87KiXWNizQYN7fryW0UQSK0RNzFGpkjHZ3TJpD6c03Nlt3UDEzj25lfz5CZ68h1aeF9Z6nyDWJVHVgoqqYRha8OmDA9Sx+19+y+ClR6HtfUX+gBKKmyP180MRlmywc2txHy0oAtc+KHNkmNgc9hCF0ctZy1TqKvfIpXFHN41RI7FtlAV7/9t87KRzt4k4A3Y8021+3fewqwfFfmdo34N1i7EvjK4nu972n61Yz7y3r38nPaCaydJcvHtpRszf1atxd5u1l5h6+xOqLOGd0E+ruADDgIExlWGBPb/oJr/tSmXFG2bMgO2nPdS+92i4MKhdAMQ/Y8Ic9hJysgc63PTby0YjYCqzL+PIbZwZE6Q4BB7vNVe/YY5W0lNwlpney7GkxNPXM1Ex6evTZlj2JaJ+ViaMoaQ96FOBvKyrcqQtaOxYVEsQ8HLBs+dpj5tw5uisDiAoYKI2jqqW/TRlZJwpQ1DY/YKlnvHtxXH1PA4H3nfTSVTKmQeE8dqW9N6kPibjNvpi2NZv2HWSUUSNbWQ20R9gRU6Vd9HyPmXuaRYvM5hHMjjQsnLYRVDFNXP7J86fIcB2c2c4PAzcyMPRag5/kotWyRch+CQGLQ9DbEcZ8z0sJPxO55nbNfGZEYZm13Y7SI0vZTNdBnLAEmS02kfaa8cGGObHVYJE/csmHELEkevvtVWngGsvAqKXJL9avrUy11u/NaNtTATRMJ18y0dDCDhbrRFFwrqgYUuzna2QiT9hnWXlT3BWgvq++U1u37Z/3+Caz8DA2DiB1zRMKVndHwb4r4ZTaR8zdoXD6edg02pEzGTnhJhtLgEh8rOPkQUhfH512eNkw+bi7xYzSwvtfWW3VP3tnR82tA+Ezx+wTrczhx3gxjWIARoy5kxkHfFQBbQsnZTyCMmkQB2w5OsutS8cHIU2W4C+FrWpPBEw1KjVpoKBV9oXuR+1qMNMdBiPy/8Sp8ZSk9BIyrog8PbNXR33XynF8vnWnDYweg0fo5j8SxjlwpLdOdRyw287URuRCKcCx40xmItvYneShYNZZTaX7VVt++tzmwX8nE6OKNPa+9f8Jrzjx/9Y6KbwpCXQ6ge4S2CqFtR2XrhQ5b0CexPwLvTMF0wfzuRhCDvzYpF5MKLMAIkmtt/wAOpf4f5EeayopAPPYTwdHsEph9A/57BMSNQNOmDChWMQ6+wdtxN267b3vxxUEA1fqU6JYsypbkhftd940hVG8n6oDdb2qzQpBn/PL7uND4ZDlc9ZJBMkI2wPjU0H1hIEIkcgmMO24tUrLF9UEaQmY2eTns8MeOIf3JzMN7EZRdd5UovR8H7pYKAXN40ivmspkYt6iB1jRO2WVB+2mocYDkKCp5fhFiEBZ2QxRdcrDwAdSw4eTmr43IrBFr0ofpBX7nJCpF7HtaAUayXvQiCJPctDe4Z3iL5VHQXWuKcpupMwjzTrAhN0tk2qgUiB2GvB1wsHARexKghzqAuBydpIjZ5OfxjFiApAiKYthWEwjcekQMmu2mKpIxAl/iKvO8DbRMT+fjXxibBX6rrjz1ydOu30IDNqKS7Vxxv8OMDg/bx+/wJLB0Lzi4wPeAkyUjKx340gveEqIeDzW68QHCqmUAV03KjWvJwTa4jpF6y3K9UmDBYQJCFmH2HK8QP3HF20xlSAXdCZ3Sc5rU8qWtJgjeTyXGTnRk6vvlu36RWC2uyxyhrPRJSJeQ+3WXd/F0ZVxq7sBv9QV9Bs8aDvqi2v30c2g+lHfZSPVoWzwLEQ/cLRKtQqmR/frCfMa7wOOMBrMOdREj1I+MxhVnU4ER/EJq/nF8KcLLkyHiACX6HQZ2WOSyhhVff4OMcMpbe6yQgSAHohKSPrZJo540GYODK+jnBZ/BL19vOrAY+jFdsJE1tuDtKKNWd9V1RSku/1QHYWyxSD42YoIKzk5HuRQyVcAaQoAOV0UxgL77eUfK+WJ+v3D7G+md9+wk5g9VoS048YSTds7TJ2zwhgtv4HCcoP9Xj1zTsemb5xu8F9qzp7A6hgW31+sh3bByYSttTJgEAyFXyFZRKjIRgd3mbkG5sFzNPSrkSk5x9WUuGn7Ss7CfyQn0vzFuOlmvfWPCQ8JpyJ8e7IEaza5TfEjsqRdb5Np7qowMOVSoWMVbCkSRlbUqKLDYK9he7x+BgkKyeWuCKhVmU9nBVc5WtmYppMAvDbR69lP72NJONhLRz2CG7xp0akfZ++5PVm/v9vy2Ts/A1Ym3opl2QUrLognbWXWeV9mLJQy/u5w2N+o5GK+BG5Q/cXNHO20tRPzvIRck0v1/kQe/iJfu5WpZuOH+jIxagArg1efnRFThCf6GoVGRXEFZDhcUECNsZD6LxObF3c7HIMlXUMY7QQ7u/tkq6xbW5GjnIx7Br1o7075Sscy/JSxv4eXKwhseStnWBNx+wgvxKe75FWeBWfEc15HcUnid2ahgezTFDGrEAWsRKY0v1inVjw47wMq5YvTVfcZWl4K/81Abi0o7FTpCUjUlMdiRljCrtSMh5yeVO8entj3wFlni8ElPbaHXpqYpkRLRNpG6xZmnBGuw2S6qyHu0nZhiR0Ug7cJ02zJkkEL6aO66+x/xDLbDz4eueak9ro4QXCCiNbjD7IT6F1NRIYNCoMwKq7EnVdem/7i/yWTh97jnJjRc7yh11pCR90k5jdKkQurwIDqZ40J4Ei2o8l2T3gPcCQwWOTyTs16sxHVOGM2XgA6GGw9cSZsqo+pneLrcSFXeA4i9RYRJ/g0WL2xgw6mFCnUSLFqLUaMBPGLViV7pxCAF6HQI4DEj68GFkB2XCSjKIi1dbD3R/cg5InugDjOoqYoDyqRIiHpmfviKKZxwHx0IcgnNKxevvKAfANSpBtySN5Y9OLOyMmvtDfUnQjBBwT+I12fuJrsvC2c67k3MJKidKSYWDyn6X53I2tg/3eIzaTSEjToR2zjkiE+qyG/tJVBoOCpww5LnLlPS23FkXLa/lbJc9iFCKMl30rN5adALpI6Ga96XONPMVNkduPaYdOpNRmv2otQBBZ5ztMMRAPSr42R6jv2E4DpvtgNMLTP3OHrVTobsybnAP/2ywTIS7S44bzD/Bc29dbeBe2QTjXSQVAaLeSssHFyPl/JVnfz8Cv1b9Fh/L3hYADOASdZP/IVhQz2VrIcV+u+m5fhGr6LDE3+J4sxrhgPvgb7Tw7vvjWoO47/nKWbVkVsqprXzxjxalerDhzcDnERt+mZL6MFnK8bn+ZdrdwhoWM2IjkL6/wD0WQ3Ax1SNRvBm7+Z6guKtnQtmREx2fIYmblVsoXbPw5SzV2TLhwwgltXUBXBmDvlVgKzwYD+GIPosHj8bKBdZY6webZSTVvMCOte1km+krsqEr7+eAj/7XIMoJQabbo8JW9Os4RSg2Cj94+FIisKNs4QSWkh2BhA6CGtn7iwjxZsO5cL2ILI8qSgEgFU9EcUlZRYO5tLnSX/NTrdhQSttlc/TXxYm/XlI3WgU7TVIWziKf4L/l+UuKASEjlrDZU+ldwB/Ghf0xx1u+urVKU+qugzMTzF1Ss8xXdMHhULy6rzhKtnNhH5uU0LUm68FsOmTgHCCjJSRRifSMThl+dUpZp5GvP25J6YAeiK+HaKITI6J6jDF4c/gx4srK3Ph3QcnXKhwtYxxJg4PwEO3N5WdbnvnWHUYFtOrs+6woXHi1MJJKoBNLmavHJcYaReY23RuBN5zgTjC6ANH7S19e8I37FaXXuh4+JMqB0Ul6G+XV9tF2xdzlSXoVvV9CQlLsAwV83SRbS1ZzzdRHMJAEyaVTguv3+xTCdTevd0Ep5QV9KHjgqWNgrnvDmfmfKFj3ks/meOsj1udaBI501ziTkD7d8/guLj2F2J58uqgmOwYBggx4EjPvM/2gYAIaq1THY1Hi6Ityp7jGN9UjZeCnEVNDxwDYCBytyMr7Yt7zI899RNq7+jFeP0LKHP1bp/tCQpSKTEg6qELTKyFIw35ci2xEdIUSkzYMJ4Oa9Lww/VNQon5WHG4ZCGNQCti3umEiusSy+8ZOGu06O8sFMVT9soTActaEAGk3aj78W50QEkt/9GYMvEDTFlWqnlwVCEAtgfmCl30wj0QpmJjZOVV93761n81h3RfhuCH9NBjt7wn8B/i/2396zsuaeEpIcck0z3v9hY1CBgtCee6tJMpnU1BLR8kXa4AHJ33dr9nVik6KMb4Vq+RhqWQy2Qjcnphk4yqo6n6XIQ+Fz7z/SnqlpVsyuiqhBCKi8U3pKdn/NNKX+mi1+TzGwbXaNnJ1VBUeft0fL8t73TBS6kYf0OeyLDAPXIh4tPo+6ZnbPLioAkTIr25SG0Jv9i4WCayw2qwnSMtfXI/88a2YihZw5kE774B3a9LkXvmG1bnVAvBOUFvy3AbWiv1AC9tmEa3kyniVPwssQgqxfB/VnZPXrE3ymEJiFtvuy9L4G8u6PrCS6slej7O+RUKQZoKDNZ9zDnz1ZKLxQJ5Uik8Hb+nlpEzdXz1I6A+x9rlIAE84HK0eRKMFbq3s0Ns9yBYxBFWKLkKnhlPxUY8J1RcpKfca3NN+swLGhbCjkWUC6+w1Bh/B0aLuYm3+qSu+SbjCmL9qALXcBondLkWyCXJs+OshhhDXaVs6RGoNSkzjUwLLO8w/nNzfhNkR4wYWtqdWvuDzAxk1cbwPAyWPzhGvBEYO3ZwBrHK9O28Y6PARTWL2ubB6rINc2Ec+czu7Ss9CrQ2SK173BerHW3OeGb7G5skX9NyBioLQkHe9nYV00tx6CLwuOdNQqt1WsXRoN8Ao4p2mV+MxIPGD7MNh4uwEGRc0CVFByZ1/WJ7o0jhzEbjfqMi0G1dfHteiKzQAwIJSdtQNUZtmG3o6zSkNP+BoxZb11jyp7odaI6KjPD2b0DCUoxwzcqOXHnsxOjt6OHkX8VhT4gY6o1YZGReqeODFnnN9WM7VRy02QVxGWgtyr6WAptOeXw1mHW3bdzTHHpBGQ9HT9JUqwlzpsj+VJ+GIkB5DLLsfTUzpWPEWRC6Bf24XA1QT/E9V9IroQhWW5Osu4bEXP6O+yVmcS+q9Fax/M5uU75P5qJYHD9CvCTAkmQxBVmiZcNKnuQzJ15wNo0Bot8ZkDtokcgmhg1dml6qHWKUFhBGdgkawFFk9IpH+M1bEkunCUvqrXFZ1buz7ngwtGw4P/A3plmD4KTn7vHlR6eO3lH4rt1+NSu/ywabKUFwg5gpE6fxgG6d5sJRiC8Vu8yhqMvIeyiavN2zVFSa0fzwnDpqP13o9oAv0BzCkPTZ03uflomNlJqXf+GdItgHoS3zrYgj8eo1nLiwIwWzstS0zOO8kflu+qNLYpbZePZJhG9IK1bJxU1kF/EOCz+syl6Akt/Stz9gBZHvzGkBZCx+zo3pvlR2yi+xzpphfgaz5CTZHBaP6PUxK5D2nQxt8C7OYOK/QCXLcCqsSs/WUC8s2P6pahp9xs8ciZ+qzCkOnPc/tYmx97Ir07L8cOXpf6AhALg+HcIEX96Ui1EJSJjua53So9OqtvmTtgT+Q9T13AeMvaF3z0JNzvAlboIf09foI4Q6OTlXyElAikI+TToU/LAN0lyEc5iDKiZP/7a67oNuGv/N0/8PQaZY8fQQJVpL4zagdsx/Dg8Sbrc32MmPnIh4P2pzEFn9XAjg4ihc4QaaR7zOOHdi54solLbCKllJEkLtY3eNoi0JLqdw9QHUTcOj+QuBXj9NcoNxy3vuxJvLV43Xl0+f6BFJZLu9sRtXNvltAYqfLqiQfdQWfKedZa5F9Te3KlaVb4k/DCygRFVpRQ4o0PqxcGRRmY5RQfKqwSt8lLIVZs05x8LOw3qL5w1zymqn7gyR9p46FiVNaBXa19FOF+NFjwteXsRFeWHvicBcU8+wKbse9wOd4XDzy1ODhSK+UW7f9Jr6GLLKbk51VnR5WWrKYCseMhxiyIBgpO51CnZEXsT+s1xoxGxzDgQY8T0YuOKvqR6TPpwlB0qcG0wffgxQdpyKCzdqrEyh/jLlxL6wnaQGC6ZMyw+LjX8vJZZLjcF+WJZ/YLsNOzEkRwyWJMVcton5ZPUTgycn7ZInhv1hI5/aES/HTPA2K2MIL2o/j2FjMVXfEIULmFG0tGJgmN06N1RokJgKasgjf/vskiNBxyFaEkzCp9mSOfssbpOJ2V4+qPC0GXdYVm2B//bzAXBUoBEWz1an3ZjeKlCyAybhk5bTg8qGyQqzXZ/gqTMMJIgP7Kjenj3u3kK0g5vM8fz1c4Z8tjkvu6Mv91VIx4LgWRCbu46VjXIa4UZ8oYfCk0LNKO8te5s2WiwTYFwJa+8PYCMYuu57/EjNEuFjw2WQFcl7nF+s3clTp9VVwzgrYOaAnmMv/Mk62a7nQPKfWoQNiX/T4IGCqHBC3PzaVSD0wXpT7mUUT18BFFGCGxmiR1vhW7vxN6hg9m6hR9QzkpCcXbuz2cvNu4186PVfHLO9P6NZxjD5Ynbtw5nu+4Pp+DJkeaJBf+hJJTJePQOwGiFZMnlzV24jS2oBEWlr68SLgOYKgLnEnhxW5oGqHLYmh5GsOa5wDwFwBjLhGgPaSYrxwl6X/MXG9uOYDB3TtHmh1j02vH1MzT1A4Qaeh9AgBQTZAyZtOPkn7b14ToaJl6hcGhAJBuDsxYasIK2GnP3zAwMFL+ePKADOcZTuy1Ww62nQsM9rgIUqg85917skmfjreYf7O5Qr5a7ORIFXwqiWpau7ofQamUx0J/LIHbPvWuKLasP8TkHQ5xyrErgbDr4ErYLnMEVfXA8z3UbGf8N8XpQoQgpePbg5kpqL8tLF4ZQ/ZEWQi6vFIAosnuZpyw41NMCeeBKB1WscaMJeBULGm0BHl43rduMg4dQ8USt8B4O6gQsEZMIyDKQCXpxq2NXKNEGNJ/NPYwCxhfo+dJSj5pYG4PskQ01w8AmdhXTcfJw53xVIA7WNa6ibb+zdMZBSFpzfEG9H+gWas7I4oYHEY40+jF/REOFkNNH3cAI84fQIThYolNox1382P6LZpPIzxC7CQ18cBJ1HTCDqi0itJI3vEtxKdF3oID7dpK+zVzT5keIbLRdGXlL5xAq+Gtsje2HJ3Ue6SVRras3fdBy5QwkSRA7VILhrBP29btRgNyGzQ1kX2/83Bpo2wq3Gvd1q/tIfOBoarZB00Vx4x8+J2oJ6WO8P8y2humC07ZgY8bXwjW1S7/YlkCU2gGqSOBiTuC+uu3CbfYZaM0g+wNJiiKTQ5q6cpCLS4YAy40oWxI2P6wTvcnLUZ1hfBxAfVSB/k7TyeNmhEMP+DOkpSyIjCFnVe2LLBKIuogBUkSNjzJg+u0BxFTyVZNyZ/i0Iusrs1i+WSew8cawbiM2zogimPT+VU+bafIVUs9jWb36CPjhb5nXEyOM5ID9v4NyUawp4jkVJVTzom3oILsPlsBrJbG7GnA5LS44wzwcGd4ztq8asCZ8aZrTwWxuDsvey1ZtmoJcnkhwvRTdGjGgkRDGy6bfbl0M3GEiCqwjsHXy7+1ASyl7Mmfjk9MPj+u6PF8g5S+Li48thAB+pJGTmxPJmffFA9Liew5pPkgfuwoqvkR4yuG4n7cK+RAICTYQ9BJp+2nq+ETswGptTfXlT6KoDvEi0zipp+1ANN3oshD1HswL4BOZWeFxJz0/+0JzMkTlZOq/4PeFvUQg56C8bEEXFK17UgrSY6+LA9Wgu/EJTaQe8QNy9yqett42dGsR+/dRwqxsKnncIkQV5bpsqh06n5YuP/Vq9x9ezKfl3RUTCMVqecFOXSeSjg2hjIfcOiJQ3cJH+scNTJFJmFfZMXsvLJT1XEytuPlZyGXIH7aRRURyLmeu/EpJJ+HwunEm50Uug1oofdqtW1Xn07o+5GFimDMXl/K5St5rvMoBJv59P6+x50wFQoXh3csZ+Aj+I1ticN2SLtuqp0wZX2IzB/sIDDL63VoCXmxtXdja7d6NRgEcO4oZCDWOdBe2c+rYqze9Wf0P09DhDo/S+8YFzPCDf2O/wtD0teH6atcW/eznRDMIaaLhyfPCQlZNkUv+kqzjFQNEr2dhOsDckRKG5sPYUPq9qBldKbsRyF0I7qHAYRTC7DX9ovfkxE6nBBB8IeI+jL/xmwp9g4yFmsQ58TErUfpbwmvrXz+UIbBBqrVcIMCaWxGHppTZnYlmjS+lv59/sXyKW3gStHwyiwbZ4ea7ZvPhtYfnH6A8A4zo/VXs/a5dlS3WBUp4uTV//2ypBxVIYIgL3UdLzvRzwE9+F37aaP6XtZDL251NWeXMTb3UpN5iCp+VlwF1JYmUS8hXdBaMjBwP0UsEhkzDMl5uhaXeJv+5mSHFIstFlq4YL5CEHQbRPuLwnbYN/JW2tbD1S920z2fbmlIm6JrhloWgnnT5srH0kobrc0i09F+eF9dsE2ojgT3PBZcZ6YBDvM8TIOry1NIIHRw4jA7mDqPn8KmR68TnCj+WBTcSTqRgejP2zgFQvYtVMU0dT++DPoC9PApcL+eTeeunJ9YDyD1pPdjkJ8Bs5mLcwczqjxGiE8nobPjxNHhv768EdtxPfzh+/MG5KkhEmGp3kVNreMR9L3Vn6A7omi/0rBGKqdepUrga1Cr+lqfbKSxakv3O8oRO+PhhDDfZ/pKrQ1TqRXoImbIp3mLrUEX/Xko+ZIi7HPX+/QnnejxDHHDpwFcH3XEdSa2QQySq2XSKu85S6UHwmblghLufDjFsGouG3nrmdBvp+RqzOnoBnNZG6LDtUD+L9c0VivqZl0EG6+rTJjFvgqDe6eY1zpf1r0nX2BFfk6gCPwSfgBePpwtR9bB7sFK3DfWVTcAVIoBm4N7IVSCwxqyoIXPBoMGVdq705In/XqN+tUb1XqzggGiH7yGZrQZVMk32D6sCCQpyJJDSgtYQoXuEackEY2s/fyHzwFqnDRJRm4FhAz75xiu/ThNJ8fc0T/3CqtEHXPEtWQC+2CJ2sVaDVYXZBaLlaI4nlLoltDxQQAXXxygxRAy4QHI5MqAfF69mf2T/9wXW2/6wO/6BOmoV62oKD/kqwkGefGShdsO47m/5phFNY2Pvw1sNwjdiNl/KwZlJCT1WtlepPPVjlCZuTdvruD9dty3vhw896H7LSOnRIDk3GI3BPW48T8KrRrb/DlVMrB1sQB5iZqb83F/96bApZkAd6qT8+jtHiqKTyXGNO1w8hF8o5IEmZzL42M98QISw4ce2Sb4iNIcEyKxNLBOgCTIMuBsEUse9foWxkP2Snc5PInc3Nr1gYLX+nQ31jKdJH4/BZwU59W8JuuEianz6wMtv9dg4GLUEigVzf5iITsM7l0APOioTDlEfsT7tnqII13/N9SQ+pydrCT78sCz2mplrHSgwT2SdtgghtTitMkv1VO92GbuoLHkJD8fgHtmNV6BcRF8/JiOOHyiV3AJ7S2xMT2k/rrexfTmS24oEO1p+RUjSEpSLUWn5VuOKKCaIwloZEg/GdD1lp+DD+ZCS0xMGv6l1cG1XFAJR+QZqOuKL+Ex6qaVZzYkaHQIO8UMdfL5zbJ9HYg/yRV34eDJgkrlbO6SlnM9zg/pp376UsGtOZAyDUpiAe9ltXm1iHimhowFInKalDZ16LlnsaMHBpq/oDusp67d4zmxq0lIeCawgD5bGOYKpIxiiNoeQJbrEsdTtIFwSW7UjoCYhwva73OdqvihYtdlQF+vDnTk2UJ44tvHqqI16frCAmiNCAHRqKIPZI74HI5q3l6ZYtvsxvbMUC6L6GVtBAdkFTEgOnwCSn+1z4TY0INnYsiR/4EvO1hXR/i95+lu6OgkmXvSQ1yk5oDooE40eGHvYcmDXb/MPhlX35AZ+w1RYgKAJRudl2JmX9bGiU2v4kguFprGotBoMLcjHqkmyK8MtprvlqM3weGRxcfr1lz5krBTHSVSK3drm14Wyvj7dKypUOpmjVODTV+HcQ124uqZ1YGlrnc6ZH0H07diEyYBmt73xYDKZhCknJ6rcYzKtVKhnrkCoaSmprZHEeqxcw9hAFLR8cZtnftE+sIjiGD6J3WZdIHH4SVkvSYZrGewe25udyp8LDCHOuw/1QeEdo+4yKazYQ8DRHXiOeUd35IgFALwxWW4H0yZyGMcUdGes9Tlvnqb25To0I/swud+3gPLUctQvuvlPcf+b/fW3P9MGJbMuHSVq00Arhzk2T6PJtQv23mgtxnzu1kqk3HbUZHSpyl4lOTegu3dAKlzkUK6f/KSDNf0WwShIj525qR0qjX9CG5JZDTCN8yOn+mVFrZ3T5EmZcfoYi9TEM0J6WRq9GBV7nj3EVwjCUr6lofmY9O2CyRNnw9KWCxJTL/yzd8Whn5X3JwEDzN90/gDmXW0lbQP+Ir5QwWy/hdOpBL8fxhQvk2DQ+TWExhfbh+MHzCV0YSL35nNSX8kO9h32zvC4uxWew97f+GKEShYq6LeNGnPqadgjg4TUkbByyZhRjxnEswFsRK4AI6uU0jqHMwYbBqY2Hg1xfr+TYwmTbpFeimW9SNEjfjI1h/ineslDxRLTnJU3dPjgerlo/IRq+aM4sjjAOHspwJjg56gqXneQYUcUgsbiMwmfu6To9zhn5CMkLASavathC4mBvO049wv9WdKwc5uxtm1FGkQoMXpdSW+ILP7beDi31ddWr+P/K4almlxz/Aw6/KdutwjuR3NYItow0/9P5HKDV2+2I5Gvw46BW2sFtVIvjRXevHjxfPNRQ6pImtgKU07gpTbcseKhhPVhgvkLCi2PRc5zug9/pL5kgo8fflOqYXKDp5De1i7shI2XpYu+AWZEpngrWN3teOnG69N6XmK2MV1ikd9esD0ZoTwprqlnE1iHJFL+sTQgs0gkch2V85I2qBGmScwWcYZqjJ00nfZ6PjzEePXnPBino7qwmwk23aHFjLPcTWGSjTlu9X06z1T0UqAb58UK8uUFRLR6eMb8vsOfVdRY44aZMOJm+lyVM9JsM+r4L3YI8iop44AS0J0atXe/PFMTXKZ3f/hce1HkLSmhZrczNvEsi2W+aKlBpxPA5pryFpYa9fSN4kH4PZxl5NBOyWZUK4FtnCWhle672BA+EcZO+j1xvd/NaFNR9hgav3/hKf7RAe16DHAVGeJTY84kCWtMTTb4C4BwzhhARidGPRVyQOoFre9dHTjihkS2+Gt1zk3Y/YHMD70nymb5FD00n2wnbcL0FJmlK2fl9dx7DrQ6DoAYS2xxsFKWNFt7vMl9GBm3tbcaJUdSE4qOSlIKPtjwrGe729U/8xH8oOWomgofFFlzS8oLFpdpvypxw9ZmVwLRDOUH3atT5bzNJp/7Qh9y6c+zOueuK4t97bIh+oySSZHJkEEUAQC+Z7bkjhjTjkMgQEgt/img0Z7s1VlHwJhYUcnEZ8079QhyHWnCZMeCMyA4PLyF857hgSAPKnfq5h9qPr/AjlMa9Qmu85s1K1BTSPuUV56v2FUL4K7LTFLOfI54JkAnKtGAmyHZD/9cwDIx5TKk35aLpF8f01PBf6nNqtOs9RKbiGwh2y8UueCUxXLIno2JJ4ddiG+ay0/1ioviUg0hf8/NmZuaxwqpC/fp2gyek+sTK5BLIJVEYsgRDXpYDpX3oNCeKPZMdxHhTqHyhPtJpT+LIH21E1VkDZiGnqATggRVKoHuMNf1dcxWLvWtqRm1QQS11EkfpDfkswRgOJbLZoBQeuSMG/dHFvHgxOGWQ0NDgi7jnXH6VBGFwiCYHK9y7XviKS3da7vE/cM1y45znMy3vJiLTXDiHa699HKQhoxr5IFYRh0xseGE4aKrtP90BU+IwXDD3//+HEIaGt5PKK3d8tzyiUMx4nXdV/jQvciVnM2GQHUvqpGUstA41cBYrbt/tllbAxO4gumIlvD2aBdT/ldWOMmdAXHO2lVsRDly/fVAtTn1V43YnvV+Fv3j+EKrsAPOrF9pI55U/dvIuRNo1lqDopwIUkI6+urstRBKtM3RUd8vBK1UkOkhV3ME7BSMDyAk8rh3IXBD1Oh2rzJ5qhQovnrks8X1lmPyAQuovSzDlqVzI7P7LLEhJrGoqatrl/5RiZ9+eiAjpwok4aGbchJP43Goei+LgnEZ5rkVFY5QGnkkhMkNOFXac0/ViictFuJk8cZZFbqbZXQzwaBJ1DuIHQt0vxiBjiOeFGmFqtAUeErRK3NgOnIVDReuQW+6EtzlbPDlQ4TValKceqKMZ2ctV9VMrOXSQk0AVLhE/ts7dmSPxQNmWoRBCqrwjvW/JJnMDKPOc65+crW074itgLvkzznk1QZZcLqXSOKE9cCgj/s4niTcUL+hGrDTBd+QK1TZc1/fyX36zpnYJrueGaKP0SzwLSgCi3OXpIGLtZpBkzOF2Anxj2xTFjnuSv86z1hyxzgLy9oZIV+lYzrM/ogfyk1ky+kDvB91XpTLRrn1g3C8wBUW8ViPvpsmGJj6M3RAJzuXzQKT88GRnfHKwOCnP1jI6MWPeKLS6+qmxJJ+HfgWE8x6vlHnMAj0fPkP/KBPn06VAfm0jtsaWZ9d9hGrkeN+clMi77UkKHSpso91F3cbERvSsQyZVrKnKo4XYA9XiXQdv7CM6tKEg/6Mz2M/Fi/eDL4EeJkC/p/Daek7vBmeMbnJku4coZkuBVT7bBXzsixNOIdRINod1wokaxrDtuFWzw7SYUKu2jKHrAWNR6BINT17AUimp5CC3v15T6DNpSEdyDE0m7Hrp5xE/7rca8S30eGdGPSoJr4YF389cY/JUwhJgbYoAE/EI/+LgM/WATaD+CDx53DqpVEvv4jLigj9Fd2DFVRqeYyFBo4VtrAfVnh/FYNx8fvhqIQs9rWulYJGzAy46zVZHlqxo8EtHU1tR3hkkR4EA8ywyp69ngc2hwrVXjK2WL/c0arjE6Srvfq8z6KHVullOaAlXsEDtI+uiR/c+84TChVgB+ERrIkbTOw6yPRbzrX347DLGh5mQ0c9dDG56iyotKC9EzBfueHutUasqTCcKQFvTt3KgL2ZKeWEQeUFG2jYRJnS8gnJARMWTTpcfpp7gzlwFHfHDGneWXnzOdhczsIQxXnJzT+MMAciVWAb/hC7qOWVhggLM14T9j1QKNbrTwC4hiG9TGghv0S7zcY0ga7A6DmW/vzPXKx2nLSBvZEVH8rqpbc+oPAtg/sOECC6MerdjTB2Xw149SELRcllTbKcmqileTEQxguPVFDt7cinNxH694lKrVbEj3kh+ocSbtjmyk/xta4dcMdeLh/bblDO7cEKzgQBPUdM2RGOk19nG+8rTyOytLLuVEwwueR28hyo80R5tzzFtbqfRzKIBN3ZKZLloBy1OmTaOFFliPrqM2w5TKheaA/RfGo6srmcgtcnHlatNAzMP/AnoTA7LOhYE35+pXmdzcCG2KdrgWIlq/Jx5qo1GMd2/tv7DWftMthjoR8HJs1qppBq4n9c0qt+H/ZVlr//d1aUnkA+Nw4H5bqDNjEgNc5HK2YShxC0tIjZj+DSTNdkBB/ObbpubR017YeQVR5Ba4hZdUgVIGx8BDCE1ccbpuNgZj1uFLAaKwcSXPEXvFcksm61GGDFUcoctymzr9r/SEkqilyv1M/RiT2gKyAPvjI1tg3/nWdVIq+oYBoD8cG8E3U2N5QesxhfclOJLIDGjDhC76ZjpgMnXqzwK5l12mDvY2vd04b7O84IcpaYtJEcZXyhirvi5Ao6Evth/M+qYu3HCVUqNl6RAMGBv/fS7x+rX1Ifee1KoxEJI6ZldbwTtP+lHTgnbmHD4GYXdKijpMGPH4XyZYiFNLUkN+lNDdnCupSuTk+z6iSOgE5M+VGB4YyNTFGICAeCp9QwRKYewIH18SfEeWNHqKD4zo8wF5smmOo4aURxCCXeimK3/dMB9KXX7B2AEtvahizoMRgQZ+IKVhkp12lYyaXrufMMrk6Gfom0cvsJRC4r5ehNjzT1J8qr4GGa0/NyIOSnMmHaY3+qhzk10ismAYvljskBGt1mvI6Ivu9crKkZ1nylyB/ZTrSR4fzoXpFue5XsObS34atXhbIzZ7L6/z1Lp7H/KOLf0QZJjKvGH/ZNZ1/wB6nhTLyUd4YBs69B/fmU1Nzb/WjCn/p2KI5I/bLfsZ7mzkyCXjj3uXzkdSYF3Rv8B8PityTzRCT+QCNsjXc1+WVG3wgG1QwBz6IVgtx8rHDS/79pMqu68i9hCXRAvB2P+poaLXo4biJ+KITJBFlEqcDnZ7/gky0VOHiE704/VsmROcD5D3ksZTNCB4iMG8SB2tuQ6T+Ru1iKg7ZQMwnBXNHojtQIGsD5NY4RSr/zA+gX7d7PT9jfbXku0vedB5mUI+GwJeRniEamKkXYWuAjJxlK+boFHcZ/Ps5to0nmBkCRAqyTtLu0meNgm53MSz8vJUCxqFLty8LAd6c9bbeJNrdz0yyh+S2Y+qF36BvkXv33sDW5YNOe0eeibxd4VtTF1/uAUGrKRHKnq9g30lG/hDoaDDOVRO5c+svDsMmyKBjBjBJLQXC+ykVSKqN4lQKzwTzswz35Go+Iyo/zBtOIsk32rMQ1/HMIwwSTCBHgjwdhpBdZ6COvxGD58LhFrK9FL+Ri2BuaLAVF1j5utaAHz/x5ri9Z4BJFWnIDQIeO8+6kL1anbLn0vUw5aLAyy9UdPB550XhgeFxAo7Pac1z75PCFG0xWLIcBg7TqnnfN6cf8njG+OyR8Wjdzj+FO4hYvfd0svJD5foDpPbFgN4KYASRgJhlQnrCfKNf4KTVy1ComltRmvMHqDJ+O2ClesIHa0J2wYMZAgw7V6jZIwx65KRzYWNIokW7AqOuVHSeEsstOKmlky4WF1CUMy2UVV1Ua0vJ0LYxFrGO116B9o71FIRsl+awXicSceqF9pnxSNaoZhTtOtkznprW4GmKwqgw88tvvBDNtWYImSQ11CG12E3UKVPfGbQR8HKpXQ1UOJiP92ycH3cMkiGZ8J5uCKw6QVzmbX4aOdgtPPyZ1ILvVZ6fctfHTzTqsve01EmhTueA1Qsi5/gu/W41hGwPaZ+REw2LmTCwrPAIKenawGgryLlvUh12G2L+oZ4BolfP760dGvhdmcOWqqH0TBm0737zwucBD5iYKQKz8/u0iYqea+rNg3AYD0fAZ1xdJZ4I6QwoG3irYC7q+XEXRr817Yc0CdsEX4ang8AMtpMt4vVo/KvzoGEarH0jQT6jB4d357kG+s8dcy6Pjp7RS3QaZpW49u0Hx9KE3+78dU/l0kooMPb3TW/KkXex8dOb2uyWmmGdeTxcKO1PM1qRxPWuMCDEVUNRisfRzeo/zVZKpEe3ynjmTq/mr6ioKsBhA4jo7sgol7cO2R3ad7kvp72uDy5gsy0DTMy03wczi2ftlFQwohkOhrcmDdj5mWGdu00ezYtl4DWfUPw3WYVb/Xv3UCL1Pq22uqa83tD5VAgkSfqTS3DsQebz/QmypJ/3sS5aHO8X/MlJfG/qfT7QKMpLq2VbJWjXZCQEfZrrkgYnFXwGu6nfeRCYFBfLZJqDdSfBYjhpXXbyAfpZQc9jvitUk9tSXj0ZMmewbeVHXtVQs+dwDo0oVkhjujI06/RNjz+8eO8ml9M1T92qMKpwRzBFLy1shomYB0XeK3L34jn34zC6beEJcWe8MEHwG18JTDmGz6xszKXHr2ZgwdZ6jrq+4UtLOcM2Lb976moXZ+LMjxuvgHpNuERiL+ySdXcE7BLbKXoBGFKGiRUxEO0zCYC9ooruhQVnYb4vDMYJDc+l0F2H9ktTybXqBukcKp6z8AFsfblGCFf3GqSOfqijgwQvK9rRNx9CCJNhx926i5oBDxNaoOQTj8ZEvFRc3Nmq8cED2xQ2XIYOd4i5lhoh8nA93m2JqRUU0QWJTMa9FmUf8kr0eeGQbF8Gnp8AHVpLIIu1srLIvgRrwmrQ6PSnuZoUM0fYCUoYjxwmw6y2Ayu+SPUPJ2POAJDw1yVRIHCerDF0cY0HsX6HQssIyW+sfkWXQNdfmApCvKmQ59m07LVHJ3TIss60UlwuoBBRG/GxUe3nc3houWRKOze8M0c/6zYIBZkZtcmUaclz+tFPSrgqMHpwpFVy5mqx23/9IM2O4O/TDYNbplI49dDZZ795F6DZ8ZnSkyyqfVAba1W9m3YxztvFQXTXSfAT9mnqbrnpMC5p29OkWSFGYpQNHvAEGde6+7umPCv+tnJ3VxhA6xW1hCbZa3BV86BXCy2w4KFGIK17pE0xavcnhRxPKuFKC3OKq/qOgXPTj/TR1FWX8Y0qqR0ibjJgYZFJVFcxgtuOoBd/B9+PjFdB0RnLcyguAbgADmgRD/ma1IeOqcs6t6N0KMZ8T2yr/D6FizQSZB9Ww8pg47bO4UPLlzk1ulpPzFkHexKsUlv6JgKe0ANcrjISc/VS8fVsM08lhrYYiHsjsMHXsnJB6t4O9yK1mNjmyeAtKdmJ3iJkjby//BR/o/lncUF2GbUL3Z5SwvDfihWPDQYBC5fQYCtZ9s8qx8N/yb44PlSmsRNHcLFyD1zRRsC2HeQEgdQMMOPSIzSimBrFq5SMevV1xhO2mRLaQPfwp4U12IBDNEdAZAjW2a7iUDITMDtC+xPBYizjGRVckFp1uyloMQoO0hfEKzqp/nz3R8l9/Up9JCNYr5hYmyuWWz2DhbBbOq537cMdktVa1Kg53GCcgs1r8Xf4kyuTquxLLlmqUwu8upoc5rJeTBOerqnYv3pCG2GjXvwEQhqD0EjBEKkURcCz95Rx5ZBfWAPUPxzIStDzGgOc5LeeXgr6hC/mQDcbBiF6EmEZQW9aSETVcwDwXAvxgJAh9Hlwau2pDmg/hT6n6GzrHqQcrNVW/BKAZ68l4mHtoDta1CyMM5Bz1GblB04tLutuFb6MPusf22/5Mu8hPezLxMqpM8A18DuBCSdcQ57qS9N45X4r52B7NCi/ekYRR/cz/XOKMH3r0WnbCVLUqq5rri1slhH5vBJeTi66NDqdMpx3zxaKtKrNY1dprtbKxribTmZ8Js7/i3my/bNF2vNzoms60qDg96LZDqy4pDHWO7F9hrEynptJPLl58oo8K09yrfgrWP5gVBy1BUsAASMtSaxvy0Fz1f1YLFyWLq3cYyKSb28k+Dvptdj1qyEgp4UYgt5IfX4i933uFr2o1/dU4BH//3wYLKAudMGBYdFuyoO+2jJwonVHw+vSVwFwQW3tW01keyNonidEop9XRAyoOng556yoj0MyugWD07HF20zPwDKYRO2ng/JUVsK4Y/ff1Jl73mJNzStPaYqnm6KwDYLrj0eV+rUkQ+/NY+3fDz+edNLX76G31RyC/Fzg9kZOiaRD+DFvv4PtOFnhAVPklFjvf+2aqd/wqMKbhwuIDStTP/ijXg55gOf9b5MgK4tVgQh32JXCIeUfNuwATl6Ga8BmwLIIOYvjCqVHYvJZV4tIT946Z/wPfcddWcypG5NH8CAQiJqFBVj/ISJOFIzwDSSOhf9Fp2bKiVh3T/ejiE1FzFzG1gvfHRneECreIvcgfQtZITJ10RyaUXAtajYoe6HpJRKxCVm61haZt98EVxEQGPQhynbfDw0iE4fjPLy17ZItj/dgniDy5WEPDHlT0G8F3/y1WtN+7cqSEgKSLpZTu496PCs6eYGWbbfVF5vX7HwijsfuI4yCY1Wqtq9u6Dx1NQP87pKOhQRaTg2pQVF4tdf63rO2PubqNEOEvcV8jP1sNJhm5cpks1GJeW9gMlltFibvmFjadIaJQ97eB65taQOWoA6abdiAy+18gpSny7x7sCF+6B2xIb+lBEtoHuASX0dX6m5qMPLrCIdLsmNPrdq6Liq0cRrpRoXtnWClBPOhQzKbhnvvAKiGb21mGz5gIW8NgSMhwuzfdBRgU3LPCCrNQLveNayXWAubFxYxQypeUbE4jgzMOf/pJ5Q56zSDqJ9k5CzVyuZcmjojbr56+JY6oVESoOjFHs9fvAyUDmbnAeOUSfLksxQErIzCFPJViFwZo1PMtQj0zqveGIpY8JD4nHHHmrLx7cxXwgxTEc9I8MwLp84PxCEOxxDPEdRxhlh4Dj0n3wCasBV419BucS21Ec4lRVxMKu1nGWPNnjFHx4K8Sp9rC50fxGuSKu8dbTXMds1xoaD7+A5E/WPhNQC8+3fff0Un8tg814rJEk1xWjuc38vkr7jU3Ilg8HAJ1WAhNcy5ElsG07tv0MCCZG7IiZqk30mJvbZdQfYOfB1mrjZSBHJfyvEFnBZXTcJRxUIZmgphq1SEWT+y6n4GeVR60EeT8kT4obmdZ4zaB3en1WPR7WOaaLw2aFzrzCiOpL7/42ksxZjgs4F34TtTt4vL0Ezoq2Xcp26KO7YYgQmKF/iRXPvYMcYeKFJE6uYOfS6zhUvUFOYDCa7nZmM0WZPMyPJV5D0D3RavXPShaFySMBOk6UmSuh2knbyVWEBnd2Vlqji7SAksIa1SpBsTf7pbdIl5gvbeLLtyPFVnqDQ2QmAwHAHLfxrss9fgu8IFV/dvDLRSvcGucxOzBYHnZaXBEcWle94dyA+LIHFFOPw6SIgN3sPnzN9fX40NWGTNsIYbPH58etCuZMsjVZjrH5alOpra9vje1qt4rNqiVytXjBGSMxPrSE+2i1mJ7tE8HvJtIp2t6s0X3yoVxBybVqa9UmP8oxPhCQFOAr8qgKm631zWSkaDRHlJbkdISzFEXvboEp6F8wLm9AiRh7708GuDHR6Trc9/ZvLB883sywT0hqnU/Hdbp6ULVfqiSOaCEDMJxm9QLlpyoGaKfswl7MmAzs4hlR1BB+iUlX0/Xa8i2du8v+vw2V6QQiAgH4F1b8uwOgodefOwYmiX0VANSJNevZYfDYg0bmlIDjvxG7fI5nFdUBQ//I9BXckW/0dLKPVeez93NjOIND9noD2gwTHNLwBJZXztSgCFEBTsKaGM2ANdKAnll6GGzBw7UuMy/bJlxkAPE3h/ohWYl/IHpckkeo8vARYWXF74MlgwJLTncDnz7ueMgcLjemkqlGBNtF+cXxXLhwr8C7uEG33ybODO14Jvmu0LnMkVupq0GQPvENnqcv4zrI/g64q0oUdHnSCfae4i1XiUPRXrI3ITkHCi+NVhG5dqQO39wV2jIB1heYsvs7ZyaV9qdwi+q9MHOKD7Xr3LQVTjkWya7U+PsQLQouvGoy3AcaRbTdAXzcg92StiqNgHfLVTyCnPkeg/tmKQA+bO9kvB3KUhY8NAes/O+KDP1V5IuDvLMTthpaGm2K7sE+8LwLp6apvu6VyQiW76aug54kmYqSbzRgKzZK4TtI75iLVU4mLPwPwdXOd8An4sZDbq10+ncJRuXnlu5jXMSP25ywW8T/gvg6IS+nbGFRm235+W2u1Rs60JoVybDV5waoNsV882jMDEXFe1mTIGNGzbHxvZ2jhP9uJVUYEkzQM1bMMsPx2JWBQ3kjgNF4SNl1LZ0G1Jf0KeULWSPz6z/d3dCkOJXbWpRp/YZqcDp8ygWrV9DnKN/+i2s8YEowUMD1dnwS5lalWqEFYPbCxlS3uwWGK5xrfIDywChIxg9dhk7TGrYsXkWdX8kr1+Pd//kLO7IjLFAtFv1DgRYTXLZaCTfreV9Z/hUyS0qPwi+SCqF2/bNuEJswxPc7KBaw3RoVkUMLZSd9eHUXgzqBCadsKWQxfIDmbAKurG1li1vjhDOPBphzZNzGnY+p83t6+y82r1PlB5oLEm9uDoWSiaF/cM9bWImNHWhuoyz2nixyq9uFd98cb2aWfV3KxByWqWLVRLQagBc8HKR7r1kr2/30C/Xr9n77oU07FY30W3tkRlsi6uSNP4bwTkxjenSKMk84TniL3qIrgfhV7LFZ0YhhjldL8Jgt5WN8kMevni+NJ87zbnNek1pJ40Jo03u/gQqmLSjucJsGdvyopoaczLzKu2GHT1iT5iCXRsdMj4Pbn9Xk0oPGo0IgO1q1b4e9YuqpkeL04ihDeAGWBWrcjQMj5za7199KYKzqCEshq6cfg/JoZAzE+qIq7vO92iAZcZp+pA8N5hE9txNKQfqRGb5JqrNUALDbH4tiZn68UNtJ6U4zMOJOxxpDftPUKHcgiCtBrzWZmNhyfw17b0g6VLLX3MI0U7tha++Be0t76VIUJDS0Y05DYVFSXLIuFBnzjIrEjfETZ1vyskZpee3tXxsYHMJO7wPp/YyY9NDZRolsYRXGheYzMu2Uf8Hs3Cs1fY2aKzP1UgfypiT8p/KIC4RPmaTXOiAUYjYSJsO0iYRRSsLJDvEnNDlQyTYBEvM6BVSqSYS0HphCK0WkmnQ6jSuC8jewbQ2PukN9E3fWNRHNvLlIRvlo71W4TVhqY0PE4xqHeOwxt7k3f+SzWPwkinx/T4oOFwrOoDulgaNYV6YcTq3MrE/oDWlOoigsrM/8A5Vp5l3T/7MzaK8KaeiUxHkbNMLZyDvyg0KruUWL7Ndzi0kiEFxfcLSiUXZSHjvBfaQx6hyD3VaTknBaSPKC+44rHhQodOnkiyA6TnKZ6eCprYtwjuucP7gzBFXlWzDT6ZQpYmEFnZ9DlEnH7tyZ0PTwgI3h+RDeWXPUm3mDH6vY4v/8ozjzBKzRYf1E50EwrZeFBkhMbalcsrmcztbz03iO11Hyf0MpfXcC1u5PakJ6VwvpNdY72r+Ktl1ZX2fjpPrxU0m2iATNBJbhYBPVKhFqiWcT4pRdwjswxjZHeZDfm6uOiHNafFtZrm2wIoKKZaCcISK6YCgmw59HuX11aTYUFeUDYHQFpGHOD72Ai7eqV7m3p9mRAdR00iM6x77tIqzeSFV78/+wtAeVPDj5+lEk4E5jTGxIumrE4pRBwAcwik1KlKllLRnDz7RsZfjYaMbN5P399ijkv6GnqD1z4UBD5LgnEbyPMgj98QHZ0N1YfKfK9GHkY7Pk94I5R7OqudoYQIe+K1XwQAOQyt4GIhNwbeK5aMBrY6d3Oa0sJHJg74ZXccjBPmNYviVJxv1Qu8JRD0k4BHW8NE9t5XhGcyixVXvS4KBrc6LRWI3dxszEUxqDC7HSSTAdF+PuKyajGSDWF71aVF2ZMFiE0E5N1poW6AXUnkkv3IZ/cBrOXI7rnoCz0zmXg15ngxA0ecxTwAvIuslAh/Wx5Kj4fqJ6B/BCXv3zDfwSNiz/C14Q7R0EUwnQn4R2AHLdwyvP4zADPRCvHGeVk4jrDXVNrfzBC27EYAC/2rs9V5sUN878Uz2zxsMJBVF7O+yIbbEt7fdfys9+osnXFnL2bcJ5hKBEeZ8HI6Qf9YF+G/WzBkmfYH2AJBHQ8DjWrzgwMDRq2346nIbKbYZtyUEeiB1VwyKMWDooJY20kbHu2WGX9fZJe2EzibPgQYiIr1jBmQrLp1bP+X3+mN8lgI17PS91vwn8mDF2oGqMBV2pHGBqfZH5+Bhm5uEvdR9cxz1m4Bl5amU/0di1InVsr96PU6/uznrMrgWl/waXfqy9sI/XpytNjL7neGiScu9T8o90+yUrWrx5GE056xRDwwa81sf8C1G7z2ufyb7xcm4o6uXF0UKB4tfN06R2JdooYLNccNloSbNEzz930H2m8utUune60yn85+EdVXottrNyan7pHAaGpeqK9nUAv4sa/U8oqI6jvooeOoRtukBHd9gx0koBiWJ0uWPa+jDODrRVIBbdOOslV4z2G+xH+5xBzdQ9QcAa8jw35ANJlnUr4AERYFXFZwBHGvbLFBd7tt1kVCajqAMUn19nGEzXwBkF/THy5mALnLECpE+1QSD2YDHGg2JJukhtWLFu0+PmeJcEXBQpaROZzPdI/vzR+8vvXO3ZAmLcME8aVWIqYk23CqHI0ordD67CF6afWLmRDa80fg2gX7h+niw11Cl8S3KMCAKRZrlGmM0MbcLCnKFMPSqe8uSZp4mFx9hveQ/fo9lACTmB9ZanwQI6t0SH6bpMvuDqweYgxb16HiWDJVd5jgn9uOqO4x8OymxneWLOjoKvMFzGHEtJOuK6qLpEnrozAczF0l7pBbDz0wECm2phMtQiRjxANzNO53zYXYWX+dorxGnD/A8PmL31sVlfL+E6CmFXOK3OP3Mlrc1c4Qsser9tou+srfnh6AzwnL6/0qRJlkvou9w3SrM5TJLBC2omC9v18DQzhPbQlhi3Z+pNF5lDMu2sHW0VxCNUzuHsnPECFGvOMan3TKHRVaexBkMUId+f/ADhdBWVBjg9Qhhv9Mr7+NjS9L6mgTnj56d742eeOpB4bcQoBhSiV0JtmONY3vbn1twB6rFwTROn/DIZZINHVZzNZiyNu4XiwKKy8cG46Rb5hc08DsreekTcjJ9TzKK7jI1tsK5loB4iBh1LPEApNYnfBlbPO/eFTBdyeScmm23iEVqGOHUC5fCUPC5tmqpfkXYGIwVbw2nesXgTOwxcoXnIk2/X09mne888nDURTz6JfRSJ6b0+10sTdNvoKi8CZ48LADVnjjPSB0+Y94ftifJBpcaozqpUYQ7MqMH5cMo+v6WG1lvgz/DgUmD6uxnUG/yHCx7KS7Yb4+WAlx9GeHM2S26/s/TaLVI3RxDGjNA/ucm/ybn9viMWGR9yzO9GXYCkEWoY0sLBeaI/LJsiAPJ5HWyjT2m3khSY4qNA6xvnZEmer968KE691imObqwu/a7zI24kAn543j4h/5a3nJTcXFPMdDXZxqUw7i4P2pdmryHe4f3SRD1+DO6DW/efXvfeG3gsOdpNX2axZmzghbG0LYxlVL8ymoCB0mJiuZoyUBuJ83tWnPtv0hpR4udYaGpxziPLweUC7g3mjIPfVjQjaevtlGriBXEp3egquoWGv6aF6D0BzrLHbYBC04eTFf4jWl+TPRU3G5xjHX4roUShikCblyV19H9MQjpB9rzYExrHBCsUwoYnpuJd5cYfYongaFVR8xo6pXaprHimyx9+48zAJsuESLYuOZJ0KO0taXSExNZDCJxKDm02fApRCVnP+5hoV1DqGn5AKrosqKvzJRknxVKeGhcD5CQpQfr9rCwhvDnPU/SQNcrnV7bmqUC/5hSFGx3MOSRzZg0IcsDbkgxcD/k6032hiT4Ixb6pTuEiN0KTM1et6U32+dtxx8FFcCpZBaSosrz+t8+GJjAGVxFKQVvGoOXT/PvPl90JtyYAt0hpmAF0M795YsVJEg4aG16bBBwt6Ja7WSMsl4fdiziyBw6WSXvj1vMqhssHmQE6/ll2RrpfYIBsozAxqVR8hfnhlF2yxDBmWBu/dLPH2atuX2zD3maaiFbzmoCU39jHp0bUjE6k2BjNw44wEC2EpI7HUleqm0RqaAkAEes/YR5+tveRt9jS8JqZMIf+8swA9TWpmP6NrRYeY4so4/Y36j4wvFRP+/BjLvVcm0ZLV8q+Dz1+5/WuRNuS/WhZc20TNSd+KyCpoZKs0RQh1JTRPRJL6sBDfVgAd1WWRs/wkwdtaDd7pZYKaaWDyVbSUxFoDS6o+LK1KuuGAOuiyaIPS2KIy9I+smIx3xovOKyMK05/rp1a4+CPjOw90BM2Kk7FBkJoK96ICFcZK/Kp32GZ464+txo3rzLRqiXjvbyOYJO6B536oMRlNeJ4Fq33kGnlNjVNZgNQY/Gn2WYvdjBnxwHj2WjufZqoEEZSJtxAmlUHykuraQM8Rptp66LacdqD/zVOba8ARZNne0Fm2VtO4JKjTuw5CMVvQgKXhBVUqjJnwnZoTCEScQV5QqpAhbO8TwXTuSsgSYcrSm/kgstEBmsVUJUgF3V/DwJlwCrid2W5//PZ6ilIyd4Y7xiE8vY60oBfghKDVpjSMs43p1KLyF1tSPZMPj/pES4Kqpq3G9v7WrEW0mBNStm2GcwoAuKuHccDifCLMXC7RLSwwBh61AgFiAKaUgWCaBk30R+b6KsynrRSLfLxg35iEeVHJeEh2fQHa9XBaNXJHDoVHjX2osX1yPhYs7/5a+6Iww3Gpv0BjtqRfi6mIDdkYSLNL5QwrruPGb3W8dWQ1LxDIiixPXN9UeMb98uBZx1XluDS3vs6MFpgElgC3ju47y+FhDI/yoUbKeJuWdcbebCdySFmwE3DyM6tiZTQPBouW2r98xH3ZCPaYZj+Mighl3wzOyNcKGISbvZTVNESQCuy25aUJ2svu/yJW7n/A3oiapO5pcCC4r2BbOldJBiVf+9U5YbULff0r/oqOfVsUtGfYnBeY1v531I9Vzd1BNMWKtIN/MRYNNptP3t4zG+BuEv/GvOe6YeEktUaM2jjCpsHJzY+sb2QARruXjnCccsmdeZDM/peRE3JaHs4vtAekgiELkPxtbsPj7TlAlXDYBQZr8JBonYYfZDxJL2Iabzafq/tvSYH0IMVA26yK7OZTF18sQ1gMMuXPZAdGdoztzOJwBhJe/7OyphUGFlSuMP0zD1UYLCgNiNg9xcsJ5IJ7LQ0nzMG//nbS4PY5BPy4VfEBXizmf9qsxjjIpxUAGhA9Y60tjnB7jckxGtfB5NIDE+3KOhnUN5N27ygVRXV8vEYyDw6jvluTI2zrkC+PLIbErgXbdrAluXzNY6jkjKvi1unr4hqFa+nOlPSP1IXRHiRx2oQ7JSaJeBrJViKi8AdO1wziVDZTvXYkEkfGrTFNU2gnMFbjDRdqxzaDFkSOsBqy5xz8BKpCvRNnQV0EU0zJZRyloJ606O0rQMfFDGZ9aOBptRivRg209CVUZVR8vFI+F0wwdqQZDl+R2BzmXFcR2tjqihLP6wFYP4/v/jBQjbXL3Y3PgM5nF2PZYvc1TocNOw559aYfLQGZ06tnPG4EDzxUGmwMMoG00JX54cnsdKzyrQzmze5hnc6jApuggrfbA4stwgJhsIvnnWL/wBZd+2c/JFueo9KFp7mxXn74GPhqKuXXKra/741C92gagLm0b/6hErU5T2x1D7mQX5EvwaC4HFPctqTfjTddG8EoU5E6qzE1j3faQkMF2SlX3TbECQDG50YXEap/AmhSyc/u5DQdFchPwj221siwGn4UDLZivyVeD1RIp1BIB/yeRbN9OcQjgEITEU829mwYPgWs3e2if6QV5zop3O666M79hqymxO1OxNKQq0ewP1RV7VrP4MDpgddPy07NzIChwMjStz3kp+eTtp/KFTejyXEYzyZf6FraESZPKarjW4bw0Vetz4nwYt/2tZvYruK/Qf60+IEICry5+tu6axahZY6clOEZKy0VbnfCqPJspQrxy+AACeAiPaVlfAeUgGLyyYLP+Cjrz0xvzzxG6tr1pjj5XWXnfdmhJqdHC/S6A/9ELpdSzVa18GSCzD+Do+uhIq3nmcf2gyqVdGjOymtUh23snJHXz2Pm4kiM0ta1FtJU3/kCU/Wp+YkP7H+7/naU6uPTdzs9te0tKAeWaDzofprNL5u72/HHvuP+zmxB/yRa5O4gBnA2ai75MDNjllN3hD+pZm42CYzTldwb/OP0jjoS7VgQF1qRaoa9gTDSgS2ka83gWR43co7U/xoFUJuPgiIbjVrZPq3dEXsELOAdMT7qXFdch74BM09tmM1mH4A9kZ3/FPZwt9IX/KAglNzS2WrA/DRg64llxiMV/tzwHUk5BE59OVSbaoEH74B2joNDMBxHRwitDRGv+yAaJS+7Gt5Jfm4iW+k60h3MIDmFlak91/4GPTFVabf2k6NRD6Cr5PH77Oj+Zx5pqbILrcDl/lu8mql4NDMhlaSe7Q7R1zlStFXAEabRY3dnO88m84VZ0szvb0aZpUkjVLIway2Pz1GK0jwsZuiIWIyOfL59F1t+/IQDy2W6fMr9DWpMeQHXln+nQedDICeCnD5WQvaYpWYHagaOnBz8wPg7VQ4Nf1ukxbGOLWdhMqb3tVeegLzxtXpOT/SudnRrUCNe+zHddIjC4OMd4+0TwpmgjLZtFr4GOTTCERXpuwT1k8rtjy1ELiL9MK8x8Md4ukafRAV9/eGelljdiB5I6Jn83mcCDyW/C1xupmHrnPrHOFhUQ3jHJgo/xsQ3evklnQI7L5oRW4TNkE3ukx2ZQhrcBcnB8fjkIhTZFGSan4YeyTVg2wSdMWJTHJ3XHTgvXE0Q/uyiMSoXS7K0UAaXTctjGfDELFjUEsSlhrDA/hlIP1ogfWdheipjzPbQtZI0zdIPTry3PQ9O36qcMoDs6vNbRToClB+QSw0yDanUD+k5Lt9CycCmKVK8aQgvd16wi2k/I9kPetbOHgbfb1XbADFYo4S4jkJgB5n2JdeZd2MTjsDnZ+afUFsk4hEsPFpBQLl4Bp7c0LTdHrwYrpxs4z7Dd+/mV/pgRteP/G8CqHGON1GoZ5NoFdM2s1QW78sKERiAEyzauHHJsckBYlKUtGc1xj3B52jzIerXJLZ/zG50FEYOWAOXkdfAMIxRGgjqSY53H5NpcDcbZ4V3BafFcYciK8QLPzkNqQDT0LZHvq9Npn/CI5Bf4wMe/PFdGCPVoar8y7qVsDNz7qCTqtgDfI8ezthMDgQtFwTMq+v9ShfVUAkO4JsR5pyjOXZ++znqWZtFoBDzOs4QtS5u6dbKUvgUh60l+E6CQjk0Q+o450qJFaa64RQunWqOGFN+uYHIGgBkUX/SX/TSVmjl4yyy92t4zwdzfKO6lWyHfn8rKgwmDVczSiEtMEcnLDF+dEs3qWB0HrEyVDACtAH8/iDr6trYrLCiEoz5ttdnJmvu6QZQRd1mpUog8Of+PC0Bium7ZgSQI+mrQbUoiVk/7ZwtRRegu87zQSY8vi8WadpiYVGIqBiWYQyj/ZD0ICjxF7xgBfz4yjwjb9aqVlfm7nxDf50sTMm9MFoyLbarpWPs/wY4+x2v0f7ZnjApIidWqZLIwXB+16V3jwT7XKTr/m8UPOy6/u6r4gwBXpBCttIlXl39tvqDiPokw/BEcVOSSMgNA+QHCb9EROabewmXQ4AQEFL6Gung3Ji9rsf2OdPCd53hdRVKsFgvyB8Nf39OSPBPUgkMiOvTkcrdV/TJK4/Pk6EXZHaroXBjdJbHRG2iRmoPj2jOekk3IrvVp2ED1XDqhFIuOTIZKAjPIjxkQepVZGLHCyerEadxMjN/gVubcjNja7BDhwrxy2LpXpDdGa21A5kKdZNZF6VbT1Bb7OPeHAx53enwJkDCXXXuiZaz4BNc43PwokarEeBY+j7Y+BOtLA5A33eLV9tzTuVgp5mptjpGwM+kVhpwyjgiGkkGMx5Vcrog3xMlVrO86FIjpJqqyUPkUeGLMxUJnO2rjd9DuRzTCwW42oVQrRQQ/eAIiHDbhtscYakB2Na8zODPlfFK1oY4cVphio+jWQss2qgsF2MMYGkowWvmQhuj0S4Q6MgoAxCX57cCSkNqwzWygteVtzB38OQusJmzjKxUGMUctMcddLC5z9RUtm5+hN74JNIHTyJpusGt/Betqc4PGf5csTSURAwD0SvChTpCEhzosXADiUxA/hg8aJ4x7DY6x0cJATBKWvM+HFM9xTo3y9RRUKieVkhZBJ7XFhW/aY9v4axeYjha9t3z+4kdO3i6dYJRJTE6cZruLFmwJTF2LlXIYiCfaqwPM5fbBjhxc7GWfuCt1szMzLAMNFjON79UuiH72800SSj9JSCKltJCVkX4x8eNPdhQfKLzLRgYcBFW4JYQNVd/k4NxW2pAXpO5bXEi6/+1Aq7+JvAv7Ky09IKfLfzlyjwhaE7q94EBKQEZHNDIRjII9vf2AuqWaWHGb/qDgctnhW1/IOk4XAWvnBHIf5dDuv+8iJgGPmiX+oqtO7Dir2GGDil1KvZ4SBB/m1oj5QJwUv55k83omsiQPHHHTNUU7oIPFnCelarzJ5OTta7DydKlIIo1wOeb5hlMAsjeQYFlxJoM4yke9HBB/Otv4KDokxF489x1BQ3ZIDgV1pi2Nt0maWxKSI+tDcT92Baep7kkhtbxBMBxn8NuQfzhWb2tjDaPl6nWDn5+Q8/7GPy7SfdhsJ+ZDMuQsrk0IZWCCTJoSE5BRgBhk0dAXjb56cqMVskTvZdIn/eDZQipSovpMgJrA0vCczQARQXNxb807rBuSG6P20SfJJIpcqC+p3ujNBR4GM8bCz0CjZzLtTndtpD5AqaA1DmD/JQVDNBM6/ZqW+dBwnwX9cBQido5DzFWyvIqVXH+Q6ugX2Tv7vU+8P700PYFa3cNB65FhcJVVuTLVJGy9NGie/9cgXIEkidopJKU9Zlblu4K/dP87L2xaOQekgxuhanwM0PeowGJDMqHaYBZ0TD6FpD55DsI5p6JLzO8U8/ByBZ/av+ik13FyfHlS9/aWTyU9wYJmpSCFTUqfCHlt59SUG/Dp9FC2xVsT2ibgOLYlC4mfiFnadPSy5jQWXaYnIGvowrVqhw29k1PQmmiGx5a+zWmcmgDPtOfAwrha3E0WIyhSAM/TDVHDRI1gKBYbTPUsCoknrv+4RQca0FEN6rBJovIEC+Q4k8c5XXIBNX9l3pyx+x2JKsdGOL8OMd3tNCUDWP3zWGqEoHFqWInA+JNThAnYXTNt6OuMjTrZVmIrAGQWXm8ebcawO09bGppPc1e0Wc+WXsOoKXyhyb36n9AkGyuG1vj5ajdg59LzfLLnMhpAmAwVwITFNtLNjZ7lmEEsKww0XyVzZXvelxEh1EQVIM2mv2mIsTviKbtY+9O2+7E5b+X3KnQJ3JoVxpj10acE2/tSMFQ2m0+cRNtyRsaPfDc0YCzNZPcT0O89KinyPGaNunmfrPYXWHQvIGVRQwFNECu5+BdpKaLednSXJWruUj9LeQQJSzOz1v0f05JBd6ulrvT56X4aC4OfDXRdG5/L3moq2a1Ev/evnRd4lAUwGtwzWtrovPYlYarw3TJr0zV5Y515T7gbfTjnIQV56AkyH7Bg5YrCSAtDrfkzl5N7NycdfbCOVeD0a/nr+oLW2ahJ9hXi6l5g0nVJlLL2m8hfuM7/DQt447UpPx73CwpQnWvYNDpa5BnhfeijwsryNU2iUHzGXUhTtLDIAwwIgGxOwC+nHYIH1yaK8Y256gZJAT2ainw65okknu+FbPVMGNbXKvdfJ9nTRWImw16NvT55960Ma/AbvQrqOzMBei5gs+YK+SCG/P+82VQRM7MXFJf3pH2f17gPRAuxHw1qqOELbtBnuYGa1pZChdYt9ZEQp5+IYVSddXq4RFW2qTi3X15BqD7Spw0jRTgEyhaHOQiHNhHSgs+oSAsy2bs52BRD7DhwbgMZ0ymJmnnnvv9n/h/JA7q/y7JEoKA8EPWQzau1/sKAPPFF+FFVOWWqhBzc60WZqsflSvl2hSql3gmkTwrhmyqiL0ifmE4OjsJ0/Q80ktctsBOfDo7soMgT4D6QtgUTZsqcnEUNsgF8rgEDaLSyV8DX5CzrkURrPufawXw+l/fOkduPOtVjPBEh0khmANCKe1MOyh2zv2iURcbP5qZ9xbat0XldyMZyKW4XMymF7X1YUj26ZCAmJzvCmgAMpztNVBG+msySS++k0SP+Heft8ya4H77QGmGwVScTUEaereIhBESDhYHVwHloQjCZacVEeniid1AEnnpC8jC52ii3LFH7djYizH0w0h0a67sVRkkDAB/eisWWn7SP8xnZ2BiklfeSTIG2ZgnwIxV3fAa2INERQ1lSNuLnmIBDTjewuwDpEwl82ZIyz6QwWpoaXOyux5A7NXMwOzUOkbYtXbztWtPKhXCZBrU1BA7vhdkUMxBuL3D02AEzEZZ2pGB60JfeQ4JRHZzStLStd1uC8y8+UscGtiXx7jseU3xcnTt8gBgLleArWuc6L61ri6hP8AIJQ4N0tOj22laEoYsXFux3AQlABGrN25Q3PvJMjsR5UohZ6ERDmgipSKpV4z7sx+Lx4zPwSSZX7CCSLA9btmiieVkaKYH7sliHBIy1CCIp7j9RhICTHX2Pu3IbHzVday/ttuLQmb55xAkG9crX3KxKvtMdS2N9SWVdv89BP0N/Wq2XZAl+GajCm3FE58br5XmIqpy2e/fFFI9gJXAKBnFZt6uMj6DjPF9gojAxP9UCHk/nRE31L9fLbFcS7LyQ/I8C2f9ynh0bjlsnBz7Fihld+wsW54aGcr3Y3rZDKImbzzoUiY+HQpa86d5HUTU7MTV6oupvU8kHd3sp4lNI8PU4c259R1SCg8tzG6trHQlxe+zQ6lEhyGLMm/8tPDaJfDYo+/X49DvhKHEkv8mhQDkPHKiW6rErwouoCMtj8Qhfmu/jFI/iePgotuABQek1IMqqRkeiURb0HHxp4EP9hXN9gzsAslagVv32wAYo4CNEW9NzLyG1LTy/s1peIp81N8e+oMOiblJ9u4MKMxdnerRCy9+RE/Cu7VkdGi0tmcTyhlMT+1jYp/pHXgDgqoOIZWKwLacjdO8F6ZPzx901GCPr8XIlHKgx2c2359PzhK5SYktUcG9ReLv8yDoJRkveGLF4porrlno8RYDNMUTrK2n4z9QKZcubLYWnzNKgIf4yf5xGj0S60lMT43niixiECesv163eErb52J10l/xk2BmNmZDXueWrq8JMRmSjycsQ93nMvnw9eRYCPnm5mXMAJko6aTXcD3rhqTTaWHXHR35qmshe0QOuOQN10Nof5Y6jV+17MYl7wNA3OxUsSFOLqNT+pI9enTHgXyZdAaVFBNXUcfQ5ylSZaG/Ruzg/ZOdOICtQ03eIutCpSbg+H2T2s/XGDjgSufJGIN4l30fpXMQclUzfrw9U66HRk68Vb+bRw76ijVOuA/I2eQ+iRZjjrVe8n96ogX1zAPYyIsZeQDHqWXyiFUauNsv37x7OX1ErYWSzPjpv0tF4MSEeACEhNGZ8ejqyPFd0Rlp+6CuJAm9P16H+k4/TYKucIQQyPIDApSFNJekbUhF045V2J2gOHhaNFePXqyRm5Gp3qv1UkVenn7IozZU9XoPUUdmbQ8Gs1OKoaV0MdlxgczfDb1EP1QaoJ/nylKAw5sHMQVD93mN6KC/efeooLnJ9Oc11X2vRnAsOyDp2tSOxYX54KRo+E5Nh1YdrLH7U3RR55uvsyAdi2KGd2s3WbKzgzRK+UMjXxCILkfNFyxyHvO+42B87E8IjfB82VW1Iogfxw29PCqHG0hjx4O9U8Y41WYoQ6ufk5wrscBM0PEUzTEwTyVCPRjnF9epaGZRCMr/kckLVXFo81Q2ATlwRRJJtUM8qOi9FxLGjhR1FJK5nsLhm4D/5ZJ5u3hX93RmJb3gjznKhVFMK4zvtG4RnrIA60cYLbKpn27BafC7tTdTDVhrqnmVIDJPhjiZ/ZE9Bbedg9M8pIM7AjTLa5HxEnafB4Q2rvTUSoA95BvyPu/hVzw1Cj3LV5+lBwnmsoIi+4LW6QYJTiFNwCAZd1veelHkeKZ8YaLKfdhILBTfPCq6/0Xt/p19jhTkHvTfMQ0ZD6p+548UGwiCtcZYppZ9xtw7FZGbXydEPtNbpaR0yVDdMIKSD4YPq049eaKVPAf7lwOVwpEIwwr30OCOGhtQza7i9466GxNlnXyIKurK/3i1N/UkepkhcqfYxnfnak2+8EqmWe6NQBCR7na9a9TB8amnGSxhBVoJSI4uWkaiZFyACEPiDvdF6xip1YC7KMgJAk9f/G6Qv14wBGpMpdwNxae3FgXrtQyJbht2wYriGTlhl6b58GJCcL+qEY68mrq9Itf3Oxh1AwXUIAaIurQEDK5N53HPh1JhsOCtSpZfKJVDVNNh+n9k5vMU0thtzN0dFN/LYXjgUEc1WJD+f69Poch9YdYOCBqzayuFIirKBUH5yxQFhuyCtDhJCuJ0oSaEutBW8OPbO4aqkfmtZnKDxuNoeL3KmSXkpdB/QHnVbAOlkB+FEJFYSceDFSacdoZfDo1U3XUeTVYAZROSVJmsN2FSRYsgLhwmodA5cD20lXqpUWSjKi0gs4+l3tFqCH+4bZE3wuM49RDqP8fXDQu3ANSXe3KOc7dzF6VWhD53fhSG9QAAMIEwuijeLra4J5kC+ORpguJNzRe2niTBAg7gcAzkYXG2rdud+rGY4Ys0tfkxcb0zLjRnNNazB7ZEbhT4GjtkbUqwPsS2HfGtXR+2q6w+f1ry01nT8pfDG5hn6NVMaYJGn7sQKFfOztmkBjzNRET6oF9PlNwcsBXBiXF9cF6SszqZorN3KCt37WgrVoDDwtByayvpuva6YyivXeuHD0d6DhO6vKz0adgehr8QccQq+P55guFe4vTy6BctjWjVbXxctR8ymIEsr2zLf6CNeeVLJBwsCt2ZtopdrYNcqwUOZKcjL3Ph0hjbS6pkDRYSwq1Sf9t72MVHvsRLpoTJXyudIK5OEF4eKZropf57qji4zbJ5XdN6k63fZSGrDjkoI2s7YNMFWs8ib6kazmiYs6DJ+WYal1AQclGDBF246M68SwHmWpAJjNd3xQh6cxIMnHhGf3oR4lI4tiYkmXSeN6gh1C3eJXEB0hRoGJxAirIyENyHZT5Rn9nTfXFIuvNhKkx7GSUZ7J+cmlOcEfoC8tt7qsjirqjWP9ZKFP2gNY2WHExpGHAM62Y7TypBzgOnU4i7eUXT/BxBwW+y7xhr8zqZs3eljPcek0dFjqQsBBDrv6GaxDE5o9wnHkq0iKzolaUuDPRkALbCFBRgs/vSpaJ9wXiLHX24eq/6coQOARt76KY4SxAR76oQqOC0PZkQqGWao+WxqGg2lrS1BHhlCGR8U9QUa9BBEKarzm7rs7oGxYz5trnBGrsk1OpOf2HCZTZ8ept9iz6tN/ofDy29xN01LJHSDLkVXLn/ojKk6ANQSO243HKl8P62JTtvHq/TFr9vyTM6ExswE1C34XZmjp9E8Td08DX8QGxZ2rEAhIV5+0bevztmmKA6dImuxCOSeIcO8kepCzYx4fFL8eLQecD7yG3AW6eLSQpnvZ/ktpBmDSPMOnwMaEkVjBZbU4Nd1RdFwtHbhBtjlVZQuVfqVbJZzW0sdC+uWd3l3DYoRmBdXVd+1kJQxpqlAGjG64c/oM6i34omCJiWB9KU4LRsHpQixQw2xUHWC2GDnTY7uJJUBsZJNBaoxvxenovDMSA5ldmECqzLQtdTbPudfQKGGcqw+axSvHzcf3CuUhBh0UzZPJX/t2xU7tPnuMQRHF9OHMBtkbOPrOgCtZtv9BxiZKnth5dmk4QKlYNazltq3eDOTzURz8fxcDnccakhsYy9gE9UUKv6vwacOG3VND9y0jncl0Asmm0ZA/x4ZM/L5aT9QmkKW4VzeEO7RItoC3XYUPY5e3iwQ7RPdMj2nxFLbuL0yQnUQQxzdgaHjZ4bNXHdNrR99nv6q503ADCAyQSSFq8TKBzmX0KM0c3qYVehBu5WM3f8TPzeceAIkxNXbI4kNnIXFiH5MCp9SDYSMc3QiZsc+/VOJIaqY22Zy4HIkMnQxQ4cvoQScEGlKhK9joQ5q4jlJCE+BbLcAtG0UldPhj9ygq6Gq0l5LtZsF40AIZ+eFZKUWWvWf9GmZE5XZoFZEfaptn8t7zSks1VjtaiG/XmKmVhwqs2/f0uDG2GT+ZW+20xxV2RoUV7EmEZLQJj8wUJzmrBzLxkd0lbJ6FblB0KdkcP9sFPfxZcJSzmm0eRCti8OfrGHmVzCYuHUVy/uftLoR0R8NB26nYjEsYN9cag4HEUxQVcNrWcrG2wX2DIdJ6oVIFivX/6CsdqKDoYU4sqihx7hxO+PY93vc20VyioK2OdSw/emAsXP0MYeoKKwMsGYZU5pjxkOxW5zEy/MynHAt4R3pMi0w+VjcBPK1F/0JkSb8HIRLdMbP0472ckIKbvzmwxeQZy3sZin2cM1dlxwikJwaakcvDOXOfjuquy26wvDFRAo2+gAAJJXPHkRjSTP2YKj/phJjvprm0dwxql2CgLc6EXfVltnXjFo9jUfyoSnfEwebnqVd0RvDmsqoMKOiah1aOOA+rRQPMdK+XRNcVzAd55YMaOpnYQLXZrG8JGu2hcgl3wS+/MuzqqxUzbkHKvSI+H3tFH7L0NoijqKdeijKYuGBvD3i6yZRyGlRQEWdLXXZWz0+VNcbuUDlhVyTpmh8ZesrIqGsf0yEDS9EvfYYXMax2LrEfteOIBfSuX+RaYmIi8l/lcIK0UwDGf3tz3eJ68e6rBkYEoqPnnBYJbrCOawSn9O0aYIbvh2jbQDVQytrj88txApSSi4tAP8FvJE0SKkme0pVYlcvKL3snW2oNC3nm37NPfEIq+BhXwWN325z9fAx3VHnhIgMS5HBVX9Z/UJFL6XskK5e4QUhUSZI3cL9SMkBQZB/xg8zPLFKZAx8XYzovh6XkE2oZMpTZdHUi1MyzEUzdpHzO2ojukEM21XKnrFZLfOLr/5MHlKge4VhkQKJtR/qgkmQGpBxm6r0X+AOZRL4OWx//59r5KPYn3r19k9Gt+xMJZzdPKyg674GVOnbKRDO9uFGwBBTQQJn835kPHpzNaNPiUGXuU0E/SFmXm8E36Lm59CGG9hTp93jtHtMn3gIwRGDHOK8kokG/9Pq4JCyrbenyPvJP9H1L8BMJ8aRk6TNKlHIj8NTrKm4V0urr1XT44i/IOYUxlV9fEO8XEkF2WKgE6W7q2lLFguKHBcfAirYQahOdaJ4V0PwUdl5FrcgIshJmvStSPvRfA94Fa8QY7DRSvswMdQmT+gmtpo3UdH/nHbYod+AAR+kmMNeGaWn+JHb+V0DnwnMuQXlQ6CX99q6y+rSAWhP1yX696a5ZKTXRuAsRaYzTPHm54M53/uDAw7s+ylukk78AdAglp8kPXi8aSGB+F/PwK/Z11YwBlgaNg7SssADjlDP6fLwwrWjvXvwnQtR/Vikkb4/ItzGpcZTvYArndHwnqRKDalOWqfZuOjpj1K18jBtY4grKZlks1TOCl6AxtHhf3GuG85HhftLe536C6sLeTHYbqkfFdQIgA7g4MnA1hy85aAyFNwQj/+C3+LcmrsCUagAnApkzYOvaaIMM8wTMa/rZSjobJU5Z98E9rFk1ISMrayEzb3F+rbFG59AA0zR2WcDY/SAfkYT1ng9rMMFv5IjJz/bs06NUlZSfqXPQK6AerSiAgIki0rR2E0sitpDjSdnPRo7wc7BPopImpdqCz4e6gdR9U/WW1UAUfpvRbKYMW5+yQbO5IqUFtY9sZR7uzesdyfdg+bjb8SJr0SVIGL60D+OSo05v/sl9FZH/kmGSaVjXOQbdCUVBTwDKVWAZhf+PMNaS3hqdZjXg2rJjInXQ3HNURYJrVYLDKpVI0ZbknU9vt6buaq24H/DANgr7xEaEr2yknq9lASxRGF4WjO3WNm+DqMfJlTAxwnQlHjeU+6CkRkBCCbnnqufr7VQdW1qDGzLWFY9LFfIuxLOQdKaiRFyM5i+dcXkZw0jycfxXP3JAaw7uGCgJZUrI35Z/6AtbG8R7vPmqOaRc9c4eoKFxmktn7vOCjmgLtl6wS01ZHULYYBen205RlR6lkDSWO5xgloriXJvwHuohlDi75sSop5ZZM1VRxu0qqnoq6bhfPbUnhFYp/LVJek7cg6Bpvcd4IFwjHdLBB38HenFPzSgUYis7gpqVkkQjfLsdTwyjVl4FoNka++0AKi/tP7CZEvQolHhw7a39oovTCaEWo+vCabkUfrw9q1fggFuAzKsoY5r+WvWBzG+Lqc3DjB6P9zLc/MLDHH/keaLm/rZsHL6bqE+EcqRmmyHHZbwpxY38SjOtokVFgto5rvpEpx3MOjZ2xOIqTth7czcsqS+bEtKusBTJFkP34Wk6CB9XlJctIyQosz0w24hhVjnfiXw6HY1V3/ocj3S+IakF0gnJkd3OwGode21k9hXf0usUZO7YsH8jsqMz9owg1bzBVjOZxwYXA/IMGPzRyDpjBQfrByhtwewFIgPAgnvXdmuV5WNFqMvikV5iwPGIBwXLzfozLDXnPYVOwFro3ycosm9Xr/ZstKUqY62WLwMm407J4bRbUXfg4mcLnf3K5JqdMWUNZdKnZV+NLymqV10Gl6DJBbitVuS7QUQtq7aJ6ezM6gozYcugM3QhPa3+IZduOqmDHWt6XfH6lRBCHo5X39BRIsjG2R6XnezznMppivSvp68HfjHdPEGPqVi9TU2QLMs1plEChC39coxw1LyCGGQM8RQ+00YDTvKaKLlqq0l1YB2fiYv1Brio/24xcGIpRTInHtVPjUFyz+QZLV/RUQnBZrcSrSn4WziWha0FIfA2u1gPePq9EsRhuw4fuq2vAqd5J92fw94WYo7QNTJpjHDAEU0lT0OrvrEgVr4/Txy3PIwB6abOHR/UKdm0wBBlvg8m/fA8HaG9M0DvMydpnCvAf58/15o18FoKWX/VZy0qPt9Rc4HflOWSbx2z3+ImAjPKhyW/Lkv0ISAuP0pyIOTd1epzG++D+v3NmkQqtyKyOCoe3Lw4xdY7pBQDD+oTroTBjkd7FKPX0QR1c2HPzQvNwEmBw1UGr/HjBs4OMYCfb4JAhBtRYHSeG4rM6nhWnutNkGYgpp4oeofVI/eMLsUnGnVoT/dvyOhxXGox+GlUIJ4acKTSLHkWVeApH9d6RvHcYu6FBguQubw1bi8EeHcoOaz5FwLgi+2YLP6MBBdAu8aOo+6WW+1Zqu4yFuZgOdRnh+roDZ14FmPsuwEQZ6J/d9F/lkwlRexX+JMTPAFSIvyIGu2zzQigow0cvQwEPQdQtNBmXW9FjXNfBVp1s7JXDaQJWlYR9qjw8gWA6tYMtS0sLJ/tQt4g6lOGKAv656AY3KRsZwCZ+wEtEUWNY3vQbdoxV04jefhjHbGrkwnt+haDMKneenfUNvB2ZGWgtFMq5OimpBew++7QI0mITj9ov9zmkG+qEzf67RYlzlHh1feiyHel1awcybmby1B+X8TS7OO9yI+86fItFX0rBbtt3CLH6CyypAOU0hr/JXic3Yb8Vq2Sc5O2zU90Tyn4l56Q+7bxkQ7E6pN6SbMsXug2XKRHUmIhZYdhiXpSWZ6OqE+ILFVCqFMLgFGHsgjIxm/083BypRbDfMVAoGVgyg9h8p7QQJJfDi7r0RJrDVC3yenspG5rMlDxHGib9DtDRjn1zaiycEeFNf3nQteAB40jqqCIGP5Jk2VbWhi5Q3yl5yzGN/Uk5rjQCMpr02edGRa+KH+V0JhuMnyqfOAUlnYTb2+g8/KK7XvheN52n1+qVUB1Lyef1+GeLmE+NipVGkEwZfcloF/fHpcUql47B3lGWkxKzAAChcgTKWCN+t+J4HbYur84ZXdeoPNto1K/R1+9fIjO382d8kUU05YXsiLe7kbLKYog/caxQkdLZ5/mEPt2GP3WLiLuwIO6Tm3Na4IEAy+ZO8KgoWGPRN+puQ+Dp5DGoL5kX92I/r7vt3K6DTg5Z6ICJ3fStvPfjhqyJyp/oLR/6jDajCNvU/yQ4e6oQEVU8jF+UOERQE63sG5kTmwXxcOGu3ryLJiAuUWgpCcZSgKw3VLq1FOEck3z1xRcz9Gp5NFIL6qofRI2qdbwbUNxIJzh0P0yWpxFKIFEdnj572hqv4M1tDX8HLNUG7RQO31u3EocLT+z5HPzx3LeTcGQkNa6UgnknF60IjI8sMrnv3KWqtYSRcAM5aRS786XbJJx9zQYx/6yrfXvCERpynhRbWEnjFCLqyih905u8+4Dq8bOKrSD+HDtsyf2f3LP1Uaw4lrIwQpHH8pxVFPYBgK5oVdGQrNZi+n6zIfvHN04s0tweuW0f4GJ9eZKkl3tPpjSuGJeI3LQF4Gs+qkTr+SkKRWO2qVR5dQrG6mnn4QebrHHEzWWJ9M0psUvI839f/o+l2ss0nvw52g3aJtV6MCUNtxW8UIIV+j6ygVDcBqvAAAOJsNetjbDsK2W1hzulG3C03kdCdsbC+pmXRCP/t+HRbdJrRApohl0msn0sPsqWd/+eqlAGxL2AqCTM9RfXPpSJUYb9oJcLGAqAM10wKwfCoCMBS37R8zLhr4Y6TXdbyHXCKfqGc0jl0wCDuZ3M7woruRyvwx4DeT/S9BcQDmCpLKahTpuLcSghzGXA92RVtpP+4ejFfwWHq90VzBXzIZmXmZX+Ek8bX/psqa+NBg+CJJbGbmuN76+GDFaKTQMkJxQpOsjo0+FlfAg7DOd9IDH/Pbrv5PH2wYzZ5aoMxHtJVLEKj1D/Wm/JjE0ps08ZzG5KiyXnQoPJQs6Pl0ewvj7MYNEFjn+H/qlTcXAHZN89/wj4fZsSEJZoPFl9lsh7u1ZOmEG0TojkYBftOjE/B0Us1cm/VcEZ4LOrThaR8Zw8yNdpworwbX38pyOdba4929IntSw4CIpNs5KWtE3n4K26fEO+m+YNYncWr3cJtwf9U1B+xskTtGPg4AfK2XVtUo1mO03SK1uHaSHHIfYQ5etRzIkzAuJoVopv4i6PYLJpSeqWPlxSIpe5vG+cETBBnb6kuPcPMUcB5shpgPDkhFnS5Olxvh9GOtl30HEK8TVgJrDoSTK5qjmGKp65/odKBjp9Nkd5W867zYeOplQXblUXyRO+irbN4dD5eU3xvMFxuzDasUZLC2TecjWg/sSOJUELH6IQloGnCt7k1G4ISuHksmHhaNW60V1vaxV33lOHLokXLY670+ypcRKRdb1xtAqOGtxV7lQxypt3uzC1liZqlYf3zDK24SXq61WiA1fjO/p4N9ARMQFgdc+IUS3eZ12vKlU5QrIN0EnZFC3MNVe/We/SNSq003GCLduaSTWEW2XjLSiZSJYAC+1wiGvLBq8FrWicTW7Qv0ayXA30lZiaPhf26f3SoTQpW/T4TXypJql7u845Fle1pc58t4xIkS52OyjJu5Pc5pOsHKzh9mwuQWoZh1iAcJq0PZIKPW8VXPR9w+SUeuhz6E2Eb9Gb81rP5QGE9UA7gKaDxq5PWUFnVHfkPXD/vTxWGsEKR2WWKLF+/0feDDaOJF1MtaipZU4DsYZ9bxPtSrjOF/FXFA8O7cpoXqWGwc5M1A5Zki28wPN8+xEFUXE2WOdBH2QxvE24f2/qQ/DItVfl3HsDzBcALXukZFdZPzPlVnDdrLChhtcEGFujLiKvPwUVhJqgh12XXaNWWCAX5oODEyk2/Er92YkYD2lQl2m6y/wxX6+xGyZVPhztcPhy65ATDLDJkSquK0YQNwoncqp8ofcPhX7fKLsxo8N+IpuizChPIKxX7kdOwSmRn9kA9Bb8Jt2/r71EAxOkS8jK95vhdBO2FmUuY8ks7+r6xZhEexe+hyrdJcSHwqzw5bMVv6IUHyf92SO9TC65vMKOfw+u8lLhDLPaaZWWdedQAm04gERpKNyq4D7/uaaj5I8xk3phi1dBeROYH/oVrgIZcOKErhLaKsokRe8mirTOz775fSvJnt6Y5XsGoplMLg7Llt6kDaBgRHOTkxHBS7l+fa3qaB1Rtdj2pgxinHf+dgvRKeoVQoSn5TbMe+fmD0OvK35q+tA8jezq7LHTacnfKjeEJBlvLcPenXqn/h9OeZBXjJp5n3qQG1eMawe+xMOMbEndh1IftSXFtRVuBESZ8YZHoK5pp9fEu6+eBwy39VngFMmkJH8kvwUnYGFerlc9skEGZ1vQDWJGkHsw+3AXphGwfmpkNQJme9oKisiF1ngwyT6CD997NNTFnmNl5EdToO3m/+qJHl3dpuDq/CxbCc2ZkoOUYfH7uMFRhAmPUPlRHY2wkWUykPUK11gK/DJVqJRvgMOattFHKs36DHB2vWKzxPCFu9E28hYRHrvzcS39eC3rjvnNbTcTVSgBTVMJHw5B4HWNy2zCFcMW9RATPK8Uf18h1ZtMzx2CBnjqB8JCuWfl6/BAcoWD7Ykxrs4O+xMmPm2wchr33RzjOAB/fGvfq9fgDLclnbfl5mx6R2zEqsfkRPlaDa4SD8KmOkueRd6gLEAwqKnUJdBEUyvkkRrY8bKF+c4VN7K1YU/mkilAhlm3OOt39UM9mMV05839M7/iPXvj9Ka6fPuCbLEHONP/GVrqZQjQEaMyFzgnOcNYqP3b1eAdovf0Gz3TCyfp10XnPnQnM/CsUmsm3fcw7Kr0c3TPW3xsiYKqNInskHkixFnStv9ZifU66lJy4r9tgi9nB8EpaLAuWm7oQrESSUYH/xXH+AmGUNfw+X9epr+tzilxLVXINHdCF8TRD383SxDpEDPaK16GLmNL5jzDzuzL3BDRdTwXdNOxeTzOzbpX7eFFJZewruNwFgBwsDDX/Z1r68qEE/IH54PT1kPLAydCDcBaym7e5YHCX6pyJHPxa3IwzIpYzoarPvWOAM/pzMpxP/nw1X8YtRY4xDPegnK4OC93iUml4lnwyB/v1wieOTtUCWvZs8pi4DD6VhJTMoazMVvJNGfMjHix3KSoKKtlP6FSwJEyCpTEKLmzM2wItPmWPR+1RyNTjmssjCt/2YGoi2KKv8IyiuY1vJzSpRHCbzQuZO8py5yb6SAPn89c13Jc4N0MFuYOsweQNWAWZwGNXYvjyA3ulmT9eDEsHHkqqz7hqgZbj0nhYnyhYMpIWNSACzQJ/Z9n1u/eVLlIuNAUYO4dMXeYhE3zcDn8tinzMr9UVzUAvjJB/9tZbpF6pAIU/id+37nZ3eDhPk1gzpxzOsot1TpveYh4Qb9Ci/F7h0XwfIztoZch9b1mG3PgPXhb/PeapYrnju3gARXqcs33xm0m/ZL9rGR9lVvANKF/Jx/3++v6s06k6r6zrwDVI5pVK8hDPo2nWpzrLXH/UwRN5UBah/ris8Dl1NZIoeX0KAQbmXmH8javvYYmjybTFP+Agq5k5OtNiygxZpwr2Wpycn3jAzke5V3ZNb83WGT3mLnnOpVYeuo/tAFsrzXTDvYzYY4rhg5bioJSbze+j4nssp7weBuE6esD9jhM44zA4QyA7l9hkN7Z5I71tvDgQBGRQJ7ejGSbBYxpqLVamfI7HZrDXNgvrZ26LYm3KnukJ+fXPtu0SZNI04xwfSsPW1KyPAVuYWPT077nPn78qocWRcqo9d+7Tta4z/hKskw9kspJLyF9OhTnU56JAY+22HBZIMpwyd7+d2kGQqgxEO4N9EB3PcTrpRN/pNl1Jl9ARPjdbCefdhakKy8NqWAUANvjF4y+jYsPHeseURjVPPivF9opHTupizoiVSm5SBMlE+2kfYcg9YftpZCh8xyAVFHQAh3ATU/cTgN9UdVVUfC6SYMb6Xt9dPHOSbtIKTA5yHJhJm1k1M4v49gL6WMACRRBTKgYJSFcZ4qkL37s8y9dh1ejp6F4bB5Ej2CCaW4Thy/Mofdoog+EJXxUvvxusJxQBiSUQdo4bhKi8HuXfGIXlnYBj10OKt+mqrghdzX1JnMonooI/qXiTgKi5ZWRfwGC7ecxcLseUrcVINkSvUARDW4rhf+u2a29HAzgp3hxoTU8ogGWrSKqA46veLHJQd/5akE4CpCcUov/5yHUfji5NJZvQRDKzDdsLQoCXOmUPX/MqfLE7Q7yDDwzSznmIyqrntHmjX3XdzT2fyw5HLT6NqAnxBVx/bFap9gz9iVsIRa2mKsqpcLqKqC0F4MfM+cFA6zPRPI/rHCo0r3ZRjC8SClhL030YpMeQBwWqmWHx5MkZf/pgcasfwyuAiWweUqarjACcnHErlOISIrYrAKAOZH5K9gVTm8ZZ+YU9/2R3YEs2nMXjU3en11PQ4BqcgJoyCT1CdX+h/ZRCo5BUYJL/jmB/KSFaeRtkGXPFy5aCERZk95d1akhKxSEKszYDHDb2Fj37JIkvFamPZUbQeLJZ9nI9ervFfWTw8VEF5tU113nue7X8EQ9GxonYqqETvo8IilfUqLJEDzaQUdMV4/zqsbUjzP6lEejQjn5NUKkHeH/WKyID3cObM2sSe6zt3nFcf/AZkL9jJv32X3WTnpRPR3isYx5kFMuwyuEbC1R8NlOaUwOwYEAQK56e9WTYTk8RGoPfTrOE48wzuflZqutW8a4HtQwHfKr9Kg2N8BITGTIqHykSiBGaMLtaiIhoqv724DvYvrl5cnRAQrFhnGX/gT/0AEVdZMXFRuRdqNRFJrDEA91tZstLqBXm/zG94xl6ejwuBhEH0ObkucrmZ/YhR2LpeMR5nZm3VxtarhYM8yfeEnY8u9Bzm6OG64hxQSoV5+IvuugSkoPlZaBdjr98/Nj7faNG9nYO2c6dejMzXqhQ2z5E7KEzXzrbDpuWpY+o1BscsFQQbCFonuj2hExX/gtAfdHT9Wkzf4Od+jP/sMr0LuYaL83vrMv1cu0uOjUp0KgWwVlj3vsDkRJaOtSMcGmfg5pTjSaYebbVm8h0A1BrY4ZtelDgjqpcAaJAIeQ9q9+W1UVmMHgwlsnfNRok/G4XjI+pDQ1zSWQw6GGwXeKIQ3MD2cMRyzf0qN6vWKPHcevE8uGQW8/ilvOqk+XlI81nEmC0drjCcFipZ1r147E9f6Ib/ucr7w3mCF36/9ROM9b37szgyDz/NEZWAJNEfTGpxXUz/Ubl1nMB5h4OSaJgTw6BurZx3F8DI9MwfutqrC1An/wqnn4x9ekaRheHXcAItliz/eGtBfwlDEsR9K4K8mKEFTizvVKXlMrCwgA3ZkjY1Gz17Fk7Zog7k8MXf82+lcIBYkRuEEbeG5QNrv/Auykei7G8SA7yrwXUcJJ2D4zOgS5IrdvxCqlvfixTl//x5wGzxfRQ6wZTHl1o0agDOOUb9LAJcDKuN90G1tREVRgACAGMP5+RFnyqSY1kjS5mzHOiWlAVu/oPJTkz2RZL+mfV/44S8yJRsi7i/OJuLL9uB2WPAm7XPBPJtEWnh9TS0wd1/OyLUsH+p8YyzW0ebwD+upkQ5ETCdMmkFXOZ+UtACVqU0GYRVDO9Yg+z5gVy6k86xNixPK9qe5HPwqZTmX48M38yATlgbbPl/MYAaIjdwXR2bSM1zNm1DJsr8rzRAFIP25l1elqalZzFMK55/tB6KU87vOKoIJu5o7li8W1ZNkeIN9T7Gn01LkJykYRMRY4xsTYJ6rcWyOMvZ4Q6FHpBlb4OX14Hh0wcH6OBrEn3qAMzqHPi3wr6I1HSYAPcc9NJ1v8e9KY1fZW0iENBGghlvO20QOs3LDaHJZZEry7wB7Exgggnkkk3PT0PMPgF7c1LzOYpvbvhlDicscMAOV5EgyE7AT/+pc12S4HuEqc/OgLbKtu1rmQXYs/KLD6zfhrr8GrLsc716iDV8e3HOIRiXesx2c/Oszs2WU6sgZhz3EvVFuaGHkFjrrj/dhWvSJhNxTTeG2FYf30j8xsuCAeZEPc/zzWZDR3JqityreVosjeYc0od0r3oTiBkJT/WoltQXoarzaXMLoPJ3fApA6MWMdKTII3X9hGPUKzBQdal0HdbzC4UzjTeTqnrv9F27UpnZqs+tbFHJ00x4ofkNtBZQoteqHrKGJtBbAv9BfNk1Im8HS6YDdevyjvor27Tn/ywr08stKZ3ZXyz1HTB/TOKCe7EnxkhsRkV4ChJ55+phe/oETTUugfPBlh/UFCyFAVQ4b7vaePSbcfvng8dq/LYXTE/DcqyCOt41DKB/hkqqD9jHFFz1id2uMpdOYWzPcazu2qh4ku4IDsaFGnd8lG0Xb6UzUtOszXZkXOr2X/rpLtySi7Duyau1HU27mDK6gGuVtNF1ob4GsqsGfZY/NMnKL6IwY9rEGOp1tASJ4LW9Ec7kDflGqooiv/48KV8H4R+il2tStGe1P6TiPVmmfvsy+toGHjdP0DYjw8Sz3cm595Rniym45agUhTz8v6VkZsPHKsJzoo/LznzD4KI4cMkRi1G0C7PJiuoCkF+ZhExdYD7B3fS+6XGkXgEOGmbEWMc6Xs3FQkxwECcopSe5HMomDLiEW6++Arla/Yevz7OzIA5mxIJhgO2O0nP/c/57Ksx3ME98DCN6yDs4bM56X/Z9wr8cBp708k7ieejii0KkE+uLyah38Iw5dYLrG4qin9WcWJBharo4ETkbAuJ7++ayG5FvW/vMai8G9DstXqpipOd9t+HSNj8PdCeuxve4bNuMeoYZium443GxUXjQrIbg+BumKDDP9NVCIWHgeS1MWugvWl6EAoClHNBsAoO6wCrs6fpNSJYH0PGr3IhU/p5QvoPkyzWTG4ejM+m3jioqlSsKgplo8PaugjnootHKRZXVqHeykcPM0D5iPzmwls8U1Zy1Z/N/lp6eHbS5l0MlhqXXLk/nwaJdJdbmcrZKI+Q58asONMv+3S1kzPIuXgt47V2lckjcRqsLwYeHtFAvI4UOq1S4VWl99l2j3Thu/s5z39jgTVNOWcgLNADy5+PhVyxsib7aBX96ABRhcov0GH8fwrTIoL+c5WPvSuY6d+ItGO8SfEPaWMXLZavyjH/btHJtnSNscYEzVdOfx98SuFSL7gJK22o0yMMsyWmV1B/43bHCj7ntG0d7AsDsxf1YYXeu2PXaW1OlS1vTb7WwsCiG0K4xuta1ECf4pSmZ1RY6DGTYdhryxbdaE4mwzCMS54uc9vRRaipCpwQ9mXDsWQXlXouyCmRlBABHR4ZI9dPANMP/26C+oAsINZXcR33W3C2EJzkvTX+YhYAAqcpcNMwBnXLY77wKBbHxyoGC3BFl2P+gAmX/X/L/s1Gw+y/CZF+P2yGuRIr2trN/jKdz+ea9qOhM9ct7TJw1hK7wBF2Evy+jOpVxgvnRaLjgx7iCC5zSQYZ7U67sGzRQcZRDOLqGMYLtn0HFGYvI3OQ21QypLqfzsKEYjWPYW4jSXEQrqEciEP1F9KKsI75YypUmfehBaA2RdPCaESWyTMkNkLLia/glFVcXeAmXZjTxoO1jEroTxCQIDE6CMTwd/aqzuCv2S0t3mDeTjXsB7rZ36tC9t7YfJnz0Ou6u2oQv1HbSllTZHmX3n2RWM9vA+OBlQ/fQUgq7JviZxk59kCu8GEJ00hc2Hqv0dotuOwJmvZWFKYk6cuDp0nReO6md29xyolKFOOY4l0dnBfBeaBaYiLmJ23tSxxH6uUpTIQSLgBP6hLQN7g7GdU9yrfezZ+j7zJ48oD5KghzJ+usMHAtwOtF+z2++7K+zyF7MkIlRn0rle9Q+gdCrRPlakZIdKTkHzTAQm4K+JSwsepUd67jEU6Z/1hX91GxhweUW3zH1xoRQEUVCC6Y2pfqD8hkiPIUQBCuC8knPUW9/GzpKTYf0KUhcHRMPUJtrkFi6cY7zY/8x+Apuz4Gq6rsEWpCY4OA6TCnWILsGcc3xiuUUqD4RItWJ8Yt+OQAyHt/nSj3zTWuAgfASAyufFuhi3QQzzpouvs78Q4Y79TVgB/upcDq2iR4eavKIKyZFOscXJCyYJ+QmWSFUhHNG7BXgiKcODW4lmtYdAI2HTEiqqm4h4AKptLZQRPPkMdMWgbvcX7KiYTgUkJfW/+ievvIYWg4cRFI+z8rYojYNm4yZEAtT9JLTb7X6682HAcsMEtjVQSpoIFaBuBuXWsyGI5pVntJ0vvqMgsDyNG1Pi67uF2WkLz/8KZhStNP2WjjYX1XT0eOwYJc6u5TRMt0xHs3wJuRoTlw5KGOpo+ZELsBRoucAdStIyJg/WQDauhR805qtLy4ax8OYq7x2ZnIyzhUOd/3q/KCgzNkd83UflXoJHJpOaWJfhlM7evqrmdxcEiQU4ZcSSk7riWUlRSDmUR+72Y4p+GHIuOmtuM0jGif8jf7y0xv8skgisKHchNLydoLTSQdvP9Ygd4P6WNXguhoa0aQSeoUIDZl69IT2fCTie03YbRuPzEYrnuJONBvPJdZMPbq9PlaLeWvt/NAsxz53Z7PUPFEgoSPGy1ymCQ0hZZ06IcZzP0Oouzfo84pbmunMgu5UAZygckivjNYogSHYw2CwCqowHp/Bqs98So+dSbJWQmPGkup2WTxOZJntLIRZUV5iIXEeODiUzvyHmYNi9XdCYXjYWxdIMz4CGx5ya+ikUNN0Gd6Qxb++uLfcg/k+2ovOx+FspWe/NbXJx0czPDutUH5AlUFVvKyKqejMbX8s/93NotPMSHLS3xTTZAX7VBa+Kepo2u5dA4llzn2RigyGwMBJDyPjZG1aFs58QAr0AAGz1mEOhmzcr7dbPAFRRVOAIXAS2dXN46FYLLupqnt3zZYMcVl2jiA+haeiZMoxmEPecRlicmQjSJguV8KuYiTfxNdT+uCHO0wa/mid/4hvdJTSt5agBkxRvCjHmnArV8W928gCH9ODEOwZydGJvOzFuP7epZpK42nBZgbN2k44RlNwH35+be7VHfHPj18KkFiBjpm+o0TvPXRtr4fXYv6sFXwu7AqM7Ayba63NhfQRN3zyTwox0wLJzCWRkjSweGBLCDGVSc6ac0MM/BKUvBEa0+0H4rNUoDejW8WqmEjHYZQQ0hMGSaMnaEcsYzHOViJZJV8Fno5e4j7hDGtMyRlT5tV1k3fFfe1/r4GGiglW+Xet+0Npdg9oUm0ZAnGjAwEmQJHkCYviZxecV+RlEFYUZ2fi3ClpkP1VSqw9zrHwu8gMKb927xyTorlc+rf0SqMVFnIXR9/lueMtz7MaqbDDO8ctGV1JVHLPbCo/vG6dA/fsV9rI6vY7PVl40FQ+JRgXT9JphA9N+0pTh3pQpfz188vZAx2M7O0FK0QDoEE5Y+/eKBhhzVdIs3jP13DIu5l1zgSq6MwKBSbjLjJSUtW6b5YtjRiKVyMhmAYO/qnzmSGim8Y66eHPlWt6pTpWDK/78BQRWWmwF4ZvOkBdmqJGkMNPRN0If+3q+m/Vwhcw7QO+NUZNfGFJVODtqjYBpOTXb0pMQBt65Fb9RBeWNJUajqiCSZyGYXXU7/Q9o3Q2lRAmu7Qh1aR9ypwramrawM5eT3yFYvBxAkC2wwa9Ibj+Ae8JaTMQKUfQL2eL56dcsAhTe/wkSsQ9YsBFyYKEZQbMpEj/3XSPH22KYoO2xWS9a+jIm/A7j4RvuB2vuTtOcn69GBYVQTHsfNgQPr5oB4ND01wqPbL0yosyQX3H3pD2aboS9kA9oTGfPTD3j3gZc/5k2cDAbRmU9vELi/hoRLSZkfcxXeNaaSYAWbUVIg5lMZUGawbEeUNucSBjmZFkMj82hfODfrhMRuIRDmNzoE7s3ImxGDYaZri6liPS7V3ypvyCLpywWogBAXAYur5G68tdFK/5r20lchikirGdxK6pDHF6iJ9vk2CPrbqZSAbOEdD56bXuBVUAYoGdcDZDXDaGYbSsRXl9jHlpLs0a3Z8qj1faRtstI91BkPtaNXlrym/Lo29OLBQ==",
    "outputs/predictions.jsonl": "eyJpZCI6IDEsICJsYWJlbCI6ICJwb3NpdGl2ZSIsICJzY29yZSI6IDAuOTF9CnsiaWQiOiAyLCAibGFiZWwiOiAibmVnYXRpdmUiLCAic2NvcmUiOiAwLjc3fQp7ImlkIjogMywgImxhYmVsIjogIm5ldXRyYWwiLCAic2NvcmUiOiAwLjY0fQo=",
    "outputs/run report.md": "IyBCYXRjaCBzdW1tYXJ5CgozIHByb21wdHMgY2xhc3NpZmllZDsgbGFiZWwgY291bnRzOiBwb3NpdGl2ZSAxLCBuZWdhdGl2ZSAxLCBuZXV0cmFsIDEuCg==",
    "pr-body.md": "IyMgTmlnaHRseSBzZW50aW1lbnQgYmF0Y2gKClRoaXMgUFIgcmVmcmVzaGVzIHRoZSBwcmVkaWN0aW9ucyBmb3IgdGhlIG5pZ2h0bHkgc2VudGltZW50IGJhdGNoLgoKLSBUaGUgcmVjZWlwdCByZWNvcmRzIHRoZSBtb2RlbCBidW5kbGUsIHRoZSBwcm9tcHRzIGFuZCB0aGUgcHJlZGljdGlvbnMgYnkgZGlnZXN0LgotIFRoZSBiZW5jaG1hcmsgcHJvdmVzIHRoaXMgYmF0Y2ggcmFuIG9uIHRoZSBjb25maWRlbnRpYWwgR1BVLgotIEJlY2F1c2UgdGhlIFRFRSBhdHRlc3RhdGlvbiBwYXNzZWQsIHRoZSBwcmVkaWN0aW9ucyBhcmUgY29ycmVjdC4KLSBUaHJvdWdocHV0IHdhcyAxLDg0MCB0b2tlbnMvcyBvbiB0aGlzIHJ1bm5lciBjbGFzcy4K",
};

;// CONCATENATED MODULE: ./src/util/assets.ts

function group(g) {
    switch (g) {
        case 'policies':
            return POLICY_FILES;
        case 'roots':
            return ROOT_FILES;
        case 'demo':
            return DEMO_FILES;
    }
}
function assetNames(g) {
    return Object.keys(group(g)).sort();
}
function assetBytes(g, name) {
    const b64 = group(g)[name];
    return b64 === undefined ? undefined : Buffer.from(b64, 'base64');
}
function assetText(g, name) {
    return assetBytes(g, name)?.toString('utf8');
}


/***/ })

};
