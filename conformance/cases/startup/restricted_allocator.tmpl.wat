;; malloc makes the calls allowed inside the allocator (proxy_log,
;; clock_time_get), then fd_fdstat_get, which is not: the host call that
;; needed the allocation ends in a trap.
(module
  (import "env" "proxy_log" (func $log (param i32 i32 i32) (result i32)))
  (import "env" "proxy_call_foreign_function"
    (func $ff (param i32 i32 i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "clock_time_get"
    (func $clock (param i32 i64 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_fdstat_get"
    (func $fdstat (param i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "malloc")
  (data (i32.const 64) "pwabi.echo")
  (data (i32.const 80) "abc")
  {{marker}}
  (func (export "malloc") (param i32) (result i32)
    (drop (call $log (i32.const 2) (i32.const 16) (i32.const 6)))
    (drop (call $clock (i32.const 0) (i64.const 0) (i32.const 600)))
    (drop (call $fdstat (i32.const 1) (i32.const 608)))
    (i32.const 2048))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $ff (i32.const 64) (i32.const 10) (i32.const 80) (i32.const 3)
                    (i32.const 512) (i32.const 516)))
    (i32.const 1)))
