;; proxy_done from contexts that are not pending: the root while it is
;; configured, a stream, the root's second call after it already finished,
;; and the root's proxy_on_delete.
(module
  (import "env" "proxy_set_tick_period_milliseconds" (func $set_tick (param i32) (result i32)))
  (import "env" "proxy_done" (func $done (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (func (export "{{allocator}}") (param i32) (result i32) (i32.const 1024))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32)
    (drop (call $set_tick (i32.const 100)))
    (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $done))
    (i32.const 1))
  (func (export "{{export proxy_on_context_create}}") (param i32 i32))
  (func (export "proxy_on_request_headers") (param i32 i32) {{eos}} (result i32)
    (drop (call $done))
    (i32.const 0))
  (func (export "proxy_on_tick") (param i32)
    (drop (call $done))
    (drop (call $done)))
  (func (export "proxy_on_done") (param i32) (result i32) (i32.const 0))
  (func (export "proxy_on_delete") (param i32)
    (drop (call $done))))
