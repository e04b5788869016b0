;; A command module: _start and main, no _initialize.  The host calls
;; _start only (main is a reactor's).
(module
  (import "env" "proxy_log" (func $log (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 32) "main")
  (data (i32.const 64) "_start")
  {{marker}}
  (func (export "malloc") (param i32) (result i32) (i32.const 1024))
  (func (export "main") (param i32 i32) (result i32)
    (drop (call $log (i32.const 2) (i32.const 32) (i32.const 4)))
    (i32.const 0))
  (func (export "_start")
    (drop (call $log (i32.const 2) (i32.const 64) (i32.const 6))))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1)))
