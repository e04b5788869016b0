;; clock_time_get of realtime and monotonic (writes to 512 and 520), and
;; the deprecated proxy_get_current_time_nanoseconds (to 528): all read
;; the host clock.
(module
  (import "wasi_snapshot_preview1" "clock_time_get"
    (func $clock (param i32 i64 i32) (result i32)))
  (import "wasi_unstable" "clock_time_get"
    (func $clock_u (param i32 i64 i32) (result i32)))
  (import "env" "proxy_get_current_time_nanoseconds"
    (func $now (param i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $clock (i32.const 0) (i64.const 1) (i32.const 512)))
    (drop (call $clock_u (i32.const 1) (i64.const 1000000) (i32.const 520)))
    (drop (call $now (i32.const 528)))
    (i32.const 1)))
