;; clock_time_get on clock 0 (realtime, precision 1 ns) next to
;; proxy_get_current_time_nanoseconds, then on clock 1 (monotonic), from
;; proxy_on_configure and from proxy_on_tick (period 250 ms).
(module
  (import "wasi_snapshot_preview1" "clock_time_get"
    (func $clock (param i32 i64 i32) (result i32)))
  (import "env" "proxy_get_current_time_nanoseconds" (func $now (param i32) (result i32)))
  (import "env" "proxy_set_tick_period_milliseconds" (func $set_tick (param i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (func $read
    (drop (call $clock (i32.const 0) (i64.const 1) (i32.const 64)))
    (drop (call $now (i32.const 72)))
    (drop (call $clock (i32.const 1) (i64.const 1) (i32.const 80))))
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32)
    (drop (call $set_tick (i32.const 250)))
    (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (call $read) (i32.const 1))
  (func (export "proxy_on_tick") (param i32) (call $read)))
