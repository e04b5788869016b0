;; _initialize runs, then main divides by zero: the module does not start.
(module
  (import "env" "proxy_log" (func $log (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "init")
  {{marker}}
  (func (export "malloc") (param i32) (result i32) (i32.const 1024))
  (func (export "_initialize")
    (drop (call $log (i32.const 2) (i32.const 16) (i32.const 4))))
  (func (export "main") (param $argc i32) (param i32) (result i32)
    (i32.div_u (i32.const 1) (local.get $argc)))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1)))
