;; One import name with two signatures (as the solo-io AssemblyScript SDK
;; does): valid Wasm, but wasm2c cannot compile it.
(module
  (import "env" "f" (func $f1 (param i32) (result i32)))
  (import "env" "f" (func $f2 (param i32 i32) (result i32)))
  (func (export "g") (result i32)
    (i32.add (call $f1 (i32.const 1)) (call $f2 (i32.const 1) (i32.const 2))))
)
