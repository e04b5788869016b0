;; A command module whose _start calls clock_time_get (allowed during
;; start-up), then sched_yield, which is not: the start fails.
(module
  (import "wasi_unstable" "clock_time_get"
    (func $clock (param i32 i64 i32) (result i32)))
  (import "wasi_unstable" "sched_yield" (func $yield (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (func (export "malloc") (param i32) (result i32) (i32.const 1024))
  (func (export "_start")
    (drop (call $clock (i32.const 0) (i64.const 0) (i32.const 512)))
    (drop (call $yield)))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1)))
