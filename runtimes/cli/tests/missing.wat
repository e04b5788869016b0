;; Imports a host function the ABI does not have.
(module
  (import "env" "proxy_no_such_call" (func (param i32) (result i32)))
  (memory (export "memory") 1)
  (func (export "proxy_on_start") (param i32 i32) (result i32) (i32.const 1)))
