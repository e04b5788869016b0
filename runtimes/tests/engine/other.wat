;; A second, different module, loaded next to basic.wat; no imports.
(module
  (memory (export "mem") 2)
  (func (export "answer") (result i32) (i32.const 42))
  (func (export "load") (param i32) (result i32) (i32.load (local.get 0)))
  (func (export "store") (param i32 i32)
    (i32.store (local.get 0) (local.get 1)))
)
