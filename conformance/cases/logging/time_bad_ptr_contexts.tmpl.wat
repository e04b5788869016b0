;; proxy_get_current_time_nanoseconds with an out-pointer past the end of
;; memory from an HTTP stream, an L4 connection and the root's tick: the
;; check is the same in every kind of context.
(module
  (import "env" "proxy_get_current_time_nanoseconds" (func $now (param i32) (result i32)))
  (import "env" "proxy_set_tick_period_milliseconds" (func $set_tick (param i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32)
    (drop (call $set_tick (i32.const 100)))
    (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32)
    (drop (call $now (i32.const 65529)))
    (i32.const 0))
  (func (export "proxy_on_new_connection") (param i32) (result i32)
    (drop (call $now (i32.const 65536)))
    (i32.const 0))
  (func (export "proxy_on_tick") (param i32)
    (drop (call $now (i32.const -8)))))
