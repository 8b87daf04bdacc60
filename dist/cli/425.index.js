export const id = 425;
export const ids = [425];
export const modules = {

/***/ 29425:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolveAll: () => (/* binding */ resolveAll)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);



/**
 * Paths relative to the working directory (absolute ones stay as they are). An empty path is
 * refused (it would name the working directory), and so is a path that ends in "/" (or "/.") but
 * names a file: the kernel's own answer for the path as given decides. Kept apart from run.ts so
 * `hash` does not load the whole receipt pipeline.
 */
function resolveAll(cwd, paths, flag) {
    return paths.map((p) => {
        if (typeof p !== 'string' || p === '')
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('USAGE', `empty path given${flag ? ` for ${flag}` : ''}`);
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, p);
        if (/[\\/]\.?$/.test(p)) {
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(p) ? p : cwd + node_path__WEBPACK_IMPORTED_MODULE_1__.sep + p);
            }
            catch (e) {
                if (e.code === 'ENOTDIR')
                    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('PATH_KIND', `${flag ?? 'path'} ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__.q)(p)} ends with "/" but is not a directory`);
            }
        }
        return abs;
    });
}


/***/ })

};
