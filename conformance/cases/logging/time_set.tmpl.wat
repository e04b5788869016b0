;; proxy_get_current_time_nanoseconds in proxy_on_configure and in
;; proxy_on_tick (period 1000 ms, set in proxy_on_start): the u64 written
;; is the host's wall clock as the driver set and advanced it.
(module
  (import "env" "proxy_get_current_time_nanoseconds" (func $now (param i32) (result i32)))
  (import "env" "proxy_set_tick_period_milliseconds" (func $set_tick (param i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32)
    (drop (call $set_tick (i32.const 1000)))
    (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $now (i32.const 64)))
    (i32.const 1))
  (func (export "proxy_on_tick") (param i32)
    (drop (call $now (i32.const 72)))))
