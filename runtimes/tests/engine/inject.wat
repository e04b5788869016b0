;; A name that ends a C comment: wasm2c 1.0.32 writes export names into
;; comments verbatim, so this would put code into the compiled module.
(module
  (func (export "f*/ __attribute__((constructor)) static void g(void) {} /*")))
