;; A clean v1alpha (seed) filter: checked as v1alpha; only no-marker and
;; host-marker warnings.
(module
  (import "env" "proxy_log" (func (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (func (export "proxy_on_start") (param i32 i32) (result i32) (i32.const 0))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 0))
  (func (export "proxy_on_create") (param i32 i32))
  (func (export "malloc") (param i32) (result i32) (i32.const 0))
)
