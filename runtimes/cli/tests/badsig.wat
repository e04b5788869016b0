;; Imports proxy_log with the wrong signature.
(module
  (import "env" "proxy_log" (func (param i32) (result i32)))
  (memory (export "memory") 1)
  (func (export "proxy_on_start") (param i32 i32) (result i32) (i32.const 1)))
