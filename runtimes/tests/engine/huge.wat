;; Memory at the 4 GiB edge, where wabt 1.0.32's runtime computes sizes in
;; 32 bits (wasm2c only: the interpreter would really commit 4 GiB).
(module
  (memory (export "memory") 1)
  (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
  (func (export "store") (param i32 i32)
    (i32.store (local.get 0) (local.get 1)))
  (func (export "load") (param i32) (result i32) (i32.load (local.get 0)))
)
