;; proc_exit(7) from on_configure: it does not return (the guest would log
;; "returned" if it did).
(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (import "env" "proxy_log" (func $log (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 300) "returned")
  {{marker}}
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (call $exit (i32.const 7))
    (drop (call $log (i32.const 2) (i32.const 300) (i32.const 8)))
    (i32.const 1)))
