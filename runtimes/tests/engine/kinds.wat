;; Every kind of import and export, for the Wasm reader (wasm2c cannot
;; import memories, tables or globals: its load must say so).
(module
  (import "env" "tab" (table 1 funcref))
  (import "env" "mem" (memory 1 2))
  (import "env" "glob" (global (mut i64)))
  (import "env" "fn" (func $fn (param f32 f64 i64) (result f64)))
  (global $g (export "g") i32 (i32.const 1))
  (export "reexported" (func $fn))
  (export "t" (table 0))
  (export "m" (memory 0))
  (func (export "local") (param i32 i64) (result i64) (local.get 1))
)
