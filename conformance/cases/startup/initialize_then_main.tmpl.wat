;; _initialize, main and _start all exported: the host calls _initialize,
;; then main(0, 0) (the guest logs "argv ok" when both are 0), and never
;; _start.  Each start-up export logs its name.
(module
  (import "env" "proxy_log" (func $log (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "_initialize")
  (data (i32.const 32) "main")
  (data (i32.const 40) "argv ok")
  (data (i32.const 48) "argv bad")
  (data (i32.const 64) "_start")
  {{marker}}
  (func (export "malloc") (param i32) (result i32) (i32.const 1024))
  (func (export "_initialize")
    (drop (call $log (i32.const 2) (i32.const 16) (i32.const 11))))
  (func (export "main") (param $argc i32) (param $argv i32) (result i32)
    (drop (call $log (i32.const 2) (i32.const 32) (i32.const 4)))
    (if (i32.or (local.get $argc) (local.get $argv))
      (then (drop (call $log (i32.const 2) (i32.const 48) (i32.const 8))))
      (else (drop (call $log (i32.const 2) (i32.const 40) (i32.const 7)))))
    (i32.const 0))
  (func (export "_start")
    (drop (call $log (i32.const 2) (i32.const 64) (i32.const 6))))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1)))
