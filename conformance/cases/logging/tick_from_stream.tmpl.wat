;; An HTTP stream's proxy_on_request_headers sets a 50 ms tick period; the
;; timer is its root context's.
(module
  (import "env" "proxy_set_tick_period_milliseconds" (func $set_tick (param i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32)
    (drop (call $set_tick (i32.const 50)))
    (i32.const 0))
  (func (export "proxy_on_tick") (param i32)))
